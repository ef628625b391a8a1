/**
 * The `fhir` feed: a HIS export, one FHIR R4 Bundle (type collection or transaction) per file.
 * Each entry's resource is one item, validated and kept or rejected on its own.
 *
 * An Encounter names its facility through serviceProvider: a reference to an Organization in the
 * same Bundle (`Organization/<id>` or the entry's fullUrl), to one sent before, or a logical
 * reference by facility code. The Bundle is read entry by entry (`entriesPerRead` at a time), so
 * memory holds a window of entries, the Bundle's Organizations and the Encounters that name an
 * Organization not seen yet (held to the end of the Bundle, where it may stand). Facilities sent
 * before are read once per key, in one query per window that names new ones.
 */
import type { Readable } from 'node:stream';
import type * as fhir from 'fhir/r4';
import { streamedDocumentParts, registers, registerAt, reject, RejectError, toVietnamIso, rollupFeed, type Feed, type ParsedItem } from '@ioc/kit';
import { healthRollups } from '../rollups';
import type { FacilityDoc, Models, ResourceDoc } from '../models';
import { deidentified, encounterRecord, facilityId, facilityRecord, patientRecord, type FacilityLink } from './resources';
import { kcbSystem, parseFhirDateTime } from './profile';

const bundleTypes = ['collection', 'transaction'];

/** The Bundle's own members the feed reads (its entries aside). */
const bundleMembers = { resourceType: true, type: true, timestamp: true, meta: true };

/** What the items of one Bundle share: its date and its facilities. */
interface BundleContext {
  /** Unit codes of resources without meta.lastUpdated are read in the register in force then. */
  date: Date;
  /** Organization resources of the Bundle by `Organization/<id>`, fullUrl and `kcb:<code>`. */
  organizations: Map<string, fhir.Organization>;
  /** Facility codes of facilities sent before, by the same keys. */
  storedCodes: Map<string, string>;
  /** Records of those facilities and of the Bundle's own (one per register), by code. */
  stored: Map<string, FacilityDoc[]>;
}

function referenceKeys(ref: fhir.Reference | undefined): string[] {
  const keys: string[] = [];
  if (typeof ref?.reference === 'string') {
    keys.push(ref.reference);
    const tail = /(?:^|\/)Organization\/([^/]+)$/.exec(ref.reference);
    if (tail) keys.push(`Organization/${tail[1]}`);
  }
  if (ref?.identifier?.system === kcbSystem && typeof ref.identifier.value === 'string') keys.push(`kcb:${ref.identifier.value}`);
  return keys;
}

/** Today's-register record first, then the newest export. */
function preferred(a: FacilityDoc, b: FacilityDoc): FacilityDoc {
  if (a.unit.register !== b.unit.register) return a.unit.register === 'FROM_2025_07' ? a : b;
  return (a.lastUpdated?.getTime() ?? 0) >= (b.lastUpdated?.getTime() ?? 0) ? a : b;
}

/**
 * Entries read ahead before they are handed on: the Organizations among them are known to the
 * Encounters around them, and the facilities they name that the hub already holds come in one query.
 */
const entriesPerRead = 1000;

/** An Organization entry's fullUrl, by its item (the item carries the resource alone). */
const organizationUrls = new WeakMap<ParsedItem, string>();

const empty = (): BundleContext => ({ date: new Date(), organizations: new Map(), storedCodes: new Map(), stored: new Map() });

export function fhirFeed(m: Models): Feed<ResourceDoc> {
  let context = empty();

  /**
   * The facility of an encounter, placed in the register in force when the encounter began: a
   * June stay re-exported in August, by then with the facility's new commune code, still counts
   * where the facility stood in June when the hub holds that record.
   */
  const provider = (ref: fhir.Reference | undefined, start: Date): FacilityLink => {
    const keys = referenceKeys(ref);
    const shown = ref?.reference ?? ref?.identifier?.value;
    if (keys.length === 0) throw reject('serviceProvider', ref, 'cần tham chiếu tới cơ sở KCB (Organization)');
    const inBundle = keys.map((k) => context.organizations.get(k)).find(Boolean);
    let own: FacilityDoc | undefined;
    if (inBundle) {
      try {
        own = facilityRecord(inBundle, context.date);
      } catch (e) {
        if (e instanceof RejectError) throw reject('serviceProvider', shown, `cơ sở KCB trong gói không hợp lệ (${e.message})`);
        throw e;
      }
    }
    const code = own?.code ?? keys.map((k) => context.storedCodes.get(k)).find(Boolean);
    const known = (code && context.stored.get(code)) || [];
    const candidates = own ? [own, ...known.filter((k) => k.unit.register !== own.unit.register)] : known;
    if (candidates.length === 0) throw reject('serviceProvider', shown, 'không tìm thấy cơ sở KCB (Organization) trong gói hay trong dữ liệu đã nạp');
    const register = registerAt(toVietnamIso(start).slice(0, 10));
    const pick = candidates.find((c) => c.unit.register === register) ?? own ?? candidates.reduce(preferred);
    return { code: pick.code, unit: pick.unit };
  };

  /** One query for every facility the Bundle names that the hub may already hold. */
  async function loadStored(ids: string[], codes: string[]): Promise<Pick<BundleContext, 'stored' | 'storedCodes'>> {
    const stored = new Map<string, FacilityDoc[]>();
    const storedCodes = new Map<string, string>();
    if (ids.length + codes.length === 0) return { stored, storedCodes };
    // By code, the records' `_id`s are known: an index lookup. A bare `Organization/<id>` reference
    // (no code, not in the Bundle) is the only one that needs a search of the stored records.
    const [byCode, byId] = await Promise.all([
      codes.length ? m.Resource.find({ _id: { $in: codes.flatMap((c) => registers.map((r) => facilityId(c, r))) } }).lean<FacilityDoc[]>() : [],
      ids.length ? m.Resource.find({ kind: 'Organization', resourceId: { $in: ids } }).lean<FacilityDoc[]>() : [],
    ]);
    const rows = [...new Map([...byCode, ...byId].map((r) => [r._id, r])).values()];
    for (const r of rows) {
      stored.set(r.code, [...(stored.get(r.code) ?? []), r]);
      for (const k of [`Organization/${r.resourceId}`, `kcb:${r.code}`]) if (!storedCodes.has(k)) storedCodes.set(k, r.code);
    }
    return { stored, storedCodes };
  }

  return {
    name: 'fhir',
    model: m.Resource,
    async *parse(input: Readable): AsyncIterable<ParsedItem> {
      context = empty();
      const bundle: Partial<Record<keyof typeof bundleMembers, unknown>> & { meta?: fhir.Meta } = {};
      const looked = new Set<string>();
      let window: ParsedItem[] = [];
      // Encounters naming an Organization not seen yet: it may come later in the Bundle.
      const deferred: ParsedItem[] = [];
      const checkResourceType = () => {
        if (bundle.resourceType !== 'Bundle') throw new Error(`cần một FHIR Bundle, nhận resourceType ${JSON.stringify(bundle.resourceType)}`);
      };
      const checkType = () => {
        checkResourceType();
        if (!bundleTypes.includes(bundle.type as string)) throw new Error(`Bundle.type ${JSON.stringify(bundle.type)}: chỉ nhận ${bundleTypes.join(' hoặc ')}`);
      };

      /** The Organizations of the window first, then one query for facilities the hub may hold. */
      const prepare = async (items: ParsedItem[]) => {
        const wanted = new Set<string>();
        for (const item of items) {
          const r = item.error ? undefined : (item.raw as fhir.Resource);
          if (r?.resourceType === 'Organization') {
            const o = r as fhir.Organization;
            const code = o.identifier?.find((i) => i.system === kcbSystem)?.value;
            const fullUrl = organizationUrls.get(item);
            for (const k of [fullUrl, `Organization/${o.id}`, code && `kcb:${code}`]) if (k) context.organizations.set(k, o);
            if (code) wanted.add(`kcb:${code}`);
          }
          if (r?.resourceType === 'Encounter') {
            for (const k of referenceKeys((r as fhir.Encounter).serviceProvider)) if (!context.organizations.has(k) || k.startsWith('kcb:')) wanted.add(k);
          }
        }
        const fresh = [...wanted].filter((k) => !looked.has(k));
        fresh.forEach((k) => looked.add(k));
        const ids = fresh.filter((k) => k.startsWith('Organization/')).map((k) => k.slice('Organization/'.length));
        const codes = fresh.filter((k) => k.startsWith('kcb:')).map((k) => k.slice(4));
        const found = await loadStored(ids, codes);
        for (const [code, docs] of found.stored) context.stored.set(code, docs);
        for (const [k, code] of found.storedCodes) if (!context.storedCodes.has(k)) context.storedCodes.set(k, code);
      };
      const known = (r: fhir.Encounter) => referenceKeys(r.serviceProvider).some((k) => context.organizations.has(k) || context.storedCodes.has(k));

      async function* flush(): AsyncIterable<ParsedItem> {
        const items = window;
        window = [];
        await prepare(items);
        for (const item of items) {
          const r = item.raw as fhir.Resource;
          if (!item.error && r.resourceType === 'Encounter' && !known(r as fhir.Encounter)) deferred.push(item);
          else yield item;
        }
      }

      for await (const part of streamedDocumentParts(input, { array: 'entry', what: 'FHIR Bundle' })) {
        if (part.kind === 'member') {
          if (part.key in bundleMembers) (bundle as Record<string, unknown>)[part.key] = part.value;
          // A file that is not a Bundle of a kind taken is refused at once, not after its entries.
          if (part.key === 'resourceType') checkResourceType();
          if (part.key === 'type' && bundle.resourceType !== undefined) checkType();
          continue;
        }
        if (part.kind === 'arrayStart') {
          // Entries are read as they come, so what they depend on must come first (HAPI, Firely
          // and the HIS exports write resourceType, type and timestamp before entry).
          if (bundle.resourceType === undefined || bundle.type === undefined) throw new Error('Bundle: resourceType và type phải đứng trước entry');
          checkType();
          context.date = parseFhirDateTime(bundle.timestamp as string) ?? parseFhirDateTime(bundle.meta?.lastUpdated) ?? new Date();
          continue;
        }
        const position = part.position;
        if (part.kind === 'badElement') {
          window.push({ raw: part.text, position, error: { field: 'entry', value: part.text.slice(0, 80), reason: part.reason } });
        } else {
          const e = part.value as fhir.BundleEntry | null;
          const r = e?.resource;
          if (!r || typeof r !== 'object') {
            window.push({
              raw: e,
              position,
              error: { field: 'entry.resource', value: null, reason: `entry[${position - 1}].resource: thiếu tài nguyên FHIR` },
            });
          } else {
            const item = { raw: r.resourceType === 'Patient' ? deidentified(r as fhir.Patient) : r, position };
            if (r.resourceType === 'Organization' && typeof e!.fullUrl === 'string') organizationUrls.set(item, e!.fullUrl);
            window.push(item);
          }
        }
        if (window.length >= entriesPerRead) yield* flush();
      }
      checkType();
      yield* flush();
      // Every Organization of the Bundle is known now; those still unknown are rejected by toRecord.
      yield* deferred.splice(0);
    },
    toRecord(raw: unknown): ResourceDoc {
      const r = raw as fhir.Resource;
      switch (r.resourceType) {
        case 'Organization':
          return facilityRecord(r as fhir.Organization, context.date);
        case 'Encounter':
          return encounterRecord(r as fhir.Encounter, provider);
        case 'Patient':
          return patientRecord(r as fhir.Patient, context.date);
        default:
          throw reject('resourceType', r.resourceType, 'hồ sơ thống kê y tế chỉ dùng Organization, Encounter và Patient');
      }
    },
    // Without meta.lastUpdated a version is unknown: it never overwrites a dated one.
    version: (record) => record.lastUpdated?.getTime() ?? 0,
    onAccepted: rollupFeed(m.Resource.db, healthRollups),
    versionField: 'meta.lastUpdated',
  };
}
