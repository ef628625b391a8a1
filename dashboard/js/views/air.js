// Air quality of the environment view: hourly VN_AQI of each station over the period, drawn over the
// official bands, and the station-hours per band, in the colours the API gives for each band.
import { el, escapeHtml } from '../dom.js';
import { gql } from '../api.js';
import { dateTime, int, num } from '../format.js';
import { periodArgs, rootField, sectorByKey } from '../sectors.js';
import { chart } from '../charts.js';
import { exportCsv } from '../export.js';
import { chartBox, swatch } from './boxes.js';

/** Lower bound of each VN_AQI band (QĐ 1459/QĐ-TCMT, Bảng 1). */
const bandFloor = { GOOD: 0, MODERATE: 51, POOR: 101, BAD: 151, VERY_BAD: 201, HAZARDOUS: 301 };

export async function renderAir(grid, ctx, stats) {
  const p = periodArgs({ time: 'range' }, ctx.period);
  const q = `query($code: String!, $asOf: Date, ${p.decl}) { u: ${rootField[ctx.unit.level]}(code: $code, asOf: $asOf) { s: environment { hoursByBand${p.args} { band label colour hours } stations { code name hourly${p.args} { time value band colour } } } } }`;
  const r = await gql(q, { code: ctx.unit.code, asOf: ctx.asOf, ...p.vars });
  if (!ctx.current()) return;
  const s = r.data?.u?.s;
  const bands = s?.hoursByBand ?? [];
  const colourOf = Object.fromEntries(bands.map((b) => [b.band, b.colour]));

  const hourly = chartBox(grid, 'VN_AQI theo giờ của các trạm', 'vn-aqi-theo-gio');
  const withData = (s?.stations ?? []).filter((st) => st.hourly.length);
  if (!withData.length) hourly.body.replaceWith(el('p', { class: 'muted' }, 'Không có số liệu VN_AQI theo giờ trong kỳ.'));
  else {
    hourly.chart = chart(hourly.body, {
      tooltip: {
        trigger: 'axis',
        formatter: (ps) =>
          [escapeHtml(dateTime(ps[0]?.value[0])), ...ps.map((x) => `${x.marker}${escapeHtml(x.seriesName)}: ${escapeHtml(int(x.value[1]))}`)].join('<br>'),
      },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 44, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', min: 0 },
      visualMap: {
        show: false,
        dimension: 1,
        pieces: Object.entries(bandFloor).map(([band, lo], i, all) => ({ gte: lo, lt: all[i + 1]?.[1] ?? 501, color: colourOf[band] ?? '#888' })),
      },
      series: withData.map((st) => ({
        name: st.name,
        type: 'line',
        showSymbol: false,
        data: st.hourly.map((h) => [h.time, h.value]),
        markArea:
          st === withData[0]
            ? {
                silent: true,
                data: Object.entries(bandFloor).map(([band, lo], i, all) => [
                  { yAxis: lo, itemStyle: { color: colourOf[band] ?? '#888', opacity: 0.08 } },
                  { yAxis: all[i + 1]?.[1] ?? 500 },
                ]),
              }
            : undefined,
      })),
    });
    hourly.csv = () =>
      exportCsv(
        'vn-aqi-theo-gio',
        ['Trạm', 'Giờ', 'VN_AQI', 'Mức'],
        withData.flatMap((st) => st.hourly.map((h) => [st.name, h.time, h.value, h.band])),
      );
  }
  const byBand = chartBox(grid, 'Số giờ-trạm theo mức VN_AQI', 'vn-aqi-theo-muc');
  byBand.chart = chart(byBand.body, {
    tooltip: { trigger: 'item', formatter: (x) => `${escapeHtml(x.name)}: ${escapeHtml(num(x.value))} giờ` },
    grid: { left: 80, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: bands.map((b) => b.label), inverse: true },
    series: [{ type: 'bar', data: bands.map((b) => ({ value: b.hours, itemStyle: { color: b.colour } })), label: { show: true, position: 'right' } }],
  });
  byBand.csv = () =>
    exportCsv(
      'vn-aqi-theo-muc',
      ['Mức', 'Số giờ'],
      bands.map((b) => [b.label, b.hours]),
    );

  const table = el(
    'table',
    { id: 'stations' },
    el('thead', {}, el('tr', {}, ...['Trạm', 'Tên', 'VN_AQI mới nhất', 'Mức', 'Lúc', 'Chất chi phối'].map((h) => el('th', {}, h)))),
    el(
      'tbody',
      {},
      ...stats.stations.map((st) =>
        el(
          'tr',
          { dataset: { code: st.code } },
          el('td', {}, st.code),
          el('td', {}, st.name),
          el('td', { class: 'aqi' }, st.latestAqi ? swatch(st.latestAqi.colour, int(st.latestAqi.value)) : '—'),
          el('td', {}, st.latestAqi?.label ?? '—'),
          el('td', {}, dateTime(st.latestAqi?.time)),
          el('td', {}, st.latestAqi?.dominant ?? '—'),
        ),
      ),
    ),
  );
  grid.after(el('section', {}, el('h3', {}, `${sectorByKey.environment.label}: các trạm quan trắc không khí`), table));
}
