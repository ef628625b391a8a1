/**
 * Province-year datasets that every sector's demo generator writes at a chosen size, for the scale
 * benchmark (`npm run bench -- scale`) and for `npm start`'s demo: the sizes, the province and
 * year they describe, and file writers that stream record by record so that no size is ever held
 * in memory whole. Feeds come as monthly files, as the sector systems export them, so that no single
 * upload runs for long.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { unitRegisters, type Unit } from './units/registers';
import { currentOf } from './units/resolve';

export type DemoSize = 'S' | 'M' | 'L';

/** Share of a realistic province-year (size L) each size holds: M a third, S a tenth. */
export const demoScale: Record<DemoSize, number> = { S: 0.1, M: 1 / 3, L: 1 };

export function parseDemoSize(value: string, field = 'size'): DemoSize {
  if (value === 'S' || value === 'M' || value === 'L') return value;
  throw new Error(`${field}: "${value}" is not a dataset size (S, M or L)`);
}

/** `n` at size L scaled down, at least one. */
export const scaled = (n: number, scale: number) => Math.max(1, Math.round(n * scale));

/** Keeps about `share` of a list, spread evenly over it (every item at share 1). */
export function evenShare<T>(list: readonly T[], share: number): T[] {
  return list.filter((_, i) => Math.floor((i + 1) * share) > Math.floor(i * share));
}

/** The year the datasets span (Vietnam time): the 2025 reform falls in its middle. */
export const provinceYear = {
  from: Date.parse('2025-01-01T00:00:00+07:00'),
  reform: Date.parse('2025-07-01T00:00:00+07:00'),
  to: Date.parse('2026-01-01T00:00:00+07:00'),
};

/** The twelve months of the year: Vietnam-time bounds, the month's index (0-11) and its name ("2025-01"). */
export const provinceMonths = Array.from({ length: 12 }, (_, m) => ({
  index: m,
  tag: `2025-${String(m + 1).padStart(2, '0')}`,
  from: Date.parse(`2025-${String(m + 1).padStart(2, '0')}-01T00:00:00+07:00`),
  to: m === 11 ? provinceYear.to : Date.parse(`2025-${String(m + 2).padStart(2, '0')}-01T00:00:00+07:00`),
}));

/** The share of `n` things of the year that fall in month `m`: the twelve shares add up to `n`. */
export const monthShare = (n: number, m: number) => Math.round((n * (m + 1)) / 12) - Math.round((n * m) / 12);

export interface ScaleProvince {
  /** Thành phố Đà Nẵng (48) of the register in force since 2025-07-01. */
  province: Unit;
  communes: Unit[];
  /** What it absorbed: Quảng Nam (49) and the old Đà Nẵng (48), with their districts and communes. */
  old: { provinces: Unit[]; districts: Unit[]; communes: Unit[] };
  /** An old commune's code in today's register (a split commune goes to its first successor). */
  successor(oldCommune: Unit): string;
}

/** Đà Nẵng as merged on 2025-07-01 from old Quảng Nam (49) and old Đà Nẵng (48). */
export function scaleProvince(): ScaleProvince {
  const reg = unitRegisters();
  const oldCodes = ['49', '48'];
  const old = {
    provinces: oldCodes.map((c) => reg.get('PRE_2025_07', 'PROVINCE', c)!),
    districts: reg.list('PRE_2025_07', 'DISTRICT').filter((d) => oldCodes.includes(d.province)),
    communes: reg.list('PRE_2025_07', 'COMMUNE').filter((c) => oldCodes.includes(c.province)),
  };
  return {
    province: reg.get('FROM_2025_07', 'PROVINCE', '48')!,
    communes: reg.list('FROM_2025_07', 'COMMUNE').filter((c) => c.province === '48'),
    old,
    successor: (c) => currentOf(c).commune!,
  };
}

/** Writes the lines one by one, waiting whenever the file's buffer is full. */
export async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file, 'utf8');
  for (const line of lines) if (!out.write(`${line}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** A JSON document with one array written item by item, one per line: `head` ends with the array's "[". */
export function writeJsonArray(file: string, head: string, items: Iterable<unknown>, tail = ']}'): Promise<void> {
  return writeLines(
    file,
    (function* () {
      yield head;
      let first = true;
      for (const item of items) {
        yield `${first ? '' : ','}${JSON.stringify(item)}`;
        first = false;
      }
      yield tail;
    })(),
  );
}
