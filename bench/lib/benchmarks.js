// The benchmark list: each script in bench/, its size argument for --quick, default and --full
// runs, and the hand-written JavaScript twin in bench/js/ where there is one.
// Default sizes keep one CPython run around 0.5–2 s; `full` is the size the JIT issue quotes.

export const BENCHMARKS = [
  { name: 'fib', sizes: { quick: 25, default: 30, full: 35 }, js: true,
    note: 'recursive fib(N); issue figures: fib(35), JS 0.09 s' },
  { name: 'int_loop', sizes: { quick: 200000, default: 2000000 },
    note: 'while/for loops over small ints' },
  { name: 'float_loop', sizes: { quick: 80, default: 300 },
    note: 'Mandelbrot grid N x N + Leibniz series' },
  { name: 'nbody', sizes: { quick: 10000, default: 100000, full: 500000 }, js: true,
    note: 'N steps of the Jovian n-body; issue figures: 500,000 steps, JS 0.09–0.39 s' },
  { name: 'spectral_norm', sizes: { quick: 60, default: 200, full: 400 }, js: true,
    note: 'N x N spectral norm; issue figures: n=400, JS 0.025 s' },
  { name: 'richards', sizes: { quick: 10, default: 100 },
    note: 'N runs of the Richards scheduler (1000 idle ticks each)' },
  { name: 'fannkuch', sizes: { quick: 7, default: 9 },
    note: 'fannkuch-redux over permutations of 1..N' },
  { name: 'float_bench', sizes: { quick: 10000, default: 150000 },
    note: 'N points: sin/cos, normalize, maximize (3 passes)' },
  { name: 'chaos', sizes: { quick: 20000, default: 200000 },
    note: 'chaos game, N steps per fractal, a Vec object per step' },
  { name: 'dict_str', sizes: { quick: 30000, default: 300000 },
    note: 'word and bigram counts, formatting, joins over N words' },
];

// Not a script: the runner times `<runtime> -c pass` (and `node -e 0` as the JS floor).
export const STARTUP = {
  name: 'startup', note: '`-c pass`: process start to exit; issue target for tspy: < 150 ms',
};

/** The size argument for a benchmark in the given mode ('quick' | 'default' | 'full'). */
export function sizeFor(bench, mode) {
  return bench.sizes[mode] ?? bench.sizes.default;
}
