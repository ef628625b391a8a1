// Maps without tiles (ECharts draws the GeoJSON the hub serves): the province's districts coloured by
// the status of a chosen indicator, with the air stations in their latest VN_AQI colour; the fishing
// fleet on the sea by state (./fleet-map.js); citizens' reports by status (./feedback-map.js).
import { el, escapeHtml } from '../dom.js';
import { dateTime, int, statusColour, statusLabel, withUnit } from '../format.js';
import { sectors, sectorByKey } from '../sectors.js';
import { chart, echarts } from '../charts.js';
import { exportCsv } from '../export.js';
import { sectorStats, showUnit } from './common.js';
import { chartBox, swatch } from './boxes.js';
import { boxOf, districtsOf, frame } from './geo.js';
import { fleetMap } from './fleet-map.js';
import { feedbackMap } from './feedback-map.js';

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

  // One slot per map, so they keep their order whichever answers first.
  const [first, second, third] = [0, 1, 2].map(() => el('div', { class: 'slot' }));
  node.append(el('div', { class: 'charts maps' }, first, second, third));
  const districts = districtsOf(province, sector);
  await Promise.all([districtMap(first, province, districts, sector), fleetMap(second, province, districts), feedbackMap(third, province, districts)]);
}

/** The districts coloured by the chosen indicator's status; a click on one opens its view of that indicator's sector. */
async function districtMap(grid, ctx, districts, sector) {
  const [{ groups, errors }, env] = await Promise.all([
    districts,
    sectorStats(ctx, sectorByKey.environment, 'stations { code name longitude latitude latestAqi { time value label colour } }'),
  ]);
  if (!ctx.current()) return;
  const box = chartBox(grid, `Huyện theo chỉ số${groups.some((g) => g.former) ? ' (các huyện cũ, trước 01/07/2025)' : ''}`, `ban-do-${ctx.province}`);
  const notes = el('ul', { class: 'map-notes' });
  box.body.before(notes);
  const features = [];
  const regions = [];
  const rows = [];
  for (const g of groups) {
    const drawn = g.districts.filter((d) => d.boundary);
    if (!drawn.length)
      notes.append(
        el(
          'li',
          { class: 'no-boundary', dataset: { province: g.code } },
          `Chưa có ranh giới hành chính của ${g.name}${g.former ? ' (tỉnh cũ)' : ''}: các huyện của tỉnh này không được vẽ.`,
        ),
      );
    else if (g.former) notes.append(el('li', {}, `Ranh giới các huyện cũ của ${g.name} (tỉnh cũ, trước 01/07/2025).`));
    for (const d of g.districts) {
      const ind = d.s?.indicators.find((x) => x.code === ctx.indicator) ?? null;
      rows.push([g.name, d.code, d.name, ind?.value ?? null, ind ? statusLabel[ind.status] : '', d.boundary ? 'có' : 'không']);
      if (!d.boundary) continue;
      features.push({ type: 'Feature', properties: { name: d.code }, geometry: d.boundary });
      regions.push({
        name: d.code,
        province: g.code,
        label: d.name + (g.former ? ' (cũ)' : ''),
        ind,
        itemStyle: { areaColor: statusColour[ind?.status ?? 'NONE'] },
      });
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
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        if (p.seriesType === 'scatter')
          return `${escapeHtml(p.data.station.name)}<br>VN_AQI ${escapeHtml(int(p.data.station.latestAqi.value))} (${escapeHtml(p.data.station.latestAqi.label)})<br>${escapeHtml(dateTime(p.data.station.latestAqi.time))}`;
        const r = labelOf[p.name];
        if (!r) return '';
        return `${escapeHtml(r.label)}<br>${r.ind ? `${escapeHtml(r.ind.name)}: ${escapeHtml(withUnit(r.ind.value, r.ind.unit))} — ${escapeHtml(statusLabel[r.ind.status])}` : 'Không có số liệu'}`;
      },
    },
    geo: {
      map: mapName,
      roam: true,
      boundingCoords: frame(features.map((f) => boxOf(f.geometry))),
      label: { show: true, fontSize: 10, formatter: (p) => labelOf[p.name]?.label ?? '' },
      itemStyle: { borderColor: '#fff', borderWidth: 1 },
      emphasis: { label: { show: true } },
      regions: regions.map(({ name, itemStyle }) => ({ name, itemStyle })),
    },
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 14,
        name: 'Trạm quan trắc',
        data: stations.map((s) => ({
          value: [s.longitude, s.latitude],
          station: s,
          itemStyle: { color: s.latestAqi.colour, borderColor: '#222', borderWidth: 1 },
        })),
      },
    ],
  });
  const legend = el(
    'p',
    { class: 'legend' },
    ...['GOOD', 'WATCH', 'ALERT', 'NONE'].map((s) => el('span', {}, swatch(statusColour[s], ` ${statusLabel[s] ?? 'Không có số liệu'} `))),
    stations.length ? ` · ${int(stations.length)} trạm quan trắc theo màu VN_AQI mới nhất` : '',
  );
  box.body.after(legend, el('p', { class: 'muted' }, `Bấm vào một huyện để mở màn hình ${sector.label} của huyện đó (danh mục trước 01/07/2025).`));
  box.chart.on('click', (p) => {
    const r = p.componentType === 'geo' ? labelOf[p.name] : null;
    if (r) ctx.go({ view: sector.key, register: 'PRE_2025_07', province: r.province, unit: { code: r.name, level: 'DISTRICT' } });
  });
}
