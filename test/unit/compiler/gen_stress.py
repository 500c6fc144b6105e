# Writes JSON lines (source, CPython AST in tspy shape, code-object metadata) for the files
# matching a glob, for stress.test.ts: python3 test/unit/compiler/gen_stress.py "/usr/lib/python3.11/*.py" > F
import ast, json, sys, types, glob
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from pyast_json import conv
def codes(co, out):
    out.append({'name': co.co_name, 'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno,
        'argcount': co.co_argcount, 'posonlyargcount': co.co_posonlyargcount,
        'kwonlyargcount': co.co_kwonlyargcount, 'flags': co.co_flags & 0x3f,
        'varnames': list(co.co_varnames), 'cellvars': list(co.co_cellvars),
        'freevars': list(co.co_freevars), 'names': list(co.co_names)})
    for k in co.co_consts:
        if isinstance(k, types.CodeType): codes(k, out)
    return out
UNSUPPORTED = (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Await, ast.Match, ast.TryStar)
files = sorted(glob.glob(sys.argv[1]))
for f in files:
    try:
        src = open(f, encoding='utf-8').read()
        tree = ast.parse(src)
        # Skip syntax outside tspy's AST (async, match, except*).
        if any(isinstance(n, UNSUPPORTED) for n in ast.walk(tree)): continue
        co = compile(src, f, 'exec')
    except Exception as e:
        continue
    print(json.dumps({'file': f, 'source': src, 'ast': conv(tree), 'codes': codes(co, [])}))
