// The fishing fleet on the sea at the end of the period: every VMS-bound vessel of the province at its
// latest position, coloured at sea, in port or silent over 6 hours, over the zones; a click shows the
// vessel and its track over the 24 hours before its last report.
import { el, escapeHtml } from '../dom.js';
import { gql, AuthError } from '../api.js';
import { dateTime, int, num } from '../format.js';
import { sectorByKey, periodArgs } from '../sectors.js';
import { chart, echarts } from '../charts.js';
import { exportCsv } from '../export.js';
import { unavailable } from './common.js';
import { chartBox, swatch } from './boxes.js';
import { boxOf, frame, landOf, landRegions } from './geo.js';

const stateColour = { AT_SEA: '#1a73e8', IN_PORT: '#1e8e3e', SILENT: '#d93025', NO_POSITION: '#9aa5b1' };
const stateLabel = { AT_SEA: 'Trên biển', IN_PORT: 'Trong cảng', SILENT: 'Trên biển, mất tín hiệu > 6 giờ', NO_POSITION: 'Chưa có vị trí' };
/** The API's bound on `VesselStats.fleet`: a province's VMS-bound fleet is a few thousand vessels at most. */
const maxVessels = 2000;

export async function fleetMap(grid, ctx, districts) {
  const at = periodArgs(sectorByKey.vessels, ctx.period).vars.at;
  const q = `query($code: String!, $asOf: Date, $at: DateTime!, $first: Int) { u: province(code: $code, asOf: $asOf) { s: vessels(at: $at) {
    registered atSea inPort silentOver6h noPosition
    fleet(first: $first) { vessel { registration name lengthM homePort } state silentOver6h position { time lat lon speed } } } }
    zones: vesselsZones { id kind name approximate geometry } }`;
  let r;
  try {
    r = await gql(q, { code: ctx.province, asOf: ctx.asOf, at, first: maxVessels });
  } catch (e) {
    if (e instanceof AuthError) throw e;
    r = { data: null, errors: [{ message: e.message }] };
  }
  if (!ctx.current()) return;
  const box = chartBox(grid, `Tàu cá lúc ${dateTime(at)}`, `tau-ca-${ctx.province}`);
  const s = r.data?.u?.s;
  if (!s) {
    box.body.replaceWith(unavailable(sectorByKey.vessels, r.errors.length ? 'down' : 'empty', r.errors));
    return;
  }
  const zones = r.data.zones ?? [];
  const vessels = s.fleet.filter((v) => v.position).map((v) => ({ ...v.vessel, position: v.position, shown: v.silentOver6h ? 'SILENT' : v.state }));
  // The legend counts what the dots show: at sea splits into reporting and silent over 6 hours.
  const counts = el(
    'p',
    { class: 'legend' },
    ...[
      ['AT_SEA', s.atSea - s.silentOver6h],
      ['SILENT', s.silentOver6h],
      ['IN_PORT', s.inPort],
      ['NO_POSITION', s.noPosition],
    ].map(([k, n]) => el('span', { dataset: { state: k, count: n } }, swatch(stateColour[k], ` ${stateLabel[k]}: ${int(n)} `))),
  );
  const detail = el('div', { class: 'vessel-detail', id: 'vesselDetail' }, 'Bấm vào một tàu để xem thông tin và hành trình 24 giờ.');
  box.body.before(counts);
  box.body.after(
    el(
      'p',
      { class: 'muted' },
      `${int(vessels.length)} tàu có vị trí được vẽ trong ${int(s.registered)} tàu từ 15 m trở lên (tàu chưa có vị trí không được vẽ)${s.fleet.length < s.registered ? `; chỉ ${int(s.fleet.length)} tàu đầu tiên được tải` : ''}.`,
    ),
    detail,
  );
  const land = landOf((await districts).groups);
  const features = [...land, ...zones.map((z) => ({ type: 'Feature', properties: { name: `zone:${z.id}` }, geometry: z.geometry }))];
  if (!features.length && !vessels.length) {
    box.body.replaceWith(el('p', { class: 'muted' }, 'Chưa có vùng biển hay vị trí tàu nào để vẽ.'));
    return;
  }
  const mapName = `bien-${ctx.province}`;
  echarts.registerMap(mapName, { type: 'FeatureCollection', features });
  const zoneName = Object.fromEntries(zones.map((z) => [`zone:${z.id}`, z]));
  box.csv = () =>
    exportCsv(
      `tau-ca-${ctx.province}`,
      ['Số đăng ký', 'Tên', 'Trạng thái', 'Vĩ độ', 'Kinh độ', 'Báo vị trí lúc'],
      vessels.map((v) => [v.registration, v.name, stateLabel[v.shown], v.position.lat, v.position.lon, v.position.time]),
    );
  box.body.dataset.vessels = String(vessels.length);
  box.chart = chart(box.body, {
    tooltip: {
      trigger: 'item',
      formatter: (p) =>
        p.seriesType === 'scatter'
          ? `${escapeHtml(p.data.vessel.registration)} ${escapeHtml(p.data.vessel.name ?? '')}<br>${escapeHtml(stateLabel[p.data.vessel.shown])}<br>${escapeHtml(dateTime(p.data.vessel.position.time))}`
          : zoneName[p.name]
            ? `${escapeHtml(zoneName[p.name].name)}${zoneName[p.name].approximate ? ' (ranh giới gần đúng)' : ''}`
            : '',
    },
    geo: {
      map: mapName,
      roam: true,
      itemStyle: { areaColor: 'rgba(26,115,232,0.05)', borderColor: '#5f6b7a', borderType: 'dashed' },
      label: { show: false },
      emphasis: { label: { show: false } },
      boundingCoords: frame([...land.map((f) => boxOf(f.geometry)), ...vessels.map((v) => [v.position.lon, v.position.lat, v.position.lon, v.position.lat])]),
      regions: landRegions(land),
    },
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 9,
        data: vessels.map((v) => ({ value: [v.position.lon, v.position.lat], vessel: v, itemStyle: { color: stateColour[v.shown] } })),
      },
      { type: 'lines', coordinateSystem: 'geo', polyline: true, data: [], lineStyle: { color: '#111', width: 2 } },
    ],
  });
  box.chart.on('click', (p) => {
    if (p.seriesType === 'scatter') showVessel(ctx, box.chart, detail, p.data.vessel, Date.parse(at));
  });
}

/** A vessel's details and its positions in the 24 hours before its last report (or the view's instant, if earlier). */
async function showVessel(ctx, c, detail, v, atMs) {
  const end = Math.min(atMs, Date.parse(v.position.time) + 1);
  const start = end - 24 * 3600e3;
  const day = (t) => new Date(t + 7 * 3600e3).toISOString().slice(0, 10);
  const r = await gql(
    'query($reg: String!, $from: Date!, $to: Date!) { vessel(registration: $reg) { registration name lengthM powerKw gear homePort mmsi track(from: $from, to: $to) { time lat lon speed } } }',
    { reg: v.registration, from: day(start), to: day(end + 24 * 3600e3) },
  );
  const x = r.data?.vessel;
  if (!ctx.current()) return;
  const track = (x?.track ?? []).filter((p) => Date.parse(p.time) >= start && Date.parse(p.time) <= end);
  detail.replaceChildren(
    el('h4', {}, `${v.registration}${v.name ? ` — ${v.name}` : ''}`),
    el('p', {}, `Trạng thái: ${stateLabel[v.shown]} · Dài ${num(v.lengthM)} m · Cảng cá: ${v.homePort ?? '—'}${x?.gear ? ` · Nghề: ${x.gear}` : ''}`),
    el('p', {}, `Báo vị trí cuối: ${dateTime(v.position.time)} (${num(v.position.lat)}, ${num(v.position.lon)})`),
    el(
      'p',
      { class: 'track', dataset: { points: track.length } },
      `Hành trình 24 giờ đến ${dateTime(new Date(end).toISOString())}: ${int(track.length)} vị trí`,
    ),
  );
  c.setOption({ series: [{}, { data: track.length > 1 ? [{ coords: track.map((p) => [p.lon, p.lat]) }] : [] }] });
}
