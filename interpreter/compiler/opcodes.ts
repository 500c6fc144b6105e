// The bytecode instruction set: the contract between the compiler, the VM and the JIT recorder.
// Modelled on CPython 3.11 (exception table, PUSH_EXC_INFO, BINARY_OP numbering) with the call
// sequence simplified. Every instruction is two ints in CodeObject.code: opcode, argument.
// Stack effects are written [before] -> [after], top of stack rightmost; NULL is a JS `null` slot.

export const enum Op {
  NOP = 0,
  POP_TOP, //               [a] -> []
  COPY, //        n         [.., a(n-th from top, 1 = top)] -> [.., a, .., a]
  SWAP, //        n         swap top with the n-th item from the top (n >= 2)
  LOAD_CONST, //  k         [] -> [consts[k]]
  RETURN_VALUE, //          [v] -> return v from the frame

  // --- names ---
  LOAD_FAST, //   i         [] -> [locals[i]]; unbound: UnboundLocalError
  STORE_FAST, //  i         [v] -> []
  DELETE_FAST, // i
  LOAD_DEREF, //  i         [] -> [cells[i].contents]; cells = cellvars ++ freevars
  STORE_DEREF, // i         [v] -> []
  DELETE_DEREF, // i
  LOAD_CLOSURE, // i        [] -> [cells[i]] (the cell object itself, to build a closure tuple)
  LOAD_CLASSDEREF, // i     class bodies: frame's locals dict first (key freevar name), then the cell
  LOAD_NAME, //   n         [] -> [value]: locals dict, then globals, then builtins; NameError
  STORE_NAME, //  n         [v] -> []  into the locals dict
  DELETE_NAME, // n
  LOAD_GLOBAL, // n         [] -> [value]: globals, then builtins
  STORE_GLOBAL, // n
  DELETE_GLOBAL, // n
  LOAD_ATTR, //   n         [obj] -> [obj.name]
  STORE_ATTR, //  n         [value, obj] -> []
  DELETE_ATTR, // n         [obj] -> []
  LOAD_METHOD, // n         [obj] -> [func, obj] when obj.name is a plain method found on the type
  //                        (an unbound function that would bind to obj), else [obj.name, NULL]
  LOAD_BUILD_CLASS, //      [] -> [builtins.__build_class__]
  LOAD_ASSERTION_ERROR, //  [] -> [AssertionError]
  SETUP_ANNOTATIONS, //     ensure '__annotations__' exists in the locals dict

  // --- subscripts ---
  BINARY_SUBSCR, //         [obj, key] -> [obj[key]]
  STORE_SUBSCR, //          [value, obj, key] -> []
  DELETE_SUBSCR, //         [obj, key] -> []
  BUILD_SLICE, // n (2|3)   [start, stop(, step)] -> [slice]

  // --- operators ---
  BINARY_OP, //   op        [a, b] -> [a op b]; op is a BinaryOp value (inplace variants included)
  UNARY_POSITIVE, //        [a] -> [+a]
  UNARY_NEGATIVE, //        [a] -> [-a]
  UNARY_NOT, //             [a] -> [not a]
  UNARY_INVERT, //          [a] -> [~a]
  COMPARE_OP, //  op        [a, b] -> [a op b]; op is a CompareOp value
  IS_OP, //       invert    [a, b] -> [a is b] (or `is not` when invert = 1)
  CONTAINS_OP, // invert    [a, b] -> [a in b] (or `not in` when invert = 1)

  // --- control flow (targets are instruction indices) ---
  JUMP, //        target    unconditional, any direction except a loop's back edge
  JUMP_BACKWARD, // target  a loop's back edge; target is the loop header (hot-loop counter site)
  POP_JUMP_IF_FALSE, // t   [v] -> []
  POP_JUMP_IF_TRUE, //  t   [v] -> []
  JUMP_IF_FALSE_OR_POP, // t  [v] -> [v] and jump if falsy, else [] and fall through
  JUMP_IF_TRUE_OR_POP, //  t  [v] -> [v] and jump if truthy, else [] and fall through
  GET_ITER, //              [obj] -> [iter(obj)]
  FOR_ITER, //    target    [it] -> [it, next(it)]; exhausted: [] and jump to target

  // --- building ---
  BUILD_TUPLE, // n         [a1..an] -> [tuple]
  BUILD_LIST, //  n
  BUILD_SET, //   n
  BUILD_MAP, //   n         [k1, v1, .., kn, vn] -> [dict]
  BUILD_STRING, // n        [s1..sn] -> [s1 + .. + sn] (all str)
  LIST_APPEND, // i         [.., list(at depth i, counted after popping v), .., v] -> list.append(v)
  SET_ADD, //     i         as LIST_APPEND, for sets
  MAP_ADD, //     i         [.., dict, .., k, v] -> dict[k] = v (dict at depth i after popping k, v)
  LIST_EXTEND, // i         [.., list, .., iterable] -> list.extend(iterable)
  SET_UPDATE, //  i
  DICT_UPDATE, // i         [.., dict, .., mapping] -> dict.update(mapping) (dict displays: {**m})
  DICT_MERGE, //  i         as DICT_UPDATE but duplicate keys raise TypeError (f(**a, **b))
  LIST_TO_TUPLE, //         [list] -> [tuple]
  UNPACK_SEQUENCE, // n     [seq] -> [xn .. x1] (x1 on top)
  UNPACK_EX, //   before | (after << 8)   starred unpacking; the starred part is a list
  FORMAT_VALUE, // flags    (flags & 3): 0 none, 1 str, 2 repr, 3 ascii; flags & 4: [v, spec] else [v]

  // --- calls and functions ---
  CALL, //        argc      [callable, a1..an] -> [result]
  CALL_KW, //     argc      [callable, a1..an, kwnames] -> [result]; kwnames is a tuple of str and
  //                        the last len(kwnames) of the argc arguments are the keyword values
  CALL_METHOD, // argc      [func, selfOrNull, a1..an] -> [result]: calls func(self, a1..an) or
  //                        func(a1..an) when the slot is NULL (see LOAD_METHOD)
  CALL_METHOD_KW, // argc   [func, selfOrNull, a1..an, kwnames] -> [result]
  CALL_FUNCTION_EX, // flags [callable, argsTuple(, kwargsDict if flags & 1)] -> [result]; for a
  //                        call `f(*x)` alone, x itself is passed (any iterable; the VM makes a tuple)
  MAKE_FUNCTION, // flags   [defaults tuple if 1][kwdefaults dict if 2][annotations dict if 4]
  //                        [closure tuple of cells if 8][code] -> [function]
  YIELD_VALUE, //           [v] -> suspends yielding v; on resume [] -> [sent value]
  GET_YIELD_FROM_ITER, //   [obj] -> [iter(obj)] (a generator is kept as is)
  YIELD_FROM, //            [it, v] -> sends v into it: if it yields y, the frame suspends yielding y
  //                        and re-executes YIELD_FROM on resume with [it, sent]; when it returns r:
  //                        [r]

  // --- exceptions (see CodeObject.exceptionTable) ---
  RAISE_VARARGS, // n       0: re-raise the exception being handled; 1: [exc]; 2: [exc, cause]
  RERAISE, //               [exc] -> raise exc again, traceback unchanged
  PUSH_EXC_INFO, //         [exc] -> [prevHandled, exc] and exc becomes the exception being handled
  POP_EXCEPT, //            [prevHandled] -> [] and prevHandled becomes the exception being handled
  CHECK_EXC_MATCH, //       [exc, type] -> [exc, isinstance(exc, type)] (type may be a tuple)
  BEFORE_WITH, //           [mgr] -> [bound mgr.__exit__, mgr.__enter__()]
  WITH_EXCEPT_START, //     [exit, prevHandled, exc] -> [exit, prevHandled, exc, exit(type(exc), exc, tb)]

  // --- imports ---
  IMPORT_NAME, // n         [level, fromlist] -> [module]
  IMPORT_FROM, // n         [module] -> [module, module.name] (ImportError if missing)
  IMPORT_STAR, //           [module] -> [] (names into the locals dict)

  PRINT_EXPR, //            [v] -> [] (REPL: print repr(v) unless None, and set builtins._)
}

/** BINARY_OP arguments, CPython 3.11's NB_* numbering; INPLACE_* = the plain value + 13. */
export const enum BinaryOp {
  ADD = 0, AND, FLOOR_DIVIDE, LSHIFT, MATRIX_MULTIPLY, MULTIPLY, REMAINDER, OR, POWER, RSHIFT,
  SUBTRACT, TRUE_DIVIDE, XOR,
  INPLACE_ADD, INPLACE_AND, INPLACE_FLOOR_DIVIDE, INPLACE_LSHIFT, INPLACE_MATRIX_MULTIPLY,
  INPLACE_MULTIPLY, INPLACE_REMAINDER, INPLACE_OR, INPLACE_POWER, INPLACE_RSHIFT, INPLACE_SUBTRACT,
  INPLACE_TRUE_DIVIDE, INPLACE_XOR,
}
export const INPLACE_OFFSET = 13;

/** COMPARE_OP arguments. */
export const enum CompareOp { LT = 0, LE, EQ, NE, GT, GE }

/** The names `dis` prints; indexed by Op. Kept in step with the enum above. */
export const OP_NAMES: readonly string[] = [
  'NOP', 'POP_TOP', 'COPY', 'SWAP', 'LOAD_CONST', 'RETURN_VALUE',
  'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF',
  'LOAD_CLOSURE', 'LOAD_CLASSDEREF', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL',
  'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD',
  'LOAD_BUILD_CLASS', 'LOAD_ASSERTION_ERROR', 'SETUP_ANNOTATIONS',
  'BINARY_SUBSCR', 'STORE_SUBSCR', 'DELETE_SUBSCR', 'BUILD_SLICE',
  'BINARY_OP', 'UNARY_POSITIVE', 'UNARY_NEGATIVE', 'UNARY_NOT', 'UNARY_INVERT', 'COMPARE_OP',
  'IS_OP', 'CONTAINS_OP',
  'JUMP', 'JUMP_BACKWARD', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'JUMP_IF_FALSE_OR_POP',
  'JUMP_IF_TRUE_OR_POP', 'GET_ITER', 'FOR_ITER',
  'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET', 'BUILD_MAP', 'BUILD_STRING', 'LIST_APPEND', 'SET_ADD',
  'MAP_ADD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE', 'LIST_TO_TUPLE',
  'UNPACK_SEQUENCE', 'UNPACK_EX', 'FORMAT_VALUE',
  'CALL', 'CALL_KW', 'CALL_METHOD', 'CALL_METHOD_KW', 'CALL_FUNCTION_EX', 'MAKE_FUNCTION',
  'YIELD_VALUE', 'GET_YIELD_FROM_ITER', 'YIELD_FROM',
  'RAISE_VARARGS', 'RERAISE', 'PUSH_EXC_INFO', 'POP_EXCEPT', 'CHECK_EXC_MATCH', 'BEFORE_WITH',
  'WITH_EXCEPT_START',
  'IMPORT_NAME', 'IMPORT_FROM', 'IMPORT_STAR',
  'PRINT_EXPR',
];

/** Instructions whose argument is a jump target. */
export function isJump(op: Op): boolean {
  return op === Op.JUMP || op === Op.JUMP_BACKWARD || op === Op.POP_JUMP_IF_FALSE ||
    op === Op.POP_JUMP_IF_TRUE || op === Op.JUMP_IF_FALSE_OR_POP ||
    op === Op.JUMP_IF_TRUE_OR_POP || op === Op.FOR_ITER;
}
