/**
 * The FHIR profile the hub reads from provincial HIS exports (documented in schema/health.graphql)
 * and the FHIR R4 value checks it needs.
 */

/** Facility code (mã cơ sở khám bệnh, chữa bệnh) as an Organization.identifier system. */
export const kcbSystem = 'urn:vn:moh:kcb';
/** GSO commune code of an address, as an Address extension. */
export const communeExtension = 'urn:vn:gso:commune';
/** Planned beds (giường kế hoạch) of a facility, as an Organization extension. */
export const bedsExtension = 'urn:vn:moh:beds';

/** Encounter.status values, FHIR R4 value set encounter-status (https://hl7.org/fhir/R4/valueset-encounter-status.html). */
export const encounterStatuses = ['planned', 'arrived', 'triaged', 'in-progress', 'onleave', 'finished', 'cancelled', 'entered-in-error', 'unknown'] as const;
/** Statuses of encounters that did not (or not yet) take place: never counted. */
export const notCounted = ['planned', 'cancelled', 'entered-in-error'];

/** The Encounter.class codes the statistics use (HL7 v3 ActCode, https://hl7.org/fhir/R4/v3/ActEncounterCode/vs.html). */
export const encounterClasses = ['AMB', 'IMP', 'EMER'] as const;
export type EncounterClass = (typeof encounterClasses)[number];

/** FHIR R4 `id` (https://hl7.org/fhir/R4/datatypes.html#id). */
export const idPattern = /^[A-Za-z0-9\-.]{1,64}$/;

// FHIR R4 dateTime/instant (https://hl7.org/fhir/R4/datatypes.html#dateTime): a time requires a zone.
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A FHIR dateTime with at least a day → the instant; a bare date is the start of that Vietnam day.
 * Undefined when malformed or not a real date.
 */
export function parseFhirDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = dateTimePattern.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const day = new Date(Date.UTC(+y, +mo - 1, +d));
  if (day.getUTCFullYear() !== +y || day.getUTCMonth() !== +mo - 1 || day.getUTCDate() !== +d) return undefined;
  if (h !== undefined && (+h > 23 || +mi > 59 || (s !== undefined && +s > 59))) return undefined;
  const at = new Date(h === undefined ? `${y}-${mo}-${d}T00:00:00+07:00` : value);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** A FHIR date (YYYY, YYYY-MM or YYYY-MM-DD) → its year; undefined when malformed. */
export function yearOfFhirDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  if (m[2] !== undefined && (+m[2] < 1 || +m[2] > 12)) return undefined;
  if (m[3] !== undefined && parseFhirDateTime(value) === undefined) return undefined;
  return +m[1];
}
