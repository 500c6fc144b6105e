import json
from collections import OrderedDict
cases = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\qb"', '"\\u12"', '{1: 2}',
         '[1] x', 'nul', '-', '01', '1.', '1e', '"a\nb"', '{"a": }', '[', '{', '\n\n  [1, 2,\n  x]',
         '"\\ud83d\\ude00"', '1.5e3', '-0.0', '[-Infinity, NaN]', '{"a": [1, {"b": null}]}']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError', e, e.pos, e.lineno, e.colno)
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.5, 2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.dumps({'a': [1, 2, {'b': None}], 'c': 'é\u2028\U0001f600'}, indent=4))
print(json.dumps([1, [2, [3, []]], {}], indent='\t'))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({1.5: 1, True: 2, None: 3}))
for bad in [{(1, 2): 3}, float('nan')]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps("\x00\x1f\x7f\\/"), json.dumps(-0.0), json.dumps(1/3), json.dumps(True), json.dumps(2**70))
print(json.JSONDecoder().raw_decode('[1] tail'))
import enum
class C(enum.IntEnum):
    A = 3
print(json.dumps([C.A, {C.A: 1}]))
