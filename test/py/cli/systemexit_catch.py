import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e.args))
try:
    sys.exit("msg")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception), e.code)
try:
    try:
        sys.exit(1)
    except Exception:
        print("not caught by Exception")
except SystemExit:
    print("SystemExit is not an Exception")
def cleanup():
    try:
        sys.exit(2)
    finally:
        print("finally runs on exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
print("still running")
