// How many value-stack items each instruction adds (negative: removes), for the assembler's
// stack-depth pass and the structural tests. `jump` selects the effect on the branch taken.

import { Op } from './opcodes.js';

function popcount4(n: number): number {
  return (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);
}

export function stackEffect(op: Op, arg: number, jump: boolean): number {
  switch (op) {
    case Op.NOP: return 0;
    case Op.POP_TOP: return -1;
    case Op.COPY: return 1;
    case Op.SWAP: return 0;
    case Op.LOAD_CONST: return 1;
    case Op.RETURN_VALUE: return -1;

    case Op.LOAD_FAST: case Op.LOAD_DEREF: case Op.LOAD_CLOSURE: case Op.LOAD_CLASSDEREF:
    case Op.LOAD_NAME: case Op.LOAD_GLOBAL:
      return 1;
    case Op.STORE_FAST: case Op.STORE_DEREF: case Op.STORE_NAME: case Op.STORE_GLOBAL:
      return -1;
    case Op.DELETE_FAST: case Op.DELETE_DEREF: case Op.DELETE_NAME: case Op.DELETE_GLOBAL:
      return 0;
    case Op.LOAD_ATTR: return 0;
    case Op.STORE_ATTR: return -2;
    case Op.DELETE_ATTR: return -1;
    case Op.LOAD_METHOD: return 1;
    case Op.LOAD_BUILD_CLASS: return 1;
    case Op.LOAD_ASSERTION_ERROR: return 1;
    case Op.SETUP_ANNOTATIONS: return 0;

    case Op.BINARY_SUBSCR: return -1;
    case Op.STORE_SUBSCR: return -3;
    case Op.DELETE_SUBSCR: return -2;
    case Op.BUILD_SLICE: return 1 - arg;

    case Op.BINARY_OP: return -1;
    case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT:
      return 0;
    case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP: return -1;

    case Op.JUMP: case Op.JUMP_BACKWARD: return 0;
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: return -1;
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op.GET_ITER: return 0;
    case Op.FOR_ITER: return jump ? -1 : 1;

    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING:
      return 1 - arg;
    case Op.BUILD_MAP: return 1 - 2 * arg;
    case Op.LIST_APPEND: case Op.SET_ADD: return -1;
    case Op.MAP_ADD: return -2;
    case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.DICT_MERGE: return -1;
    case Op.LIST_TO_TUPLE: return 0;
    case Op.UNPACK_SEQUENCE: return arg - 1;
    case Op.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case Op.FORMAT_VALUE: return (arg & 4) ? -1 : 0;

    case Op.CALL: return -arg;
    case Op.CALL_KW: return -arg - 1;
    case Op.CALL_METHOD: return -arg - 1;
    case Op.CALL_METHOD_KW: return -arg - 2;
    case Op.CALL_FUNCTION_EX: return -1 - (arg & 1);
    case Op.MAKE_FUNCTION: return -popcount4(arg);
    case Op.YIELD_VALUE: return 0;
    case Op.GET_YIELD_FROM_ITER: return 0;
    case Op.YIELD_FROM: return -1;

    case Op.RAISE_VARARGS: return -arg;
    case Op.RERAISE: return -1;
    case Op.PUSH_EXC_INFO: return 1;
    case Op.POP_EXCEPT: return -1;
    case Op.CHECK_EXC_MATCH: return 0;
    case Op.BEFORE_WITH: return 1;
    case Op.WITH_EXCEPT_START: return 1;

    case Op.IMPORT_NAME: return -1;
    case Op.IMPORT_FROM: return 1;
    case Op.IMPORT_STAR: return -1;
    case Op.PRINT_EXPR: return -1;
  }
  throw new Error(`stackEffect: unknown opcode ${op}`);
}

/** Instructions after which execution never falls through to the next one. */
export function isTerminator(op: Op): boolean {
  return op === Op.JUMP || op === Op.JUMP_BACKWARD || op === Op.RETURN_VALUE ||
    op === Op.RAISE_VARARGS || op === Op.RERAISE;
}
