// Maps without tiles (ECharts draws the GeoJSON the hub serves): the province's districts coloured by
// the status of a chosen indicator, with the air stations in their latest VN_AQI colour; and the
// fishing fleet on the sea by state, with the zones, where a click shows a vessel and its track.
import { el, escapeHtml } from '../dom.js';
import { gql, AuthError } from '../api.js';
import { dateTime, int, num, statusColour, statusLabel, withUnit } from '../format.js';
import { sectors, sectorByKey, periodArgs } from '../sectors.js';
import { chart, echarts } from '../charts.js';
import { exportCsv } from '../export.js';
import { sectorStats, showUnit, unavailable } from './common.js';
import { chartBox } from './sector.js';
import { swatch } from './air.js';

export async function renderMap(node, ctx) {
  const province = { ...ctx, unit: { code: ctx.province, level: 'PROVINCE' } };
  await showUnit(province, 'Bản đồ');
  const sector = sectorByKey[ctx.indicator.split('.')[0]] ?? sectors[0];
  const picker = el('select', { id: 'indicator', 'aria-label': 'Chỉ số tô màu' });
  node.append(el('p', { class: 'controls' }, el('label', {}, 'Tô màu theo chỉ số ', picker)));
  // The indicators a province has, per sector, fill the picker (asked in parallel; a sector that is down is left out).
  const lists = await Promise.all(sectors.map((s) => sectorStats(province, s, 'indicators { code name }').catch(() => ({ stats: null }))));
  for (const [i, s] of sectors.entries()) {
    const group = el('optgroup', { label: s.label }, ...(lists[i].stats?.indicators ?? []).map((x) => el('option', { value: x.code }, x.name)));
    if (group.children.length) picker.append(group);
  }
  picker.value = ctx.indicator;
  picker.addEventListener('change', () => ctx.go({ indicator: picker.value }));

  const grid = el('div', { class: 'charts maps' });
  node.append(grid);
  const districts = districtsOf(province, sector);
  await Promise.all([districtMap(grid, province, districts), fleetMap(grid, province, districts)]);
}

/** Old-register districts with their boundary and the chosen sector's indicators, for one province. */
async function districtsOf(ctx, sector) {
  const p = periodArgs(sector, ctx.period);
  const districts = `districts { code name boundary s: ${sector.key}${p.args} { indicators { code name value unit status } } }`;
  const inner = ctx.register === 'PRE_2025_07' ? `code name ${districts}` : `code name predecessors { unit { code name ${districts} } }`;
  const r = await gql(`query($code: String!, $asOf: Date${p.decl ? `, ${p.decl}` : ''}) { u: province(code: $code, asOf: $asOf) { ${inner} } }`, { code: ctx.province, asOf: ctx.asOf, ...p.vars });
  const u = r.data?.u;
  if (!u) return { groups: [], errors: r.errors };
  // In today's register a province has no districts: the former ones of the provinces it absorbed are drawn.
  const groups = ctx.register === 'PRE_2025_07' ? [{ code: u.code, name: u.name, former: false, districts: u.districts }]
    : u.predecessors.map((l) => ({ code: l.unit.code, name: l.unit.name, former: true, districts: l.unit.districts }));
  return { groups, errors: r.errors };
}

async function districtMap(grid, ctx, districts) {
  const [{ groups, errors }, env] = await Promise.all([districts, sectorStats(ctx, sectorByKey.environment, 'stations { code name longitude latitude latestAqi { time value label colour } }')]);
  if (!ctx.current()) return;
  const box = chartBox(grid, `Huyện theo chỉ số${groups.some((g) => g.former) ? ' (các huyện cũ, trước 01/07/2025)' : ''}`, `ban-do-${ctx.province}`);
  const notes = el('ul', { class: 'map-notes' });
  box.body.before(notes);
  const features = [];
  const regions = [];
  const rows = [];
  for (const g of groups) {
    const drawn = g.districts.filter((d) => d.boundary);
    if (!drawn.length) notes.append(el('li', { class: 'no-boundary', dataset: { province: g.code } }, `Chưa có ranh giới hành chính của ${g.name}${g.former ? ' (tỉnh cũ)' : ''}: các huyện của tỉnh này không được vẽ.`));
    else if (g.former) notes.append(el('li', {}, `Ranh giới các huyện cũ của ${g.name} (tỉnh cũ, trước 01/07/2025).`));
    for (const d of g.districts) {
      const ind = d.s?.indicators.find((x) => x.code === ctx.indicator) ?? null;
      rows.push([g.name, d.code, d.name, ind?.value ?? null, ind ? statusLabel[ind.status] : '', d.boundary ? 'có' : 'không']);
      if (!d.boundary) continue;
      features.push({ type: 'Feature', properties: { name: d.code }, geometry: d.boundary });
      regions.push({ name: d.code, label: d.name + (g.former ? ' (cũ)' : ''), ind, itemStyle: { areaColor: statusColour[ind?.status ?? 'NONE'] } });
    }
  }
  if (errors.length && !groups.length) notes.append(el('li', {}, 'Không đọc được danh mục đơn vị hành chính.'));
  box.csv = () => exportCsv(`ban-do-${ctx.province}-${ctx.indicator}`, ['Tỉnh', 'Mã huyện', 'Huyện', 'Giá trị', 'Trạng thái', 'Có ranh giới'], rows);
  if (!features.length) {
    box.body.replaceWith(el('p', { class: 'muted no-map' }, 'Không có ranh giới nào để vẽ bản đồ cho đơn vị này.'));
    return;
  }
  const mapName = `huyen-${ctx.register}-${ctx.province}`;
  echarts.registerMap(mapName, { type: 'FeatureCollection', features });
  const labelOf = Object.fromEntries(regions.map((r) => [r.name, r]));
  const stations = (env.stats?.stations ?? []).filter((s) => s.latestAqi);
  box.body.dataset.indicator = ctx.indicator;
  box.chart = chart(box.body, {
    tooltip: { trigger: 'item', formatter: (p) => {
      if (p.seriesType === 'scatter') return `${escapeHtml(p.data.station.name)}<br>VN_AQI ${escapeHtml(int(p.data.station.latestAqi.value))} (${escapeHtml(p.data.station.latestAqi.label)})<br>${escapeHtml(dateTime(p.data.station.latestAqi.time))}`;
      const r = labelOf[p.name];
      if (!r) return '';
      return `${escapeHtml(r.label)}<br>${r.ind ? `${escapeHtml(r.ind.name)}: ${escapeHtml(withUnit(r.ind.value, r.ind.unit))} — ${escapeHtml(statusLabel[r.ind.status])}` : 'Không có số liệu'}`;
    } },
    geo: { map: mapName, roam: true, boundingCoords: frame(features.map((f) => boxOf(f.geometry))), label: { show: true, fontSize: 10, formatter: (p) => labelOf[p.name]?.label ?? '' }, itemStyle: { borderColor: '#fff', borderWidth: 1 }, emphasis: { label: { show: true } }, regions: regions.map(({ name, itemStyle }) => ({ name, itemStyle })) },
    series: [{
      type: 'scatter', coordinateSystem: 'geo', symbolSize: 14, name: 'Trạm quan trắc',
      data: stations.map((s) => ({ value: [s.longitude, s.latitude], station: s, itemStyle: { color: s.latestAqi.colour, borderColor: '#222', borderWidth: 1 } })),
    }],
  });
  const legend = el('p', { class: 'legend' }, ...['GOOD', 'WATCH', 'ALERT', 'NONE'].map((s) => el('span', {}, swatch(statusColour[s], ` ${statusLabel[s] ?? 'Không có số liệu'} `))),
    stations.length ? ` · ${int(stations.length)} trạm quan trắc theo màu VN_AQI mới nhất` : '');
  box.body.after(legend);
}

/** [minLon, minLat, maxLon, maxLat] of a GeoJSON geometry. */
function boxOf(geometry) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0]); b[1] = Math.min(b[1], c[1]); b[2] = Math.max(b[2], c[0]); b[3] = Math.max(b[3], c[1]);
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
function frame(boxes) {
  if (!boxes.length) return undefined;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const cx = median(boxes.map((b) => (b[0] + b[2]) / 2));
  const cy = median(boxes.map((b) => (b[1] + b[3]) / 2));
  const near = boxes.filter((b) => Math.abs((b[0] + b[2]) / 2 - cx) <= 1.5 && Math.abs((b[1] + b[3]) / 2 - cy) <= 1.5);
  const u = near.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
  const px = Math.max(0.02, (u[2] - u[0]) / 10);
  const py = Math.max(0.02, (u[3] - u[1]) / 10);
  return [[u[0] - px, u[3] + py], [u[2] + px, u[1] - py]];
}

const stateColour = { AT_SEA: '#1a73e8', IN_PORT: '#1e8e3e', SILENT: '#d93025', NO_POSITION: '#9aa5b1' };
const stateLabel = { AT_SEA: 'Trên biển', IN_PORT: 'Trong cảng', SILENT: 'Mất tín hiệu > 6 giờ', NO_POSITION: 'Chưa có vị trí' };

/** The fleet at the end of the period: counts by state, the vessels the API lists with their position, the zones. */
async function fleetMap(grid, ctx, districts) {
  const at = periodArgs(sectorByKey.vessels, ctx.period).vars.at;
  const q = `query($code: String!, $asOf: Date, $at: DateTime!) { u: province(code: $code, asOf: $asOf) { s: vessels(at: $at) { atSea inPort silentOver6h noPosition silentVessels(hours: 1) { registration name lengthM homePort latestPosition(at: $at) { time lat lon speed } state(at: $at) } } } zones: vesselsZones { id kind name approximate geometry } }`;
  let r;
  try {
    r = await gql(q, { code: ctx.province, asOf: ctx.asOf, at });
  } catch (e) {
    if (e instanceof AuthError) throw e;
    r = { data: null, errors: [{ message: e.message }] };
  }
  if (!ctx.current()) return;
  const box = chartBox(grid, `Tàu cá trên biển lúc ${dateTime(at)}`, `tau-ca-${ctx.province}`);
  const s = r.data?.u?.s;
  if (!s) {
    box.body.replaceWith(unavailable(sectorByKey.vessels, r.errors.length ? 'down' : 'empty'));
    return;
  }
  const zones = r.data.zones ?? [];
  const atMs = Date.parse(at);
  const vessels = s.silentVessels.filter((v) => v.latestPosition).map((v) => ({ ...v, shown: v.state === 'AT_SEA' && atMs - Date.parse(v.latestPosition.time) > 6 * 3600e3 ? 'SILENT' : v.state }));
  const counts = el('p', { class: 'legend' }, ...[['AT_SEA', s.atSea], ['IN_PORT', s.inPort], ['SILENT', s.silentOver6h], ['NO_POSITION', s.noPosition]].map(([k, n]) => el('span', {}, swatch(stateColour[k], ` ${stateLabel[k]}: ${int(n)} `))));
  const detail = el('div', { class: 'vessel-detail', id: 'vesselDetail' }, 'Bấm vào một tàu để xem thông tin và hành trình 24 giờ.');
  box.body.before(counts);
  box.body.after(el('p', { class: 'muted' }, `Vị trí hiển thị: các tàu không báo vị trí trong hơn 1 giờ tính đến thời điểm xem (${int(vessels.length)} tàu) — API chưa liệt kê tàu vừa báo vị trí.`), detail);
  // The province's districts, where drawn, give the coast for orientation.
  const land = (await districts).groups.flatMap((g) => g.districts.filter((d) => d.boundary));
  const features = [...land.map((d) => ({ type: 'Feature', properties: { name: d.code }, geometry: d.boundary })),
    ...zones.map((z) => ({ type: 'Feature', properties: { name: `zone:${z.id}` }, geometry: z.geometry }))];
  if (!features.length && !vessels.length) {
    box.body.replaceWith(el('p', { class: 'muted' }, 'Chưa có vùng biển hay vị trí tàu nào để vẽ.'));
    return;
  }
  const mapName = `bien-${ctx.province}`;
  echarts.registerMap(mapName, { type: 'FeatureCollection', features });
  const zoneName = Object.fromEntries(zones.map((z) => [`zone:${z.id}`, z]));
  box.csv = () => exportCsv(`tau-ca-${ctx.province}`, ['Số đăng ký', 'Tên', 'Trạng thái', 'Vĩ độ', 'Kinh độ', 'Báo vị trí lúc'], vessels.map((v) => [v.registration, v.name, stateLabel[v.shown], v.latestPosition.lat, v.latestPosition.lon, v.latestPosition.time]));
  const option = {
    tooltip: { trigger: 'item', formatter: (p) => p.seriesType === 'scatter' ? `${escapeHtml(p.data.vessel.registration)} ${escapeHtml(p.data.vessel.name ?? '')}<br>${escapeHtml(stateLabel[p.data.vessel.shown])}`
      : zoneName[p.name] ? `${escapeHtml(zoneName[p.name].name)}${zoneName[p.name].approximate ? ' (ranh giới gần đúng)' : ''}` : '' },
    geo: { map: mapName, roam: true, itemStyle: { areaColor: 'rgba(26,115,232,0.05)', borderColor: '#5f6b7a', borderType: 'dashed' }, label: { show: false }, emphasis: { label: { show: false } },
      boundingCoords: frame([...land.map((d) => boxOf(d.boundary)), ...vessels.map((v) => [v.latestPosition.lon, v.latestPosition.lat, v.latestPosition.lon, v.latestPosition.lat])]),
      regions: land.map((d) => ({ name: d.code, itemStyle: { areaColor: '#e6e2d8', borderColor: '#b9b2a3', borderType: 'solid' } })) },
    series: [{ type: 'scatter', coordinateSystem: 'geo', symbolSize: 9, data: vessels.map((v) => ({ value: [v.latestPosition.lon, v.latestPosition.lat], vessel: v, itemStyle: { color: stateColour[v.shown] } })) },
      { type: 'lines', coordinateSystem: 'geo', polyline: true, data: [], lineStyle: { color: '#111', width: 2 } }],
  };
  box.chart = chart(box.body, option);
  box.chart.on('click', (p) => { if (p.seriesType === 'scatter') showVessel(ctx, box.chart, detail, p.data.vessel, atMs); });
}

/** A vessel's details and its positions in the 24 hours before its last report (or the view's instant, if earlier). */
async function showVessel(ctx, c, detail, v, atMs) {
  const end = Math.min(atMs, Date.parse(v.latestPosition.time) + 1);
  const start = end - 24 * 3600e3;
  const day = (t) => new Date(t + 7 * 3600e3).toISOString().slice(0, 10);
  const r = await gql('query($reg: String!, $from: Date!, $to: Date!) { vessel(registration: $reg) { registration name lengthM powerKw gear homePort mmsi track(from: $from, to: $to) { time lat lon speed } } }',
    { reg: v.registration, from: day(start), to: day(end + 24 * 3600e3) });
  const x = r.data?.vessel;
  if (!ctx.current()) return;
  const track = (x?.track ?? []).filter((p) => Date.parse(p.time) >= start && Date.parse(p.time) <= end);
  detail.replaceChildren(
    el('h4', {}, `${v.registration}${v.name ? ` — ${v.name}` : ''}`),
    el('p', {}, `Trạng thái: ${stateLabel[v.shown]} · Dài ${num(v.lengthM)} m · Cảng cá: ${v.homePort ?? '—'}${x?.gear ? ` · Nghề: ${x.gear}` : ''}`),
    el('p', {}, `Báo vị trí cuối: ${dateTime(v.latestPosition.time)} (${num(v.latestPosition.lat)}, ${num(v.latestPosition.lon)})`),
    el('p', { class: 'track', dataset: { points: track.length } }, `Hành trình 24 giờ đến ${dateTime(new Date(end).toISOString())}: ${int(track.length)} vị trí`));
  c.setOption({ series: [{}, { data: track.length > 1 ? [{ coords: track.map((p) => [p.lon, p.lat]) }] : [] }] });
}
