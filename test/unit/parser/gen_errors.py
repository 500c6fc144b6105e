# Generates errors.json from errors.txt: the SyntaxError CPython 3.11 raises for each line of
# errors.txt (a line is one source; \n, \t, \\ and \xNN in it are escapes). Needs python3 3.11.
import ast, json, sys, codecs
out = []
for line in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    if not line: continue
    src = codecs.decode(line.encode('utf-8'), 'unicode_escape')  # bytes -> latin-1 chars
    try: src = src.encode('latin-1').decode('utf-8')
    except UnicodeError: pass
    try:
        ast.parse(src, "f.py")
        print("NOT AN ERROR:", repr(src), file=sys.stderr)
        continue
    except SyntaxError as e:
        out.append({"source": src, "type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                    "end_lineno": e.end_lineno, "end_offset": e.end_offset})
json.dump(out, open(sys.argv[2], "w"), indent=1, ensure_ascii=False)
print(len(out), "cases")
