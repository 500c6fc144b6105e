a = 1
b = 1_000_000
c = 0x1F + 0XfF + 0o17 + 0O7 + 0b1010 + 0B1 + 0x_1_2
d = 1.5 + .5 + 5. + 1e10 + 1E-5 + 1.5e+3 + 1_0.0_1
e = 1j + 1.5J + 1e3j + 0j
f = 00 + 0 + 0_0
g = 123456789012345678901234567890
h = None, True, False, ...
i = 'single' "double" '''triple''' """triple double"""
j = 'esc \n \t \\ \' \" \a \b \f \v \r \0 \101 \x41 \u00e9 \U0001F600 \N{BULLET} \N{EM DASH}'
k = 'invalid \d \q \% escape'
l = r'raw \n \d' R"raw"
l2 = rb'\x00' Rb"b" bR'c' BR"d" br'e'
m = b'bytes \x00\xff \n \101' B"x"
n = u'unicode' U"x"
o = 'implicit' 'concat' \
    "enation"
p = """multi
line
string"""
q = 'line \
continuation'
r = b'a' b'b'
s = 1.0e-310 + 1e400 + 0.1
t = 1if x else 2
