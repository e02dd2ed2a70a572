/** Dyad trend: events per period between two actors, by quad class, and net Goldstein, both directions. */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DyadSeries, QuadCounts } from '../api-types.js';
import { fetchDyad } from '../api.js';
import { fillPeriods } from '../normalize.js';
import { QUADS } from '../codes.js';
import { h, mount } from '../dom.js';
import { go, link } from '../router.js';
import type { Route } from '../router.js';
import { errorBox, loading } from './common.js';

const INTERVALS = ['day', 'week', 'month'] as const;

/** Renders the dyad screen; returns a cleanup that removes the charts' resize listener. */
export async function renderDyad(root: HTMLElement, route: Route): Promise<() => void> {
  const a = (route.params.get('a') ?? '').trim().toUpperCase();
  const b = (route.params.get('b') ?? '').trim().toUpperCase();
  const interval = route.params.get('interval') ?? 'month';
  const body = h('div', { class: 'dyad-body', 'aria-live': 'polite' });
  const form = h('form', { class: 'filters dyad-form', 'aria-label': 'Choose a dyad' },
    h('label', { class: 'field' }, h('span', null, 'Actor A'), h('input', { name: 'a', value: a, required: true, list: 'actor-codes', placeholder: 'e.g. USA', autocomplete: 'off' })),
    h('button', { type: 'button', class: 'swap', title: 'Swap A and B', 'aria-label': 'Swap A and B', onclick: () => go(link('dyad', [], new URLSearchParams({ a: b, b: a, interval }))) }, '⇄'),
    h('label', { class: 'field' }, h('span', null, 'Actor B'), h('input', { name: 'b', value: b, required: true, list: 'actor-codes', placeholder: 'e.g. CHN', autocomplete: 'off' })),
    h('label', { class: 'field' }, h('span', null, 'Period'),
      h('select', { name: 'interval' }, INTERVALS.map((i) => h('option', { value: i, selected: i === interval }, i)))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Show trend')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    go(link('dyad', [], new URLSearchParams({ a: String(data.get('a') ?? '').toUpperCase(), b: String(data.get('b') ?? '').toUpperCase(), interval: String(data.get('interval') ?? 'month') })));
  });
  mount(root, h('h1', null, 'Dyad trend'), form, body);
  if (!a || !b) {
    mount(body, h('p', { class: 'muted' }, 'Pick two actors or countries (CAMEO codes such as USA, CHN, RUSGOV) to see how they treat each other over time.'));
    return () => undefined;
  }
  mount(body, loading(`Loading ${a} ↔ ${b}`));
  try {
    const raw = await fetchDyad(a, b, interval);
    const series = { ...raw, periods: fillPeriods(raw.periods, interval) };
    if (series.periods.length === 0) {
      mount(body, h('p', { class: 'empty' }, `No events between ${a} and ${b}.`));
      return () => undefined;
    }
    const plots: uPlot[] = [];
    const labels = series.periods.map((p) => p.period);
    const total = (dir: 'ab' | 'ba'): number => series.periods.reduce((n, p) => n + p[dir].q1 + p[dir].q2 + p[dir].q3 + p[dir].q4, 0);
    const quadLegend = h('span', { class: 'chart-legend' }, QUADS.map((q) => h('span', null, h('span', { class: 'swatch', style: `background:${q.color}` }), ` ${q.name}`)));
    const chartBox = (title: string, testid: string, legend: Node | null): HTMLElement =>
      h('figure', { class: 'chart', 'data-testid': testid }, h('figcaption', null, h('span', null, title), legend));
    const abBox = chartBox(`${a} → ${b}: ${total('ab')} events by quad class`, 'chart-ab', quadLegend);
    const baBox = chartBox(`${b} → ${a}: ${total('ba')} events by quad class`, 'chart-ba', quadLegend.cloneNode(true));
    const gsBox = chartBox('Net Goldstein score per period (sum; + cooperation, − conflict), both directions', 'chart-goldstein', null);
    mount(body,
      h('p', { class: 'links' }, h('a', { href: link('events', [], new URLSearchParams({ source: a, target: b })) }, `Events ${a} → ${b}`), ' · ',
        h('a', { href: link('events', [], new URLSearchParams({ source: b, target: a })) }, `Events ${b} → ${a}`)),
      h('div', { class: 'charts' }, abBox, baBox, gsBox),
      dyadTable(series));
    const width = (): number => Math.max(320, Math.min(1400, body.clientWidth - 24));
    plots.push(new uPlot(quadOptions(labels, width()), stackData(series, 'ab'), abBox));
    plots.push(new uPlot(quadOptions(labels, width()), stackData(series, 'ba'), baBox));
    plots.push(new uPlot(goldsteinOptions(labels, width(), `${a} → ${b}`, `${b} → ${a}`), [labels.map((_, i) => i), series.periods.map((p) => p.ab.goldstein), series.periods.map((p) => p.ba.goldstein)], gsBox));
    const onResize = (): void => { for (const p of plots) p.setSize({ width: width(), height: p.height }); };
    window.addEventListener('resize', onResize);
    return () => { window.removeEventListener('resize', onResize); for (const p of plots) p.destroy(); };
  } catch (err) {
    mount(body, errorBox(err));
    return () => undefined;
  }
}

/** Cumulative counts so bars drawn tallest-first stack q1 at the bottom to q4 on top. */
function stackData(series: DyadSeries, dir: 'ab' | 'ba'): uPlot.AlignedData {
  const x = series.periods.map((_, i) => i);
  const cum = (p: QuadCounts, upTo: number): number => [p.q1, p.q2, p.q3, p.q4].slice(0, upTo).reduce((s, n) => s + n, 0);
  return [x, ...[4, 3, 2, 1].map((k) => series.periods.map((p) => cum(p[dir], k)))];
}

/** One tick per period, labelled sparsely enough that labels never overlap (~80 px each). */
function xAxis(labels: readonly string[]): uPlot.Axis {
  return {
    splits: () => labels.map((_, i) => i),
    values: (u, splits) => {
      const step = Math.max(1, Math.ceil(labels.length / Math.max(1, u.bbox.width / devicePixelRatio / 80)));
      return splits.map((v) => (Number.isInteger(v) && v % step === 0 ? labels[v] ?? '' : ''));
    },
    gap: 6,
  };
}

function quadOptions(labels: readonly string[], width: number): uPlot.Options {
  const bars = uPlot.paths.bars?.({ size: [0.7, 48] });
  const raw = (u: uPlot, si: number, idx: number | null): string => {
    if (idx === null) return '–';
    const col = u.data[si]?.[idx] ?? 0;
    const below = si < 4 ? u.data[si + 1]?.[idx] ?? 0 : 0;
    return String((col ?? 0) - (below ?? 0));
  };
  return {
    width, height: 200,
    scales: { x: { time: false, range: [-0.5, labels.length - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * 1.1))] } },
    axes: [xAxis(labels), { label: 'events', size: 50 }],
    // The caption carries the quad legend in reading order; uPlot's would list the stack top-down.
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    series: [
      { label: 'period', value: (_u, v) => (v === null ? '–' : labels[v] ?? '') },
      ...[4, 3, 2, 1].map((k, si) => {
        const q = QUADS[k - 1]!;
        return { label: q.short, fill: q.color, stroke: q.color, width: 0, points: { show: false }, ...(bars ? { paths: bars } : {}), value: (u: uPlot, _v: number | null, _s: number, idx: number | null) => raw(u, si + 1, idx) };
      }),
    ],
  };
}

function goldsteinOptions(labels: readonly string[], width: number, abLabel: string, baLabel: string): uPlot.Options {
  return {
    width, height: 200,
    scales: { x: { time: false, range: [-0.5, labels.length - 0.5] }, y: { range: (_u, min, max) => [Math.min(-1, Math.floor(min * 1.1)), Math.max(1, Math.ceil(max * 1.1))] } },
    axes: [xAxis(labels), { label: 'Goldstein', size: 50 }],
    cursor: { drag: { x: false, y: false } },
    series: [
      { label: 'period', value: (_u, v) => (v === null ? '–' : labels[v] ?? '') },
      { label: abLabel, stroke: '#1f6f8b', width: 2, points: { show: true, size: 6 } },
      { label: baLabel, stroke: '#b5542d', width: 2, dash: [6, 4], points: { show: true, size: 6 } },
    ],
  };
}

function dyadTable(series: DyadSeries): HTMLElement {
  const cells = (c: QuadCounts): HTMLElement[] => [c.q1, c.q2, c.q3, c.q4].map((n) => h('td', { class: 'num' }, String(n))).concat(h('td', { class: 'num' }, c.goldstein.toFixed(1)));
  return h('details', { class: 'dyad-table' }, h('summary', null, 'Numbers'),
    h('table', { 'data-testid': 'dyad-table' },
      h('thead', null,
        h('tr', null, h('th', { rowspan: 2 }, 'Period'), h('th', { colspan: 5 }, `${series.a} → ${series.b}`), h('th', { colspan: 5 }, `${series.b} → ${series.a}`)),
        h('tr', null, [0, 1].map(() => [...QUADS.map((q) => h('th', { title: q.name }, `Q${q.quad}`)), h('th', null, 'Goldstein')]))),
      h('tbody', null, series.periods.map((p) => h('tr', null, h('th', { scope: 'row' }, p.period), cells(p.ab), cells(p.ba))))));
}
