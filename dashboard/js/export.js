// Exports a leader can take to a report: a chart as PNG (ECharts draws it), a table as CSV with a
// UTF-8 byte-order mark so Excel reads the Vietnamese correctly.
import { el } from './dom.js';

function download(name, href) {
  const a = el('a', { href, download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

const csvCell = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

function csvText(header, rows) {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function exportCsv(name, header, rows) {
  const url = URL.createObjectURL(new Blob([csvText(header, rows)], { type: 'text/csv;charset=utf-8' }));
  download(`${name}.csv`, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportPng(name, chart) {
  download(`${name}.png`, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }));
}

/** The small "PNG" / "CSV" buttons beside a chart or table (hidden on the wall). */
export function exportButton(label, onClick) {
  return el('button', { type: 'button', class: 'export', on: { click: onClick } }, label);
}
