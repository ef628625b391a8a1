/**
 * The two registers of administrative units, held in memory from the committed files in
 * kit/data/admin-units (written by scripts/import-admin-units.ts). They are static, versioned
 * data, so every subgraph can resolve codes without a network hop.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Level } from './unit-types';

export type Register = 'PRE_2025_07' | 'FROM_2025_07';
export type Share = 'FULL' | 'PARTIAL';
export const REFORM_DATE = '2025-07-01';
export const registers: Register[] = ['PRE_2025_07', 'FROM_2025_07'];

export interface Unit {
  register: Register;
  level: Level;
  code: string;
  name: string;
  type: string;
  province: string;
  district: string | null;
  /** Code of the unit directly above (district for an old commune, province otherwise). */
  parent: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface Link {
  unit: Unit;
  share: Share;
}

const dataDir = join(__dirname, '..', '..', 'data', 'admin-units');
const load = (file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));

export const levelOfCode: Record<number, Level | undefined> = { 2: 'PROVINCE', 3: 'DISTRICT', 5: 'COMMUNE' };

export function registerAt(date: string): Register {
  return date < REFORM_DATE ? 'PRE_2025_07' : 'FROM_2025_07';
}

export function unitKey(register: Register, level: Level, code: string): string {
  return `${register}:${level}:${code}`;
}

class Registers {
  readonly units = new Map<string, Unit>();
  readonly children = new Map<string, Unit[]>();
  readonly successors = new Map<string, Link[]>();
  readonly predecessors = new Map<string, Link[]>();
  private readonly byLevel = new Map<string, Unit[]>();
  readonly meta: { pre: { asOf: string; validTo: string }; post: { validFrom: string } };

  constructor() {
    const pre = load('register-2025-03.json');
    const post = load('register-2025-07.json');
    const links = load('reform-2025-07.json');
    this.meta = { pre: { asOf: pre.asOf, validTo: pre.validTo }, post: { validFrom: post.validFrom } };
    const P: Register = 'PRE_2025_07';
    const N: Register = 'FROM_2025_07';
    const districtProvince = new Map<string, string>();
    for (const [code, name, type] of pre.provinces)
      this.add({ register: P, level: 'PROVINCE', code, name, type, province: code, district: null, parent: null, validFrom: null, validTo: pre.validTo });
    for (const [code, name, type, province] of pre.districts) {
      districtProvince.set(code, province);
      this.add({ register: P, level: 'DISTRICT', code, name, type, province, district: code, parent: province, validFrom: null, validTo: pre.validTo });
    }
    for (const [code, name, type, district] of pre.communes)
      this.add({
        register: P,
        level: 'COMMUNE',
        code,
        name,
        type,
        province: districtProvince.get(district)!,
        district,
        parent: district,
        validFrom: null,
        validTo: pre.validTo,
      });
    for (const [code, name, type] of post.provinces)
      this.add({ register: N, level: 'PROVINCE', code, name, type, province: code, district: null, parent: null, validFrom: post.validFrom, validTo: null });
    for (const [code, name, type, province] of post.communes)
      this.add({ register: N, level: 'COMMUNE', code, name, type, province, district: null, parent: province, validFrom: post.validFrom, validTo: null });

    const link =
      (oldLevel: Level, newLevel: Level) =>
      ([newCode, oldCode, share]: string[]) => {
        const older = this.get(P, oldLevel, oldCode);
        const newer = this.get(N, newLevel, newCode);
        if (!older || !newer) throw new Error(`reform link ${oldCode}→${newCode} names a unit missing from the registers`);
        const s = share.toUpperCase() as Share;
        push(this.successors, unitKey(P, oldLevel, oldCode), { unit: newer, share: s });
        push(this.predecessors, unitKey(N, newLevel, newCode), { unit: older, share: s });
      };
    links.provinces.forEach(link('PROVINCE', 'PROVINCE'));
    links.districts.forEach(link('DISTRICT', 'COMMUNE'));
    links.communes.forEach(link('COMMUNE', 'COMMUNE'));
    for (const list of [...this.successors.values(), ...this.predecessors.values()]) list.sort((a, b) => a.unit.code.localeCompare(b.unit.code));
    // The source files are not in code order; lists are served in it.
    for (const list of this.children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  }

  private add(u: Unit) {
    this.units.set(unitKey(u.register, u.level, u.code), u);
    push(this.byLevel, `${u.register}:${u.level}`, u);
    if (u.parent) {
      const parentLevel: Level = u.level === 'COMMUNE' && u.register === 'PRE_2025_07' ? 'DISTRICT' : 'PROVINCE';
      push(this.children, unitKey(u.register, parentLevel, u.parent), u);
    }
  }

  get(register: Register, level: Level, code: string): Unit | undefined {
    return this.units.get(unitKey(register, level, code));
  }

  /** Every unit of one level in one register, in the source file's order (a copy). */
  list(register: Register, level: Level): Unit[] {
    return [...(this.byLevel.get(`${register}:${level}`) ?? [])];
  }

  /** The units directly below, in code order (old communes are below their district). */
  childrenOf(u: Unit): Unit[] {
    return this.children.get(unitKey(u.register, u.level, u.code)) ?? [];
  }

  successorsOf(u: Unit): Link[] {
    return this.successors.get(unitKey(u.register, u.level, u.code)) ?? [];
  }

  predecessorsOf(u: Unit): Link[] {
    return this.predecessors.get(unitKey(u.register, u.level, u.code)) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let instance: Registers | undefined;
/** The registers, loaded on first use (about 14,000 units). */
export function unitRegisters(): Registers {
  instance ??= new Registers();
  return instance;
}
export type { Registers };
