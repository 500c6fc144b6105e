print(True and False, True or False, not True, not 0, not "")
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0)
print(1 or 1 / 0, None or 0, [] and "x", "x" and [])
print(not not [1], not (1 and 0), (not 1) == False)
log = []
def t(n, v):
    log.append(n)
    return v
r = t("a", 0) or t("b", "") or t("c", 1) or t("d", 2)
print(r, log)
log.clear()
r = t("a", 1) and t("b", 2) and t("c", 0) and t("d", 3)
print(r, log)
print(1 and 2 or 3, 0 and 2 or 3, not 1 or 2)
