# textwrap.dedent (common leading whitespace, blank lines normalised) and
# textwrap.indent (with and without a predicate).
import textwrap

def show(s):
    print(repr(s))

show(textwrap.dedent("    a\n      b\n\n   \n    c\n"))
show(textwrap.dedent("\ta\n\t  b\n  \tc"))
show(textwrap.dedent("  x\n  \n  y  \n"))
show(textwrap.dedent("no indent\n  x"))
show(textwrap.dedent("        def f():\n            return 1\n"))
show(textwrap.dedent(""))
show(textwrap.indent("a\n\nb\n  \nc", "> "))
show(textwrap.indent("a\nb\r\nc", "+", lambda line: True))
show(textwrap.indent("keep\nskip\nkeep", "# ", lambda line: line.startswith("k")))
usage = textwrap.dedent("""\
    usage: tool [options]

      -v   verbose
      -q   quiet
    """)
print(usage, end="")
print(textwrap.indent(usage, "  | "), end="")
