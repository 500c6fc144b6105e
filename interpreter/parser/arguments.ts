// Parameter lists (def and lambda) and call arguments: the grammar matches them as flat lists and
// this module checks their order and builds the AST, with CPython's messages for misplaced items.

import type { arg, arguments as Arguments, Expr, keyword, Pos } from './ast.js';
import { errorAtPos, spanPos } from './context.js';

export type ParamItem =
  | { kind: 'plain'; arg: arg; default: Expr | null; pos: Pos }
  | { kind: 'star'; arg: arg | null; pos: Pos; starPos: Pos }
  | { kind: 'kwargs'; arg: arg; pos: Pos }
  | { kind: 'slash'; pos: Pos };

export function emptyArguments(): Arguments {
  return { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

export function buildParameters(items: ParamItem[]): Arguments {
  const a = emptyArguments();
  let seenSlash = false;
  let seenStar = false;
  let seenDefault = false;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (a.kwarg) throw errorAtPos('arguments cannot follow var-keyword argument', item.pos);
    switch (item.kind) {
      case 'slash':
        if (seenSlash) throw errorAtPos('/ may appear only once', item.pos);
        if (seenStar) throw errorAtPos('/ must be ahead of *', item.pos);
        if (a.args.length === 0) throw errorAtPos('invalid syntax', item.pos);
        a.posonlyargs = a.args;
        a.args = [];
        seenSlash = true;
        break;
      case 'star': {
        if (seenStar) throw errorAtPos('* argument may appear only once', item.starPos);
        seenStar = true;
        a.vararg = item.arg;
        const following = items[k + 1];
        if (!item.arg && (!following || following.kind === 'kwargs')) {
          throw errorAtPos('named arguments must follow bare *', item.starPos);
        }
        break;
      }
      case 'kwargs':
        a.kwarg = item.arg;
        break;
      case 'plain':
        if (seenStar) {
          a.kwonlyargs.push(item.arg);
          a.kw_defaults.push(item.default);
        } else if (item.default) {
          a.defaults.push(item.default);
          seenDefault = true;
          a.args.push(item.arg);
        } else {
          if (seenDefault) throw errorAtPos('non-default argument follows default argument', item.pos);
          a.args.push(item.arg);
        }
        break;
    }
  }
  return a;
}

export type CallItem =
  | { kind: 'positional'; value: Expr }
  | { kind: 'star'; value: Expr } // value is the Starred node
  | { kind: 'keyword'; kw: keyword }
  | { kind: 'dstar'; kw: keyword }
  | { kind: 'genexp'; value: Expr }; // an unparenthesised generator expression

/**
 * Splits call arguments into positional args and keywords. `parens` is the position of the call's
 * parentheses: a lone generator expression argument takes it, as in CPython.
 */
export function buildCallArguments(items: CallItem[], trailingComma: boolean, parens: Pos): { args: Expr[]; keywords: keyword[] } {
  // CPython reports misplaced positional arguments at the token after the arguments: the ')'.
  const closing: Pos = {
    lineno: parens.end_lineno, col_offset: parens.end_col_offset - 1, end_lineno: parens.end_lineno, end_col_offset: parens.end_col_offset,
  };
  const starOf = (e: Expr): Pos => ({ lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.lineno, end_col_offset: e.col_offset + 1 });
  const args: Expr[] = [];
  const keywords: keyword[] = [];
  let seenKeyword = false;
  let seenDstar = false;
  for (const item of items) {
    switch (item.kind) {
      case 'genexp':
        if (items.length > 1 || trailingComma) throw errorAtPos('Generator expression must be parenthesized', item.value);
        Object.assign(item.value, spanPos(parens, parens));
        args.push(item.value);
        break;
      case 'positional':
        if (seenDstar) throw errorAtPos('positional argument follows keyword argument unpacking', closing);
        if (seenKeyword) throw errorAtPos('positional argument follows keyword argument', closing);
        args.push(item.value);
        break;
      case 'star':
        if (seenDstar) throw errorAtPos('iterable argument unpacking follows keyword argument unpacking', starOf(item.value));
        args.push(item.value);
        break;
      case 'keyword':
        seenKeyword = true;
        keywords.push(item.kw);
        break;
      case 'dstar':
        seenDstar = true;
        keywords.push(item.kw);
        break;
    }
  }
  return { args, keywords };
}
