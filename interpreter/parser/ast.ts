// The typed Python AST: the contract between the parser and the compiler.
// Node kinds and field names mirror CPython 3.11's `ast` module (Python.asdl), so CPython's
// documentation is the reference for what each field holds.

/** A literal value as it appears in source (and, with tuples/code, in a code object's constants). */
export type ConstValue =
  | { t: 'None' }
  | { t: 'Ellipsis' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'complex'; imag: number }
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: Uint8Array };

export interface Pos {
  lineno: number; // 1-based
  col_offset: number; // 0-based, in characters
  end_lineno: number;
  end_col_offset: number;
}

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface Module { kind: 'Module'; body: Stmt[] }
/** Used for `eval()` input and the REPL's expression statements. */
export interface Expression { kind: 'Expression'; body: Expr }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

export interface arguments {
  posonlyargs: arg[];
  args: arg[];
  vararg: arg | null;
  kwonlyargs: arg[];
  kw_defaults: (Expr | null)[]; // one per kwonlyarg; null = required
  kwarg: arg | null;
  defaults: Expr[]; // for the last len(defaults) of posonlyargs+args
}
export interface arg extends Pos { kind: 'arg'; arg: string; annotation: Expr | null }
export interface keyword extends Pos { kind: 'keyword'; arg: string | null; value: Expr } // arg null = **value
export interface alias extends Pos { kind: 'alias'; name: string; asname: string | null } // name may be dotted
export interface withitem { kind: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface ExceptHandler extends Pos { kind: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
export interface comprehension { kind: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: boolean }

export interface FunctionDef extends Pos {
  kind: 'FunctionDef'; name: string; args: arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null;
}
export interface ClassDef extends Pos {
  kind: 'ClassDef'; name: string; bases: Expr[]; keywords: keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr } // a = b = c: targets [a, b]
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Expr; op: OperatorKind; value: Expr }
export interface AnnAssign extends Pos { kind: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: boolean }
export interface For extends Pos { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] } // elif = nested If in orelse
export interface With extends Pos { kind: 'With'; items: withitem[]; body: Stmt[] }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { kind: 'Import'; names: alias[] }
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string | null; names: alias[]; level: number }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr
  | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

export interface BoolOp extends Pos { kind: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { kind: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: arguments; body: Expr }
export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
export interface Dict extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] } // key null = **value
export interface SetExpr extends Pos { kind: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { kind: 'ListComp'; elt: Expr; generators: comprehension[] }
export interface SetComp extends Pos { kind: 'SetComp'; elt: Expr; generators: comprehension[] }
export interface DictComp extends Pos { kind: 'DictComp'; key: Expr; value: Expr; generators: comprehension[] }
export interface GeneratorExp extends Pos { kind: 'GeneratorExp'; elt: Expr; generators: comprehension[] }
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: keyword[] } // *x in args is Starred
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (as CPython). format_spec is a JoinedStr or null. */
export interface FormattedValue extends Pos { kind: 'FormattedValue'; value: Expr; conversion: number; format_spec: Expr | null }
export interface JoinedStr extends Pos { kind: 'JoinedStr'; values: Expr[] } // Constant(str) and FormattedValue parts
export interface Constant extends Pos { kind: 'Constant'; value: ConstValue }
export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
