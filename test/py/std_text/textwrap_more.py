import textwrap
text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
        "exercitation ullamco laboris-nisi ut aliquip ex ea commodo consequat -- Duis aute "
        "irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla. "
        "A well-known, state-of-the-art, mother-in-law's pneumonoultramicroscopicsilicovolcanoconiosis.")
for width in (5, 10, 13, 20, 31, 47, 72):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("a\tb\tc  d\ne", 6), textwrap.wrap("a\tb", 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("   leading and trailing   ", 10), textwrap.wrap("   leading", 10, drop_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine.", 15, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11), textwrap.shorten("x " * 40, 15, placeholder="~"))
print(repr(textwrap.dedent("  a\n    b\n\n  c")), repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent("   \n  x\n  ")))
print(repr(textwrap.indent("x\n\ny\n", "+ ", lambda l: True)), repr(textwrap.fill("", 10)), textwrap.wrap(""))
w = textwrap.TextWrapper(width=16, initial_indent="-> ", subsequent_indent="   ")
print(w.fill("one two three four five six seven eight nine ten"))
for bad in [0, -1]:
    try:
        textwrap.wrap("x", bad)
    except ValueError as e:
        print("ValueError", e)
print(textwrap.wrap("--foo-bar--baz-- x--y a---b", 4), textwrap.wrap("what--ever, yes--no", 9))
