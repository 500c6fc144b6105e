// A hand-written SVG grouped bar chart: for each benchmark (and the geometric mean), one bar per
// runtime showing its time as a ratio to python3's, on a log scale with python3 = 1 as baseline.
// Run directly to redraw a saved table: node bench/lib/svg.js bench/results/latest.json > out.svg
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const COLORS = { 'tspy-nojit': '#9aa5b1', tspy: '#2f6fdf', pypy3: '#2ca02c', js: '#f28e2b' };
const FALLBACK = ['#8c564b', '#9467bd', '#17becf'];

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (r) => (r >= 10 ? r.toFixed(1) : r >= 0.1 ? r.toFixed(2) : r.toFixed(3));

/**
 * groups: [{ label, sublabel (lines split on \n), bars: { [runtimeId]: { ratio, status } } }]
 * series: [{ id, label }] — the runtimes drawn as bars (python3 is the baseline, not a bar).
 */
export function barChart({ title, subtitle, groups, series }) {
  const ratios = groups.flatMap((g) => series.map((s) => g.bars[s.id]?.ratio)).filter((r) => r > 0);
  const lo = Math.min(0, Math.floor(Math.log10(Math.min(1, ...ratios)) - 0.0001));
  const hi = Math.max(1, Math.ceil(Math.log10(Math.max(1, ...ratios)) + 0.0001));

  const barW = 16, gap = 3, groupPad = 26;
  const groupW = series.length * (barW + gap) - gap + groupPad;
  const left = 70, right = 20, top = 70, plotH = 360, bottom = 80;
  const width = Math.max(640, left + right + groups.length * groupW);
  const height = top + plotH + bottom;
  const y = (r) => top + ((hi - Math.log10(r)) / (hi - lo)) * plotH;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="24" font-size="16" font-weight="bold">${esc(title)}</text>`);
  out.push(`<text x="${left}" y="42" fill="#555">${esc(subtitle)}</text>`);

  // Grid: a line per power of ten, lighter lines at 2x and 5x; python3 (= 1) drawn bold.
  for (let e = lo; e <= hi; e++) {
    for (const m of [1, 2, 5]) {
      const r = m * 10 ** e;
      if (Math.log10(r) > hi + 1e-9) continue;
      const yy = y(r).toFixed(1);
      const major = m === 1;
      out.push(`<line x1="${left}" x2="${width - right}" y1="${yy}" y2="${yy}" stroke="${major ? '#bbb' : '#eee'}"/>`);
      if (major || hi - lo <= 2) {
        out.push(`<text x="${left - 6}" y="${yy}" dy="4" text-anchor="end" fill="#444">${fmt(r)}x</text>`);
      }
    }
  }
  out.push(`<text transform="translate(18 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#444">` +
    `time / python3 time (log scale, lower is faster)</text>`);

  groups.forEach((g, gi) => {
    const x0 = left + groupPad / 2 + gi * groupW;
    series.forEach((s, si) => {
      const bar = g.bars[s.id];
      const x = x0 + si * (barW + gap);
      if (!bar || bar.ratio == null || !(bar.ratio > 0)) {
        if (bar && bar.status && bar.status !== 'absent') {
          out.push(`<text x="${x + barW / 2}" y="${y(1) - 4}" text-anchor="middle" fill="#c00" font-size="10">` +
            `${esc(bar.status === 'timeout' ? 'T' : 'X')}<title>${esc(`${s.label}: ${bar.status}`)}</title></text>`);
        }
        return;
      }
      const y1 = y(Math.max(bar.ratio, 1)), y2 = y(Math.min(bar.ratio, 1));
      const h = Math.max(1, y2 - y1);
      const wrong = bar.status !== 'ok';
      out.push(`<rect x="${x}" y="${y1.toFixed(1)}" width="${barW}" height="${h.toFixed(1)}" ` +
        `fill="${s.color}"${wrong ? ' fill-opacity="0.35" stroke="#c00" stroke-dasharray="3 2"' : ''}>` +
        `<title>${esc(`${g.label} ${s.label}: ${fmt(bar.ratio)}x python3${wrong ? ` (${bar.status})` : ''}`)}</title></rect>`);
      const ly = bar.ratio >= 1 ? y1 - 3 : y2 + 10;
      out.push(`<text x="${x + barW / 2}" y="${ly.toFixed(1)}" text-anchor="middle" font-size="8" fill="#333">${fmt(bar.ratio)}</text>`);
    });
    const cx = x0 + (groupW - groupPad) / 2;
    out.push(`<text x="${cx}" y="${top + plotH + 18}" text-anchor="middle"${g.label === 'geomean' ? ' font-weight="bold"' : ''}>${esc(g.label)}</text>`);
    (g.sublabel ? g.sublabel.split('\n') : []).forEach((text, k) => {
      out.push(`<text x="${cx}" y="${top + plotH + 32 + 12 * k}" text-anchor="middle" fill="#777" font-size="10">${esc(text)}</text>`);
    });
  });
  out.push(`<line x1="${left}" x2="${width - right}" y1="${y(1).toFixed(1)}" y2="${y(1).toFixed(1)}" stroke="#000" stroke-width="1.5"/>`);

  // Legend.
  let lx = left;
  for (const s of series) {
    out.push(`<rect x="${lx}" y="52" width="12" height="12" fill="${s.color}"/>`);
    out.push(`<text x="${lx + 16}" y="62">${esc(s.label)}</text>`);
    lx += 28 + s.label.length * 7;
  }
  out.push(`<line x1="${lx}" x2="${lx + 14}" y1="58" y2="58" stroke="#000" stroke-width="1.5"/>`);
  out.push(`<text x="${lx + 18}" y="62">python3 = 1</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** Colours for the series, stable per runtime id. */
export function seriesColors(series) {
  let k = 0;
  return series.map((s) => ({ ...s, color: COLORS[s.id] ?? FALLBACK[k++ % FALLBACK.length] }));
}

/** The chart of a results table as bench/run.js saves it (latest.json). */
export function resultsChart({ benchmarks: rows, runtimes, geomean: means, ...meta }) {
  const series = seriesColors(runtimes.filter((rt) => rt.id !== 'python3').map((rt) => ({ id: rt.id, label: rt.label })));
  const groups = rows.map((r) => ({
    label: r.name,
    sublabel: r.name === 'startup' ? '-c pass' : `n=${r.size}`,
    bars: Object.fromEntries(series.map((s) => [s.id, r.cells[s.id]])),
  }));
  const total = rows.filter((r) => r.name !== 'startup').length;
  const partial = series.filter((s) => means[s.id]?.count && means[s.id].count < total);
  groups.push({
    label: 'geomean',
    sublabel: ['excl. startup', ...partial.map((s) => `${s.label}: of ${means[s.id].count}`)].join('\n'),
    bars: Object.fromEntries(series.map((s) => [s.id, { ratio: means[s.id]?.value, status: 'ok' }])),
  });
  return barChart({
    title: 'tspy benchmarks: time relative to CPython',
    subtitle: `${meta.date.slice(0, 16).replace('T', ' ')} UTC, ${meta.mode} sizes, median of ${meta.runs} run(s), ` +
      `${meta.host.cpus} cores, load ${meta.host.loadStart}; ${meta.versions.python3.replace(/ \(.*\)$/, '')}, node ${meta.versions.node}`,
    groups, series,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(resultsChart(JSON.parse(readFileSync(process.argv[2], 'utf8'))));
}
