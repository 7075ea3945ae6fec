# checks that genpy runs this program (text_markdown_to_html, from the second differential-testing corpus) exactly as CPython 3.11 does
MD = """# Title
Some *emphasis* and **strong** text.

## List
- item one
- item `code`
- item three

Paragraph with [link](http://x.y) end.
"""
def inline(s):
    out, i = "", 0
    while i < len(s):
        if s.startswith("**", i):
            j = s.index("**", i + 2); out += f"<b>{s[i+2:j]}</b>"; i = j + 2
        elif s[i] == "*":
            j = s.index("*", i + 1); out += f"<i>{s[i+1:j]}</i>"; i = j + 1
        elif s[i] == "`":
            j = s.index("`", i + 1); out += f"<code>{s[i+1:j]}</code>"; i = j + 1
        elif s[i] == "[":
            j = s.index("](", i); k = s.index(")", j)
            out += f'<a href="{s[j+2:k]}">{s[i+1:j]}</a>'; i = k + 1
        else:
            out += s[i]; i += 1
    return out
def convert(md):
    in_list = False
    for line in md.splitlines():
        if line.startswith("- "):
            if not in_list:
                yield "<ul>"; in_list = True
            yield f"  <li>{inline(line[2:])}</li>"
            continue
        if in_list:
            yield "</ul>"; in_list = False
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            yield f"<h{level}>{inline(line[level:].strip())}</h{level}>"
        elif line.strip():
            yield f"<p>{inline(line)}</p>"
    if in_list:
        yield "</ul>"
print("\n".join(convert(MD)))
