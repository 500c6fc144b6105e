// The interactive prompt: reads statements with line editing and history (node:readline), asks
// for continuation lines while the input is incomplete, and prints expression values.

import { createInterface } from 'node:readline';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readFileSync, appendFileSync } from 'node:fs';
import { PyModule } from '../objects/module.js';
import { sysModules, builtinsModuleObject, execCode } from '../vm/import.js';
import { toPyException } from '../vm/exceptions.js';
import { parseModule } from '../parser/index.js';
import { compile } from '../compiler/index.js';
import { PythonSyntaxError } from '../parser/errors.js';
import { handleUncaught } from './main.js';
import { flushStdout, writeStderr } from '../vm/stdio.js';
import { isinstanceOf } from '../vm/ops/protocols.js';
import { E } from '../objects/exceptions.js';
import { TSPY_VERSION } from '../modules/sys.js';

const HISTORY = join(homedir(), '.tspy_history');

/** True when `src` fails only because more lines are needed (as CPython's codeop decides). */
function isIncomplete(src: string): boolean {
  try { parseModule(src, '<stdin>'); } catch (e) {
    if (!(e instanceof PythonSyntaxError)) return false;
    const lastLine = src.split('\n').pop() ?? '';
    if (/was never closed|unterminated triple-quoted|unexpected EOF|expected an indented block/.test(e.msg)) return true;
    if (lastLine.trim() !== '' && src.includes('\n') === false && /:\s*$/.test(src)) return true;
    return false;
  }
  // A compound statement is complete only after a blank line.
  const lines = src.split('\n');
  return lines.length > 1 && lines[lines.length - 1].trim() !== '';
}

export function runRepl(sources: Map<string, string>): number {
  const main = new PyModule('__main__');
  main.ns.setStr('__builtins__', builtinsModuleObject());
  sysModules.setStr('__main__', main);
  const interactive = process.stdin.isTTY === true;
  if (interactive) process.stderr.write(`Python 3.11.0 (tspy ${TSPY_VERSION}) on Node.js ${process.versions.node}\nType "help", "copyright", "credits" or "license" for more information.\n`);
  let history: string[] = [];
  try { history = readFileSync(HISTORY, 'utf8').split('\n').filter(Boolean).reverse().slice(0, 1000); } catch { /* no history yet */ }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive, history, prompt: '>>> ' });
  let buffer: string[] = [];
  let counter = 0;
  let status = 0;
  const prompt = () => { if (interactive) { rl.setPrompt(buffer.length ? '... ' : '>>> '); rl.prompt(); } };
  rl.on('line', (line) => {
    if (interactive && line.trim()) { try { appendFileSync(HISTORY, line + '\n'); } catch { /* read-only home */ } }
    buffer.push(line);
    const src = buffer.join('\n');
    if (src.trim() === '') { buffer = []; prompt(); return; }
    if (isIncomplete(src)) { prompt(); return; }
    buffer = [];
    const filename = `<stdin>`;
    counter++;
    try {
      const code = compile(parseModule(src + '\n', filename), filename, 'single', src);
      execCode(code, main.ns);
    } catch (e) {
      const exc = toPyException(e);
      if (isinstanceOf(exc, E.SystemExit)) { status = handleUncaught(exc); rl.close(); return; }
      handleUncaught(exc);
    }
    flushStdout();
    prompt();
  });
  rl.on('close', () => { flushStdout(); if (interactive) writeStderr('\n'); process.exit(status); });
  prompt();
  return 0;
}
