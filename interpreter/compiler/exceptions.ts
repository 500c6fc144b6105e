// try/except/else/finally and with, laid out as CPython 3.11 does with an exception table, and
// the unwinding that return/break/continue emit inline when they leave such blocks (finally
// bodies copied in place, __exit__(None, None, None) called, handled exceptions popped).
//
// Stack shapes (no `lasti` slot, unlike CPython): an except/finally handler starts with [.., exc];
// PUSH_EXC_INFO makes it [.., prev, exc]; the cleanup handler that restores `prev` on an escaping
// exception is entered with [.., prev, exc2] and runs COPY 2; POP_EXCEPT; RERAISE.
// A `with` keeps [.., exit] under its body; its handler is entered with [.., exit, exc].

import type * as A from '../parser/ast.js';
import { Op } from './opcodes.js';
import { Label } from './assembler.js';
import type { Compiler, FBlock } from './compiler.js';
import { compileExpr } from './expressions.js';
import { compileStmts } from './statements.js';

export function compileTry(c: Compiler, s: A.Try): void {
  if (s.finalbody.length) compileTryFinally(c, s);
  else compileTryExcept(c, s);
}

/** Restores the previous handled exception and re-raises the one on top of the stack. */
function popExceptAndReraise(c: Compiler): void {
  c.emit(Op.COPY, 2);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE);
}

function compileTryFinally(c: Compiler, s: A.Try): void {
  const b = c.u.b;
  const exit = new Label();
  const body = b.pushHandler(new Label());
  c.u.fblocks.push({ type: 'finally_try', body: s.finalbody });
  if (s.handlers.length) compileTryExcept(c, s);
  else compileStmts(c, s.body);
  b.popHandler();
  c.u.fblocks.pop();
  compileStmts(c, s.finalbody);
  c.jump(Op.JUMP, exit);

  // The exceptional path: run the finally body with the exception handled, then re-raise it.
  b.bindHandler(body);
  c.setLoc(s);
  const cleanup = b.pushHandler(new Label());
  c.emit(Op.PUSH_EXC_INFO);
  c.u.fblocks.push({ type: 'finally_end' });
  compileStmts(c, s.finalbody);
  c.u.fblocks.pop();
  c.emit(Op.RERAISE);
  b.bindHandler(cleanup);
  popExceptAndReraise(c);
  c.bind(exit);
}

function compileTryExcept(c: Compiler, s: A.Try): void {
  const b = c.u.b;
  const end = new Label();
  const tryBody = b.pushHandler(new Label());
  c.u.fblocks.push({ type: 'try_except' });
  compileStmts(c, s.body);
  c.u.fblocks.pop();
  b.popHandler();
  compileStmts(c, s.orelse);
  c.jump(Op.JUMP, end);

  // Handlers: [exc] -> PUSH_EXC_INFO -> [prev, exc]; each clause tests the type in turn.
  b.bindHandler(tryBody);
  c.setLoc(s);
  const cleanup = b.pushHandler(new Label());
  c.emit(Op.PUSH_EXC_INFO);
  c.u.fblocks.push({ type: 'exception_handler' });
  const n = s.handlers.length;
  s.handlers.forEach((h, i) => {
    c.setLoc(h);
    if (!h.type && i < n - 1) c.error("default 'except:' must be last", h);
    const next = new Label();
    if (h.type) {
      compileExpr(c, h.type);
      c.emit(Op.CHECK_EXC_MATCH);
      c.jump(Op.POP_JUMP_IF_FALSE, next);
    }
    if (h.name !== null) {
      // except E as name: the body runs under a handler that clears `name` (name = None; del
      // name) whichever way it is left.
      c.nameOp(h.name, 'Store', h);
      const named = b.pushHandler(new Label());
      c.u.fblocks.push({ type: 'handler_cleanup', name: h.name });
      compileStmts(c, h.body);
      c.u.fblocks.pop();
      c.setLoc(h);
      const active = b.handlers.slice();
      b.popHandler();
      b.popHandler();
      c.emit(Op.POP_EXCEPT);
      clearName(c, h.name);
      c.jump(Op.JUMP, end);
      b.handlers = active;

      b.bindHandler(named);
      clearName(c, h.name);
      c.emit(Op.RERAISE);
    } else {
      c.emit(Op.POP_TOP);
      c.u.fblocks.push({ type: 'handler_cleanup', name: null });
      compileStmts(c, h.body);
      c.u.fblocks.pop();
      c.setLoc(h);
      const active = b.handlers.slice();
      b.popHandler();
      c.emit(Op.POP_EXCEPT);
      c.jump(Op.JUMP, end);
      b.handlers = active;
    }
    c.bind(next);
  });
  c.u.fblocks.pop();
  // No clause matched: re-raise (through the cleanup handler, which restores `prev`).
  c.setLoc(s);
  c.emit(Op.RERAISE);
  b.bindHandler(cleanup);
  popExceptAndReraise(c);
  c.bind(end);
}

function clearName(c: Compiler, name: string): void {
  c.loadNone();
  c.nameOp(name, 'Store');
  c.nameOp(name, 'Del');
}

/** `with a as x, b as y:` is compiled as two nested with statements. */
export function compileWith(c: Compiler, s: A.With, pos: number): void {
  const b = c.u.b;
  const item = s.items[pos]!;
  const exit = new Label();
  compileExpr(c, item.context_expr);
  c.setLoc(s);
  c.emit(Op.BEFORE_WITH); // [exit, enter()]
  // The handler keeps [exit] (the __enter__ result is consumed by then).
  const handler = b.pushHandler(new Label(), -1);
  c.u.fblocks.push({ type: 'with', node: s });
  if (item.optional_vars) compileExpr(c, item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (pos + 1 === s.items.length) compileStmts(c, s.body);
  else compileWith(c, s, pos + 1);
  c.setLoc(s);
  b.popHandler();
  c.u.fblocks.pop();
  callExitWithNones(c);
  c.emit(Op.POP_TOP);
  c.jump(Op.JUMP, exit);

  // Exceptional exit: [exit, exc] -> [exit, prev, exc] -> exit(type, exc, tb) decides.
  b.bindHandler(handler);
  const cleanup = b.pushHandler(new Label());
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  const suppress = new Label();
  c.jump(Op.POP_JUMP_IF_TRUE, suppress);
  c.emit(Op.RERAISE);
  const active = b.handlers.slice();
  b.bindHandler(cleanup);
  popExceptAndReraise(c);
  b.handlers = active;
  c.bind(suppress);
  c.emit(Op.POP_TOP); // exc
  b.popHandler();
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP); // exit
  c.bind(exit);
}

function callExitWithNones(c: Compiler): void {
  c.loadNone();
  c.loadNone();
  c.loadNone();
  c.emit(Op.CALL, 3);
}

/**
 * Emits what leaving the innermost blocks requires, up to (not including) the innermost loop when
 * `toLoop`; returns that loop. `preserveTos`: a return value is on top of the stack and must stay.
 * The blocks are unwound in place; the caller restores the handler stack after its jump.
 */
export function unwindStack(c: Compiler, preserveTos: boolean, toLoop: boolean): FBlock | null {
  const fblocks = c.u.fblocks;
  const top = fblocks[fblocks.length - 1];
  if (!top) return null;
  if (toLoop && (top.type === 'while' || top.type === 'for')) return top;
  fblocks.pop();
  try {
    unwindBlock(c, top, preserveTos);
    return unwindStack(c, preserveTos, toLoop);
  } finally {
    fblocks.push(top);
  }
}

export function unwindBlock(c: Compiler, block: FBlock, preserveTos: boolean): void {
  const b = c.u.b;
  switch (block.type) {
    case 'while':
    case 'exception_handler':
      return;
    case 'for':
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP); // the iterator
      return;
    case 'try_except':
      b.popHandler();
      return;
    case 'finally_try': {
      b.popHandler();
      if (preserveTos) c.u.fblocks.push({ type: 'pop_value' });
      const saved = c.loc;
      compileStmts(c, block.body);
      c.loc = saved;
      if (preserveTos) c.u.fblocks.pop();
      return;
    }
    case 'finally_end':
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP); // the exception
      if (preserveTos) c.emit(Op.SWAP, 2);
      b.popHandler();
      c.emit(Op.POP_EXCEPT);
      return;
    case 'with': {
      const saved = c.loc;
      c.setLoc(block.node);
      b.popHandler();
      if (preserveTos) c.emit(Op.SWAP, 2);
      callExitWithNones(c);
      c.emit(Op.POP_TOP);
      c.loc = saved;
      return;
    }
    case 'handler_cleanup':
      if (block.name !== null) b.popHandler();
      if (preserveTos) c.emit(Op.SWAP, 2);
      b.popHandler();
      c.emit(Op.POP_EXCEPT);
      if (block.name !== null) clearName(c, block.name);
      return;
    case 'pop_value':
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
  }
}
