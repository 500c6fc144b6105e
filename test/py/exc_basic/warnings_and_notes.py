try:
    raise ValueError("base message")
except ValueError as e:
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__, str(e))
e = Exception("a", "b")
print(str(e), repr(e), len(e.args))
print(str(Exception()), repr(Exception()), str(Exception(None)), str(Exception([1])))
print(str(KeyError("quoted")), str(KeyError()), str(KeyError("a", "b")))
