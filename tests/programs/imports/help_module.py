# help() on a module of the program's own: NAME with the synopsis, DESCRIPTION,
# the class tree and pages, FUNCTIONS, DATA and FILE (written relative here);
# help() writes to sys.stdout, so redirect_stdout captures it.
import contextlib
import io
import os

import mymod

page = io.StringIO()
with contextlib.redirect_stdout(page):
    help(mymod)
print(page.getvalue().replace(os.path.dirname(mymod.__file__), "<dir>"))
print(mymod.__doc__.splitlines()[0], mymod.double.__doc__, mymod.Box.__doc__)
