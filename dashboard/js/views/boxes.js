// The small parts the sector, air and map views share: kept apart so that no view imports another.
import { el } from '../dom.js';
import { exportButton, exportPng } from '../export.js';

/** A titled chart frame with PNG (and, where set, CSV) export. */
export function chartBox(parent, title, file) {
  const body = el('div', { class: 'chart' });
  const box = { body, chart: null, csv: null };
  parent.append(
    el(
      'figure',
      { class: 'chart-box' },
      el(
        'figcaption',
        {},
        title,
        exportButton('PNG', () => box.chart && exportPng(file, box.chart)),
        exportButton('CSV', () => box.csv && box.csv()),
      ),
      body,
    ),
  );
  return box;
}

/** A coloured square beside a value; the colour is validated before it reaches a style. */
export function swatch(colour, text) {
  const box = el('span', { class: 'swatch' });
  if (/^#[0-9a-fA-F]{6}$/.test(colour ?? '')) box.style.background = colour;
  return el('span', {}, box, text);
}
