import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.shorten("Hello world, this is a long sentence", width=20))
print(repr(textwrap.dedent("""\
    indented
      more
    back
""")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.fill("word " * 10, width=22, initial_indent="* ", subsequent_indent="  "))
