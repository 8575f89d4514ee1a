import type { ChartView } from '../shared/protocol.js';

const SVG = 'http://www.w3.org/2000/svg';
const COLORS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];
/** Sheets' default embedded chart size. */
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 371;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Draws a chart spec as Sheets would: the first column as the categories, each next column a series, drawn as
 * bars or as a line (a combo chart mixes them), with a title, a value axis from zero and a legend.
 */
export function chartSvg(chart: ChartView): SVGSVGElement {
  const svg = el('svg', {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`,
  });
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', chart.title || 'Chart');
  svg.append(el('text', { x: 16, y: 24, class: 'title' }, chart.title));
  const [labels, ...series] = chart.columns;
  if (labels === undefined || series.length === 0) return svg;
  const plot = { left: 64, right: CHART_WIDTH - 16, top: 64, bottom: CHART_HEIGHT - 48 };
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number'));
  const max = niceMax(Math.max(0, ...numbers));
  const min = Math.min(0, ...numbers);
  const y = (v: number) => plot.bottom - ((v - min) / (max - min || 1)) * (plot.bottom - plot.top);
  const n = labels.values.length;
  const band = (plot.right - plot.left) / Math.max(1, n);
  const x = (i: number) => plot.left + band * (i + 0.5);

  for (let k = 0; k <= 4; k++) {
    const value = min + ((max - min) * k) / 4;
    svg.append(el('line', { x1: plot.left, x2: plot.right, y1: y(value), y2: y(value), stroke: '#e0e0e0' }));
    svg.append(el('text', { x: plot.left - 6, y: y(value) + 4, 'text-anchor': 'end' }, compact(value)));
  }
  const every = Math.ceil(n / 12);
  labels.values.forEach((label, i) => {
    if (i % every === 0) {
      svg.append(el('text', { x: x(i), y: plot.bottom + 16, 'text-anchor': 'middle' }, String(label ?? '')));
    }
  });

  const bars = series.map((_, i) => i).filter((i) => chart.seriesTypes[i] === 'bars');
  const barWidth = (band * 0.7) / Math.max(1, bars.length);
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    if (chart.seriesTypes[i] === 'bars') {
      const slot = bars.indexOf(i);
      s.values.forEach((v, j) => {
        if (typeof v !== 'number') return;
        const top = Math.min(y(v), y(0));
        svg.append(
          el('rect', {
            x: x(j) - (band * 0.7) / 2 + slot * barWidth,
            y: top,
            width: Math.max(1, barWidth - 1),
            height: Math.abs(y(v) - y(0)),
            fill: color,
          }),
        );
      });
    } else {
      const points = s.values
        .map((v, j) => (typeof v === 'number' ? `${x(j).toFixed(1)},${y(v).toFixed(1)}` : null))
        .filter((p) => p !== null);
      svg.append(
        el('polyline', { points: points.join(' '), fill: 'none', stroke: color, 'stroke-width': 2 }),
      );
    }
    // Legend, top right.
    const lx = plot.left + i * 160;
    svg.append(el('rect', { x: lx, y: 38, width: 12, height: 12, fill: color }));
    svg.append(el('text', { x: lx + 18, y: 48 }, s.header));
  });
  return svg;
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

function compact(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${+(value / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `${+(value / 1e3).toFixed(1)}K`;
  return String(+value.toFixed(2));
}
