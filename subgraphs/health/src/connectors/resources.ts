/**
 * One FHIR resource → the record the hub keeps, or a reject naming the field and the value.
 * Typed with the FHIR R4 typings of @types/fhir (`fhir/r4`).
 */
import { createHash } from 'node:crypto';
import type * as fhir from 'fhir/r4';
import { reject, resolveUnit, toVietnamIso, UnitError, type Register, type UnitRef } from '@ioc/kit';
import type { EncounterDoc, FacilityDoc, PatientDoc } from '../models';
import {
  bedsExtension,
  communeExtension,
  encounterClasses,
  encounterStatuses,
  idPattern,
  kcbSystem,
  parseFhirDateTime,
  yearOfFhirDate,
  type EncounterClass,
} from './profile';

function resourceId(r: { id?: string }): string {
  if (typeof r.id !== 'string' || !idPattern.test(r.id)) throw reject('id', r.id, 'cần mã tài nguyên FHIR (1–64 ký tự chữ, số, "-", ".")');
  return r.id;
}

function lastUpdated(r: fhir.Resource): Date | null {
  const v = r.meta?.lastUpdated;
  if (v === undefined) return null;
  const at = parseFhirDateTime(v);
  if (!at) throw reject('meta.lastUpdated', v, 'không phải thời điểm FHIR hợp lệ');
  return at;
}

function unitOf(code: unknown, date: string, field: string): UnitRef {
  let ref: UnitRef;
  try {
    ref = resolveUnit(code, date, field);
  } catch (e) {
    if (e instanceof UnitError) throw reject(field, code, `không phải mã xã/phường có hiệu lực ngày ${date}`);
    throw e;
  }
  if (ref.level !== 'COMMUNE') throw reject(field, code, 'cần mã xã/phường 5 chữ số');
  const { code: c, level, register, province, district, commune, legacyCode, current } = ref;
  return { code: c, level, register, province, district, commune, legacyCode, current };
}

function communeCode(address: fhir.Address[] | undefined): unknown {
  return address?.[0]?.extension?.find((x) => x.url === communeExtension)?.valueCode;
}

/** Organization = a facility; its unit is read in the register in force on `date`. */
/** A facility's record in one register (its code is the facility's KCB code). */
export const facilityId = (code: string, register: Register) => `Organization|${code}|${register}`;

export function facilityRecord(r: fhir.Organization, defaultDate: Date): FacilityDoc {
  const id = resourceId(r);
  const updated = lastUpdated(r);
  const code = r.identifier?.find((i) => i.system === kcbSystem)?.value;
  if (typeof code !== 'string' || !/^[A-Za-z0-9.-]{1,20}$/.test(code)) {
    throw reject(`identifier[${kcbSystem}].value`, code, 'thiếu hoặc sai mã cơ sở khám bệnh, chữa bệnh');
  }
  if (typeof r.name !== 'string' || r.name.trim() === '') throw reject('name', r.name, 'thiếu tên cơ sở');
  const bedsExt = r.extension?.find((x) => x.url === bedsExtension);
  // A clinic without inpatient care may omit the extension: it has no planned beds.
  const beds = bedsExt === undefined ? 0 : bedsExt.valueInteger;
  if (typeof beds !== 'number' || !Number.isInteger(beds) || beds < 0 || beds > 20_000) {
    throw reject(`extension[${bedsExtension}].valueInteger`, bedsExt?.valueInteger, 'số giường kế hoạch phải là số nguyên từ 0 đến 20000');
  }
  const date = toVietnamIso(updated ?? defaultDate).slice(0, 10);
  const unit = unitOf(communeCode(r.address), date, `address[0].extension[${communeExtension}].valueCode`);
  return {
    _id: facilityId(code, unit.register),
    kind: 'Organization',
    code,
    resourceId: id,
    name: r.name.trim().normalize('NFC'),
    beds,
    lastUpdated: updated,
    unit,
  };
}

/** The facility an encounter belongs to, found by the connector from its serviceProvider. */
export interface FacilityLink {
  code: string;
  unit: UnitRef;
}

export function encounterRecord(r: fhir.Encounter, provider: (ref: fhir.Reference | undefined, start: Date) => FacilityLink): EncounterDoc {
  const id = resourceId(r);
  const updated = lastUpdated(r);
  if (!encounterStatuses.includes(r.status as never)) {
    throw reject('status', r.status, `không phải trạng thái Encounter FHIR (${encounterStatuses.join(', ')})`);
  }
  const cls = r.class?.code;
  if (!encounterClasses.includes(cls as never)) throw reject('class.code', cls, 'cần AMB (ngoại trú), IMP (nội trú) hoặc EMER (cấp cứu)');
  const start = parseFhirDateTime(r.period?.start);
  if (!start) throw reject('period.start', r.period?.start, 'thiếu hoặc không phải thời điểm FHIR hợp lệ (cần múi giờ khi có giờ)');
  let end: Date | null = null;
  if (r.period?.end !== undefined) {
    const e = parseFhirDateTime(r.period.end);
    if (!e) throw reject('period.end', r.period.end, 'không phải thời điểm FHIR hợp lệ');
    if (e < start) throw reject('period.end', r.period.end, `trước thời điểm bắt đầu ${r.period.start}`);
    end = e;
  }
  // inpatientsNow counts a stay until its end: a finished stay without one would stay open forever.
  if (cls === 'IMP' && r.status === 'finished' && !end)
    throw reject('period.end', undefined, 'lượt điều trị nội trú đã kết thúc (finished) cần thời điểm ra viện');
  const facility = provider(r.serviceProvider, start);
  return {
    _id: `Encounter|${facility.code}|${id}`,
    kind: 'Encounter',
    facility: facility.code,
    encounterId: id,
    status: r.status!,
    cls: cls as EncounterClass,
    start,
    end,
    lastUpdated: updated,
    unit: facility.unit,
  };
}

const genders = ['male', 'female', 'other', 'unknown'];

/** De-identified at ingest: gender, birth year and commune only. */
export function patientRecord(r: fhir.Patient, defaultDate: Date): PatientDoc {
  const id = resourceId(r);
  const updated = lastUpdated(r);
  if (r.gender !== undefined && !genders.includes(r.gender)) throw reject('gender', r.gender, `cần một trong ${genders.join(', ')}`);
  let birthYear: number | null = null;
  if (r.birthDate !== undefined) {
    const y = yearOfFhirDate(r.birthDate);
    if (y === undefined || y < 1890 || y > new Date().getUTCFullYear()) throw reject('birthDate', r.birthDate, 'không phải ngày sinh FHIR hợp lệ');
    birthYear = y;
  }
  const commune = communeCode(r.address);
  const date = toVietnamIso(updated ?? defaultDate).slice(0, 10);
  return {
    _id: `Patient|${createHash('sha256').update(id).digest('base64url')}`,
    kind: 'Patient',
    gender: r.gender ?? null,
    birthYear,
    lastUpdated: updated,
    unit: commune === undefined ? null : unitOf(commune, date, `address[0].extension[${communeExtension}].valueCode`),
  };
}

/**
 * A Patient cut down, before validation, to what de-identification keeps (a valid birth date to
 * its year), so that even a rejected Patient's stored raw record holds no name, ID or phone.
 */
export function deidentified(r: fhir.Patient): fhir.Patient {
  const year = yearOfFhirDate(r.birthDate);
  const commune = communeCode(r.address);
  return {
    resourceType: 'Patient',
    id: r.id,
    meta: r.meta,
    gender: r.gender,
    birthDate: year === undefined ? r.birthDate : String(year),
    address: commune === undefined ? undefined : [{ extension: [{ url: communeExtension, valueCode: commune as string }] }],
  } as fhir.Patient;
}
