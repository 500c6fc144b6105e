assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e)
try:
    x = [1]
    assert len(x) == 0, f"len was {len(x)}"
except AssertionError as e:
    print(e)
def check(v):
    assert v, ("tuple", v)
try:
    check(0)
except AssertionError as e:
    print(e.args)
