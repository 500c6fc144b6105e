// Puts tspy's AST and CPython's (as dumped by test/tools/pyast_json.py) in one JSON shape so they
// can be deep-compared: bigints and floats as CPython writes them, bytes as number lists.

/** tspy AST -> plain JSON values. */
export function normaliseOurs(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return [...v];
  if (Array.isArray(v)) return v.map(normaliseOurs);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = normaliseOurs(x);
    return o;
  }
  return v;
}

const pyFloat = (s: string): number => Number(s.replace('inf', 'Infinity'));

/** pyast_json output -> the same shape (CPython's 0/1 flags as booleans, floats as numbers). */
export function normaliseCPython(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normaliseCPython);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k !== 'type_ignores') o[k] = normaliseCPython(x);
    }
    if (o.kind === 'Constant') {
      const c = o.value as { t: string; v?: unknown; imag?: unknown };
      if (c.t === 'float') c.v = pyFloat(c.v as string);
      if (c.t === 'complex') c.imag = pyFloat(c.imag as string);
    }
    if (o.kind === 'comprehension') o.is_async = Boolean(o.is_async);
    if (o.kind === 'AnnAssign') o.simple = Boolean(o.simple);
    if (o.kind === 'arguments') delete o.kind; // tspy's `arguments` has no kind tag
    return o;
  }
  return v;
}
