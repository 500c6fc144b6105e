# Random (seeded) fuzz tables from CPython 3.11 for interpreter/lib: format specs built from the
# mini-language grammar, printf formats, int()/float() literals, and str methods on strings drawn
# from an alphabet of awkward characters. Writes test/unit/lib/data/fuzz_*.json.
import json, os, random, struct, sys
sys.path.insert(0, os.path.dirname(__file__))
from gen_data import res, fb, rand_float, rand_int, dump, tag  # noqa: E402  (re-runs gen_data's tables, same seed)

random.seed(777)

def rand_spec(types):
    s = ''
    if random.random() < 0.3:
        if random.random() < 0.5: s += random.choice(['*', '0', 'x', ' ', '😀', '{'])
        s += random.choice('<>=^')
    if random.random() < 0.3: s += random.choice('+- ')
    if random.random() < 0.1: s += 'z'
    if random.random() < 0.2: s += '#'
    if random.random() < 0.2: s += '0'
    if random.random() < 0.5: s += str(random.randint(0, 30))
    if random.random() < 0.2: s += random.choice([',', '_', ',_', '_,'])
    if random.random() < 0.5: s += '.' + str(random.choice([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 18, 30, 60]))
    if random.random() < 0.85: s += random.choice(types)
    return s

FT = list('eEfFgGn%') + ['', 'd', 's']
IT = list('bcdoxXn') + ['', 'e', 'f', 'g', '%', 's']
ST = ['s', '', 'd']
fz = []
for _ in range(3000):
    x = rand_float(); sp = rand_spec(FT)
    fz.append(['f', fb(x), sp, res(lambda: format(x, sp))])
for _ in range(1500):
    a = rand_int() if random.random() < 0.8 else random.randint(0, 0x10ffff)
    sp = rand_spec(IT)
    fz.append(['i', str(a), sp, res(lambda: format(a, sp))])
for _ in range(500):
    s = random.choice(['', 'a', 'héllo', '😀x', 'abcdefghij'])
    sp = rand_spec(ST)
    fz.append(['s', s, sp, res(lambda: format(s, sp))])
dump('fuzz_format.json', fz)

def rand_pct():
    conv = random.choice('diouxXeEfFgGcrsa%')
    s = '%'
    for fl in '-+ #0':
        if random.random() < 0.15: s += fl
    if random.random() < 0.4: s += str(random.randint(0, 20))
    if random.random() < 0.4: s += '.' + str(random.randint(0, 12))
    return s + conv, conv
pz = []
for _ in range(2000):
    fmt, conv = rand_pct()
    if conv in 'di ouxX': arg = rand_int()
    elif conv in 'eEfFgG': arg = random.choice([rand_float(), rand_int()])
    elif conv == 'c': arg = random.choice([random.randint(0, 0x10ffff), 'é', 'x'])
    elif conv == '%': arg = ()
    else: arg = random.choice([rand_float(), rand_int(), 'ab\n😀', 'é'])
    fmt = random.choice(['', 'x=', '😀']) + fmt + random.choice(['', '|', ' %%'])
    pz.append([fmt, tag(arg), res(lambda: fmt % arg)])
dump('fuzz_percent.json', pz)

lit = []
alpha = list('0123456789_ +-xobXOB.eEjaAfFzZ') + ['\u0663', '\u2003', '\t', 'inf', 'nan', 'ity']
for _ in range(2500):
    s = ''.join(random.choice(alpha) for _ in range(random.randint(0, 8)))
    base = random.choice([0, 10, 2, 8, 16, 36, 3])
    lit.append([s, base, res(lambda: int(s, base)), res(lambda: float(s))])
dump('fuzz_literals.json', lit)

chars = list('aAbB zZ_-.,\t\n\r') + ['ß', 'ǅ', 'ǆ', 'Σ', 'σ', 'ς', 'İ', 'ı', 'ﬁ', '\u0345', '\u0300', '😀', '𝒳', '١', '²',
         '\u2028', '\x85', '\xa0', '\u3000', 'Ꭰ', 'ꭰ', 'ŉ', 'ΐ', 'Ω', 'K', 'Å', '\x00', '\x7f', "'", '"', '\\', '\udc80']
sz = []
for _ in range(450):
    s = ''.join(random.choice(chars) for _ in range(random.randint(0, 10)))
    sub = random.choice(['a', ' ', 'ß', '😀', '', 'aA', 'Σ'])
    a, b = random.randint(-12, 12), random.randint(-12, 12)
    sz.append([s, sub, a, b, {
        'repr': repr(s), 'upper': s.upper(), 'lower': s.lower(), 'casefold': s.casefold(), 'swapcase': s.swapcase(),
        'title': s.title(), 'capitalize': s.capitalize(), 'istitle': s.istitle(), 'isupper': s.isupper(),
        'islower': s.islower(), 'isspace': s.isspace(), 'isalnum': s.isalnum(), 'isprintable': s.isprintable(),
        'split': s.split(), 'splitn': s.split(None, 2), 'rsplitn': s.rsplit(None, 2), 'splitsub': res(lambda: s.split(sub, 2)),
        'rsplitsub': res(lambda: s.rsplit(sub, 2)), 'splitlines': s.splitlines(True), 'strip': s.strip(),
        'find': s.find(sub, a, b), 'rfind': s.rfind(sub, a, b), 'count': s.count(sub, a, b),
        'startswith': s.startswith(sub, a, b), 'endswith': s.endswith(sub, a, b), 'replace': s.replace(sub, '<>', 2),
        'center': s.center(13, '😀'), 'zfill': s.zfill(9), 'expandtabs': s.expandtabs(4), 'len': len(s),
        'stripsub': s.strip(sub + 'a'), 'partition': res(lambda: list(s.partition(sub))),
    }])
dump('fuzz_str.json', sz)
