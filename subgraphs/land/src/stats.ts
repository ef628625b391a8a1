/** Cadastral statistics of one unit, from its rollups (each parcel counted once, at its latest version). */
import { landUse, landUseGroupLabel, LAND_USE_GROUP_LABELS, type LandUseGroup } from './reference/land-use-codes';
import type { Tally } from '@ioc/kit';
import { fromAreaUnits } from './rollup';

interface Totals {
  area: number;
  parcels: number;
  certifiedParcels: number;
  certifiedArea: number;
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

/** One unit's snapshot counters (see rollup.ts) as figures. A multi-purpose parcel counts under its primary code. */
export function landStats(t: Tally): LandStats {
  const totals = (dim?: string, value?: string): Totals => {
    const get = (measure: string) => (dim ? (t.by(measure, dim).get(value!) ?? 0) : t.get(measure));
    return {
      parcels: get('parcels'),
      area: fromAreaUnits(get('area')),
      certifiedParcels: get('certifiedParcels'),
      certifiedArea: fromAreaUnits(get('certifiedArea')),
    };
  };
  const all = totals();
  return {
    parcels: all.parcels,
    area: m2(all.area),
    certifiedParcels: all.certifiedParcels,
    certifiedArea: m2(all.certifiedArea),
    certifiedShare: all.parcels ? all.certifiedParcels / all.parcels : null,
    certifiedAreaShare: all.parcels ? all.certifiedArea / all.area : null,
    byUse: [...t.by('parcels', 'use').keys()]
      .map((code) => {
        const use = landUse(code)!;
        const u = totals('use', code);
        return { code, name: use.name, group: use.group, area: m2(u.area), parcels: u.parcels, certifiedParcels: u.certifiedParcels };
      })
      .sort((a, b) => b.area - a.area || a.code.localeCompare(b.code)),
    byGroup: (Object.keys(LAND_USE_GROUP_LABELS) as LandUseGroup[]).map((group) => {
      const g = totals('group', group);
      return {
        group,
        name: landUseGroupLabel(group),
        area: m2(g.area),
        parcels: g.parcels,
        certifiedParcels: g.certifiedParcels,
        certifiedArea: m2(g.certifiedArea),
      };
    }),
  };
}

/** Parcels last updated in one period of a series (their current version's ngayCapNhat). */
export function updatedFigures(t: Tally) {
  return { parcels: t.get('updatedParcels'), area: m2(fromAreaUnits(t.get('updatedArea'))), certifiedParcels: t.get('updatedCertified') };
}
