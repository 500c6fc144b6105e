# Dumps CPython's per-code-point Unicode properties (as used by str methods) as JSON ranges.
# Consumed by gen_unicode_tables.mjs (which keeps only where JS regexes/case mappings differ) and
# stored as test/unit/lib/data/unicode_props.json for the exhaustive unicode.test.ts.
import json, sys, unicodedata

def ranges(pred):
    out = []
    start = None
    for cp in range(0x110000):
        if pred(cp):
            if start is None: start = cp
        elif start is not None:
            out.append([start, cp - 1]); start = None
    if start is not None: out.append([start, 0x10ffff])
    return out

c = chr
props = {
  'unidata_version': unicodedata.unidata_version,
  'printable': ranges(lambda i: c(i).isprintable()),
  'alpha': ranges(lambda i: c(i).isalpha()),
  'decimal': ranges(lambda i: c(i).isdecimal()),
  'digit': ranges(lambda i: c(i).isdigit()),
  'numeric': ranges(lambda i: c(i).isnumeric()),
  'upper': ranges(lambda i: c(i).isupper()),
  'lower': ranges(lambda i: c(i).islower()),
  'title': ranges(lambda i: unicodedata.category(c(i)) == 'Lt'),
  'space': ranges(lambda i: c(i).isspace()),
  'xid_start': ranges(lambda i: i != 0x5f and c(i).isidentifier()),
  'xid_continue': ranges(lambda i: ('a' + c(i)).isidentifier()),
}
# case mappings: every code point whose mapping is not itself
maps = {'upper': {}, 'lower': {}, 'title': {}, 'casefold': {}}
for i in range(0x110000):
    if 0xd800 <= i < 0xe000: continue
    ch = c(i)
    for name, f in (('upper', str.upper), ('lower', str.lower), ('title', str.title), ('casefold', str.casefold)):
        m = f(ch)
        if m != ch: maps[name][i] = m
props['maps'] = maps
# decimal values are always (cp - first of a run of 10); check that assumption here
for a, b in props['decimal']:
    assert (b - a + 1) % 10 == 0 and unicodedata.decimal(c(a)) == 0, (a, b)
json.dump(props, sys.stdout)
