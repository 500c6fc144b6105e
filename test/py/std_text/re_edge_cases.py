import re

def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"

for p in ['(unclosed', 'a)', '[abc', '*a', 'a**', r'\q', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=zz)', r'(a)\2',
          '(?<x)', 'a{3,2}', '(?i', 'x(?i)y', 'a\n(b', r'[\d-z]', '(?z)', '[z-a]', '(?P<a', 'a|*', '(?#x']:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
print(re.compile('a', re.I), re.compile('a', re.I | re.M | re.X), re.compile('a'), re.compile(b'a', re.I))
print(re.I, re.I | re.S, re.A, re.U, repr(re.NOFLAG), re.compile('(?i)x').flags, re.compile(b'x').flags)
print(re.A | re.I, re.X | re.I | re.A, repr(re.M | re.U), str(re.I), int(re.I), re.I.value, re.I.name, re.I == 2)
print(re.I | 4096, ~re.I, re.I & re.M, f'{re.I}', '%s' % re.I, hash(re.I) == 2)
print(re.compile('x', re.A | re.I | re.X), re.compile('x', 4096 | re.I), re.compile('a' * 300))
print(re.match('a', 'a'), re.compile('(a)(?P<n>b)').groupindex, re.compile('(a)(?P<n>b)').groups)
print(re.escape('a b.c-d_e/f#g~h\\i\ty'), re.escape(b'a.b'), re.escape('π'))
tests = [
    lambda: re.match('a', 5), lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.compile(5),
    lambda: re.sub('a', lambda m: 5, 'a'), lambda: re.sub('(a)', r'\2', 'a'), lambda: re.sub('a', r'\q', 'a'),
    lambda: re.sub('a', r'\g<x>', 'a'), lambda: re.sub('a', r'\g<1', 'a'), lambda: re.sub('(a)', r'[\g<0>\1\n\\\.]', 'a'),
    lambda: re.match('(a)(b)?', 'a').group(3), lambda: re.match('(a)', 'a').group('x'), lambda: re.match('(a)', 'a').start(5),
    lambda: re.compile('a', re.I).match('A', 0, 1), lambda: re.split('x*', 'axbc'), lambda: re.split('(x)|(y)', 'axbyc'),
    lambda: re.findall('(a)|b', 'ab'), lambda: re.sub('', '-', 'abc'), lambda: re.subn('a', 'b', 'aaa', count=2),
    lambda: re.compile('a').sub('b', 'aa', 1), lambda: re.fullmatch('a|ab', 'ab'), lambda: re.compile('a') == re.compile('a'),
    lambda: re.match('(?P<x>a)(?P<y>b)?', 'a').groupdict('z'), lambda: re.match('(a)(b)', 'ab').regs,
    lambda: re.match('((a)b)', 'ab').lastindex, lambda: re.match('(a)()', 'a').lastindex, lambda: re.search('b', 'abc', 2),
    lambda: re.compile('b').search('abc', 2), lambda: re.compile('c').search('abc', 0, 2), lambda: re.compile(r'\$').search('ab\n'),
    lambda: re.compile('b$').search('ab\n'), lambda: re.sub(r'\w+', lambda m: m.group().upper(), 'héllo wörld 😀 x'),
    lambda: re.search('😀(.)', 'a😀bc').span(1), lambda: re.match(b'(a)', b'ab'), lambda: re.findall(rb'\w', b'a\xe9b'),
    lambda: re.findall(r'\w', 'aéb'), lambda: re.findall(r'(?a)\w', 'aéb'), lambda: re.match('(?x) a b # c', 'ab'),
    lambda: re.match('a(?i:b)c', 'aBc'), lambda: re.match('a(?i:b)c', 'aBC'), lambda: re.match(r'(?>a+)b', 'aab'),
    lambda: re.match(r'a++a', 'aaa'), lambda: re.match('.', '\n'), lambda: re.findall('^a', 'a\na', re.M),
    lambda: re.findall('a$', 'a\na\n', re.M), lambda: re.split(r'\b', 'hi you'), lambda: re.match(r'\x41\u00e9\0', 'Aé\x00'),
    lambda: re.match('[]a]', ']'), lambda: re.match(r'[\]]', ']'), lambda: re.match('a{,2}', 'aaa'), lambda: re.match('a{x', 'a{x'),
    lambda: re.match(r'[^\W\d]+', 'ab1'), lambda: re.purge(), lambda: re.match(r'(\d+)\s*-\s*\1', '12 - 12').group(),
    lambda: re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there').group(), lambda: re.findall(r'\bfoo\b', 'foo föo foo_ x.foo'),
    lambda: re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'), lambda: re.findall(r'[a-c\d]+', 'ab12 cd3'),
    lambda: re.match(r'\A\w+\Z', 'abc\n'), lambda: re.match(r'^\w+$', 'abc\n'), lambda: re.findall(r'\s+', 'a \u3000b\x1cc\x85d'),
    lambda: re.findall(r'(?i)straße', 'STRASSE Straße'), lambda: re.findall(r'(?s).', 'a\nb'), lambda: re.findall('[^a]', 'ab\n'),
    lambda: re.split(r'(\s)(x)?', 'a b'), lambda: re.split('a', 'banana', maxsplit=2), lambda: re.split('', 'ab'),
    lambda: list(re.finditer('a', 'aXa'))[1].span(), lambda: re.search('(?m)^b$', 'a\nb\nc').span(),
    lambda: re.match('(a)|(b)', 'b').groups(), lambda: re.match('(a)|(b)', 'b').lastgroup,
    lambda: re.match('(?P<first>a)(?P<second>b)', 'ab').lastgroup, lambda: re.match('x*', 'y').span(),
    lambda: re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')[2], lambda: re.match('(a)', 'a').expand(r'<\1>\n'),
    lambda: re.sub('(?P<w>a)', r'\g<w>\g<1>', 'xa'), lambda: re.sub(b'a', b'\\n', b'xa'), lambda: re.sub('a', 5, 'a'),
    lambda: re.findall(r'\d+(?:\.\d+)?', '1.5 22 3.'), lambda: re.compile(r'(?i)[a-z]+').findall('Hello WORLD'),
    lambda: re.match(r'[\w-]+', 'a-b_c').group(), lambda: re.match(r'[.^$*+?{}()|]+', '.^$*+?{}()|').group(),
    lambda: re.fullmatch(r'\d{3}-\d{4}', '555-1234') is not None, lambda: re.match('(?:a|b)+?c', 'ababc').group(),
    lambda: re.search(r'\d', 'abc') or 'none', lambda: bool(re.match('', '')), lambda: re.compile('a.c', re.S).pattern,
]
for i, f in enumerate(tests):
    print(i, attempt(f))
m = re.search(r'(?P<key>\w+)=(?P<val>\w*)', 'x: key=value;')
print(m, m.start('val'), m.end(1), m.span('key'), m.pos, m.endpos, m.re.flags, m.string, m.group(0, 1, 'val'))
print(type(m).__name__, type(re.compile('')).__name__, isinstance(m, re.Match), isinstance(re.compile(''), re.Pattern))
