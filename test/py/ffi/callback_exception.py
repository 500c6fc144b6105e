# An exception raised inside a callback never reaches C: it is reported on stderr as CPython
# reports exceptions ignored in ctypes callbacks (the callable's repr, then the traceback), C gets
# 0 for that call, and the script goes on. A result of the wrong type is reported the same way.
import _rawffi

lib = _rawffi.CDLL('../../c/build/libffitest.so')
call_n_times = lib.ptr('call_n_times', ['P', 'i'], 'i')

def skip_two(i):
    if i == 2:
        raise ValueError('no two')
    return i

# 0 + 1 + (reported, 0) + 3
print('skip_two:', call_n_times(_rawffi.CallbackPtr(skip_two, ['i'], 'i'), 4))
print('still running')

def not_an_int(i):
    return 'text' if i == 1 else 10

# 10 + (reported, 0) + 10
print('not_an_int:', call_n_times(_rawffi.CallbackPtr(not_an_int, ['i'], 'i'), 3))

def divide(i):
    return 100 // i

# (reported, 0) + 100 + 50 + 33
print('divide:', call_n_times(_rawffi.CallbackPtr(divide, ['i'], 'i'), 4))
try:
    divide(0)
except ZeroDivisionError as e:
    print('the same function raises when called directly:', e)
print('done')
