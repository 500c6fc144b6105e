import time

t = time.gmtime(1_000_000_000)
print(t)
print(time.strftime('%a %A %b %B %c|%d %H %I %j %m %M %p %S %U %w %W|%x|%X|%y %Y %% %e %G %V %u %C %D %T %R %h', t))
print(time.asctime(time.gmtime(0)), time.asctime((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[1:3], list(t)[:3])
print(time.struct_time((2020, 5, 17, 1, 2, 3, 6, 138, 0)))
print(time.strftime('%j %a', (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(1, 2), (2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 25, 0, 0, 0, 1, 0), "x"]:
    try:
        time.strftime('%Y', bad)
    except Exception as e:
        print(type(e).__name__, e)
for args in [('x',), (-1,)]:
    try:
        time.sleep(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(time.strptime('2024-02-29 10:11:12', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Mar 5 99', '%b %d %y'), time.strptime('12', '%j').tm_mon)
print(time.strptime('Monday 1 Jan 2024 03 PM', '%A %d %b %Y %I %p'))
print(time.strptime('  12:01', ' %H:%M'), time.strptime('2024-100', '%Y-%j')[:3])
for s, f in [('2024-02-30', '%Y-%m-%d'), ('2024-02-2x', '%Y-%m-%d'), ('2024-02-2 1', '%Y-%m-%d'), ('x', '%Y'), ('1', '%Q'), ('1', '%')]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)
print(time.gmtime(-1.5), time.gmtime(1.9).tm_sec, time.gmtime(86400 * 366 * 30).tm_yday)
print(time.mktime(time.localtime(1234567)), isinstance(time.timezone, int), len(time.tzname))
print(time.localtime(time.mktime((2021, 3, 4, 5, 6, 7, 0, 0, -1)))[:6])
print(time.ctime(0) == time.asctime(time.localtime(0)), type(time.perf_counter_ns()).__name__, time.process_time() >= 0)
print(time.monotonic_ns() <= time.monotonic_ns(), abs(time.time_ns() / 1e9 - time.time()) < 1)
