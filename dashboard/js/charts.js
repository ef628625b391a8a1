// Apache ECharts (served by the hub from node_modules as a classic script: window.echarts).
// Every tooltip built here escapes the values it shows: ECharts renders a formatter's string as HTML.
import { escapeHtml } from './dom.js';
import { num } from './format.js';

const echarts = globalThis.echarts;
const live = new Set();

/** A chart in `node`, disposed when the view changes (see disposeAll). SVG: crisp on a wall screen. */
export function chart(node, option, renderer = 'canvas') {
  const c = echarts.init(node, null, { renderer, locale: 'EN' });
  c.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
  live.add(c);
  return c;
}

export function disposeAll() {
  for (const c of live) c.dispose();
  live.clear();
}

addEventListener('resize', () => live.forEach((c) => c.resize()));

const safeTooltip = {
  trigger: 'axis',
  formatter: (params) => {
    const list = Array.isArray(params) ? params : [params];
    const head = escapeHtml(list[0]?.axisValueLabel ?? list[0]?.name ?? '');
    return [head, ...list.map((p) => `${p.marker}${escapeHtml(p.seriesName)}: ${escapeHtml(num(Array.isArray(p.value) ? p.value[1] : p.value))}`)].join('<br>');
  },
};

/** The small trend line of an indicator card: one point per month, nulls left as gaps. */
export function sparkline(node, values, colour) {
  return chart(
    node,
    {
      grid: { left: 2, right: 2, top: 4, bottom: 2 },
      xAxis: { type: 'category', show: false, data: values.map((_, i) => i) },
      yAxis: { type: 'value', show: false, scale: true },
      series: [
        {
          type: 'line',
          data: values,
          showSymbol: false,
          connectNulls: false,
          lineStyle: { width: 2, color: colour },
          areaStyle: { opacity: 0.12, color: colour },
        },
      ],
      tooltip: { show: false },
    },
    'svg',
  );
}

/** Figures per period as lines (or bars when `bar`); `labels` name the periods, `series`: [[label, values]]. */
export function trendChart(node, labels, series, { bar = false } = {}) {
  return chart(node, {
    tooltip: safeTooltip,
    legend: { top: 0, formatter: (n) => n },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', axisLabel: { formatter: (v) => num(v) } },
    series: series.map(([name, values]) => ({ name, type: bar ? 'bar' : 'line', data: values, connectNulls: false })),
  });
}

/** A horizontal bar per category: rows [[label, value]], largest first. */
export function barChart(node, rows, unit, colours) {
  const sorted = rows
    .filter((r) => r[1] !== null && r[1] !== undefined)
    .sort((a, b) => a[1] - b[1])
    .slice(-15);
  return chart(node, {
    tooltip: { trigger: 'item', formatter: (p) => `${escapeHtml(p.name)}: ${escapeHtml(num(p.value))} ${escapeHtml(unit)}` },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v) => num(v) } },
    yAxis: { type: 'category', data: sorted.map((r) => r[0]), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: sorted.map((r) => ({ value: r[1], itemStyle: colours?.[r[0]] ? { color: colours[r[0]] } : undefined })),
        label: { show: true, position: 'right', formatter: (p) => num(p.value) },
      },
    ],
  });
}

export { echarts };
