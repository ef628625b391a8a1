// Figures over the last 12 months of a unit, for trends and sparklines. When the schema offers
// `series(from, to, every)` on a sector's statistics, one field answers; otherwise the sector's
// statistics are asked once per month under aliases (m0 … m11), still in one request.
import { gql } from './api.js';
import { monthsBack, monthRange, periodArgs, rootField, schoolYearOf } from './sectors.js';

const statsType = { procedures: 'ProcedureStats', health: 'HealthStats', education: 'EducationStats', land: 'LandStats', environment: 'EnvironmentStats', vessels: 'VesselStats' };
const typeName = (t) => (t ? t.name ?? typeName(t.ofType) : null);

let schemaInfo;
/**
 * What the schema offers, asked once per page: for each sector whether its statistics have `series`
 * (and which fields a period carries), and whether indicators carry `previous`.
 */
export function schema() {
  schemaInfo ??= (async () => {
    const typeQuery = (t) => `${t}: __type(name: "${t}") { fields { name type { name ofType { name ofType { name ofType { name } } } } } }`;
    const first = await gql(`{ ${[...Object.values(statsType), 'Indicator'].map(typeQuery).join(' ')} }`).catch(() => ({ data: null }));
    const info = { series: {}, previous: false };
    if (!first.data) return info;
    info.previous = !!first.data.Indicator?.fields.some((f) => f.name === 'previous');
    const periodTypes = {};
    for (const [key, t] of Object.entries(statsType)) {
      const field = first.data[t]?.fields.find((f) => f.name === 'series');
      if (field) periodTypes[key] = typeName(field.type);
    }
    if (Object.keys(periodTypes).length) {
      const second = await gql(`{ ${[...new Set(Object.values(periodTypes))].map(typeQuery).join(' ')} }`).catch(() => ({ data: null }));
      for (const [key, t] of Object.entries(periodTypes)) {
        const fields = second.data?.[t]?.fields.map((f) => f.name);
        if (fields) info.series[key] = new Set(fields);
      }
    }
    return info;
  })();
  return schemaInfo;
}

/** The 12 months ending with `ym`, as labels for a chart's axis. */
export const lastMonths = (ym) => monthsBack(ym, 12);

/**
 * { months, figures: { field: [12 values] }, indicators: { code: [12 values] }, via } for one
 * sector of one unit; `via` says which way answered ('series' or 'aliases'). Sectors without a
 * period (snapshots) and without `series` answer null.
 */
export async function monthlySeries(sector, unit, asOf, ym) {
  const months = lastMonths(ym);
  const info = await schema();
  const fields = sector.figures.map(([f]) => f);
  const seriesFields = info.series[sector.key];
  const unitArgs = `(code: $code, asOf: $asOf)`;
  const base = { code: unit.code, asOf };
  if (seriesFields) {
    const wanted = fields.filter((f) => seriesFields.has(f)).join(' ');
    const ind = seriesFields.has('indicators') ? 'indicators { code value status }' : '';
    const whole = { from: monthRange(months[0]).from, to: monthRange(ym).to };
    const outer = sector.time === 'range' ? '(from: $from, to: $to)' : sector.time === 'schoolYear' ? '(schoolYear: $sy)' : '';
    const decl = sector.time === 'range' ? ', $from: Date!, $to: Date!' : sector.time === 'schoolYear' ? ', $sy: String!' : '';
    const q = `query($code: String!, $asOf: Date, $sf: Date!, $st: Date!${decl}) { u: ${rootField[unit.level]}${unitArgs} { s: ${sector.key}${outer} { series(from: $sf, to: $st, every: MONTH) { from to ${wanted} ${ind} } } } }`;
    const r = await gql(q, { ...base, sf: whole.from, st: whole.to, from: whole.from, to: whole.to, sy: schoolYearOf(ym) });
    const periods = r.data?.u?.s?.series;
    if (periods) {
      const at = (p) => months.indexOf(p.from.slice(0, 7));
      const out = { months, figures: {}, indicators: {}, via: 'series', errors: r.errors };
      for (const f of fields) out.figures[f] = months.map(() => null);
      for (const p of periods) {
        const i = at(p);
        if (i < 0) continue;
        for (const f of fields) if (f in p) out.figures[f][i] = p[f];
        for (const x of p.indicators ?? []) (out.indicators[x.code] ??= months.map(() => null))[i] = x.value;
      }
      return out;
    }
  }
  if (sector.time === 'none' || sector.monthly === false) return null;
  // One field per month; school years repeat across months, so education asks each year once.
  const keys = sector.time === 'schoolYear' ? [...new Set(months.map(schoolYearOf))] : months;
  const parts = keys.map((k, i) => {
    const p = sector.time === 'schoolYear' ? { args: `(schoolYear: $sy${i})`, decl: `$sy${i}: String!`, vars: { [`sy${i}`]: k } } : periodArgs(sector, k, String(i));
    return { field: `m${i}: ${sector.key}${p.args} { ${fields.join(' ')} indicators { code value status } }`, p };
  });
  const q = `query($code: String!, $asOf: Date, ${parts.map((x) => x.p.decl).join(', ')}) { u: ${rootField[unit.level]}${unitArgs} { ${parts.map((x) => x.field).join(' ')} } }`;
  const vars = Object.assign({ ...base }, ...parts.map((x) => x.p.vars));
  const r = await gql(q, vars);
  const u = r.data?.u;
  if (!u) return { months, figures: {}, indicators: {}, via: 'aliases', errors: r.errors };
  const row = (m) => u[`m${sector.time === 'schoolYear' ? keys.indexOf(schoolYearOf(m)) : months.indexOf(m)}`];
  const out = { months, figures: {}, indicators: {}, via: 'aliases', errors: r.errors };
  for (const f of fields) out.figures[f] = months.map((m) => row(m)?.[f] ?? null);
  months.forEach((m, i) => {
    for (const x of row(m)?.indicators ?? []) (out.indicators[x.code] ??= months.map(() => null))[i] = x.value;
  });
  return out;
}
