/** Cadastral statistics of one unit, computed from its parcels (each counted once, at its latest version). */
import { landUse, landUseGroupLabel, LAND_USE_GROUP_LABELS, type LandUseGroup } from './reference/land-use-codes';
import type { ParcelDoc } from './models';

export type ParcelRow = Pick<ParcelDoc, '_id' | 'unit' | 'sheet' | 'number' | 'area' | 'uses' | 'group' | 'certified' | 'areaDeviation' | 'updatedAt'>;

/** The fields statistics, indicators and alerts read: never the geometry. */
export const statsProjection = { unit: 1, sheet: 1, number: 1, area: 1, uses: 1, group: 1, certified: 1, areaDeviation: 1, updatedAt: 1 } as const;

interface Totals { area: number; parcels: number; certifiedParcels: number; certifiedArea: number }

const empty = (): Totals => ({ area: 0, parcels: 0, certifiedParcels: 0, certifiedArea: 0 });

function add(t: Totals, r: ParcelRow): void {
  t.area += r.area;
  t.parcels++;
  if (r.certified) {
    t.certifiedParcels++;
    t.certifiedArea += r.area;
  }
}

/** Sums of m² with float noise removed (a cm² is far below survey precision). */
const m2 = (x: number) => Math.round(x * 10_000) / 10_000;

export interface LandStats {
  parcels: number;
  area: number;
  certifiedParcels: number;
  certifiedArea: number;
  certifiedShare: number | null;
  certifiedAreaShare: number | null;
  byUse: { code: string; name: string; group: LandUseGroup; area: number; parcels: number; certifiedParcels: number }[];
  byGroup: { group: LandUseGroup; name: string; area: number; parcels: number; certifiedParcels: number; certifiedArea: number }[];
}

/** A multi-purpose parcel (ONT+CLN) counts once, under its first (primary) code. */
export function landStats(rows: ParcelRow[]): LandStats {
  const all = empty();
  const byUse = new Map<string, Totals>();
  const byGroup = new Map<LandUseGroup, Totals>((Object.keys(LAND_USE_GROUP_LABELS) as LandUseGroup[]).map((g) => [g, empty()]));
  for (const r of rows) {
    add(all, r);
    const code = r.uses[0];
    if (!byUse.has(code)) byUse.set(code, empty());
    add(byUse.get(code)!, r);
    add(byGroup.get(r.group)!, r);
  }
  return {
    parcels: all.parcels,
    area: m2(all.area),
    certifiedParcels: all.certifiedParcels,
    certifiedArea: m2(all.certifiedArea),
    certifiedShare: all.parcels ? all.certifiedParcels / all.parcels : null,
    certifiedAreaShare: all.parcels ? all.certifiedArea / all.area : null,
    byUse: [...byUse].map(([code, t]) => {
      const use = landUse(code)!;
      return { code, name: use.name, group: use.group, area: m2(t.area), parcels: t.parcels, certifiedParcels: t.certifiedParcels };
    }).sort((a, b) => b.area - a.area || a.code.localeCompare(b.code)),
    byGroup: [...byGroup].map(([group, t]) => ({ group, name: landUseGroupLabel(group), area: m2(t.area), parcels: t.parcels, certifiedParcels: t.certifiedParcels, certifiedArea: m2(t.certifiedArea) })),
  };
}
