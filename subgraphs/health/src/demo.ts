/**
 * Demo HIS exports in the native format (FHIR R4 Bundles), seeded so every machine gets the same
 * files: nine facilities in Quảng Nam (49), Nghệ An (40) and Hà Nam (35), one Bundle per province
 * for January–June 2025 (old-register commune codes) and one for July–October 2025 (new-register
 * codes of 48, 40 and 37, except one HIS still sending its old code), a few malformed resources in
 * each. Each facility's encounters are spread over every month of its Bundle, and its first stay
 * runs across the end of the first month, so that a one-month question already has inpatients.
 * The later Bundles also discharge the patients still in at the end of June. Bed numbers
 * are scaled down from real hospitals' so that the files load in seconds on FerretDB: every
 * inpatient is an Encounter.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom, unitRegisters, currentOf, writeJsonArray, scaleProvince, scaled, provinceYear, provinceMonths, monthShare, type Unit } from '@ioc/kit';
import { bedsExtension, communeExtension, kcbSystem } from './connectors/profile';

interface Site {
  kcb: string;
  name: string;
  commune: string;
  beds: number;
  load: number;
  keepsOldCode?: boolean;
}

// Communes are real GSO codes of the register in force before 2025-07-01.
const sites: Record<string, Site[]> = {
  '49': [
    { kcb: '49001', name: 'Bệnh viện Đa khoa tỉnh Quảng Nam', commune: '20335', beds: 24, load: 0.9 }, // Phường Tân Thạnh, Tam Kỳ
    { kcb: '49002', name: 'Trung tâm Y tế thành phố Hội An', commune: '20398', beds: 10, load: 1.15 }, // Phường Minh An, Hội An
    { kcb: '49003', name: 'Trung tâm Y tế huyện Núi Thành', commune: '20965', beds: 8, load: 0.7 }, // Thị trấn Núi Thành
  ],
  '40': [
    { kcb: '40001', name: 'Bệnh viện Hữu nghị Đa khoa Nghệ An', commune: '16663', beds: 26, load: 1.05 }, // Phường Đông Vĩnh, Vinh
    { kcb: '40002', name: 'Trung tâm Y tế huyện Quỳnh Lưu', commune: '17101', beds: 10, load: 0.8, keepsOldCode: true }, // Xã Quỳnh Thắng
    { kcb: '40003', name: 'Trung tâm Y tế huyện Đô Lương', commune: '17617', beds: 8, load: 0.75 }, // Thị trấn Đô Lương
  ],
  '35': [
    { kcb: '35001', name: 'Bệnh viện Đa khoa tỉnh Hà Nam', commune: '13285', beds: 20, load: 0.95 }, // Phường Quang Trung, Phủ Lý
    { kcb: '35002', name: 'Trung tâm Y tế thị xã Duy Tiên', commune: '13321', beds: 8, load: 0.6 }, // Phường Đồng Văn
    { kcb: '35003', name: 'Trung tâm Y tế huyện Lý Nhân', commune: '13567', beds: 8, load: 0.85 }, // Xã Hợp Lý
  ],
};

const eras = [
  { tag: '2025-06', from: Date.parse('2025-01-01T00:00:00+07:00'), exportAt: Date.parse('2025-06-30T22:00:00+07:00') },
  { tag: '2025-10', from: Date.parse('2025-07-01T00:00:00+07:00'), exportAt: Date.parse('2025-11-01T06:00:00+07:00') },
];

const day = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The first instant of each Vietnam month from the one holding `from` until `until`, and `until` itself. */
function monthBounds(from: number, until: number): number[] {
  const bounds = [from];
  const d = new Date(from + 7 * 3_600_000);
  for (let m = d.getUTCMonth() + 1; ; m++) {
    const t = Date.UTC(d.getUTCFullYear(), m, 1) - 7 * 3_600_000;
    if (t >= until) break;
    bounds.push(t);
  }
  bounds.push(until);
  return bounds;
}

function newCommune(old: string): string {
  const u = unitRegisters().get('PRE_2025_07', 'COMMUNE', old);
  if (!u) throw new Error(`demo: commune ${old} is not in the old register`);
  return currentOf(u).commune!;
}

type Rng = ReturnType<typeof seededRandom>;
type Json = Record<string, unknown>;

function organization(s: Site, after: boolean, at: number): Json {
  return {
    resourceType: 'Organization',
    id: `org-${s.kcb}`,
    meta: { lastUpdated: iso(at) },
    active: true,
    identifier: [{ system: kcbSystem, value: s.kcb }],
    type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'prov', display: 'Healthcare Provider' }] }],
    name: s.name,
    address: [{ country: 'VN', extension: [{ url: communeExtension, valueCode: after && !s.keepsOldCode ? newCommune(s.commune) : s.commune }] }],
    extension: [{ url: bedsExtension, valueInteger: s.beds }],
  };
}

function encounter(id: string, kcb: string, cls: string, status: string, start: number, end: number | null, patient: string, updated: number): Json {
  return {
    resourceType: 'Encounter',
    id,
    meta: { lastUpdated: iso(updated) },
    status,
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: cls },
    subject: { reference: `Patient/${patient}` },
    period: { start: iso(start), ...(end === null ? {} : { end: iso(end) }) },
    serviceProvider: { reference: `Organization/org-${kcb}` },
  };
}

const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi'];
const middle = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Đức'];
const given = ['An', 'Bình', 'Cường', 'Dung', 'Hoa', 'Lan', 'Nam', 'Phúc', 'Quân', 'Tâm', 'Hương', 'Sơn'];

function patient(r: Rng, id: string, commune: string): Json {
  const year = r.int(1940, 2020);
  return {
    resourceType: 'Patient',
    id,
    identifier: [{ system: 'urn:vn:bhxh', value: `GD${r.int(1000000000, 9999999999)}` }],
    name: [{ text: `${r.pick(family)} ${r.pick(middle)} ${r.pick(given)}` }],
    telecom: [{ system: 'phone', value: `09${r.int(10000000, 99999999)}` }],
    gender: r.pick(['male', 'female']),
    birthDate: `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    address: [{ extension: [{ url: communeExtension, valueCode: commune }] }],
  };
}

/** One province's Bundle for one era; `stillIn` carries its inpatients from the first era to the second. */
function provinceBundle(r: Rng, province: string, era: number, stillIn: Json[]): Json {
  const { from, exportAt, tag } = eras[era];
  const after = era === 1;
  const resources: Json[] = [];
  const patients = Array.from({ length: 6 }, (_, i) => `pt-${province}-${tag}-${i}`);
  const at = (lo: number, hi: number) => lo + Math.floor((r.next() * (hi - lo)) / 60_000) * 60_000;
  const months = monthBounds(from, exportAt - day);
  /** The i-th of n encounters falls in month ⌊i·M/n⌋ of the Bundle's M, starting before `latest`. */
  const spread = (i: number, n: number, latest: number) => {
    const m = Math.floor((i * (months.length - 1)) / n);
    return at(months[m], Math.min(months[m + 1], latest));
  };
  for (const s of sites[province]) {
    resources.push(organization(s, after, from - 10 * day));
    const who = () => r.pick(patients);
    let n = 0;
    const id = (cls: string) => `${tag}-${cls.toLowerCase()}-${s.kcb}-${++n}`;
    for (let i = 0; i < 10; i++) {
      const start = spread(i, 10, exportAt - day);
      resources.push(
        encounter(id('AMB'), s.kcb, 'AMB', r.chance(0.03) ? 'cancelled' : 'finished', start, start + r.int(15, 90) * 60_000, who(), start + 3 * 3_600_000),
      );
    }
    for (let i = 0; i < 3; i++) {
      const start = spread(i, 3, exportAt - day);
      resources.push(encounter(id('EMER'), s.kcb, 'EMER', 'finished', start, start + r.int(1, 6) * 3_600_000, who(), start + 8 * 3_600_000));
    }
    for (let i = 0; i < 3; i++) {
      // The first stay is admitted in the first month's last week and discharged in the second month.
      const start = i === 0 ? at(months[1] - 7 * day, months[1] - 3 * 3_600_000) : spread(i, 3, exportAt - 20 * day);
      const end = start + r.int(i === 0 ? 8 : 2, 12) * day;
      resources.push(encounter(id('IMP'), s.kcb, 'IMP', 'finished', start, end, who(), end));
    }
    const inpatients = Math.round(s.beds * s.load);
    for (let i = 0; i < inpatients; i++) {
      const start = at(exportAt - 12 * day, exportAt - 3_600_000);
      const e = encounter(id('IMP'), s.kcb, 'IMP', 'in-progress', start, null, who(), start);
      resources.push(e);
      if (!after) stillIn.push(e);
    }
  }
  if (after) {
    // The HIS re-exports the June stays once they end; facilities were sent in the earlier Bundle.
    for (const e of stillIn) {
      const end = eras[1].from + r.int(1, 10) * day;
      resources.push({ ...e, status: 'finished', meta: { lastUpdated: iso(end) }, period: { ...(e.period as Json), end: iso(end) } });
    }
  }
  resources.push(...patients.map((p) => patient(r, p, after ? newCommune(sites[province][0].commune) : sites[province][0].commune)));
  const kcb = sites[province][0].kcb;
  const t = from + 5 * day;
  // What a rejects panel shows: a status outside FHIR's list, a missing start, an unknown commune
  // code and an encounter whose facility the hub has never received.
  resources.push(
    after
      ? {
          ...organization({ kcb: `${province}099`, name: 'Phòng khám tư nhân (mã xã nhập sai)', commune: '99999', beds: 0, load: 0 }, false, t),
          id: `org-${province}099`,
        }
      : encounter(`${tag}-bad-status-${kcb}`, kcb, 'AMB', 'done', t, t + 3_600_000, patients[0], t),
  );
  resources.push(
    after
      ? {
          ...encounter(`${tag}-bad-provider-${kcb}`, kcb, 'AMB', 'finished', t, t + 3_600_000, patients[0], t),
          serviceProvider: { reference: 'Organization/org-khong-ro' },
        }
      : { ...encounter(`${tag}-bad-start-${kcb}`, kcb, 'IMP', 'in-progress', t, null, patients[0], t), period: {} },
  );
  return {
    resourceType: 'Bundle',
    id: `his-${province}-${tag}`,
    type: 'collection',
    timestamp: iso(exportAt),
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${(resource as Json).resourceType}-${(resource as Json).id}`, resource })),
  };
}

export async function generateDemo(outDir: string): Promise<{ feed: string; file: string }[]> {
  await mkdir(outDir, { recursive: true });
  const r = seededRandom(20250701);
  const stillIn: Record<string, Json[]> = { '49': [], '40': [], '35': [] };
  const out: { feed: string; file: string }[] = [];
  for (const era of [0, 1]) {
    for (const province of ['49', '40', '35']) {
      const file = join(outDir, `health-fhir-${province}-${eras[era].tag}.json`);
      await writeFile(file, JSON.stringify(provinceBundle(r, province, era, stillIn[province]), null, 1));
      out.push({ feed: 'fhir', file });
    }
  }
  return out;
}

/** Encounters of a province's hospitals and district health centres in a year (size L of the benchmark). */
const encountersPerYear = 300_000;
/** Share of each encounter class, and an inpatient stay's usual length in days. */
const classShare = { AMB: 0.82, EMER: 0.08, IMP: 0.1 };
const stayDays: [number, number] = [2, 10];

/**
 * One year of the merged Đà Nẵng (48) at `scale` (1 = a realistic year), as its HIS exports it: one
 * Bundle a month of the encounters that started in it, each in its state at the year's end (a stay
 * not ended by then is in progress), with the facilities and some patients, under the old commune
 * codes of Quảng Nam (49) and the old Đà Nẵng (48) until June and today's after. Each province
 * hospital and each district's health centre is a facility; planned beds are set so that the year's
 * admissions fill about 85 % of them. Streamed entry by entry.
 */
export async function generateScale(outDir: string, scale: number): Promise<{ feed: string; file: string }[]> {
  const r = seededRandom(48_2025);
  const province = scaleProvince();
  // A district without communes (the island district of Hoàng Sa) has its centre on the mainland.
  const firstCommune = (unit: Unit) =>
    province.old.communes.find((c) => c.district === unit.code) ?? province.old.communes.find((c) => c.province === unit.province)!;
  const facilities = [
    ...province.old.provinces.flatMap((p, i) =>
      [0, 1].map((k) => ({
        kcb: `${p.code}${String(100 + 2 * i + k)}`,
        name: `Bệnh viện ${k ? 'Đa khoa' : 'Trung ương'} ${p.name.replace(/^(Tỉnh|Thành phố) /, '')} ${k + 1}`,
        commune: firstCommune(p),
        weight: 6,
      })),
    ),
    ...province.old.districts.map((d, i) => ({
      kcb: `${d.province}${String(200 + i)}`,
      name: `Trung tâm Y tế ${d.name.charAt(0).toLowerCase()}${d.name.slice(1)}`,
      commune: firstCommune(d),
      weight: 1,
    })),
  ];
  const totalWeight = facilities.reduce((s, f) => s + f.weight, 0);
  const n = scaled(encountersPerYear, scale);
  const inpatients = ((n * classShare.IMP) / 365) * ((stayDays[0] + stayDays[1]) / 2);
  const beds = (f: (typeof facilities)[number]) => Math.max(5, Math.round(((inpatients / 0.85) * f.weight) / totalWeight));
  const pickFacility = () => {
    let x = r.next() * totalWeight;
    for (const f of facilities) if ((x -= f.weight) < 0) return f;
    return facilities[0];
  };
  const patients = Array.from({ length: scaled(24_000, scale) }, (_, i) => `pt-48-${i}`);
  const exportAt = provinceYear.to - 2 * 3_600_000;
  const files: { feed: string; file: string }[] = [];
  for (const month of provinceMonths) {
    const after = month.from >= provinceYear.reform;
    const commune = (c: Unit) => (after ? province.successor(c) : c.code);
    function* entries(): Generator<Json> {
      for (const f of facilities) {
        yield {
          resourceType: 'Organization',
          id: `org-${f.kcb}`,
          meta: { lastUpdated: iso(month.from) },
          active: true,
          identifier: [{ system: kcbSystem, value: f.kcb }],
          name: f.name,
          address: [{ country: 'VN', extension: [{ url: communeExtension, valueCode: commune(f.commune) }] }],
          extension: [{ url: bedsExtension, valueInteger: beds(f) }],
        };
      }
      for (let i = month.index; i < patients.length; i += 12) yield patient(r, patients[i], commune(r.pick(province.old.communes)));
      for (let i = monthShare(n, month.index); i > 0; i--) {
        const f = pickFacility();
        const x = r.next();
        const cls = x < classShare.AMB ? 'AMB' : x < classShare.AMB + classShare.EMER ? 'EMER' : 'IMP';
        const start = month.from + Math.floor((r.next() * (month.to - month.from)) / 60_000) * 60_000;
        const end = start + (cls === 'AMB' ? r.int(15, 90) * 60_000 : cls === 'EMER' ? r.int(1, 6) * 3_600_000 : r.int(...stayDays) * day);
        const id = `y25-${cls.toLowerCase()}-${f.kcb}-${month.tag}-${i}`;
        const who = patients[month.index + 12 * r.int(0, Math.floor((patients.length - 1 - month.index) / 12))];
        if (end > exportAt) yield encounter(id, f.kcb, cls, 'in-progress', start, null, who, start);
        else yield encounter(id, f.kcb, cls, r.chance(0.01) ? 'cancelled' : 'finished', start, end, who, end);
      }
    }
    const file = join(outDir, `health-fhir-48-${month.tag}.json`);
    const head = `{"resourceType":"Bundle","id":"his-48-${month.tag}","type":"collection","timestamp":"${iso(exportAt)}","entry":[`;
    await writeJsonArray(
      file,
      head,
      (function* () {
        for (const resource of entries()) yield { fullUrl: `urn:uuid:${resource.resourceType}-${resource.id}`, resource };
      })(),
    );
    files.push({ feed: 'fhir', file });
  }
  return files;
}
