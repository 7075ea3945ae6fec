# string.Template: substitute and safe_substitute, $$, ${name}, the errors
# (KeyError for a missing name, ValueError with line and column), a custom delimiter.
from string import Template

for s in ["$who likes $what", "${who}x $$ $", "a\nbc $1 x", "ab\n${name", "${}",
          "$who$", "x\n\ny $ z", "$who_2nd and ${what}s"]:
    t = Template(s)
    try:
        print(repr(t.substitute(who="tim", what="kung", who_2nd="ann")))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(t.safe_substitute(who="tim")))
    print(t.get_identifiers(), t.is_valid())

print(Template("$a").substitute({"a": 1}, b=2, a=3))
print(Template("$a and $b").substitute({"a": [1, 2], "b": None}))
try:
    Template("$a $b").substitute({"a": 1})
except KeyError as e:
    print(repr(e))
print(Template("$a").template)


class Percent(Template):
    delimiter = "%"


print(Percent("%x and %% and %{y}").substitute(x=1, y=2))
Template("total: $total, missing: $missing").substitute(total=3)
