# Dumps CPython's AST of a Python file (or stdin) as JSON in tspy's AST shape
# (interpreter/parser/ast.ts), for parser conformance tests and for testing the compiler alone.
import ast, json, sys

OPS = (ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.expr_context)

def const(v):
    if v is None: return {"t": "None"}
    if v is Ellipsis: return {"t": "Ellipsis"}
    if isinstance(v, bool): return {"t": "bool", "v": v}
    if isinstance(v, int): return {"t": "int", "v": str(v)}  # bigint as a decimal string
    if isinstance(v, float): return {"t": "float", "v": repr(v)}
    if isinstance(v, complex): return {"t": "complex", "imag": repr(v.imag)}
    if isinstance(v, str): return {"t": "str", "v": v}
    if isinstance(v, bytes): return {"t": "bytes", "v": list(v)}
    raise TypeError(type(v))

def conv(node):
    if isinstance(node, list): return [conv(x) for x in node]
    if isinstance(node, OPS): return type(node).__name__
    if not isinstance(node, ast.AST): return node
    kind = type(node).__name__
    out = {"kind": {"Expr": "Expr", "Set": "Set"}.get(kind, kind)}
    for f in node._fields:
        v = getattr(node, f, None)
        if kind == "Constant" and f == "value": out[f] = const(v)
        elif kind == "Constant" and f == "kind": continue
        elif f == "type_comment": continue
        else: out[f] = conv(v)
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if hasattr(node, a): out[a] = getattr(node, a)
    # CPython's columns count UTF-8 bytes; tspy's count characters (code points).
    for line_attr, col_attr in (("lineno", "col_offset"), ("end_lineno", "end_col_offset")):
        if col_attr in out and 0 < out[line_attr] <= len(LINES):
            out[col_attr] = len(LINES[out[line_attr] - 1][:out[col_attr]].decode("utf-8", "replace"))
    return out

LINES = []

if __name__ == "__main__":
    src = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else sys.stdin.read()
    LINES[:] = src.encode("utf-8").splitlines()
    print(json.dumps(conv(ast.parse(src)), indent=None))
