# comment at start

x = (1,
     2,  # comment inside brackets
     3)
y = [
    1,
    2,
]
z = {
    'a': 1,
    'b': 2
}

if x:   # comment after colon
    # comment line inside block

    y = 1
        # oddly indented comment
    z = 2



def f(
    a,
    b,
):
    return a + \
        b

s = """
   text with # not a comment
"""
if True:
	t = 1  # tab indented
if True:
        u = 2
class K: pass
w = 1 ; v = 2 ;
t = x[
  1
]
