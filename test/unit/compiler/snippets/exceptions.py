try:
    a()
except ValueError:
    b()
try:
    a()
except (TypeError, KeyError) as e:
    print(e)
except Exception as e:
    raise RuntimeError("x") from e
except:
    raise
else:
    c()
try:
    a()
finally:
    cleanup()
try:
    a()
except E:
    pass
else:
    b()
finally:
    c()
def f():
    try:
        return g()
    finally:
        h()
def loop():
    for x in y:
        try:
            if x:
                break
            if not x:
                continue
        finally:
            done()
def nested():
    try:
        try:
            a()
        except A as e:
            return e
        finally:
            b()
    except B:
        pass
def handler_return():
    try:
        a()
    except E as e:
        return 1
    except F:
        return 2
def finally_return():
    try:
        pass
    finally:
        return 3
def break_in_except():
    while True:
        try:
            a()
        except E:
            break
        finally:
            x = 1
raise
raise E
raise E("m") from None
