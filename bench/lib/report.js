// Turning measured results into the side-by-side text table (seconds and ratio to python3 per
// runtime, geometric mean per runtime) that the runner prints.
import { geomean } from './measure.js';

/** Per runtime: geometric mean of the ratios to python3 over the benchmarks it ran correctly. */
export function geomeans(rows, runtimes) {
  const out = {};
  for (const rt of runtimes) {
    const ratios = rows
      .filter((r) => r.name !== 'startup')
      .map((r) => r.cells[rt.id])
      .filter((c) => c && c.status === 'ok' && c.ratio != null)
      .map((c) => c.ratio);
    out[rt.id] = { value: geomean(ratios), count: ratios.length };
  }
  return out;
}

export function formatSeconds(s) {
  if (s == null) return '';
  if (s < 1) return `${s.toFixed(3)}s`;
  if (s < 100) return `${s.toFixed(2)}s`;
  return `${s.toFixed(0)}s`;
}

export function formatRatio(r) {
  if (r == null) return '';
  if (r < 0.1) return `${r.toFixed(3)}x`;
  if (r < 10) return `${r.toFixed(2)}x`;
  return `${r.toFixed(1)}x`;
}

function cellText(cell) {
  if (!cell || cell.status === 'absent') return '-';
  if (cell.status === 'timeout') return 'TIMEOUT';
  if (cell.status === 'fail') return 'FAIL';
  const t = formatSeconds(cell.median);
  const mark = cell.status === 'diff' ? ' WRONG' : '';
  return cell.ratio == null ? `${t}${mark}` : `${t} ${formatRatio(cell.ratio)}${mark}`;
}

/** The table as lines of text: one row per benchmark, then the geometric means. */
export function formatTable(rows, runtimes, means) {
  const header = ['benchmark', 'size', ...runtimes.map((rt) => rt.label)];
  const body = rows.map((r) => [r.name, String(r.size), ...runtimes.map((rt) => cellText(r.cells[rt.id]))]);
  const total = rows.filter((r) => r.name !== 'startup').length;
  body.push([
    'geomean', `(of ${total})`,
    ...runtimes.map((rt) => {
      const g = means[rt.id];
      if (!g || g.value == null) return '-';
      return g.count === total ? formatRatio(g.value) : `${formatRatio(g.value)} (${g.count})`;
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...body.slice(0, -1).map(line), rule, line(body[body.length - 1])];
}
