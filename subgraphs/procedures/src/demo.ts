/**
 * Demo data in the portal's native format (JSON Lines of dossiers) for Quảng Nam (49), Nghệ An (40)
 * and Hà Nam (35): dossiers received in the first half of 2025 under old-register codes, and in the
 * second half under the codes of their successors (48, 40, 37), a few still sent with an old code.
 * Each dossier is sent at reception and again when it ends, sometimes out of order, as the portal
 * does; about three lines in a hundred are malformed so that the rejects panel has something to show.
 * Whatever the seed draws, the first quarter of 2025 always holds a handful of dossiers handled by
 * Phường Tân Thạnh (20335), Thành phố Tam Kỳ (502) and Quảng Nam's agencies (49), with every outcome
 * among them, so that the README's questions on those units show figures.
 */
import { join } from 'node:path';
import {
  seededRandom,
  unitRegisters,
  currentOf,
  toVietnamIso,
  writeLines,
  scaleProvince,
  scaled,
  provinceMonths,
  monthShare,
  provinceYear,
  type Unit,
} from '@ioc/kit';
import { catalogue, provinceAgencies, landOffice, type ProcedureDef } from './demo-catalogue';

type Rng = ReturnType<typeof seededRandom>;

// FerretDB writes a few dozen upserts a second on a shared machine: the demo must load in seconds.
const perProvinceHalf = 74;
const day = 86_400_000;

interface Place {
  province: Unit;
  units: Record<'COMMUNE' | 'DISTRICT' | 'PROVINCE', Unit[]>;
}

/** Old-register units of a province, and the new-register units that succeeded them. */
function places(oldProvince: string): { before: Place; after: Place } {
  const reg = unitRegisters();
  const province = reg.get('PRE_2025_07', 'PROVINCE', oldProvince)!;
  const communes = reg.list('PRE_2025_07', 'COMMUNE').filter((u) => u.province === oldProvince);
  const successors = [...new Set(communes.map((c) => currentOf(c).commune).filter((c): c is string => !!c))].map((code) =>
    reg.get('FROM_2025_07', 'COMMUNE', code)!,
  );
  const newProvince = reg.get('FROM_2025_07', 'PROVINCE', currentOf(province).province)!;
  return {
    before: {
      province,
      units: { COMMUNE: communes, DISTRICT: reg.list('PRE_2025_07', 'DISTRICT').filter((u) => u.province === oldProvince), PROVINCE: [province] },
    },
    after: { province: newProvince, units: { COMMUNE: successors, DISTRICT: [], PROVINCE: [newProvince] } },
  };
}

const iso = (t: number) => toVietnamIso(new Date(t));

/** Working hours of a Vietnam day: 07:30–16:30. */
const officeTime = (rng: Rng, dayStart: number) => dayStart + (7.5 + rng.next() * 9) * 3_600_000;

/** "Phường Quảng Phú" → "phường Quảng Phú", as written after "UBND". */
const inSentence = (u: Unit) => `${u.type.toLowerCase()}${u.name.slice(u.type.length)}`;

function agencyOf(p: ProcedureDef, unit: Unit, provinceName: string): string {
  if (unit.level === 'COMMUNE') return `UBND ${inSentence(unit)}`;
  if (unit.level === 'DISTRICT') return p.field[1] === 'Đất đai' ? `${landOffice} ${unit.name.slice(unit.type.length + 1)}` : `UBND ${inSentence(unit)}`;
  return `${provinceAgencies[p.field[0]]} ${provinceName}`;
}

interface Line {
  [k: string]: unknown;
}

type Outcome = 'NOT_ACCEPTED' | 'WITHDRAWN' | 'PENDING' | 'LATE' | 'ON_TIME';

/** A dossier whose unit, outcome and reception window are set rather than drawn. */
interface Fixed {
  unit: Unit;
  outcome: Outcome;
  from: number;
  to: number;
}

/** `exportEnd` (by default `to`) is the day the export stops: what would end after it is still pending. */
function dossier(rng: Rng, seq: number, place: Place, from: number, to: number, legacy: Place | null, fixed?: Fixed, exportEnd = to): Line[] {
  let p: ProcedureDef;
  let unit: Unit;
  let reportedPlace = place;
  if (fixed) {
    p = rng.pick(catalogue.filter((c) => c.levels.includes(fixed.unit.level as ProcedureDef['levels'][number])));
    unit = fixed.unit;
  } else {
    p = rng.pick(catalogue);
    const level = rng.pick(p.levels.filter((l) => place.units[l].length > 0));
    if (legacy && rng.chance(0.08)) reportedPlace = legacy;
    unit = rng.pick(reportedPlace.units[level].length ? reportedPlace.units[level] : reportedPlace.units.PROVINCE);
  }
  const [recvFrom, recvTo] = fixed ? [fixed.from, fixed.to] : [from, to];
  const received = officeTime(rng, recvFrom + Math.floor(rng.next() * ((recvTo - recvFrom) / day)) * day - 7 * 3_600_000);
  const days = rng.int(p.days[0], p.days[1]);
  const due = received + days * day + (days === 1 ? 0 : 8 * 3_600_000);
  const channel = p.onlineLevel === 'TOAN_TRINH' ? (rng.chance(0.7) ? 2 : 1) : p.onlineLevel ? (rng.chance(0.35) ? 2 : rng.chance(0.1) ? 3 : 1) : 1;
  const stamp = new Date(received + 7 * 3_600_000).toISOString().slice(2, 10).replace(/-/g, '');
  const base: Line = {
    MaHoSo: `000.00.${String(seq % 97).padStart(2, '0')}.H${place.province.code}-${stamp}-${String(seq).padStart(4, '0')}`,
    MaTTHC: p.code,
    TenTTHC: p.name,
    MaLinhVuc: p.field[0],
    TenLinhVuc: p.field[1],
    CoQuanXuLy: agencyOf(p, unit, reportedPlace.province.name.replace(/^(Tỉnh|Thành phố) /, '')),
    MaDonViHanhChinh: unit.code,
    NgayTiepNhan: iso(received),
    KenhNop: channel,
    MucDo: p.onlineLevel,
  };
  const roll = rng.next();
  const outcome = fixed?.outcome ?? (roll < 0.03 ? 'NOT_ACCEPTED' : roll < 0.06 ? 'WITHDRAWN' : roll < 0.14 ? 'PENDING' : null);
  if (outcome === 'NOT_ACCEPTED')
    return [{ ...base, NgayHenTra: null, NgayKetThuc: iso(received + 3_600_000), NgayCapNhat: iso(received + 3_600_000), TrangThai: 3 }];
  const accepted = { ...base, NgayHenTra: iso(due), NgayKetThuc: null, NgayCapNhat: iso(received), TrangThai: 2 };
  const lastDay = Math.min(exportEnd, Date.UTC(2025, 11, 31));
  if (outcome === 'WITHDRAWN') {
    const at = received + rng.int(1, 5) * day;
    return [accepted, { ...accepted, NgayKetThuc: iso(at), NgayCapNhat: iso(at), TrangThai: rng.chance(0.5) ? 7 : 8 }];
  }
  // Most finish on time; some run over by up to ten days.
  const onTime = outcome ? outcome !== 'LATE' : rng.chance(0.88);
  const intended = onTime ? received + (due - received) * (0.3 + 0.7 * rng.next()) : due + rng.int(1, 10) * day;
  const finishedDay = intended - ((intended + 7 * 3_600_000) % day);
  const finished = intended <= due ? Math.max(received, Math.min(due, officeTime(rng, finishedDay))) : officeTime(rng, finishedDay) + day;
  if (finished > lastDay || outcome === 'PENDING') {
    return [accepted, { ...accepted, NgayCapNhat: iso(received + day), TrangThai: rng.pick([4, 4, 5, 6]) }];
  }
  const done = { ...accepted, NgayKetThuc: iso(finished), NgayCapNhat: iso(finished), TrangThai: rng.chance(0.7) ? 10 : 9 };
  // The portal's resends can arrive out of order: the final state sometimes comes first.
  return rng.chance(0.1) ? [done, accepted] : [accepted, done];
}

/** Malformed lines of the kinds portals really send. */
function malformed(rng: Rng, good: Line): string {
  switch (rng.int(0, 4)) {
    case 0:
      return JSON.stringify(good).slice(0, 60);
    case 1:
      return JSON.stringify({ ...good, MaHoSo: `${good.MaHoSo}-X`, MaDonViHanhChinh: '99999' });
    case 2:
      return JSON.stringify({ ...good, MaHoSo: `${good.MaHoSo}-Y`, NgayTiepNhan: String(good.NgayTiepNhan).slice(0, 10).split('-').reverse().join('/') });
    case 3:
      return JSON.stringify({ ...good, MaHoSo: `${good.MaHoSo}-Z`, TrangThai: 0 });
    default:
      return JSON.stringify({ ...good, MaHoSo: `${good.MaHoSo}-W`, KenhNop: 'online' });
  }
}

/**
 * The dossiers of the first quarter of 2025 that are always there, per unit: how many end in each
 * outcome. A pending one is also overdue unless the question's `now` comes before its due time.
 */
const showcase: { code: string; level: 'COMMUNE' | 'DISTRICT' | 'PROVINCE'; outcomes: Partial<Record<Outcome, number>> }[] = [
  { code: '20335', level: 'COMMUNE', outcomes: { ON_TIME: 12, LATE: 3, PENDING: 3, WITHDRAWN: 2, NOT_ACCEPTED: 1 } },
  { code: '502', level: 'DISTRICT', outcomes: { ON_TIME: 6, LATE: 2, PENDING: 1, WITHDRAWN: 1, NOT_ACCEPTED: 1 } },
  { code: '49', level: 'PROVINCE', outcomes: { ON_TIME: 5, LATE: 1, PENDING: 1, WITHDRAWN: 1 } },
];
const showcaseProvince = '49';
const showcaseQuarter = { from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 2, 31) };

function showcaseDossiers(rng: Rng, nextSeq: () => number, place: Place, to: number): Line[][] {
  const reg = unitRegisters();
  const out: Line[][] = [];
  for (const s of showcase) {
    const unit = reg.get('PRE_2025_07', s.level, s.code);
    if (!unit || unit.province !== place.province.code) throw new Error(`demo: ${s.level} ${s.code} is not in province ${place.province.code}`);
    for (const [outcome, n] of Object.entries(s.outcomes) as [Outcome, number][]) {
      for (let i = 0; i < n; i++) out.push(dossier(rng, nextSeq(), place, showcaseQuarter.from, to, null, { unit, outcome, ...showcaseQuarter }));
    }
  }
  return out;
}

export async function generateDemo(outDir: string): Promise<{ feed: string; file: string }[]> {
  const rng = seededRandom(20250701);
  const halves = [
    { file: 'dossiers-2025-h1.jsonl', from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 5, 30) },
    { file: 'dossiers-2025-h2.jsonl', from: Date.UTC(2025, 6, 1), to: Date.UTC(2025, 11, 31) },
  ];
  const result: { feed: string; file: string }[] = [];
  const areas = ['49', '40', '35'].map(places);
  let seq = 0;
  for (const [h, half] of halves.entries()) {
    const lines: string[] = [];
    for (const area of areas) {
      const place = h === 0 ? area.before : area.after;
      const all: Line[][] = [];
      for (let i = 0; i < perProvinceHalf; i++) all.push(dossier(rng, ++seq, place, half.from, half.to, h === 1 ? area.before : null));
      if (h === 0 && place.province.code === showcaseProvince) all.push(...showcaseDossiers(rng, () => ++seq, place, half.to));
      for (const versions of all) {
        for (const v of versions) lines.push(JSON.stringify(v));
        if (rng.chance(0.03)) lines.push(malformed(rng, versions[0]));
      }
    }
    const file = join(outDir, half.file);
    await writeLines(file, lines);
    result.push({ feed: 'dossiers', file });
  }
  return result;
}

/** Dossiers a province of about three million people receives in a year (size L of the benchmark). */
const dossiersPerYear = 300_000;

/**
 * One year of the merged Đà Nẵng (48) at `scale` (1 = a realistic year), one file per month of
 * reception: the first half under the old codes of Quảng Nam (49) and the old Đà Nẵng (48), the
 * second under today's, each dossier at reception and at its end as the year closed. Streamed.
 */
export async function generateScale(outDir: string, scale: number): Promise<{ feed: string; file: string }[]> {
  const rng = seededRandom(48_2025);
  const province = scaleProvince();
  const region = (units: Unit[]) => ({
    COMMUNE: units.filter((u) => u.level === 'COMMUNE'),
    DISTRICT: units.filter((u) => u.level === 'DISTRICT'),
    PROVINCE: units.filter((u) => u.level === 'PROVINCE'),
  });
  const before: Place[] = province.old.provinces.map((p) => ({
    province: p,
    units: region([p, ...province.old.districts, ...province.old.communes].filter((u) => u.province === p.code)),
  }));
  const after: Place = { province: province.province, units: region([province.province, ...province.communes]) };
  const n = scaled(dossiersPerYear, scale);
  // Numbered apart from the showcase demo's dossiers, which may sit in the same database.
  let seq = 1_000_000;
  const files: { feed: string; file: string }[] = [];
  for (const month of provinceMonths) {
    const from = Date.UTC(2025, month.index, 1);
    const to = Date.UTC(2025, month.index + 1, 1);
    const reformed = month.from >= provinceYear.reform;
    function* lines() {
      for (let i = monthShare(n, month.index); i > 0; i--) {
        // Quảng Nam had about three times the old Đà Nẵng's communes and twice its people.
        const old = rng.chance(0.65) ? before[0] : before[1];
        const versions = dossier(rng, seq++, reformed ? after : old, from, to, reformed ? old : null, undefined, Date.UTC(2025, 11, 31));
        for (const v of versions) yield JSON.stringify(v);
        if (rng.chance(0.03)) yield malformed(rng, versions[0]);
      }
    }
    const file = join(outDir, `dossiers-48-${month.tag}.jsonl`);
    await writeLines(file, lines());
    files.push({ feed: 'dossiers', file });
  }
  return files;
}
