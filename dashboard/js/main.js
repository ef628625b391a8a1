// The dashboard's state lives in the URL (view, register, province, unit, period, indicator), so
// every view can be linked; the wall (?wall=1) rotates through the views and refreshes every minute.
import { $, el, clear } from './dom.js';
import { gql, getToken, setToken, onAuthNeeded, AuthError } from './api.js';
import { dateTime } from './format.js';
import { sectors } from './sectors.js';
import { disposeAll } from './charts.js';
import { renderOverview } from './views/overview.js';
import { renderSector } from './views/sector.js';
import { renderMap } from './views/map.js';

const views = [
  { key: 'overview', label: 'Tổng quan', render: renderOverview },
  ...sectors.map((s) => ({ key: s.key, label: s.label, render: (node, ctx) => renderSector(node, ctx, s) })),
  { key: 'map', label: 'Bản đồ', render: renderMap },
];
const viewByKey = Object.fromEntries(views.map((v) => [v.key, v]));
const registerAsOf = { FROM_2025_07: null, PRE_2025_07: '2025-03-01' };
const levelOf = { 2: 'PROVINCE', 3: 'DISTRICT', 5: 'COMMUNE' };

/** The month before the current one (Vietnam time): the latest complete period. */
function lastMonth() {
  const now = new Date(Date.now() + 7 * 3600e3);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

/** Reads the state from the URL, keeping only well-formed values (they end up in queries' variables). */
function readState() {
  const q = new URLSearchParams(location.search);
  const pick = (name, re, fallback) => (re.test(q.get(name) ?? '') ? q.get(name) : fallback);
  const register = pick('register', /^(FROM_2025_07|PRE_2025_07)$/, 'FROM_2025_07');
  const province = pick('province', /^\d{2}$/, register === 'PRE_2025_07' ? '49' : '48');
  const unit = pick('unit', /^(\d{2}|\d{3}|\d{5})$/, province);
  const seconds = (name, fallback, min) => Math.max(min, Number(pick(name, /^\d{1,5}$/, String(fallback))));
  return {
    view: viewByKey[q.get('view')] ? q.get('view') : 'overview',
    register,
    province,
    asOf: registerAsOf[register],
    unit: { code: unit, level: levelOf[unit.length] },
    period: pick('period', /^\d{4}-(0[1-9]|1[0-2])$/, lastMonth()),
    indicator: pick('indicator', /^[a-z]+\.[A-Za-z0-9]+$/, 'procedures.onTimeRate'),
    wall: q.get('wall') === '1',
    rotate: seconds('every', 30, 5),
    refresh: seconds('refresh', 60, 5),
  };
}

let state = readState();

/** The address of a state: what the tabs, the breadcrumbs and the ranking rows link to. */
export function href(changes) {
  const s = { ...state, ...changes };
  const q = new URLSearchParams({ view: s.view, register: s.register, province: s.province, period: s.period });
  if (s.unit.code !== s.province) q.set('unit', s.unit.code);
  if (s.view === 'map') q.set('indicator', s.indicator);
  if (s.wall) q.set('wall', '1');
  if (s.wall && s.rotate !== 30) q.set('every', String(s.rotate));
  if (s.wall && s.refresh !== 60) q.set('refresh', String(s.refresh));
  return `${location.pathname}?${q}`;
}

/** Same-page navigation: the URL changes (so it can be copied) and the view redraws. */
export function go(changes) {
  history.pushState(null, '', href(changes));
  state = readState();
  render();
}
addEventListener('popstate', () => {
  state = readState();
  render();
});

function drawHeader() {
  $('register').value = state.register;
  $('period').value = state.period;
  clear($('tabs')).append(
    ...views.map((v) =>
      el(
        'a',
        {
          href: href({ view: v.key }),
          class: v.key === state.view ? 'active' : null,
          'aria-current': v.key === state.view ? 'page' : null,
          on: {
            click: (e) => {
              e.preventDefault();
              go({ view: v.key });
            },
          },
        },
        v.label,
      ),
    ),
  );
}

let provincesOf = '';
async function loadProvinces() {
  if (provincesOf === state.register) return;
  const r = await gql('query($asOf: Date) { provinces(asOf: $asOf) { code name } }', { asOf: state.asOf });
  clear($('province')).append(...(r.data?.provinces ?? []).map((p) => el('option', { value: p.code }, p.name)));
  provincesOf = state.register;
}

let generation = 0;
/** Draws the current view; a newer render makes an older one's late answers harmless. */
async function render() {
  const mine = ++generation;
  document.body.classList.toggle('wall', state.wall);
  drawHeader();
  disposeAll();
  const node = clear($('view'));
  node.dataset.view = state.view;
  delete node.dataset.failed;
  delete node.dataset.loaded;
  $('status').textContent = 'Đang tải…';
  try {
    await loadProvinces();
    $('province').value = state.province;
    const ctx = { ...state, href, go, current: () => mine === generation };
    await viewByKey[state.view].render(node, ctx);
    if (mine !== generation) return;
    node.dataset.loaded = String(Date.now());
    $('status').textContent = `Cập nhật lúc ${dateTime(new Date().toISOString())}`;
  } catch (e) {
    if (mine !== generation) return;
    node.dataset.failed = e.message;
    $('status').textContent = e instanceof AuthError ? e.message : `Không tải được dữ liệu: ${e.message}`;
  }
  if (state.wall) armWall();
}

onAuthNeeded((e) => {
  $('login').hidden = false;
  $('loginReason').textContent = `${e.message} Dán token mới được cấp:`;
});

$('register').addEventListener('change', () =>
  go({
    register: $('register').value,
    province: $('register').value === 'PRE_2025_07' ? '49' : '48',
    unit: { code: $('register').value === 'PRE_2025_07' ? '49' : '48', level: 'PROVINCE' },
  }),
);
$('province').addEventListener('change', () => go({ province: $('province').value, unit: { code: $('province').value, level: 'PROVINCE' } }));
$('period').addEventListener('change', () => {
  if ($('period').value) go({ period: $('period').value });
});
$('tokenForm').addEventListener('submit', (e) => {
  e.preventDefault();
  setToken($('token').value.trim());
  $('token').value = '';
  $('login').hidden = true;
  render();
});

if (!getToken()) $('login').hidden = false;

// The wall: `rotate` seconds after a view has drawn, the next one; every `refresh` seconds in between,
// the same view anew. Timers restart after each drawing, so a slow hub never piles up requests.
let rotateTimer;
let refreshTimer;
let armedFor = null;
function armWall() {
  clearTimeout(refreshTimer);
  // A refresh redraws the same view: the rotation keeps the time it was given when the view first drew.
  if (armedFor !== state.view) {
    armedFor = state.view;
    clearTimeout(rotateTimer);
    rotateTimer = setTimeout(() => {
      const i = views.findIndex((v) => v.key === state.view);
      history.replaceState(null, '', href({ view: views[(i + 1) % views.length].key }));
      state = readState();
      render();
    }, state.rotate * 1000);
  }
  if (state.refresh < state.rotate) refreshTimer = setTimeout(render, state.refresh * 1000);
}
if (state.wall) {
  // Browsers allow full screen only after a gesture: the first click or key on the wall.
  const full = () => document.documentElement.requestFullscreen?.().catch(() => {});
  addEventListener('click', full, { once: true });
  addEventListener('keydown', full, { once: true });
}

render();
