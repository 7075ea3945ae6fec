# textwrap.wrap/fill/shorten: where lines break (hyphens, em-dashes, long words),
# indents, whitespace handling and max_lines with its placeholder.
import textwrap

texts = [
    "The quick brown fox jumps over the lazy dog. " * 3,
    "A well-known co-operative e-mail re-enter x-ray state-of-the-art  spaced   out\ttab\nnewline",
    "Hello--world and---more -- dashes a--b !--x 1-2-3 ab-cd-ef-gh supercalifragilisticexpialidocious-hyphenated-word",
    "   leading and trailing   ",
    "Mr. Smith went. Then he said! 'ok.' done? yes",
    "x" * 50 + " " + "y-" * 20,
    "don't stop-believing it's_a snake_case_word-here 12-34 a-1 --flag --long-option=value",
]
for t in texts:
    for w in (3, 7, 12, 25, 40):
        print(w, textwrap.wrap(t, w))
        print(w, textwrap.wrap(t, w, break_on_hyphens=False, break_long_words=False))
        print(textwrap.fill(t, w, initial_indent="* ", subsequent_indent="  "))
        print(textwrap.wrap(t, w, drop_whitespace=False))
        print(textwrap.wrap(t, w, expand_tabs=False, replace_whitespace=False,
                            fix_sentence_endings=True))
        for ml in (1, 2):
            try:
                print(textwrap.wrap(t, w, max_lines=ml))
                print(textwrap.wrap(t, w, max_lines=ml, placeholder="..."))
            except ValueError as e:
                print("ValueError:", e)
        try:
            print(repr(textwrap.shorten(t, w)))
        except ValueError as e:
            print("ValueError:", e)

wrapper = textwrap.TextWrapper(width=30, initial_indent="> ", subsequent_indent=". ",
                               tabsize=4)
print(wrapper.fill("a\tb\tc " * 6))
wrapper.width = 15
print(wrapper.wrap("changing attributes after construction works too"))
print(textwrap.wrap(""), textwrap.fill("   "), textwrap.wrap("one"))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
