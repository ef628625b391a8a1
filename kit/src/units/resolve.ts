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
 */
import { levelOfCode, registerAt, unitRegisters, type Register, type Unit } from './registers';
import type { Level } from './unit-types';

export class UnitError extends Error {
  constructor(readonly field: string, readonly value: unknown, message: string) {
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
