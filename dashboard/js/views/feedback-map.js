// Citizens' field reports of the period in a unit, on its province's map, coloured by where each is in its
// handling (received … closed), the overdue ones ringed in red; a click shows the report.
import { el, escapeHtml } from '../dom.js';
import { gql, AuthError } from '../api.js';
import { dateTime, int } from '../format.js';
import { sectorByKey, monthRange, rootField } from '../sectors.js';
import { chart, echarts } from '../charts.js';
import { exportCsv } from '../export.js';
import { unavailable } from './common.js';
import { chartBox, swatch } from './boxes.js';
import { boxOf, frame, landOf, landRegions } from './geo.js';

/** The lifecycle's order, and a colour per step: greys before handling, warm while it runs, greens once done. */
export const statusColour = {
  RECEIVED: '#9aa5b1',
  ACCEPTED: '#4e79a7',
  ASSIGNED: '#8e44ad',
  IN_PROGRESS: '#f29900',
  RESOLVED: '#1e8e3e',
  CLOSED: '#0b5d2a',
  REFUSED: '#3c4650',
};
/** The API's bound on `feedbackReports`. */
const maxReports = 500;

export async function feedbackMap(grid, ctx, districts) {
  const { from, to } = monthRange(ctx.period);
  const q = `query($code: String!, $asOf: Date, $from: Date!, $to: Date!, $first: Int) {
    u: ${rootField[ctx.unit.level]}(code: $code, asOf: $asOf) { s: feedback(from: $from, to: $to) { received } }
    reports: feedbackReports(from: $from, to: $to, unitCode: $code, asOf: $asOf, first: $first) {
      trackingCode category categoryName description status statusName receivedAt dueAt agency followUp latitude longitude } }`;
  let r;
  try {
    r = await gql(q, { code: ctx.unit.code, asOf: ctx.asOf, from, to, first: maxReports });
  } catch (e) {
    if (e instanceof AuthError) throw e;
    r = { data: null, errors: [{ message: e.message }] };
  }
  if (!ctx.current()) return;
  const sector = sectorByKey.feedback;
  const box = chartBox(grid, `Phản ánh hiện trường ${from.slice(5, 7)}/${from.slice(0, 4)} theo trạng thái`, `phan-anh-${ctx.unit.code}-${ctx.period}`);
  const reports = r.data?.reports;
  if (!reports) {
    box.body.replaceWith(unavailable(sector, r.errors.length ? 'down' : 'empty', r.errors));
    return;
  }
  const placed = reports.filter((x) => x.latitude !== null && x.longitude !== null);
  const byStatus = Object.keys(statusColour)
    .map((k) => [k, reports.filter((x) => x.status === k)])
    .filter(([, list]) => list.length);
  const overdue = reports.filter((x) => x.followUp === 'OVERDUE').length;
  box.body.before(
    el(
      'p',
      { class: 'legend' },
      ...byStatus.map(([k, list]) =>
        el('span', { dataset: { status: k, count: list.length } }, swatch(statusColour[k], ` ${list[0].statusName}: ${int(list.length)} `)),
      ),
      el('span', { dataset: { status: 'OVERDUE', count: overdue } }, ` · viền đỏ: quá hạn (${int(overdue)})`),
    ),
  );
  const received = r.data.u?.s?.received ?? reports.length;
  const detail = el('div', { class: 'feedback-detail', id: 'feedbackDetail' }, 'Bấm vào một phản ánh để xem nội dung và tình trạng xử lý.');
  box.body.after(
    el(
      'p',
      { class: 'muted' },
      `${int(placed.length)} phản ánh có toạ độ được vẽ trong ${int(received)} phản ánh nhận trong tháng` +
        `${reports.length < received ? ` (${int(reports.length)} phản ánh mới nhất được tải)` : ''}; phản ánh chỉ ghi mã xã/phường không có toạ độ để vẽ.`,
    ),
    detail,
  );
  box.csv = () =>
    exportCsv(
      `phan-anh-${ctx.unit.code}-${ctx.period}`,
      ['Mã phản ánh', 'Lĩnh vực', 'Trạng thái', 'Quá hạn', 'Nhận lúc', 'Hạn xử lý', 'Cơ quan xử lý', 'Vĩ độ', 'Kinh độ'],
      reports.map((x) => [
        x.trackingCode,
        x.categoryName,
        x.statusName,
        x.followUp === 'OVERDUE' ? 'có' : '',
        x.receivedAt,
        x.dueAt,
        x.agency,
        x.latitude,
        x.longitude,
      ]),
    );
  const land = landOf((await districts).groups);
  if (!ctx.current()) return;
  if (!land.length && !placed.length) {
    box.body.replaceWith(el('p', { class: 'muted' }, 'Không có ranh giới hay phản ánh có toạ độ nào để vẽ.'));
    return;
  }
  const mapName = `phan-anh-${ctx.register}-${ctx.unit.code}`;
  echarts.registerMap(mapName, { type: 'FeatureCollection', features: land });
  box.body.dataset.reports = String(placed.length);
  box.chart = chart(box.body, {
    tooltip: {
      trigger: 'item',
      formatter: (p) =>
        p.seriesType === 'scatter'
          ? `${escapeHtml(p.data.report.trackingCode)} — ${escapeHtml(p.data.report.categoryName)}<br>${escapeHtml(p.data.report.statusName)}${p.data.report.followUp === 'OVERDUE' ? ' (quá hạn)' : ''}`
          : '',
    },
    geo: {
      map: mapName,
      roam: true,
      label: { show: false },
      emphasis: { label: { show: false } },
      itemStyle: { areaColor: '#e6e2d8', borderColor: '#b9b2a3' },
      boundingCoords: frame([...land.map((f) => boxOf(f.geometry)), ...placed.map((x) => [x.longitude, x.latitude, x.longitude, x.latitude])]),
      regions: landRegions(land),
    },
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 10,
        data: placed.map((x) => ({
          value: [x.longitude, x.latitude],
          report: x,
          itemStyle: {
            color: statusColour[x.status],
            borderColor: x.followUp === 'OVERDUE' ? '#d93025' : '#fff',
            borderWidth: x.followUp === 'OVERDUE' ? 3 : 1,
          },
        })),
      },
    ],
  });
  box.chart.on('click', (p) => {
    if (p.seriesType !== 'scatter') return;
    const x = p.data.report;
    detail.replaceChildren(
      el('h4', {}, `${x.trackingCode} — ${x.categoryName}`),
      el('p', {}, x.description),
      el(
        'p',
        {},
        `Trạng thái: ${x.statusName}${x.followUp === 'OVERDUE' ? ' (quá hạn)' : ''} · Nhận lúc ${dateTime(x.receivedAt)} · Hạn xử lý ${dateTime(x.dueAt)}${x.agency ? ` · Cơ quan xử lý: ${x.agency}` : ''}`,
      ),
    );
  });
}
