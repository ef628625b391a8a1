/**
 * Unit search over the in-memory registers: a unit matches when a word of its folded bare name
 * ("thanh pho da nang" → "da nang") starts the folded query, so diacritics, case and the type
 * word do not matter. Exact names rank first, then prefixes, then higher levels.
 */
import { unitRegisters, foldVietnamese, foldQuery, bareName, badInput, intArg, type Level, type Register, type Unit } from '@ioc/kit';

interface Entry {
  unit: Unit;
  search: string;
}

const indexes = new Map<Register, Entry[]>();

/** Built once per register on first search (about 13,000 names folded in a few milliseconds). */
function indexOf(register: Register): Entry[] {
  let index = indexes.get(register);
  if (!index) {
    const reg = unitRegisters();
    index = (['PROVINCE', 'DISTRICT', 'COMMUNE'] as Level[])
      .flatMap((l) => reg.list(register, l))
      .map((unit) => ({ unit, search: foldVietnamese(bareName(unit.name, unit.type)) }));
    indexes.set(register, index);
  }
  return index;
}

export const maxSearchText = 100;
const levelRank: Record<Level, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };

export interface SearchArgs {
  text: unknown;
  level?: Level | null;
  first?: unknown;
}

export function searchUnits(register: Register, args: SearchArgs) {
  if (typeof args.text !== 'string' || args.text.trim() === '') throw badInput('text', args.text, 'cần nhập tên đơn vị cần tìm');
  if (args.text.length > maxSearchText) throw badInput('text', args.text, `tối đa ${maxSearchText} ký tự`);
  const first = args.first === undefined || args.first === null ? 20 : intArg('first', args.first, 1, 100);
  const q = foldQuery(args.text);
  if (q === '') throw badInput('text', args.text, 'cần có chữ hoặc số');
  const hits = indexOf(register).filter((e) => (!args.level || e.unit.level === args.level) && (e.search.startsWith(q) || e.search.includes(` ${q}`)));
  const rank = (e: Entry) => (e.search === q ? 0 : e.search.startsWith(q) ? 1 : 2);
  hits.sort(
    (a, b) =>
      rank(a) - rank(b) || levelRank[a.unit.level] - levelRank[b.unit.level] || a.search.localeCompare(b.search) || a.unit.code.localeCompare(b.unit.code),
  );
  const reg = unitRegisters();
  return hits.slice(0, first).map(({ unit, search }) => ({
    unit,
    level: unit.level,
    register: unit.register,
    code: unit.code,
    name: unit.name,
    provinceName: reg.get(register, 'PROVINCE', unit.province)!.name,
    exact: search === q,
  }));
}
