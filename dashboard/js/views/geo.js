// The province's geography for the maps: its old-register districts with their boundaries (the
// former ones, in today's register), and the frame a map opens on.
import { gql } from '../api.js';
import { periodArgs } from '../sectors.js';

/** Old-register districts with their boundary and, when a sector is given, its indicators, for one province. */
export async function districtsOf(ctx, sector) {
  const p = sector ? periodArgs(sector, ctx.period) : { args: '', decl: '', vars: {} };
  const districts = `districts { code name boundary ${sector ? `s: ${sector.key}${p.args} { indicators { code name value unit status } }` : ''} }`;
  const inner = ctx.register === 'PRE_2025_07' ? `code name ${districts}` : `code name predecessors { unit { code name ${districts} } }`;
  const r = await gql(`query($code: String!, $asOf: Date${p.decl ? `, ${p.decl}` : ''}) { u: province(code: $code, asOf: $asOf) { ${inner} } }`, {
    code: ctx.province,
    asOf: ctx.asOf,
    ...p.vars,
  });
  const u = r.data?.u;
  if (!u) return { groups: [], errors: r.errors };
  // In today's register a province has no districts: the former ones of the provinces it absorbed are drawn.
  const groups =
    ctx.register === 'PRE_2025_07'
      ? [{ code: u.code, name: u.name, former: false, districts: u.districts }]
      : u.predecessors.map((l) => ({ code: l.unit.code, name: l.unit.name, former: true, districts: l.unit.districts }));
  return { groups, errors: r.errors };
}

/** [minLon, minLat, maxLon, maxLat] of a GeoJSON geometry. */
export function boxOf(geometry) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1]);
      b[2] = Math.max(b[2], c[0]);
      b[3] = Math.max(b[3], c[1]);
    } else c.forEach(walk);
  };
  walk(geometry.coordinates);
  return b;
}

/**
 * The view's frame: the boxes whose centre lies within 1.5° of the median centre (an offshore island
 * district such as Hoàng Sa would otherwise shrink the mainland to a dot), padded by a tenth; as
 * ECharts' geo.boundingCoords. The rest stays reachable by panning.
 */
export function frame(boxes) {
  if (!boxes.length) return undefined;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const cx = median(boxes.map((b) => (b[0] + b[2]) / 2));
  const cy = median(boxes.map((b) => (b[1] + b[3]) / 2));
  const near = boxes.filter((b) => Math.abs((b[0] + b[2]) / 2 - cx) <= 1.5 && Math.abs((b[1] + b[3]) / 2 - cy) <= 1.5);
  const u = near.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
  const px = Math.max(0.02, (u[2] - u[0]) / 10);
  const py = Math.max(0.02, (u[3] - u[1]) / 10);
  return [
    [u[0] - px, u[3] + py],
    [u[2] + px, u[1] - py],
  ];
}

/** The drawn districts of `groups` as GeoJSON features named by code: the land a sea or point map shows for orientation. */
export function landOf(groups) {
  return groups.flatMap((g) => g.districts.filter((d) => d.boundary)).map((d) => ({ type: 'Feature', properties: { name: d.code }, geometry: d.boundary }));
}

/** How that land is painted (a neutral tone, so the points on it stand out). */
export const landRegions = (land) =>
  land.map((f) => ({ name: f.properties.name, itemStyle: { areaColor: '#e6e2d8', borderColor: '#b9b2a3', borderType: 'solid' } }));
