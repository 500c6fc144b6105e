def f(flag):
    log = []
    try:
        try:
            log.append("try")
            if flag == "raise":
                raise ValueError("x")
            if flag == "return":
                return log
        finally:
            log.append("finally")
    except ValueError:
        log.append("except")
    log.append("end")
    return log
for flag in ["normal", "raise", "return"]:
    print(flag, f(flag))
def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_with_finally())
def finally_overrides():
    for _ in range(1):
        try:
            raise KeyError
        finally:
            break
    return "exception discarded by break"
print(finally_overrides())
