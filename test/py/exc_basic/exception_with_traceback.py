import sys
def fail():
    raise ValueError("tb test")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is not None)
    depth = 0
    while tb:
        depth += 1
        last = tb
        tb = tb.tb_next
    print(depth, last.tb_frame.f_code.co_name)
    et, ev, etb = sys.exc_info()
    print(et.__name__, ev is e, etb is e.__traceback__)
print(sys.exc_info())
e2 = RuntimeError("fresh")
print(e2.__traceback__, e2.with_traceback(None) is e2)
