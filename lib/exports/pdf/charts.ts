/**
 * Charts as SVG text, drawn on the server from the data alone (no browser, no screenshot): a
 * line chart and a bar chart (stacked or grouped). The PDF kit draws the SVG as vector
 * graphics; every chart is followed in the report by the table of its data.
 */

export interface Series {
  name: string;
  values: readonly number[];
}

export interface ChartData {
  /** One label per point on the x axis. */
  categories: readonly string[];
  series: readonly Series[];
}

const WIDTH = 640;
const PLOT_HEIGHT = 170;
const PLOT = { left: 56, right: 12, top: 14 } as const;
const LEGEND_COLUMNS = 2;
const LEGEND_ROW = 12;
export const PALETTE = [
  "#1f5f99",
  "#d9822b",
  "#2e8b57",
  "#b23a48",
  "#6a4c93",
  "#8c6d1f",
  "#2b9eb3",
  "#7f7f7f",
] as const;

/** Text safe inside SVG/XML: `& < > " '` escaped, control characters dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Round axis ticks from 0 to at least `max` (1, 2 or 5 × 10^n steps), about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) {
    ticks.push(Number(value.toPrecision(12)));
    if (value >= max) break;
  }
  return ticks;
}

/** `12 345` (fr) / `12,345` (en) for axis labels. */
const numberFormats = { fr: new Intl.NumberFormat("fr-FR"), en: new Intl.NumberFormat("en-GB") };
function formatNumber(value: number, locale: "fr" | "en"): string {
  return numberFormats[locale].format(value).replace(/\u202F|\u00A0/g, " ");
}

/** The chart's height in SVG units: the plot, the x labels, then the legend (two columns). */
function chartHeight(data: ChartData): number {
  return PLOT.top + PLOT_HEIGHT + 24 + Math.ceil(data.series.length / LEGEND_COLUMNS) * LEGEND_ROW + 4;
}

function frame(data: ChartData, max: number, locale: "fr" | "en", body: string): string {
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = PLOT_HEIGHT;
  const height = chartHeight(data);
  const bottom = PLOT.top + PLOT_HEIGHT;
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1]!;
  const y = (value: number) => PLOT.top + plotHeight - (value / top) * plotHeight;
  const grid = ticks
    .map(
      (tick) =>
        `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="#dddddd" stroke-width="0.6"/><text x="${PLOT.left - 4}" y="${(y(tick) + 3).toFixed(1)}" font-size="8" text-anchor="end" fill="#444444">${formatNumber(tick, locale)}</text>`,
    )
    .join("");
  const every = Math.max(1, Math.ceil(data.categories.length / 12));
  const band = plotWidth / Math.max(1, data.categories.length);
  const labels = data.categories
    .map((label, i) =>
      i % every === 0
        ? `<text x="${(PLOT.left + band * (i + 0.5)).toFixed(1)}" y="${bottom + 12}" font-size="7.5" text-anchor="middle" fill="#444444">${escapeXml(label)}</text>`
        : "",
    )
    .join("");
  const legend = data.series
    .map((s, i) => {
      const x = PLOT.left + (i % LEGEND_COLUMNS) * 290;
      const row = bottom + 32 + Math.floor(i / LEGEND_COLUMNS) * LEGEND_ROW;
      return `<rect x="${x}" y="${row - 7}" width="9" height="9" fill="${PALETTE[i % PALETTE.length]}"/><text x="${x + 13}" y="${row + 1}" font-size="8" fill="#222222">${escapeXml(s.name.slice(0, 60))}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}">${grid}${body}<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="#444444" stroke-width="0.8"/>${labels}${legend}</svg>`;
}

function scale(data: ChartData, max: number) {
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = PLOT_HEIGHT;
  const top = niceTicks(max).at(-1)!;
  const band = plotWidth / Math.max(1, data.categories.length);
  return {
    band,
    x: (i: number) => PLOT.left + band * (i + 0.5),
    y: (value: number) => PLOT.top + plotHeight - (value / top) * plotHeight,
    height: (value: number) => (value / top) * plotHeight,
  };
}

/** One polyline per series over the categories (e.g. subscribers opted in per purpose over time). */
export function lineChartSvg(data: ChartData, locale: "fr" | "en"): string {
  const max = Math.max(0, ...data.series.flatMap((s) => s.values));
  const { x, y } = scale(data, max);
  const body = data.series
    .map(
      (s, i) =>
        `<polyline fill="none" stroke="${PALETTE[i % PALETTE.length]}" stroke-width="1.6" points="${s.values.map((v, j) => `${x(j).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}"/>`,
    )
    .join("");
  return frame(data, max, locale, body);
}

/** Bars per category: the series stacked on each other, or side by side (`grouped`). */
export function barChartSvg(data: ChartData, locale: "fr" | "en", mode: "stacked" | "grouped"): string {
  const totals = data.categories.map((_, j) => data.series.reduce((sum, s) => sum + (s.values[j] ?? 0), 0));
  const max = mode === "stacked" ? Math.max(0, ...totals) : Math.max(0, ...data.series.flatMap((s) => s.values));
  const { band, x, y, height } = scale(data, max);
  const barWidth = band * 0.7;
  const rects: string[] = [];
  data.categories.forEach((_, j) => {
    let base = 0;
    data.series.forEach((s, i) => {
      const value = s.values[j] ?? 0;
      if (value <= 0) return;
      const width = mode === "stacked" ? barWidth : barWidth / data.series.length;
      const left = x(j) - barWidth / 2 + (mode === "stacked" ? 0 : i * width);
      const top = mode === "stacked" ? y(base + value) : y(value);
      rects.push(
        `<rect x="${left.toFixed(1)}" y="${top.toFixed(1)}" width="${Math.max(0.5, width - 0.5).toFixed(1)}" height="${height(value).toFixed(1)}" fill="${PALETTE[i % PALETTE.length]}"/>`,
      );
      if (mode === "stacked") base += value;
    });
  });
  return frame(data, max, locale, rects.join(""));
}
