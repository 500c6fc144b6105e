// The JIT's observability (PYPYLOG-style): TSPY_JITLOG=jit-log-opt,jit-summary[:FILE] asks for,
// per trace, the IR before and after optimisation and the emitted JS, guard failure counts at
// exit, and a summary (loops, bridges, aborts by reason, time optimising and compiling).
// Written to FILE (or stderr) when the process exits.

import { appendFileSync } from 'node:fs';
import { Trace } from './ir.js';
import { TracePrinter } from './ir_text.js';
import { CompiledLoop } from './backend/compiled.js';

export type LogCategory = 'jit-log-opt' | 'jit-summary';
const CATEGORIES: readonly string[] = ['jit-log-opt', 'jit-summary'];

export interface JitLogConfig { categories: Set<LogCategory>; file: string | null }

/** Parses TSPY_JITLOG: comma-separated categories, then optionally `:FILE`. Null when off. */
export function parseJitLogSpec(spec: string | undefined): JitLogConfig | null {
  if (spec === undefined || spec.trim() === '') return null;
  const colon = spec.indexOf(':');
  const cats = (colon < 0 ? spec : spec.slice(0, colon)).split(',').map((s) => s.trim()).filter(Boolean);
  const file = colon < 0 ? null : spec.slice(colon + 1) || null;
  const categories = new Set<LogCategory>();
  for (const c of cats) {
    if (c === 'jit' || c === 'jit-log') { CATEGORIES.forEach((x) => categories.add(x as LogCategory)); continue; }
    if (!CATEGORIES.includes(c)) throw new Error(`TSPY_JITLOG: unknown category '${c}' (use ${CATEGORIES.join(', ')})`);
    categories.add(c as LogCategory);
  }
  return { categories, file };
}

/** Names objects in logged IR: types and functions by name, code objects by qualname and line. */
export function describeObject(o: unknown): string {
  if (o === null || typeof o !== 'object' && typeof o !== 'function') return String(o);
  const r = o as { qualname?: unknown; name?: unknown; firstlineno?: unknown; constructor?: { name?: string } };
  if (typeof r.qualname === 'string' && typeof r.firstlineno === 'number') return `${r.qualname}:${r.firstlineno}`;
  if (typeof r.name === 'string' && r.name !== '') return r.name.replace(/[^\w.]/g, '_');
  return (r.constructor?.name ?? 'obj').replace(/[^\w]/g, '_');
}

interface LoggedLoop { id: number; kind: 'loop' | 'bridge'; name: string; loop: CompiledLoop }

export class JitLog {
  private readonly printer = new TracePrinter({ describe: describeObject });
  private readonly sections: string[] = [];
  private readonly loops: LoggedLoop[] = [];
  private readonly aborts = new Map<string, number>();
  private nextId = 1;
  optimizeMs = 0;
  compileMs = 0;
  /** Time spent recording (set by the driver). */
  recordMs = 0;
  bridges = 0;

  constructor(readonly config: JitLogConfig | null) {
    if (config !== null) process.on('exit', () => this.flush());
  }

  static fromEnv(): JitLog { return new JitLog(parseJitLogSpec(process.env.TSPY_JITLOG)); }

  enabled(cat: LogCategory): boolean { return this.config?.categories.has(cat) ?? false; }

  /** Prints a trace now (before optimising: the passes consume it). */
  text(trace: Trace): string { return this.enabled('jit-log-opt') ? this.printer.print(trace) : ''; }

  /** A loop or bridge was optimised (`beforeText` from text()) and compiled. */
  compiled(kind: 'loop' | 'bridge', name: string, beforeText: string, after: Trace, loop: CompiledLoop, optimizeMs: number,
    origin = ''): void {
    this.optimizeMs += optimizeMs;
    this.compileMs += loop.lastCompileMs;
    if (kind === 'bridge') this.bridges++;
    const id = this.nextId++;
    if (kind === 'loop') this.loops.push({ id, kind, name, loop });
    if (!this.enabled('jit-log-opt')) return;
    this.sections.push([
      `[jit-log-opt-${kind}] #${id} ${name}`,
      ...(origin ? ['# Python source and bytecode', origin] : []),
      '# IR before optimisation', beforeText.trimEnd(),
      '# IR after optimisation', this.printer.print(after).trimEnd(),
      '# JS', loop.source,
      `[/jit-log-opt-${kind}]`,
    ].join('\n'));
  }

  abort(reason: string): void { this.aborts.set(reason, (this.aborts.get(reason) ?? 0) + 1); }

  guardCounts(): string {
    const lines = ['[jit-guard-counts]'];
    for (const l of this.loops) {
      for (const e of l.loop.exits) {
        if (e.failCount === 0) continue;
        const where = e.resume?.frames.at(-1);
        const at = where ? ` at ${describeObject(where.code)}@${where.pc}` : '';
        lines.push(`#${l.id} exit ${e.index} ${e.op.name}${at}: ${e.failCount}${e.bridge ? ' (bridged)' : ''}`);
      }
    }
    lines.push('[/jit-guard-counts]');
    return lines.join('\n');
  }

  /** More summary lines ("name: count"), supplied by the driver. */
  counters: () => string[] = () => [];

  summary(): string {
    const aborts = [...this.aborts].map(([r, n]) => `  ${r}: ${n}`);
    const total = [...this.aborts.values()].reduce((a, b) => a + b, 0);
    let guardFailures = 0;
    for (const l of this.loops) for (const e of l.loop.exits) if (e.kind !== 'finish') guardFailures += e.failCount;
    return [
      '[jit-summary]',
      `loops: ${this.loops.length}`,
      `bridges: ${this.bridges}`,
      `aborts: ${total}`, ...aborts,
      `exits taken (guards and raising calls): ${guardFailures}`,
      ...this.counters(),
      `record time: ${this.recordMs.toFixed(3)} ms`,
      `optimise time: ${this.optimizeMs.toFixed(3)} ms`,
      `compile time: ${this.compileMs.toFixed(3)} ms`,
      '[/jit-summary]',
    ].join('\n');
  }

  /** Everything asked for, as text. */
  render(): string {
    const parts: string[] = [];
    if (this.enabled('jit-log-opt')) parts.push(...this.sections, this.guardCounts());
    if (this.enabled('jit-summary')) parts.push(this.summary());
    return parts.length ? parts.join('\n') + '\n' : '';
  }

  flush(): void {
    const text = this.render();
    if (text === '' || this.config === null) return;
    if (this.config.file !== null) appendFileSync(this.config.file, text);
    else process.stderr.write(text);
    this.sections.length = 0;
  }
}

let shared: JitLog | null = null;
/** The process's log, configured from TSPY_JITLOG on first use. */
export function jitLog(): JitLog { return (shared ??= JitLog.fromEnv()); }
