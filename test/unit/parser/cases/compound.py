if a:
    pass
elif b:
    x = 1
elif c:
    pass
else:
    y = 2

while x:
    x -= 1
    if x: break
    else: continue
else:
    done()

for i in range(10):
    print(i)
else:
    pass

for a, b in pairs: pass
for (a, b) in pairs: pass
for *a, b in c: pass
for x, in y: pass
for a.b in c: pass
for a[0] in c: pass

try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()

try:
    x
finally:
    y

try:
    x
except E as e:
    pass

with open(f) as g:
    pass
with a, b as c, d() as (e, f):
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
with a as b.c, d as e[0]:
    pass

if x: y = 1; z = 2
if x:
    if y:
        if z:
            pass
    else:
        pass
