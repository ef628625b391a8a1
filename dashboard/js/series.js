// Figures over the last 12 months of a unit, for trends and sparklines. When the schema offers
// `series(from, to, every)` on a sector's statistics, one field answers; otherwise the sector's
// statistics are asked once per month under aliases (m0 … m11), still in one request. A sector
// counted by school year (education) also has its last five school years asked the same way.
import { gql } from './api.js';
import { shortMonth } from './format.js';
import { monthsBack, monthRange, periodArgs, rootField, schoolYearOf } from './sectors.js';

const statsType = {
  procedures: 'ProcedureStats',
  health: 'HealthStats',
  education: 'EducationStats',
  land: 'LandStats',
  environment: 'EnvironmentStats',
  vessels: 'VesselStats',
  feedback: 'FeedbackStats',
};
const typeName = (t) => (t ? (t.name ?? typeName(t.ofType)) : null);

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

/** The figures a sector's trend draws: its own `trend` where its series counts other things than its snapshot, else its figures. */
export const trendOf = (sector) => sector.trend ?? sector.figures;

/**
 * An indicator's values over the periods of `hist`: null (no sparkline, "current figure") when its
 * sector's indicators are not asked per period, such as a snapshot's; gaps where a period has none.
 */
export function historyOf(hist, code) {
  if (!hist?.indicatorsAsked) return null;
  return hist.indicators[code] ?? hist.months.map(() => null);
}

/** The school years ending with the one `ym` falls in, oldest first. */
export function schoolYearsBack(ym, n) {
  const last = Number(schoolYearOf(ym).slice(0, 4));
  return Array.from({ length: n }, (_, i) => `${last - n + 1 + i}-${last - n + 2 + i}`);
}

/**
 * { months, labels, figures: { field: [values] }, indicators: { code: [values] }, via } for one
 * sector of one unit over 12 months. Figures come from `series` where the sector has it (education's
 * periods show the school year in force in each month); indicators from `series` when its periods
 * carry them, else from the statistics asked month by month under aliases (also the figures' way
 * when there is no `series`). `via` names the way the figures came. Null when the sector has
 * neither (the fleet without `series`), or when only the indicators are wanted (`figures: false`,
 * the overview's sparklines) and the sector has none per period.
 */
export async function monthlySeries(sector, unit, asOf, ym, { figures = true } = {}) {
  const months = lastMonths(ym);
  const info = await schema();
  const seriesFields = info.series[sector.key];
  const aliasesWanted = sector.time !== 'none' && sector.monthly !== false;
  const indicatorsAsked = !!seriesFields?.has('indicators') || aliasesWanted;
  if (figures ? !seriesFields && !aliasesWanted : !indicatorsAsked) return null;
  const out = { months, labels: months.map(shortMonth), figures: {}, indicators: {}, indicatorsAsked, via: seriesFields ? 'series' : 'aliases', errors: [] };
  const fields = figures ? trendOf(sector).map(([f]) => f) : [];
  const jobs = [];
  if (seriesFields && (fields.length || seriesFields.has('indicators')))
    jobs.push(
      viaSeries(
        sector,
        unit,
        asOf,
        months,
        fields.filter((f) => seriesFields.has(f)),
        seriesFields.has('indicators'),
        out,
      ),
    );
  if (aliasesWanted && !seriesFields?.has('indicators')) jobs.push(viaAliases(sector, unit, asOf, months, seriesFields ? [] : fields, out));
  await Promise.all(jobs);
  return out;
}

/**
 * The figures of the five school years ending with the one `ym` falls in (`months` holds the
 * school years), for a sector counted by school year: a bar per year beside the monthly trend.
 */
export async function schoolYearSeries(sector, unit, asOf, ym) {
  const years = schoolYearsBack(ym, 5);
  const out = { months: years, labels: years.map((y) => y.replace('-', '–')), figures: {}, indicators: {}, via: 'aliases', errors: [] };
  await viaAliases(
    sector,
    unit,
    asOf,
    years,
    trendOf(sector).map(([f]) => f),
    out,
  );
  return out;
}

async function viaSeries(sector, unit, asOf, months, fields, withIndicators, out) {
  const whole = { from: monthRange(months[0]).from, to: monthRange(months[months.length - 1]).to };
  // A snapshot sector (land, environment, the fleet) is asked now, education for the last month's
  // school year: their series does not depend on it.
  const outer =
    sector.time === 'range'
      ? { args: '(from: $from, to: $to)', decl: '', vars: {} }
      : sector.time === 'schoolYear'
        ? periodArgs(sector, months[months.length - 1], 'Now')
        : { args: '', decl: '', vars: {} };
  const q = `query($code: String!, $asOf: Date, $from: Date!, $to: Date!${outer.decl ? `, ${outer.decl}` : ''}) { u: ${rootField[unit.level]}(code: $code, asOf: $asOf) { s: ${sector.key}${outer.args} { series(from: $from, to: $to, every: MONTH) { from to ${fields.join(' ')} ${withIndicators ? 'indicators { code value status }' : ''} } } } }`;
  const r = await gql(q, { code: unit.code, asOf, from: whole.from, to: whole.to, ...outer.vars });
  out.errors.push(...r.errors);
  for (const f of fields) out.figures[f] = months.map(() => null);
  for (const p of r.data?.u?.s?.series ?? []) {
    const i = months.indexOf(p.from.slice(0, 7));
    if (i < 0) continue;
    for (const f of fields) out.figures[f][i] = p[f];
    for (const x of p.indicators ?? []) (out.indicators[x.code] ??= months.map(() => null))[i] = x.value;
  }
}

/** One field per period (m0 … m11) in one request; `periods` are months, or school years for a sector counted by them. */
async function viaAliases(sector, unit, asOf, periods, fields, out) {
  const parts = periods.map((k, i) => {
    const p =
      sector.time === 'schoolYear' ? { args: `(schoolYear: $sy${i})`, decl: `$sy${i}: String!`, vars: { [`sy${i}`]: k } } : periodArgs(sector, k, String(i));
    return { field: `m${i}: ${sector.key}${p.args} { ${fields.join(' ')} indicators { code value status } }`, p };
  });
  const q = `query($code: String!, $asOf: Date, ${parts.map((x) => x.p.decl).join(', ')}) { u: ${rootField[unit.level]}(code: $code, asOf: $asOf) { ${parts.map((x) => x.field).join(' ')} } }`;
  const r = await gql(q, Object.assign({ code: unit.code, asOf }, ...parts.map((x) => x.p.vars)));
  out.errors.push(...r.errors);
  const u = r.data?.u;
  for (const f of fields) out.figures[f] = periods.map((_, i) => u?.[`m${i}`]?.[f] ?? null);
  periods.forEach((_, i) => {
    for (const x of u?.[`m${i}`]?.indicators ?? []) (out.indicators[x.code] ??= periods.map(() => null))[i] = x.value;
  });
}
