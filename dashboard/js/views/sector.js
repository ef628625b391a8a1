// One sector of one unit: its indicators, its trend over 12 months, its breakdowns, and a ranking of
// the unit's districts or communes whose rows open that unit's own view.
import { el } from '../dom.js';
import { gql, AuthError } from '../api.js';
import { num, withUnit, statusLabel, dateTime, month } from '../format.js';
import { indicatorFields, periodArgs, rootField } from '../sectors.js';
import { historyOf, monthlySeries, schema, schoolYearSeries, trendOf } from '../series.js';
import { trendChart, barChart } from '../charts.js';
import { exportButton, exportCsv } from '../export.js';
import { chartBox } from './boxes.js';
import { showUnit, sectorStats, unavailable, indicatorCard } from './common.js';
import { renderAir } from './air.js';
import { feedbackMap } from './feedback-map.js';
import { districtsOf } from './geo.js';

export async function renderSector(node, ctx, sector) {
  const [, info] = await Promise.all([showUnit(ctx, sector.label), schema()]);
  const indicators = info.previous ? indicatorFields.replace('source }', 'source previous }') : indicatorFields;
  const fields = `${indicators} ${sector.figures.map(([f]) => f).join(' ')} ${sector.extra}`;
  const orNull = (e) => {
    if (e instanceof AuthError) throw e;
    return null;
  };
  const [r, hist, years] = await Promise.all([
    sectorStats(ctx, sector, fields),
    monthlySeries(sector, ctx.unit, ctx.asOf, ctx.period).catch(orNull),
    sector.time === 'schoolYear' ? schoolYearSeries(sector, ctx.unit, ctx.asOf, ctx.period).catch(orNull) : null,
  ]);
  if (!ctx.current()) return;
  if (!r.stats) {
    node.append(unavailable(sector, r.problem, r.errors));
    return;
  }
  const cards = el('div', { id: 'indicators', class: 'cards' });
  node.append(el('section', {}, el('h3', {}, 'Chỉ số'), cards));
  const drawn = r.stats.indicators.map((ind) => {
    const h = historyOf(hist, ind.code);
    return indicatorCard(sector, ind, h, ind.previous ?? (h ? h[h.length - 2] : null));
  });
  cards.append(...drawn.map((d) => d.card));
  drawn.forEach((d) => d.drawSpark());

  const grid = el('div', { class: 'charts' });
  node.append(grid);
  if (hist && Object.keys(hist.figures).length) trendBox(grid, sector, `Diễn biến 12 tháng đến ${month(ctx.period).toLowerCase()}`, 'Tháng', hist, false);
  // A sector counted by school year: its last five school years side by side, beside the months.
  if (years && Object.keys(years.figures).length)
    trendBox(grid, sector, `${years.months.length} năm học đến ${years.labels[years.labels.length - 1]}`, 'Năm học', years, true);
  for (const b of sector.breakdowns) {
    const rows = b.rows(r.stats);
    const box = chartBox(grid, b.title, `${sector.key}-${b.title}`);
    if (!rows.length) box.body.replaceWith(el('p', { class: 'muted' }, 'Không có số liệu.'));
    else box.chart = barChart(box.body, rows, b.unit);
    box.csv = () => exportCsv(`${sector.key}-${b.title}`, ['Nhóm', b.unit], rows);
  }
  if (sector.key === 'environment') await renderAir(grid, ctx, r.stats);
  if (sector.key === 'feedback') await feedbackMap(grid, ctx, districtsOf(ctx, null));
  if (ctx.unit.level !== 'COMMUNE') await ranking(node, ctx, sector);
}

/** A chart of `hist`'s figures over its periods (months, or school years drawn as bars), with its CSV. */
function trendBox(grid, sector, title, periodLabel, hist, bar) {
  const name = `${sector.key}-${bar ? 'nam-hoc' : 'dien-bien'}`;
  const box = chartBox(grid, title, name);
  box.chart = trendChart(
    box.body,
    hist.labels,
    trendOf(sector).map(([f, label]) => [label, hist.figures[f]]),
    { bar },
  );
  box.body.dataset.via = hist.via;
  box.csv = () =>
    exportCsv(
      name,
      [periodLabel, ...trendOf(sector).map(([, l]) => l)],
      hist.months.map((m, i) => [m, ...trendOf(sector).map(([f]) => hist.figures[f][i])]),
    );
}

/**
 * The unit's children (districts of an old-register province, else communes) with the sector's
 * ranking figure and first indicator; a row opens the child's view of the same sector.
 */
async function ranking(node, ctx, sector) {
  const children = ctx.unit.level === 'PROVINCE' && ctx.register === 'PRE_2025_07' ? 'districts' : 'communes';
  const p = periodArgs(sector, ctx.period);
  const q = `query($code: String!, $asOf: Date${p.decl ? `, ${p.decl}` : ''}) { u: ${rootField[ctx.unit.level]}(code: $code, asOf: $asOf) { c: ${children} { code name s: ${sector.key}${p.args} { ${sector.rank.field} indicators { code name status } } } } }`;
  const r = await gql(q, { code: ctx.unit.code, asOf: ctx.asOf, ...p.vars });
  if (!ctx.current()) return;
  const scale = sector.rank.scale ?? 1;
  const rows = (r.data?.u?.c ?? [])
    .map((c) => ({
      code: c.code,
      name: c.name,
      value: c.s?.[sector.rank.field] === null || c.s?.[sector.rank.field] === undefined ? null : c.s[sector.rank.field] * scale,
      ind: c.s?.indicators?.[0] ?? null,
    }))
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.name.localeCompare(b.name, 'vi'));
  const header = ['Hạng', 'Mã', children === 'districts' ? 'Huyện (danh mục cũ)' : 'Xã/phường', sector.rank.label, 'Chỉ số', 'Trạng thái'];
  const csvRows = rows.map((x, i) => [x.value === null ? '' : i + 1, x.code, x.name, x.value, x.ind?.name ?? '', x.ind ? statusLabel[x.ind.status] : '']);
  const body = el('tbody');
  let rank = 0;
  for (const x of rows) {
    if (x.value !== null) rank++;
    const level = children === 'districts' ? 'DISTRICT' : 'COMMUNE';
    const open = (e) => {
      e.preventDefault();
      ctx.go({ unit: { code: x.code, level } });
    };
    body.append(
      el(
        'tr',
        {
          class: 'drill',
          tabindex: 0,
          dataset: { code: x.code },
          on: {
            click: open,
            keydown: (e) => {
              if (e.key === 'Enter') open(e);
            },
          },
        },
        el('td', {}, x.value === null ? '—' : String(rank)),
        el('td', {}, x.code),
        el('td', {}, el('a', { href: ctx.href({ unit: { code: x.code, level } }) }, x.name)),
        el('td', { class: 'num' }, withUnit(x.value, sector.rank.unit)),
        el('td', {}, x.ind?.name ?? '—'),
        el('td', { class: x.ind?.status ?? '' }, x.ind ? statusLabel[x.ind.status] : '—'),
      ),
    );
  }
  const failed = r.errors.length && !r.data?.u?.c;
  node.append(
    el(
      'section',
      { class: 'ranking' },
      el(
        'h3',
        {},
        `Xếp hạng ${children === 'districts' ? 'huyện' : 'xã/phường'} theo ${sector.rank.label.toLowerCase()}`,
        exportButton('CSV', () => exportCsv(`${sector.key}-xep-hang-${ctx.unit.code}`, header, csvRows)),
      ),
      failed ? unavailable(sector, 'down') : el('table', { id: 'ranking' }, el('thead', {}, el('tr', {}, ...header.map((h) => el('th', {}, h)))), body),
      el('p', { class: 'muted' }, `${num(rows.length)} đơn vị · cập nhật ${dateTime(new Date().toISOString())}`),
    ),
  );
}
