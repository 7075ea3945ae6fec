# checks that triple-quoted strings keep newlines and quotes and can be used as docstrings
text = """first line
second "line"
third 'line'"""
print(text)
print(len(text.split("\n")))
other = '''single
quoted'''
print(repr(other))


def lines():
    """A generator with a docstring."""
    for line in text.split("\n"):
        yield line.upper()


print(lines.__doc__)
for line in lines():
    print(">", line)
empty = """"""
print(repr(empty))
print("""ends with quote\"""")
