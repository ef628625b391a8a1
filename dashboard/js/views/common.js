// Pieces every view shares: the unit being shown, one sector's statistics, indicator cards and the
// panel that stands in for a sector that is down.
import { $, el, clear } from '../dom.js';
import { gql, AuthError } from '../api.js';
import { signed, withUnit, statusLabel, statusColour, month } from '../format.js';
import { periodArgs, rootField, levelName } from '../sectors.js';
import { sparkline } from '../charts.js';

const unitQueries = {
  PROVINCE: 'u: province(code: $code, asOf: $asOf) { code name register }',
  DISTRICT: 'u: district(code: $code, asOf: $asOf) { code name register province { code name } }',
  COMMUNE: 'u: commune(code: $code, asOf: $asOf) { code name register province { code name } district { code name } }',
};

/** The unit's name and the breadcrumbs up to its province, drawn into the page's heading. */
export async function showUnit(ctx, suffix) {
  const r = await gql(`query($code: String!, $asOf: Date) { ${unitQueries[ctx.unit.level]} }`, { code: ctx.unit.code, asOf: ctx.asOf });
  const u = r.data?.u;
  if (!ctx.current()) return u;
  const crumbs = u ? [u.province, u.district, u].filter(Boolean) : [];
  clear($('crumbs')).append(
    ...crumbs.flatMap((c, i) => [
      i ? ' › ' : '',
      c.code === u.code
        ? el('span', {}, c.name)
        : el(
            'a',
            {
              href: ctx.href({ unit: { code: c.code, level: c.code.length === 2 ? 'PROVINCE' : 'DISTRICT' } }),
              on: {
                click: (e) => {
                  e.preventDefault();
                  ctx.go({ unit: { code: c.code, level: c.code.length === 2 ? 'PROVINCE' : 'DISTRICT' } });
                },
              },
            },
            c.name,
          ),
    ]),
  );
  $('title').textContent = u
    ? `${u.name} — ${suffix} — ${month(ctx.period)}`
    : `Không tìm thấy đơn vị ${ctx.unit.code} (${levelName[ctx.unit.level]}) trong danh mục đã chọn`;
  return u;
}

/**
 * One sector's statistics of the unit for the period: { stats, problem }. `problem` is set when the
 * sector did not answer (down, or refused) or holds nothing for the caller.
 */
export async function sectorStats(ctx, sector, fields, extraRoot = '') {
  // A sector that fails is asked once more after a short pause: a passing hiccup should not blank a
  // panel on the wall for a whole rotation.
  const first = await askSector(ctx, sector, fields, extraRoot);
  if (first.problem !== 'down' || !ctx.current()) return first;
  await new Promise((ok) => setTimeout(ok, 2000));
  return ctx.current() ? askSector(ctx, sector, fields, extraRoot) : first;
}

async function askSector(ctx, sector, fields, extraRoot) {
  const p = periodArgs(sector, ctx.period);
  const q = `query($code: String!, $asOf: Date${p.decl ? `, ${p.decl}` : ''}) { u: ${rootField[ctx.unit.level]}(code: $code, asOf: $asOf) { s: ${sector.key}${p.args} { ${fields} } } ${extraRoot} }`;
  try {
    const r = await gql(q, { code: ctx.unit.code, asOf: ctx.asOf, ...p.vars });
    const stats = r.data?.u?.s ?? null;
    if (stats) return { stats, data: r.data, problem: null };
    return { stats: null, data: r.data, problem: r.errors.length ? 'down' : 'empty', errors: r.errors };
  } catch (e) {
    if (e instanceof AuthError) throw e;
    return { stats: null, data: null, problem: 'down', errors: [{ message: e.message }] };
  }
}

/** The panel that replaces a sector's content when it cannot be shown; never a blank space. */
export function unavailable(sector, problem, errors) {
  const text =
    problem === 'down'
      ? `Ngành ${sector.label}: hệ thống hiện không truy cập được. Các phần khác vẫn được cập nhật.`
      : `Ngành ${sector.label}: chưa có số liệu cho đơn vị và kỳ này trong phạm vi truy cập của bạn.`;
  // The hub's own words, for the operator who hovers (as text, like every value from the API).
  const detail = (errors ?? [])
    .map((e) => e.message)
    .filter(Boolean)
    .slice(0, 3)
    .join(' · ');
  return el('div', { class: `unavailable ${problem}`, dataset: { sector: sector.key, problem }, title: detail || null }, text);
}

const arrow = (d) => (d > 0 ? '▲' : d < 0 ? '▼' : '■');

/**
 * An indicator card: status, value, target, the sparkline of the last 12 months (when the sector has
 * a time dimension) and the change since the previous month.
 */
export function indicatorCard(sector, ind, history, previous) {
  const spark = el('div', { class: 'spark' });
  const change = previous === null || previous === undefined || ind.value === null ? null : ind.value - previous;
  const card = el(
    'div',
    { class: `card ${ind.status}`, dataset: { code: ind.code, sector: sector.key, value: ind.value ?? '' } },
    el('div', { class: 'sector' }, sector.label),
    el('div', { class: 'name' }, ind.name),
    el('div', { class: 'value' }, withUnit(ind.value, ind.unit)),
    el('div', { class: 'status' }, statusLabel[ind.status] ?? ind.status),
    ind.target === null ? null : el('div', { class: 'target' }, `Mục tiêu: ${withUnit(ind.target, ind.unit)}`),
    change === null
      ? el('div', { class: 'change none' }, history ? 'Kỳ trước: chưa có số liệu' : 'Số liệu hiện thời (không theo kỳ)')
      : el(
          'div',
          { class: 'change', dataset: { change } },
          `${arrow(change)} ${signed(change)}${ind.unit === '%' ? ' điểm %' : ind.unit ? ` ${ind.unit}` : ''} so với kỳ trước`,
        ),
    history ? spark : null,
  );
  card.title = ind.source ?? '';
  return { card, drawSpark: () => history && sparkline(spark, history, statusColour[ind.status] ?? '#1a73e8') };
}
