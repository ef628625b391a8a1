/**
 * Demo data in the portal's native format (JSON Lines of dossiers) for Quảng Nam (49), Nghệ An (40)
 * and Hà Nam (35): dossiers received in the first half of 2025 under old-register codes, and in the
 * second half under the codes of their successors (48, 40, 37), a few still sent with an old code.
 * Each dossier is sent at reception and again when it ends, sometimes out of order, as the portal
 * does; about three lines in a hundred are malformed so that the rejects panel has something to show.
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { seededRandom, unitRegisters, currentOf, toVietnamIso, type Unit } from '@ioc/kit';
import { catalogue, provinceAgencies, landOffice, type ProcedureDef } from './demo-catalogue';

type Rng = ReturnType<typeof seededRandom>;

// FerretDB writes a few dozen upserts a second on a shared machine: the demo must load in seconds.
const perProvinceHalf = 80;
const day = 86_400_000;

interface Place { province: Unit; units: Record<'COMMUNE' | 'DISTRICT' | 'PROVINCE', Unit[]> }

/** Old-register units of a province, and the new-register units that succeeded them. */
function places(oldProvince: string): { before: Place; after: Place } {
  const reg = unitRegisters();
  const province = reg.get('PRE_2025_07', 'PROVINCE', oldProvince)!;
  const communes = reg.list('PRE_2025_07', 'COMMUNE').filter((u) => u.province === oldProvince);
  const successors = [...new Set(communes.map((c) => currentOf(c).commune).filter((c): c is string => !!c))]
    .map((code) => reg.get('FROM_2025_07', 'COMMUNE', code)!);
  const newProvince = reg.get('FROM_2025_07', 'PROVINCE', currentOf(province).province)!;
  return {
    before: { province, units: { COMMUNE: communes, DISTRICT: reg.list('PRE_2025_07', 'DISTRICT').filter((u) => u.province === oldProvince), PROVINCE: [province] } },
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

interface Line { [k: string]: unknown }

function dossier(rng: Rng, seq: number, place: Place, from: number, to: number, legacy: Place | null): Line[] {
  const p = rng.pick(catalogue);
  const level = rng.pick(p.levels.filter((l) => place.units[l].length > 0));
  const reportedPlace = legacy && rng.chance(0.08) ? legacy : place;
  const unit = rng.pick(reportedPlace.units[level].length ? reportedPlace.units[level] : reportedPlace.units.PROVINCE);
  const received = officeTime(rng, from + Math.floor(rng.next() * ((to - from) / day)) * day - 7 * 3_600_000);
  const days = rng.int(p.days[0], p.days[1]);
  const due = received + days * day + (days === 1 ? 0 : 8 * 3_600_000);
  const channel = p.onlineLevel === 'TOAN_TRINH' ? (rng.chance(0.7) ? 2 : 1) : p.onlineLevel ? (rng.chance(0.35) ? 2 : rng.chance(0.1) ? 3 : 1) : 1;
  const stamp = new Date(received + 7 * 3_600_000).toISOString().slice(2, 10).replace(/-/g, '');
  const base: Line = {
    MaHoSo: `000.00.${String(seq % 97).padStart(2, '0')}.H${place.province.code}-${stamp}-${String(seq).padStart(4, '0')}`,
    MaTTHC: p.code, TenTTHC: p.name, MaLinhVuc: p.field[0], TenLinhVuc: p.field[1],
    CoQuanXuLy: agencyOf(p, unit, reportedPlace.province.name.replace(/^(Tỉnh|Thành phố) /, '')),
    MaDonViHanhChinh: unit.code, NgayTiepNhan: iso(received), KenhNop: channel, MucDo: p.onlineLevel,
  };
  const roll = rng.next();
  if (roll < 0.03) return [{ ...base, NgayHenTra: null, NgayKetThuc: iso(received + 3_600_000), NgayCapNhat: iso(received + 3_600_000), TrangThai: 3 }];
  const accepted = { ...base, NgayHenTra: iso(due), NgayKetThuc: null, NgayCapNhat: iso(received), TrangThai: 2 };
  const lastDay = Math.min(to, Date.UTC(2025, 11, 31));
  if (roll < 0.06) {
    const at = received + rng.int(1, 5) * day;
    return [accepted, { ...accepted, NgayKetThuc: iso(at), NgayCapNhat: iso(at), TrangThai: rng.chance(0.5) ? 7 : 8 }];
  }
  // Most finish on time; some run over by up to ten days.
  const intended = rng.chance(0.88) ? received + (due - received) * (0.3 + 0.7 * rng.next()) : due + rng.int(1, 10) * day;
  const finishedDay = intended - ((intended + 7 * 3_600_000) % day);
  const finished = intended <= due ? Math.max(received, Math.min(due, officeTime(rng, finishedDay))) : officeTime(rng, finishedDay) + day;
  if (finished > lastDay || roll < 0.14) {
    return [accepted, { ...accepted, NgayCapNhat: iso(received + day), TrangThai: rng.pick([4, 4, 5, 6]) }];
  }
  const done = { ...accepted, NgayKetThuc: iso(finished), NgayCapNhat: iso(finished), TrangThai: rng.chance(0.7) ? 10 : 9 };
  // The portal's resends can arrive out of order: the final state sometimes comes first.
  return rng.chance(0.1) ? [done, accepted] : [accepted, done];
}

/** Malformed lines of the kinds portals really send. */
function malformed(rng: Rng, good: Line): string {
  switch (rng.int(0, 4)) {
    case 0: return JSON.stringify(good).slice(0, 60);
    case 1: return JSON.stringify({ ...good, MaHoSo: `${good.MaHoSo}-X`, MaDonViHanhChinh: '99999' });
    case 2: return JSON.stringify({ ...good, MaHoSo: `${good.MaHoSo}-Y`, NgayTiepNhan: String(good.NgayTiepNhan).slice(0, 10).split('-').reverse().join('/') });
    case 3: return JSON.stringify({ ...good, MaHoSo: `${good.MaHoSo}-Z`, TrangThai: 0 });
    default: return JSON.stringify({ ...good, MaHoSo: `${good.MaHoSo}-W`, KenhNop: 'online' });
  }
}

async function writeLines(file: string, lines: string[]): Promise<void> {
  const out = createWriteStream(file, 'utf8');
  for (const l of lines) if (!out.write(`${l}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
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
      for (let i = 0; i < perProvinceHalf; i++) {
        const versions = dossier(rng, ++seq, place, half.from, half.to, h === 1 ? area.before : null);
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
