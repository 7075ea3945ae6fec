# shlex in a small job runner: command lines split into argv lists, arguments quoted
# back for logging, a config file lexed with comments and punctuation, and the
# errors for unbalanced quotes and a trailing escape.
import shlex

jobs = [
    'gcc -O2 -o "my prog" main.c',
    "echo 'it''s' \"a \\\"test\\\"\" done",
    "grep -r --include='*.py' 'def main' src/",
    "ls -la   ~/Documents\\ and\\ Settings",
    "cmd # trailing comment",
]
for line in jobs:
    argv = shlex.split(line)
    print(len(argv), argv)
    print("  log:", shlex.join(argv))
print(shlex.split("cmd # trailing comment", comments=True))
print(shlex.split("a 'b c' d", posix=False))

for arg in ["", "plain", "with space", "it's", "$HOME", "a\nb", "-x=1,2:3/4.5@%+"]:
    print(repr(shlex.quote(arg)))

config = """\
# build settings
target = release;  jobs=4
paths = (src lib) && echo "ok done" || exit 1
"""
lex = shlex.shlex(config, posix=True, punctuation_chars=True)
tokens = []
for tok in lex:
    tokens.append(tok)
print(tokens)
print("lines read:", lex.lineno)

lex = shlex.shlex("first second third")
print(lex.get_token(), end=" ")
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
print(lex.error_leader("cfg.txt", 3) + "bad token")
print(shlex.shlex("x", posix=True).eof, repr(shlex.shlex("x").eof))
print(shlex.shlex(punctuation_chars="<>").punctuation_chars)

for bad in ['echo "unterminated', "echo 'half", "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    shlex.quote(42)
except TypeError as e:
    print("TypeError:", e)
