import { describe, expect, it } from 'vitest';
import { parse, compile, pipeline } from './helpers.js';
// @ts-ignore
import { parseJitLogSpec, JitLog } from '../../../dist/jit/log.js';

describe('jit log', () => {
  it('parses TSPY_JITLOG', () => {
    expect(parseJitLogSpec(undefined)).toBe(null);
    const c = parseJitLogSpec('jit-log-opt,jit-summary:/tmp/x.log');
    expect([...c.categories]).toEqual(['jit-log-opt', 'jit-summary']);
    expect(c.file).toBe('/tmp/x.log');
    expect(parseJitLogSpec('jit-summary').file).toBe(null);
    expect(() => parseJitLogSpec('jit-bogus')).toThrow(/unknown category/);
  });

  it('renders IR before and after, the JS, guard counts and the summary', () => {
    const log = new JitLog({ categories: new Set(['jit-log-opt', 'jit-summary']), file: null });
    const t = parse(`[i0, i1]
b2 = int_lt(i0, i1)
guard_true(b2) [f@1: i0, i1 |]
i3 = int_add_ovf(i0, 1)
guard_no_overflow() [f@2: i0, i1 |]
jump(i3, i1)
`);
    const before = log.text(t);
    const opt = pipeline.optimizeLoop(t);
    const loop = compile(opt);
    log.compiled('loop', 'f:1 loop at pc 1', before, opt, loop, 0.5);
    loop.run([0, 10]);
    log.abort('trace too long');
    const out = log.render();
    expect(out).toContain('[jit-log-opt-loop] #1 f:1 loop at pc 1');
    expect(out).toContain('int_add_ovf(i0, 1)');
    expect(out).toContain('label(');
    expect(out).toContain('loop: for (;;)');
    expect(out).toMatch(/#1 exit \d+ guard_true at f:1@1: 1/);
    expect(out).toContain('loops: 1');
    expect(out).toContain('trace too long: 1');
  });
});
