print(r"C:\new\table", R"\d+\.\d*")
print(repr(r"\n"), len(r"\n"), len("\n"))
print(r'raw \' quote', repr(r"\""))
print(r"""raw
triple \t""")
print(rb"\x00" == b"\\x00", Rb"\n", bR"\t", br"\\")
print(r"\\" == "\\\\", r"\N{DASH}")
