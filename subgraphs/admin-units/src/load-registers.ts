/**
 * Loads both registers and the district boundaries into this subgraph's database at start: the
 * database is their store (queries answer from the kit's in-memory copy; boundaries are read from
 * here). Idempotent: the committed files' checksum is kept in `meta`; a restart with unchanged files
 * reads one document and loads nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unitRegisters, foldVietnamese, bareName, unitKey, type Unit } from '@ioc/kit';
import type { Models, UnitDoc, BoundaryDoc } from './models';

const unitsDir = join(__dirname, '..', '..', '..', 'kit', 'data', 'admin-units');
const boundariesDir = join(__dirname, '..', 'data', 'boundaries');

function sourceFiles(): string[] {
  return [
    ...readdirSync(unitsDir)
      .sort()
      .map((f) => join(unitsDir, f)),
    ...readdirSync(boundariesDir)
      .sort()
      .map((f) => join(boundariesDir, f)),
  ];
}

/** Bumped when the way units are stored changes, so that a restart reloads them. */
const storageLayout = 'per-level collections v1';

export function dataChecksum(): string {
  const h = createHash('sha256').update(storageLayout);
  for (const f of sourceFiles()) h.update(f.slice(f.lastIndexOf('/'))).update(readFileSync(f));
  return h.digest('hex');
}

function toDoc(u: Unit): UnitDoc {
  const reg = unitRegisters();
  const links = (list: ReturnType<typeof reg.successorsOf>) => list.map((l) => ({ level: l.unit.level, code: l.unit.code, share: l.share }));
  return {
    _id: unitKey(u.register, u.level, u.code),
    register: u.register,
    level: u.level,
    code: u.code,
    name: u.name,
    type: u.type,
    province: u.province,
    district: u.district,
    parent: u.parent,
    validFrom: u.validFrom,
    validTo: u.validTo,
    search: foldVietnamese(bareName(u.name, u.type)),
    successors: links(reg.successorsOf(u)),
    predecessors: links(reg.predecessorsOf(u)),
  };
}

function boundaryDocs(): BoundaryDoc[] {
  const docs: BoundaryDoc[] = [];
  for (const f of readdirSync(boundariesDir).sort()) {
    const file = JSON.parse(readFileSync(join(boundariesDir, f), 'utf8'));
    for (const [code, d] of Object.entries<{ bbox: number[]; coordinates: unknown }>(file.districts)) {
      docs.push({ _id: code, province: file.province, bbox: d.bbox, geometry: JSON.stringify({ type: 'MultiPolygon', coordinates: d.coordinates }) });
    }
  }
  return docs;
}

/** @returns whether anything was (re)loaded */
export async function loadRegisters(m: Models): Promise<boolean> {
  const checksum = dataChecksum();
  const meta = await m.Meta.findById('registers').lean();
  if (meta?.checksum === checksum) return false;
  const units = [...unitRegisters().units.values()];
  for (const [level, model] of Object.entries(m.Units)) {
    await model.deleteMany({});
    await model.insertMany(units.filter((u) => u.level === level).map(toDoc), { ordered: false, lean: true });
  }
  await m.Boundary.deleteMany({});
  await m.Boundary.insertMany(boundaryDocs(), { ordered: false, lean: true });
  // Written last: a load cut off half-way has no checksum and is redone on the next start.
  await m.Meta.updateOne({ _id: 'registers' }, { checksum, loadedAt: new Date() }, { upsert: true });
  return true;
}
