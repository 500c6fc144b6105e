// `--jit` option parsing: 'off', or comma-separated name=value settings with PyPy's names.

export const jitOptions = {
  enabled: true,
  threshold: 1039, // loop iterations before a loop is traced
  function_threshold: 1619, // calls before a function is traced from its entry
  trace_limit: 6000, // maximum trace length (IR operations)
  stats: false,
};

export function parseJitOptions(spec: string): string | null {
  if (spec === 'off') { jitOptions.enabled = false; return null; }
  if (spec === 'on') { jitOptions.enabled = true; return null; }
  for (const part of spec.split(',')) {
    const [name, value] = part.split('=');
    const n = Number(value);
    if (!(name in jitOptions) || name === 'enabled' || name === 'stats' || !Number.isInteger(n) || n < 0) {
      return `invalid --jit option '${part}' (use 'off' or threshold=N,function_threshold=M,trace_limit=K)`;
    }
    (jitOptions as Record<string, number | boolean>)[name] = n;
  }
  return null;
}
