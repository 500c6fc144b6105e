# Generates test/unit/lib/data/*.json: inputs and CPython 3.11's outputs for the interpreter/lib
# tests (run once with python3; the tests only read the JSON). Floats travel as 16 hex digits of
# their IEEE bits so they are exact; ints as decimal strings; errors as ["!", type, message].
import json, math, os, random, struct, sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'data')
random.seed(20240611)

def fb(x): return struct.pack('>d', x).hex()
def bits_to_float(h): return struct.unpack('>d', bytes.fromhex(h))[0]
def res(f):
    try:
        r = f()
    except Exception as e:
        return ['!', type(e).__name__, str(e)]
    return enc(r)
def enc(r):
    if isinstance(r, bool): return r
    if isinstance(r, float): return {'f': fb(r)}
    if isinstance(r, int):
        sys.set_int_max_str_digits(0)
        try: return {'i': str(r)}
        finally: sys.set_int_max_str_digits(4300)
    if isinstance(r, tuple): return [enc(v) for v in r]
    if isinstance(r, list): return [enc(v) for v in r]
    if isinstance(r, bytes): return {'b': r.hex()}
    return r

def rand_float():
    k = random.random()
    if k < 0.3:  # random bit patterns (any magnitude)
        while True:
            x = bits_to_float('%016x' % random.getrandbits(64))
            if math.isfinite(x): return x
    if k < 0.55: return random.uniform(-1e6, 1e6)
    if k < 0.7: return round(random.uniform(-1000, 1000), random.randint(0, 6))
    if k < 0.8: return random.randint(-10**6, 10**6) / random.choice([2, 4, 8, 16, 1024, 10, 100])
    if k < 0.9: return random.uniform(-1, 1) * 10 ** random.randint(-30, 30)
    return random.choice([0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1e16, 1e15, 9999999999999998.0,
                          123456789012345.0, 1.2345678901234568e16, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
                          2.2250738585072014e-308, 0.1, 0.2, 0.3, 1/3, 2/3, 1e22, 1e21, 1e23, 9007199254740993.0,
                          float('inf'), float('-inf'), float('nan'), 100.0, 1e100, 0.05, 0.15, 0.25, 0.35, 1.0])

def dump(name, obj):
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump(obj, f, separators=(',', ':'))
    print(name, os.path.getsize(os.path.join(OUT, name)))

# ---------------------------------------------------------------- floats
floats = [rand_float() for _ in range(4000)]
dump('float_repr.json', [[fb(x), repr(x)] for x in floats])

specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0f', '.1f', '.2f', '.3f', '.10f', '.17f', '.20e', '.0e',
         '.1e', '.3e', '.16e', '.0g', '.1g', '.2g', '.5g', '.12g', '.17g', '.25g', '#g', '#.3g', '#.0f', '#.0e',
         '+', '+.3f', ' .3f', '-.2e', 'z.1f', 'z.3g', '10', '<12.3f', '>12.3f', '^13.2f', '=+12.2f', '012.3f', '0=12',
         ',', ',.2f', '_.3f', '015,.2f', '020_.1f', ',g', ',.3e', '*^20,.4f', '.2%', '10.1%', '.120f', '.110e', '.40g',
         '#', '#10', '.3', '.0', '.15', '.16', '.17', 'x', 's', 'd', ',d', 'z', '.5n', '08.3e', '=10', 'ä>10.2f']
fmt_cases = []
for x in floats[:800]:
    for sp in random.sample(specs, 8):
        fmt_cases.append([fb(x), sp, res(lambda: format(x, sp))])
for x in [0.125, 0.375, 2.5, 0.5, 1.5, 2.675, 1e16, 1e15, 1e-5, 0.0001, -0.0, 0.0, 1e300, 5e-324, 123456.789]:
    for sp in specs:
        fmt_cases.append([fb(x), sp, res(lambda: format(x, sp))])
dump('float_format.json', fmt_cases)

ops = []
for x in floats[:1100]:
    y = random.choice(floats)
    n = random.randint(-5, 12)
    ops.append([fb(x), fb(y), n, res(lambda: round(x, n)), res(lambda: round(x)), res(lambda: x.hex()),
                res(lambda: hash(x) if x == x else None), res(lambda: x.as_integer_ratio()),
                res(lambda: divmod(x, y)), res(lambda: x % y), res(lambda: x // y), res(lambda: int(x)),
                res(lambda: x.is_integer())])
dump('float_ops.json', ops)

fstr = ['1', ' 1.5 ', '-0', '+.5e-3', '1_000.5', '1__0', '_1', '1_', '1e1_0', '1_e5', 'inf', '-Infinity', 'nAn',
        '+nan', 'infinit', '', ' ', '1e', 'e5', '.', '5.', '0x10', '1e400', '-1e-400', '١٢٣.٥', '\u20031.5\u2003',
        '1.5\x00', 'abc', '1.7976931348623157e308', '4.9e-324', '2.4703282292062327e-324', '0.1e-0', '12345678901234567890',
        '1.' + '0' * 400 + '1', '\t\n7\r\x0b\x0c', '\x1c7', '-_1', '1.5j']
dump('float_parse.json', [[s, res(lambda: float(s))] for s in fstr])
hexs = ['0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
        '0x1p1024', ' 0X1.ABCp+10 ', 'inf', '-Infinity', 'nan', '0x', '1', '.8p1', '1.p0', '0x.p0', 'p1', '0x1p',
        '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', '0x0p99999999999', '0x1p-99999999999',
        '0x1p99999999999', '0x1_0p0', 'ff', '-0x0.0p+0']
dump('float_fromhex.json', [[s, res(lambda: float.fromhex(s))] for s in hexs])

# ---------------------------------------------------------------- ints
def rand_int():
    k = random.random()
    if k < 0.3: return random.randint(-100, 100)
    if k < 0.5: return random.randint(-2**53, 2**53)
    if k < 0.6: return random.choice([2**53, 2**53 - 1, -2**53, -(2**53 - 1), 2**53 + 1, 2**31, -2**31, 2**31 - 1, 2**32, 2**63, 2**64 - 1, -1, 0, 1])
    return random.randint(-2**200, 2**200) >> random.randint(0, 190)

iops = []
for _ in range(700):
    a, b = rand_int(), rand_int()
    s = random.randint(0, 80)
    iops.append([str(a), str(b), s,
                 res(lambda: a + b), res(lambda: a - b), res(lambda: a * b), res(lambda: a // b),
                 res(lambda: a % b), res(lambda: a / b), res(lambda: a & b), res(lambda: a | b),
                 res(lambda: a ^ b), res(lambda: ~a), res(lambda: a << s), res(lambda: a >> s),
                 res(lambda: a < b), res(lambda: float(a)), res(lambda: hash(a)), res(lambda: a.bit_length()),
                 res(lambda: bin(a)), res(lambda: oct(a)), res(lambda: hex(a)), res(lambda: a.bit_count())])
dump('int_ops.json', iops)

pows = []
for _ in range(400):
    a = random.randint(-50, 50) if random.random() < 0.7 else rand_int()
    b = random.randint(0, 60)
    m = random.choice([None, random.randint(-1000, 1000), rand_int()])
    if m is None: pows.append([str(a), str(b), None, res(lambda: a ** b)])
    else:
        e = random.randint(-20, 200)
        pows.append([str(a), str(e), str(m), res(lambda: pow(a, e, m))])
dump('int_pow.json', pows)

cmpf = []
for _ in range(600):
    a = rand_int(); x = random.choice([float(a), float(a) + random.choice([0.5, -0.5, 1, -1, 2**11]), rand_float(), 2.0**53, 2.0**53+2, 9007199254740992.0, float('inf'), float('nan')])
    cmpf.append([str(a), fb(x), a < x, a == x, a > x])
dump('int_float_cmp.json', cmpf)

istr = [('0', 0), ('-0', 10), (' 12 ', 10), ('1_000', 10), ('1__000', 10), ('_1', 10), ('1_', 10), ('0x1F', 16),
        ('0x_1f', 16), ('0x_1f', 0), ('0b101', 0), ('0o17', 0), ('017', 0), ('00', 0), ('0_0', 0), ('z', 36),
        ('Z', 36), ('12', 2), ('', 10), (' ', 10), ('+', 10), ('-5', 10), ('١٢٣', 10), ('\u2003 7 \u2003', 10), ('7\x1c', 10),
        ('1' * 50, 10), ('9' * 40, 16), ('zz' * 30, 36), ('0x', 16), ('0x', 0), ('0b2', 0), ('12', 1), ('12', 37),
        ('a' * 250, 10), ('12.5', 10), ('1e5', 10), ('0B1_1', 0), ('-0o7_7', 8), ('1' * 4301, 10), ('1' * 4301, 16),
        ('½', 10), ('-  5', 10), ('0' * 30 + '1', 0), ('10' * 20, 3), ('\U0001d7ce\U0001d7d9', 10)]
dump('int_parse.json', [[s, b, res(lambda: int(s, b))] for s, b in istr])

ifmt_specs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'n', ',', '_', '_b', '_x', '#_x', ',d', '+d', ' d',
              '10', '<10', '^10', '=10', '010', '0=10', '+010,', '012,', '*^+15_', '#010x', 'c', '+c', '#c', 'e', '.2f',
              '%', ',x', '.2', 'z', 's', 'ä^9', '09_', '015,d', ',b', '08,', '07,', '06,', '#012_b']
ifmt = []
for a in [0, 1, -1, 7, -42, 255, 1234567, -1234567, 2**53 + 1, -(2**64), 10**30, 65, 0x1f600]:
    for sp in ifmt_specs:
        ifmt.append([str(a), sp, res(lambda: format(a, sp))])
dump('int_format.json', ifmt)

tob = []
for a, n, bo, sg in [(1, 2, 'big', False), (1, 2, 'little', False), (-1, 2, 'big', True), (256, 1, 'big', False),
                     (-1, 1, 'big', False), (127, 1, 'big', True), (128, 1, 'big', True), (-128, 1, 'big', True),
                     (-129, 1, 'big', True), (0, 0, 'big', False), (1, 0, 'big', False), (2**70, 9, 'little', False),
                     (-2**70, 9, 'big', True), (1, 1, 'middle', False), (0, 0, 'big', True)]:
    tob.append([str(a), n, bo, sg, res(lambda: a.to_bytes(n, bo, signed=sg))])
fromb = []
for h, bo, sg in [('', 'big', False), ('ff', 'big', True), ('ff', 'big', False), ('0001', 'little', False),
                  ('80' + '00' * 10, 'big', True), ('00' * 10 + '80', 'little', True), ('7f', 'big', True), ('01', 'x', False)]:
    fromb.append([h, bo, sg, res(lambda: int.from_bytes(bytes.fromhex(h), bo, signed=sg))])
dump('int_bytes.json', {'to': tob, 'from': fromb})

# ---------------------------------------------------------------- math
def mres(f, *args):
    return res(lambda: f(*args))
m1 = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'exp', 'exp2', 'expm1', 'log1p',
      'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'erf', 'erfc', 'log', 'log2', 'log10', 'gamma', 'lgamma', 'fabs',
      'floor', 'ceil', 'trunc', 'degrees', 'radians', 'frexp', 'modf', 'ulp']
mathcases = []
special = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, float('inf'), float('-inf'), float('nan'), 1e-300, 1e300, 710.0,
           -745.0, 171.5, -171.5, 3.0, -3.5, 1e-25, 200.5, -200.5, 150.3, 1e308]
for name in m1:
    f = getattr(math, name)
    xs = special + [random.uniform(-3, 3) for _ in range(60)] + [random.uniform(-800, 800) for _ in range(25)] + [rand_float() for _ in range(25)]
    for x in xs:
        mathcases.append([name, [fb(x)], mres(f, x)])
m2 = ['pow', 'atan2', 'copysign', 'fmod', 'remainder', 'hypot', 'nextafter', 'dist2', 'ldexp', 'isclose', 'fpow']
for name in m2:
    for _ in range(150):
        x = random.choice(special + [random.uniform(-10, 10), random.uniform(-1000, 1000), rand_float()])
        y = random.choice(special + [random.uniform(-10, 10), random.randint(-5, 5) * 1.0, rand_float()])
        if name == 'ldexp':
            n = random.choice([0, 1, -1, 1023, 1024, -1074, -1080, 5000, -5000, 2**40])
            mathcases.append([name, [fb(x), n], mres(math.ldexp, x, n)])
        elif name == 'dist2':
            p = [x, y, random.uniform(-5, 5)]; q = [random.uniform(-5, 5) for _ in range(3)]
            mathcases.append([name, [fb(v) for v in p + q], mres(math.dist, p, q)])
        elif name == 'fpow':
            def fp(a, b):
                if math.isfinite(a) and a < 0 and math.isfinite(b) and b != math.floor(b): return 'complex'  # complex pow: not lib's
                r = a ** b
                return 'complex' if isinstance(r, complex) else r
            mathcases.append([name, [fb(x), fb(y)], mres(fp, x, y)])
        else:
            mathcases.append([name, [fb(x), fb(y)], mres(getattr(math, name), x, y)])
for _ in range(200):
    xs = [random.uniform(-100, 100) for _ in range(random.randint(0, 6))]
    mathcases.append(['hypotn', [fb(v) for v in xs], mres(math.hypot, *xs)])
for _ in range(200):
    xs = [random.choice([rand_float(), 1e100, -1e100, 1.0, 1e-100, random.uniform(-1, 1)]) for _ in range(random.randint(0, 12))]
    mathcases.append(['fsum', [fb(v) for v in xs], mres(math.fsum, xs)])
for xs in [[1e308, 1e308], [float('inf'), float('-inf')], [float('inf'), 1.0], [float('nan'), 1.0], [1e-16, 1.0, 1e16], [0.1] * 10]:
    mathcases.append(['fsum', [fb(v) for v in xs], mres(math.fsum, xs)])
dump('math.json', mathcases)

ints = []
for n in [0, 1, 2, 3, 10, 20, 21, 25, 100, 170, -1]:
    ints.append(['factorial', [str(n)], res(lambda: math.factorial(n))])
for n, k in [(10, 3), (5, 5), (5, 6), (0, 0), (100, 50), (60, 30), (1000, 3), (-1, 2), (3, -1), (67, 33), (200, 199)]:
    ints.append(['comb', [str(n), str(k)], res(lambda: math.comb(n, k))])
    ints.append(['perm', [str(n), str(k)], res(lambda: math.perm(n, k))])
for args in [[], [0], [-12], [12, 18], [12, -18, 30], [2**80, 2**70 * 3], [0, 0], [7, 0]]:
    ints.append(['gcd', [str(v) for v in args], res(lambda: math.gcd(*args))])
    ints.append(['lcm', [str(v) for v in args], res(lambda: math.lcm(*args))])
for n in [0, 1, 2, 3, 4, 15, 16, 17, 2**52, 2**53 - 1, 10**20, 10**50 + 12345, 2**200, -1]:
    ints.append(['isqrt', [str(n)], res(lambda: math.isqrt(n))])
for n in [1, 2, 10**400, 2**1024, 2**1023 * 3, 0, -5]:
    ints.append(['log', [str(n)], res(lambda: math.log(n))])
    ints.append(['log2', [str(n)], res(lambda: math.log2(n))])
    ints.append(['log10', [str(n)], res(lambda: math.log10(n))])
dump('math_int.json', ints)

# ---------------------------------------------------------------- str
strs = ['', 'abc', 'Hello World', '  spaced  out  ', 'a,b,,c', 'ß straße', 'ǆemal ǈ', 'ΣΑΣ ΣΑΣ.', 'ὈΔΥΣΣΕΎΣ', 'İstanbul',
        'ﬁsh ﬂow', 'x\u0345y', 'Ꭰꭰ', 'hello\tworld\n\tend', 'line1\nline2\r\nline3\rline4\x0bv\x0cf\x1cx\x85y\u2028z\u2029',
        'emoji 😀 and 𝒳', '😀😀a😀', '١٢٣', '²³½', '一二三', 'MiXeD cAsE 123', "it's", 'say "hi"', 'both \' and "',
        'tab\there', '\x00\x7f\x80\xa0\xad\u200b\udfff\ud800', 'ⅷ', '_ident9', '9ident', 'héllo_wörld', 'a\u0300b',
        '\u3000ideographic space\u3000', 'ǅungla', 'hello world foo bar', 'aaaa', 'abab ab', '+12', '-0042', 'ŉ', 'ΐ']
strcases = []
for s in strs:
    strcases.append([s, {
        'repr': repr(s), 'ascii': ascii(s), 'len': len(s), 'upper': s.upper(), 'lower': s.lower(),
        'casefold': s.casefold(), 'swapcase': s.swapcase(), 'title': s.title(), 'capitalize': s.capitalize(),
        'isalpha': s.isalpha(), 'isdigit': s.isdigit(), 'isdecimal': s.isdecimal(), 'isnumeric': s.isnumeric(),
        'isalnum': s.isalnum(), 'isspace': s.isspace(), 'isupper': s.isupper(), 'islower': s.islower(),
        'istitle': s.istitle(), 'isidentifier': s.isidentifier(), 'isprintable': s.isprintable(), 'isascii': s.isascii(),
        'split': s.split(), 'split1': s.split(None, 1), 'rsplit1': s.rsplit(None, 1), 'splitcomma': s.split(','),
        'rsplitspace2': s.rsplit(' ', 2), 'splitlines': s.splitlines(), 'splitlinesk': s.splitlines(True),
        'strip': s.strip(), 'lstrip': s.lstrip(), 'rstrip': s.rstrip(), 'stripchars': s.strip('a😀 .'),
        'partition': list(s.partition('o')), 'rpartition': list(s.rpartition('o')),
        'replace': s.replace('a', 'XY'), 'replace1': s.replace('o', '0', 1), 'replaceempty': s.replace('', '-', 3),
        'find': s.find('o'), 'findr': s.find('o', 2, -1), 'rfind': s.rfind('o'), 'rfindr': s.rfind('a', -8, -2),
        'findastral': s.find('a', 3), 'count': s.count('a'), 'countempty': s.count(''), 'countr': s.count('a', 1, -1),
        'startswith': s.startswith(('he', 'ab', '😀')), 'startswithr': s.startswith('b', 1), 'endswith': s.endswith('c'),
        'endswithr': s.endswith('l', 0, 4), 'center': s.center(21, '*'), 'center2': s.center(len(s) + 3),
        'ljust': s.ljust(12, '.'), 'rjust': s.rjust(12), 'zfill': s.zfill(8), 'expandtabs': s.expandtabs(),
        'expandtabs3': s.expandtabs(3), 'slice': s[1:5], 'slicestep': s[::2], 'sliceneg': s[::-3], 'slicemix': s[-2:1:-1],
        'index2': s[2] if len(s) > 2 else None,
    }])
dump('str.json', strcases)

# ---------------------------------------------------------------- slices
slices = []
vals = [None, 0, 1, 2, 5, -1, -2, -5, 10, -10, 100, -100, 2**70, -2**70]
for _ in range(1500):
    n = random.randint(0, 12)
    st, sp, stp = random.choice(vals), random.choice(vals), random.choice([None, 1, 2, 3, -1, -2, -3, 0, 2**70, -2**70])
    r = res(lambda: slice(st, sp, stp).indices(n))
    lst = list(range(n))
    slices.append([n, [None if v is None else str(v) for v in (st, sp, stp)], r, res(lambda: lst[st:sp:stp])])
dump('slices.json', slices)

# ---------------------------------------------------------------- percent
pct_fmts = [('%s', 'x'), ('%r', 'x'), ('%a', 'é'), ('%5s|', 'ab'), ('%-5s|', 'ab'), ('%.2s', 'abcd'), ('%05s', 'ab'),
            ('%d', 42), ('%i', -42), ('%u', 7), ('%5d', 42), ('%-5d|', 42), ('%05d', -42), ('%+d', 42), ('% d', 42),
            ('%+05d', 42), ('%.3d', 7), ('%8.3d', -7), ('%x', 255), ('%X', 255), ('%#x', 255), ('%#X', 255), ('%#o', 8),
            ('%o', 8), ('%#08x', 255), ('%-#8x|', 255), ('%#8x', -255), ('%#.5x', 255), ('%d', 3.99), ('%d', -3.99),
            ('%x', 3.5), ('%d', '3'), ('%f', 3.14159), ('%.2f', 2.675), ('%e', 12345.678), ('%E', 0.000123),
            ('%g', 1e-5), ('%G', 1e20), ('%.3g', 1234.5), ('%#g', 1.0), ('%#.0f', 3.0), ('%10.4f|', -3.14159),
            ('%-10.2e|', 1.5), ('%010.3f', -1.5), ('%+.1f', 0.05), ('% f', 1.0), ('%f', float('inf')), ('%010f', float('-inf')),
            ('%f', float('nan')), ('%c', 65), ('%c', 'é'), ('%c', 0x1f600), ('%c', -1), ('%c', 'ab'), ('%5c|', 66),
            ('%%', ()), ('%s %s', (1, 2)), ('%s', (1, 2)), ('%s %s', (1,)), ('%y', 1), ('%', ()), ('%(a)s-%(b)d', {'a': 'x', 'b': 5}),
            ('%(a)s', (1,)), ('%*d|', (5, 42)), ('%-*d|', (5, 42)), ('%*d|', (-5, 42)), ('%.*f', (2, 3.14159)),
            ('%ld', 5), ('%s', 1.5), ('%r', 1e16), ('%.0e', 2.5), ('%.1f', 0.25), ('%.0f', 0.5), ('%.0f', 1.5),
            ('%d%%', 50), ('%5%', (1,)), ('%f', 'x'), ('%d', 2**70), ('%x', -2**70), ('%.50f', 0.1), ('%.110f', 1.0),
            ('abc', ()), ('abc', 5), ('ü%sü', '😀'), ('😀%y', 1), ('%s', True), ('%d', True), ('%.3s', '😀😀😀😀')]
# the arguments are re-encoded by hand in the test (type-tagged)
def tag(v):
    if isinstance(v, bool): return {'bool': v}
    if isinstance(v, int): return {'int': str(v)}
    if isinstance(v, float): return {'float': fb(v)}
    if isinstance(v, str): return {'str': v}
    if isinstance(v, tuple): return {'tuple': [tag(x) for x in v]}
    if isinstance(v, dict): return {'dict': {k: tag(x) for k, x in v.items()}}
    raise TypeError(v)
pct = [[f, tag(a), res(lambda: f % a)] for f, a in pct_fmts]
dump('percent.json', pct)

# ---------------------------------------------------------------- codecs and bytes
dec = []
for h in ['', '61', 'ff', 'c3a9', 'e282', 'e282ac', 'f09f9880', 'f09f9828', 'eda080', 'c0af', 'e0808f', 'f4908080',
          'f8', '80', '61ff62', 'e2', 'efbbbf61', 'f0', 'f09f', 'c328', '61e2828261', 'edb080', 'ed9fbf']:
    b = bytes.fromhex(h)
    for codec in ['utf-8', 'latin-1', 'ascii']:
        for errors in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace']:
            dec.append([h, codec, errors, res(lambda: b.decode(codec, errors))])
encc = []
for s in ['', 'abc', 'é', 'é€', 'a€b€€c', '😀', '\udcff', '\udcff\udcfe', 'a\ud800b', '\udc80x', 'ÿĀ']:
    for codec in ['utf-8', 'latin-1', 'ascii']:
        for errors in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass']:
            encc.append([s, codec, errors, res(lambda: s.encode(codec, errors))])
brepr = [[h, repr(bytes.fromhex(h))] for h in ['', '00', '27', '22', '2722', '5c', '090a0d', '7f80ff', '616263', '20']]
bhex = [[h, sep, n, res(lambda: bytes.fromhex(h).hex(sep, n) if sep else bytes.fromhex(h).hex())] for h, sep, n in
        [('', '', 1), ('0102ff', '', 1), ('0102030405', ':', 2), ('0102030405', '-', -2), ('0102', 'é', 1), ('0102', '::', 1)]]
fromhex = [[s, res(lambda: bytes.fromhex(s))] for s in ['', '01 ff', ' 0a0B ', '0', '0g', 'a b']]
dump('bytes.json', {'decode': dec, 'encode': encc, 'repr': brepr, 'hex': bhex, 'fromhex': fromhex})

# ---------------------------------------------------------------- format(str, spec) and spec errors
sfmt = []
for s in ['', 'abc', 'héllo', '😀x😀', 'a' * 12]:
    for sp in ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '😀>6', '.2', '10.3s', '.0', '=10', '+', ' ', '-', 'z',
               '#', '0', '010', ',', '_', 'd', 'x', '.', '1.', 'abc', '>>10', 'ss', ',_', '_,', '\x01', '\u20ac',
               '99999999999999999999', '.99999999999999999999']:
        sfmt.append([s, sp, res(lambda: format(s, sp))])
for x in [1, 1.5]:
    for sp in [',_', '_,', '.', '1.', 'abc', '\x01', '\u20ac', ',c', '_c', ',s', '_n', ',n', '99999999999999999999', '.99999999999999999999x', ',o', '_o']:
        sfmt.append([repr(x), sp, res(lambda: format(x, sp))])
dump('str_format.json', sfmt)

# ---------------------------------------------------------------- edge cases: int / int, round
edge = []
pairs = [(1, 2**1074), (3, 2**1075), (1, 2**1075), (1, 2**1076), (3, 2**1076), (2**1024, 1), (2**1024 - 2**970, 1),
         (2**1024 - 2**971, 1), (10**400, 10**92), (10**400, 10**91), (-(10**300), 7), (2**53 + 1, 1), (2**54 + 3, 2),
         (2**200 + 2**147, 2**147), (2**200 + 2**148, 2**148), (0, -10**30), (-7, 10**400), (10**30 + 1, 10**30),
         (123456789 * 10**50 + 1, 10**50), (2**2000 + 1, 2**1950), (1, 3), (-1, 3 * 2**1000)]
for a, b in pairs:
    edge.append(['truediv', [str(a), str(b)], res(lambda: a / b)])
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (-2.5, 0), (1e300, -299), (1.7976931348623157e308, -308),
             (5e-324, 323), (5e-324, 324), (0.5, 400), (123.456, -1), (123.456, -3), (-0.4, 0), (1e22, -22), (15.0, -1),
             (25.0, -1), (35.0, -1), (1e16 + 2, -1), (0.1, 17), (0.1, 20), (-1e-300, 5), (4.35, 1), (1.0000000000000002, 15)]:
    edge.append(['round', [fb(x), n], res(lambda: round(x, n))])
dump('edge.json', edge)

# ---------------------------------------------------------------- round(int, ndigits)
iround = []
for a in [0, 5, 15, 25, -25, -35, 149, 150, 250, 12345, 10**30 + 5 * 10**9, -(10**30) - 15 * 10**9, 2**100, 7]:
    for n in [1, 0, -1, -2, -3, -10, -31, -100, -100000]:
        iround.append([str(a), n, res(lambda: round(a, n))])
dump('int_round.json', iround)
