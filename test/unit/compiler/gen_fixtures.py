# Regenerates fixtures.json from CPython 3.11 (run: python3 test/unit/compiler/gen_fixtures.py).
# For each snippets/*.py: CPython's AST in tspy's shape, its symbol tables (symtable module) and
# the metadata of every code object compile() makes; plus compile-time SyntaxErrors. The vitest
# suite reads only the JSON, so tests never need python3.
import ast, glob, json, os, sys, symtable, tempfile, types

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'tools'))
from pyast_json import conv  # noqa: E402

assert sys.version_info[:2] == (3, 11), 'fixtures must come from CPython 3.11'

def table(t):
    syms = {}
    for s in t.get_symbols():
        # The compiler folds __debug__ to a constant before its symbol table; the module does not.
        if s.get_name() == '__debug__': continue
        syms[s.get_name()] = s._Symbol__flags
    return {'type': t.get_type(), 'name': t.get_name(), 'lineno': t.get_lineno(),
            'symbols': syms, 'children': [table(c) for c in t.get_children()]}

def codes(co, out):
    out.append({
        'name': co.co_name, 'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno,
        'argcount': co.co_argcount, 'posonlyargcount': co.co_posonlyargcount,
        'kwonlyargcount': co.co_kwonlyargcount, 'flags': co.co_flags & 0x3f,
        'varnames': list(co.co_varnames), 'cellvars': list(co.co_cellvars),
        'freevars': list(co.co_freevars), 'names': list(co.co_names),
        # A function's docstring is its first constant (None when it has none).
        'doc': co.co_consts[0] if co.co_flags & 1 and not co.co_name.startswith('<') and co.co_consts
               and isinstance(co.co_consts[0], str) else None,
    })
    for k in co.co_consts:
        if isinstance(k, types.CodeType): codes(k, out)
    return out

ERRORS = [
    ('return_module', 'return 1\n'),
    ('return_class', 'class C:\n    return 2\n'),
    ('break_outside', 'if x:\n    break\n'),
    ('continue_outside', 'def f():\n    continue\n'),
    ('break_in_class_in_loop', 'while 1:\n    class C:\n        break\n'),
    ('yield_module', 'x = yield 1\n'),
    ('yield_class', 'class C:\n    yield\n'),
    ('yield_listcomp', 'def f():\n    return [(yield x) for x in y]\n'),
    ('yield_genexp', 'def f():\n    return ((yield x) for x in y)\n'),
    ('global_after_use', 'def f():\n    print(x)\n    global x\n'),
    ('global_after_assign', 'def f():\n    x = 1\n    global x\n'),
    ('global_param', 'def f(x):\n    global x\n'),
    ('nonlocal_param', 'def f(x):\n    nonlocal x\n'),
    ('nonlocal_after_use', 'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n'),
    ('nonlocal_module', 'nonlocal x\n'),
    ('nonlocal_no_binding', 'def f():\n    nonlocal x\n'),
    ('nonlocal_global_binding', 'x = 1\ndef f():\n    nonlocal x\n'),
    ('nonlocal_and_global', 'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n'),
    ('duplicate_arg', 'def f(a, b, a):\n    pass\n'),
    ('duplicate_lambda_arg', 'f = lambda x, x: 1\n'),
    ('duplicate_kwonly', 'def f(a, *, a):\n    pass\n'),
    ('import_star_function', 'def f():\n    from m import *\n'),
    ('default_except_not_last', 'try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n'),
    ('walrus_comp_iter', '[x for x in (y := [1])]\n'),
    ('walrus_rebind_iter', '[x := 1 for x in y]\n'),
    ('walrus_in_class_comp', 'class C:\n    [(z := x) for x in y]\n'),
    ('annotated_global', 'def f():\n    global x\n    x: int = 1\n'),
    ('future_late', 'import os\nfrom __future__ import annotations\n'),
    ('future_unknown', 'from __future__ import nonsense\n'),
    ('future_braces', 'from __future__ import braces\n'),
    ('keyword_repeated', 'f(a=1, a=2)\n'),
    ('starred_alone', 'x = *a\n') ,
    ('starred_assign_alone', '*a = b\n'),
    ('two_starred', 'a, *b, *c = d\n'),
]

def main():
    snippets = []
    for path in sorted(glob.glob(os.path.join(HERE, 'snippets', '*.py'))):
        src = open(path).read()
        name = os.path.basename(path)
        snippets.append({
            'name': name, 'source': src, 'ast': conv(ast.parse(src)),
            'symtable': table(symtable.symtable(src, name, 'exec')),
            'codes': codes(compile(src, name, 'exec'), []),
        })
    errors = []
    for name, src in ERRORS:
        try:
            tree = ast.parse(src)
        except SyntaxError as e:
            raise SystemExit(f'{name}: rejected by the parser ({e}); not a compiler error')
        # CPython reads the error's source line from the file, so compile a real one.
        path = os.path.join(tempfile.mkdtemp(), 'err.py')
        with open(path, 'w') as f:
            f.write(src)
        try:
            compile(src, path, 'exec')
        except SyntaxError as e:
            errors.append({'name': name, 'source': src, 'ast': conv(tree), 'msg': e.msg,
                           'lineno': e.lineno, 'offset': e.offset,
                           'text': e.text.rstrip('\n') if e.text else None})
        else:
            raise SystemExit(f'{name}: compiled without error')
    with open(os.path.join(HERE, 'fixtures.json'), 'w') as f:
        json.dump({'snippets': snippets, 'errors': errors}, f, indent=None, separators=(',', ':'))
        f.write('\n')

main()
