/**
 * The one resolver every sector uses: a unit code as a source system reported it, and the date of
 * the record → the unit it named at that date, and the unit(s) in force today that contain it.
 *
 * Rules
 * - The register is the one in force on the record's date (before 2025-07-01: the old register).
 * - A record dated on or after 2025-07-01 that still carries a code unknown to the new register
 *   but known to the old one is read in the old register and flagged `legacyCode`: source systems
 *   keep sending old codes for a while after the reform.
 * - A `FULL` successor is exact. When an old commune was split (`PARTIAL` successors), the record is
 *   attributed to one successor, flagged `approximate`, by this deterministic rule: the successor
 *   that kept the old commune's code if there is one, else the successor with the lowest code.
 * - An old district has no successor of its own (the reform removed the level): its records are
 *   attributed to the successor of its province, with no commune. The island districts that had no
 *   communes and became special zones (đặc khu) are the exception: they have a direct successor.
 * - An unknown or malformed code is a `UnitError`, which the caller records as a reject.
 *
 * Backward rule (a record reported in today's register, counted on the old register: `pastOf`)
 * - A new commune counts in the old district (old province) that held its predecessors when every
 *   predecessor lies in that one district (province): exact. Phường Tam Kỳ 20341, formed from An Mỹ,
 *   An Xuân and Trường Xuân, all in district 502 of province 49, counts exactly in 502 and 49.
 * - It counts in an old commune exactly only when it has one predecessor, taken whole (`FULL`).
 * - Where a level is not exact, the record is attributed to one predecessor, flagged `approximate`,
 *   by the forward rule's style: the predecessor that kept the new unit's code if there is one,
 *   else the predecessor with the lowest code; the district and province are that predecessor's.
 * - A new province counts in its one predecessor exactly, else in the one chosen the same way.
 * - A record with no date of its own (a facility, a school, a vessel) is resolved in today's
 *   register and reaches the old register only through this rule.
 */
import { levelOfCode, registerAt, unitRegisters, type Link, type Register, type Unit } from './registers';
import type { Level } from './unit-types';

export class UnitError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    message: string,
  ) {
    super(message);
  }
}

/** The unit a record names, as stored on the record (see `unitRefSchema`). */
export interface UnitRef {
  code: string;
  level: Level;
  register: Register;
  /** Ancestors in the reported register, so either register's roll-up is one indexed match. */
  province: string;
  district: string | null;
  commune: string | null;
  legacyCode: boolean;
  current: { province: string; commune: string | null; approximate: boolean };
}

const codePattern = /^(\d{2}|\d{3}|\d{5})$/;

function pickSuccessor(u: Unit): { unit: Unit; approximate: boolean } | undefined {
  const links = unitRegisters().successorsOf(u);
  if (links.length === 0) return undefined;
  if (links.length === 1 && links[0].share === 'FULL') return { unit: links[0].unit, approximate: false };
  const sameCode = links.find((l) => l.unit.code === u.code);
  return { unit: (sameCode ?? links[0]).unit, approximate: true };
}

/** Where a unit of either register lies in today's register. */
export function currentOf(u: Unit): UnitRef['current'] {
  const reg = unitRegisters();
  if (u.register === 'FROM_2025_07') {
    return { province: u.province, commune: u.level === 'COMMUNE' ? u.code : null, approximate: false };
  }
  const own = pickSuccessor(u);
  if (own && own.unit.level === 'COMMUNE') return { province: own.unit.province, commune: own.unit.code, approximate: own.approximate };
  const province = u.level === 'PROVINCE' ? own : pickSuccessor(reg.get('PRE_2025_07', 'PROVINCE', u.province)!);
  return { province: province!.unit.code, commune: null, approximate: false };
}

/**
 * @param code the code as reported (2 digits province, 3 district, 5 commune)
 * @param date the record's date, YYYY-MM-DD (Vietnam time)
 * @param field the source field name, used in the error message
 */
export function resolveUnit(code: unknown, date: string, field = 'unit'): UnitRef & { unit: Unit } {
  const text = typeof code === 'number' ? String(code) : code;
  if (typeof text !== 'string' || !codePattern.test(text.trim())) {
    throw new UnitError(field, code, `${field}: mã đơn vị hành chính không hợp lệ ${JSON.stringify(code)} (cần 2, 3 hoặc 5 chữ số)`);
  }
  const c = text.trim();
  const level = levelOfCode[c.length]!;
  const reg = unitRegisters();
  const register = registerAt(date);
  let unit = reg.get(register, level, c);
  let legacyCode = false;
  if (!unit && register === 'FROM_2025_07') {
    unit = reg.get('PRE_2025_07', level, c);
    legacyCode = !!unit;
  }
  if (!unit) {
    throw new UnitError(field, code, `${field}: không có đơn vị hành chính mã "${c}" trong danh mục hiệu lực ngày ${date}`);
  }
  return {
    unit,
    code: c,
    level,
    register: unit.register,
    province: unit.province,
    district: unit.level === 'COMMUNE' ? unit.district : unit.level === 'DISTRICT' ? unit.code : null,
    commune: unit.level === 'COMMUNE' ? unit.code : null,
    legacyCode,
    current: currentOf(unit),
  };
}

/** Where a unit of today's register lies in the old register; one flag per level (see the rules above). */
export interface PastUnits {
  province: { code: string; approximate: boolean } | null;
  district: { code: string; approximate: boolean } | null;
  commune: { code: string; approximate: boolean } | null;
}

function pickPredecessor(u: Unit): Link | undefined {
  const links = unitRegisters().predecessorsOf(u);
  return links.find((l) => l.unit.code === u.code) ?? links[0];
}

export function pastOf(u: Unit): PastUnits {
  if (u.register === 'PRE_2025_07') throw new Error(`pastOf: ${u.code} is already a unit of the old register`);
  const reg = unitRegisters();
  if (u.level === 'PROVINCE') {
    const links = reg.predecessorsOf(u);
    const pick = pickPredecessor(u);
    return { province: pick ? { code: pick.unit.code, approximate: links.length > 1 } : null, district: null, commune: null };
  }
  const links = reg.predecessorsOf(u);
  const pick = pickPredecessor(u);
  if (!pick) return pastOf(reg.get('FROM_2025_07', 'PROVINCE', u.province)!);
  // A predecessor is an old commune, or an island district that had none (its district is itself).
  const districtOf = (x: Unit) => (x.level === 'DISTRICT' ? x.code : x.district!);
  const districts = new Set(links.map((l) => districtOf(l.unit)));
  const provinces = new Set(links.map((l) => l.unit.province));
  const exactCommune = links.length === 1 && links[0].share === 'FULL' && links[0].unit.level === 'COMMUNE';
  return {
    province: { code: pick.unit.province, approximate: provinces.size > 1 },
    district: { code: districtOf(pick.unit), approximate: districts.size > 1 },
    commune: pick.unit.level === 'COMMUNE' ? { code: pick.unit.code, approximate: !exactCommune } : null,
  };
}
