import sys
print(sys.version_info[:2] >= (3, 8), sys.version_info.major, type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), isinstance(sys.platform, str))
print(sys.argv, sys.getrecursionlimit() > 0, type(sys.modules).__name__)
print(sys.stdout is sys.__stdout__, hasattr(sys.stdin, "readline"), sys.stdout.encoding.lower().replace("-", ""))
print(type(sys.path).__name__, isinstance(sys.executable, str), sys.flags.optimize)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit > 0)
print(sys.getsizeof(0) > 0, callable(sys.exit), sys.hash_info.width)
print("sys" in sys.builtin_module_names, sys.implementation.name in ("cpython", "tspy"))
