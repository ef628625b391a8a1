// Overview of a unit: every sector's indicator cards (sparkline and change), its alerts grouped by
// sector with counts, and the freshness of every feed. Each sector is asked on its own, so one that
// is down leaves an "unavailable" panel while the others draw.
import { el } from '../dom.js';
import { dateTime, int, levelLabel } from '../format.js';
import { sectors, indicatorFields, alertFields } from '../sectors.js';
import { historyOf, monthlySeries, schema } from '../series.js';
import { exportButton, exportCsv } from '../export.js';
import { showUnit, sectorStats, unavailable, indicatorCard } from './common.js';

const levelRank = { CRITICAL: 0, WARNING: 1, INFO: 2 };

export async function renderOverview(node, ctx) {
  const cards = el('div', { id: 'indicators' });
  const alerts = el('div', { id: 'alerts' });
  const feedsBody = el('tbody');
  const feedRows = [];
  const feedsTable = el(
    'table',
    { id: 'feeds' },
    el('thead', {}, el('tr', {}, ...['Ngành', 'Nguồn', 'Đồng bộ thành công', 'Kết quả', 'Bản ghi', 'Bị từ chối', 'Độ mới'].map((h) => el('th', {}, h)))),
    feedsBody,
  );
  node.append(
    el('section', {}, el('h3', {}, 'Chỉ số chính'), cards),
    el('section', {}, el('h3', {}, 'Cảnh báo theo ngành'), alerts),
    el(
      'section',
      {},
      el(
        'h3',
        {},
        'Độ mới của dữ liệu',
        exportButton('CSV', () =>
          exportCsv('do-moi-du-lieu', ['Ngành', 'Nguồn', 'Đồng bộ thành công', 'Kết quả', 'Bản ghi', 'Bị từ chối', 'Độ mới'], feedRows),
        ),
      ),
      feedsTable,
    ),
  );
  const [, info] = await Promise.all([showUnit(ctx, 'Tổng quan'), schema()]);
  const prev = info.previous ? ' previous' : '';
  const fields = indicatorFields.replace('source }', `source${prev} }`) + ' ' + alertFields;

  const panels = sectors.map((s) => {
    const panel = el('div', { class: 'sector-panel', dataset: { sector: s.key } }, el('h4', {}, s.label), el('p', { class: 'loading' }, 'Đang tải…'));
    cards.append(panel);
    return panel;
  });
  const now = Date.now();
  await Promise.all(
    sectors.map(async (s, i) => {
      const [r, hist] = await Promise.all([
        sectorStats(ctx, s, fields, `feeds: ${s.key}Feeds { feed lastSuccessAt lastOutcome records rejects figuresIncompleteSince }`),
        monthlySeries(s, ctx.unit, ctx.asOf, ctx.period, { figures: false }).catch(() => null),
      ]);
      if (!ctx.current()) return;
      const panel = panels[i];
      panel.querySelector('.loading').remove();
      if (!r.stats) {
        panel.append(unavailable(s, r.problem, r.errors));
        alerts.append(
          el('details', { class: 'alert-group unavailable', dataset: { sector: s.key } }, el('summary', {}, `${s.label}: không có dữ liệu cảnh báo`)),
        );
      } else {
        const drawn = r.stats.indicators.map((ind) => {
          const h = historyOf(hist, ind.code);
          const previous = ind.previous ?? (h ? h[h.length - 2] : null);
          return indicatorCard(s, ind, h, previous);
        });
        panel.append(...drawn.map((d) => d.card));
        if (!drawn.length) panel.append(el('p', { class: 'muted' }, 'Chưa có chỉ số.'));
        drawn.forEach((d) => d.drawSpark());
        alerts.append(alertGroup(s, r.stats.alerts));
      }
      for (const f of r.data?.feeds ?? []) {
        const stale = !f.lastSuccessAt || now - Date.parse(f.lastSuccessAt) > s.staleHours * 3600e3;
        const incomplete = !!f.figuresIncompleteSince;
        const state = incomplete ? 'Số liệu có thể thiếu' : stale ? 'Trễ' : 'Kịp thời';
        const row = [s.label, f.feed, dateTime(f.lastSuccessAt), f.lastOutcome, int(f.records), int(f.rejects), state];
        feedRows.push(row);
        feedsBody.append(
          el(
            'tr',
            { class: stale ? 'stale' : null, dataset: { sector: s.key, feed: f.feed } },
            ...row.map((c, j) =>
              el(
                'td',
                {
                  class: j === 3 ? f.lastOutcome : j === 6 ? (stale || incomplete ? 'stale-mark' : 'fresh-mark') : null,
                  title:
                    j === 6 && incomplete
                      ? `Lần nạp bắt đầu ${dateTime(f.figuresIncompleteSince)} không hoàn tất: số liệu tổng hợp có thể thiếu bản ghi của nó cho đến khi quản trị viên tính lại (rollups:rebuild)`
                      : j === 6 && stale
                        ? `Không nhận được dữ liệu thành công trong ${int(s.staleHours)} giờ`
                        : null,
                },
                c,
              ),
            ),
          ),
        );
      }
      if (!r.data?.feeds && r.problem === 'down') {
        feedsBody.append(
          el('tr', { class: 'stale', dataset: { sector: s.key } }, el('td', {}, s.label), el('td', { colspan: 6 }, 'Không đọc được trạng thái nguồn dữ liệu')),
        );
      }
    }),
  );
}

function alertGroup(sector, list) {
  const sorted = [...list].sort((a, b) => levelRank[a.level] - levelRank[b.level] || (a.time < b.time ? 1 : -1));
  const counts = Object.keys(levelRank)
    .map((l) => [l, sorted.filter((a) => a.level === l).length])
    .filter(([, n]) => n);
  const summary = `${sector.label}: ${int(list.length)} cảnh báo${counts.length ? ` (${counts.map(([l, n]) => `${int(n)} ${levelLabel[l].toLowerCase()}`).join(', ')})` : ''}`;
  return el(
    'details',
    { class: 'alert-group', dataset: { sector: sector.key, count: list.length }, open: list.length > 0 && sorted[0].level === 'CRITICAL' },
    el('summary', {}, summary),
    el('ol', {}, ...sorted.slice(0, 20).map((a) => el('li', { class: a.level }, `${a.title} — ${dateTime(a.time)}`))),
    list.length > 20 ? el('p', { class: 'muted' }, `… và ${int(list.length - 20)} cảnh báo khác`) : null,
  );
}
