print("bare exception class")
raise RuntimeError
