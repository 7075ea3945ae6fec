# doctest, written from its documentation: find the interactive examples in a
# module's docstrings, run them, and report those whose output differs from what the
# docstring shows (testmod, run_docstring_examples, the ELLIPSIS,
# NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL and DONT_ACCEPT_BLANKLINE options and
# `# doctest:` directives, expected exceptions).

import io
import re
import sys
import traceback
from collections import namedtuple

__all__ = ["testmod", "run_docstring_examples", "TestResults", "ELLIPSIS",
           "NORMALIZE_WHITESPACE", "IGNORE_EXCEPTION_DETAIL", "DONT_ACCEPT_BLANKLINE",
           "DONT_ACCEPT_TRUE_FOR_1", "SKIP", "REPORT_ONLY_FIRST_FAILURE", "FAIL_FAST",
           "Example", "DocTest", "DocTestParser", "DocTestFinder", "DocTestRunner"]

TestResults = namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."

_DIRECTIVE = re.compile(r"#\s*doctest:\s*([^\n'\"]*)$", re.MULTILINE)
_TRACEBACK_HEADER = re.compile(r"Traceback \((most recent call last|innermost last)\):")


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        examples = "no examples" if n == 0 else ("1 example" if n == 1 else f"{n} examples")
        return f"<{self.__class__.__name__} {self.name} from {self.filename}:{self.lineno} ({examples})>"

    def __lt__(self, other):
        return (self.name, self.filename, self.lineno, id(self)) < (
            other.name, other.filename, other.lineno, id(other))


def _indent_of(line):
    return len(line) - len(line.lstrip(" "))


class DocTestParser:
    def parse(self, string, name="<string>"):
        # The examples of `string` (with the text between them), each a prompt line
        # `>>> `, its `... ` continuation lines, then its expected output up to a
        # blank line or the next prompt.
        string = string.expandtabs()
        lines = string.split("\n")
        output = []
        i = 0
        text_start = 0
        while i < len(lines):
            stripped = lines[i].lstrip(" ")
            if not (stripped.startswith(">>>") and (stripped == ">>>" or stripped[3] in " \n")):
                i += 1
                continue
            indent = _indent_of(lines[i])
            lineno = i
            output.append("\n".join(lines[text_start:i]))
            source = [lines[i][indent + 4:]]
            i += 1
            while i < len(lines):
                s = lines[i]
                body = s[indent:]
                if _indent_of(s) >= indent and (body.startswith("... ") or body == "..."):
                    source.append(body[4:])
                    i += 1
                else:
                    break
            want = []
            while i < len(lines):
                s = lines[i]
                if not s.strip() or s.lstrip(" ").startswith(">>>"):
                    break
                want.append(s[indent:] if _indent_of(s) >= indent else s.lstrip(" "))
                i += 1
            text_start = i
            source_text = "\n".join(source)
            want_text = "\n".join(want)
            exc_msg = self._exception_message(want)
            options = self._options(source_text, name, lineno)
            if options is None:
                continue
            output.append(Example(source_text, want_text + ("\n" if want else ""), exc_msg,
                                  lineno=lineno, indent=indent, options=options))
        output.append("\n".join(lines[text_start:]))
        return output

    def _exception_message(self, want):
        # An expected traceback's exception text: what follows its header and its
        # indented stack lines.
        if not want or not _TRACEBACK_HEADER.match(want[0]):
            return None
        rest = want[1:]
        k = 0
        while k < len(rest) and (rest[k].startswith(" ") or rest[k].startswith("\t") or rest[k] == "..."):
            k += 1
        return "\n".join(rest[k:]) + "\n"

    def _options(self, source, name, lineno):
        options = {}
        for m in _DIRECTIVE.finditer(source):
            for option in m.group(1).replace(",", " ").split():
                if option[0] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError(
                        f"line {lineno + 1} of the doctest for {name} has an invalid option: {option!r}")
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
        return options

    def get_examples(self, string, name="<string>"):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)


def _is_from_module(module, obj):
    if module is None:
        return True
    if isinstance(obj, type) or hasattr(obj, "__code__"):
        return getattr(obj, "__module__", None) == module.__name__
    if isinstance(obj, (staticmethod, classmethod)):
        return _is_from_module(module, obj.__func__)
    if isinstance(obj, property):
        return True
    return False


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError(f"DocTestFinder.find: name must be given when obj.__name__ doesn't exist: {type(obj)!r}")
        if module is None:
            module = sys.modules.get(getattr(obj, "__module__", None)) if not isinstance(obj, type(sys)) else obj
        filename = getattr(module, "__file__", None)
        try:
            with open(filename) as f:
                source_lines = f.read().split("\n")
        except (OSError, TypeError):
            source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {}, filename)
        tests.sort()
        return tests

    def _find(self, tests, obj, name, module, source_lines, globs, seen, filename):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines, filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if isinstance(obj, type(sys)):
            for valname, val in obj.__dict__.items():
                if (callable(val) or isinstance(val, type)) and hasattr(val, "__name__") \
                        and _is_from_module(module, val) and not isinstance(val, type(sys)):
                    self._find(tests, val, f"{name}.{valname}", module, source_lines, globs, seen, filename)
            for valname, val in getattr(obj, "__test__", {}).items():
                self._find(tests, val, f"{name}.__test__.{valname}", module, source_lines, globs, seen, filename)
        if isinstance(obj, type):
            for valname, val in obj.__dict__.items():
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if (hasattr(val, "__code__") or isinstance(val, type) or isinstance(val, property)) \
                        and _is_from_module(module, val):
                    self._find(tests, val, f"{name}.{valname}", module, source_lines, globs, seen, filename)

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            docstring = getattr(obj, "__doc__", None) or ""
            if not isinstance(docstring, str):
                docstring = str(docstring)
        if self._exclude_empty and not docstring:
            return None
        lineno = self._find_lineno(obj, source_lines)
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        # The 0-based line where the object's docstring opens, found from the line
        # where the object is defined.
        if source_lines is None:
            return None
        start = None
        if isinstance(obj, type(sys)):
            start = 0
        elif isinstance(obj, type):
            pattern = re.compile(r"^\s*class\s+%s\b" % re.escape(obj.__name__))
            for i, line in enumerate(source_lines):
                if pattern.match(line):
                    start = i
                    break
        elif isinstance(obj, property):
            obj = obj.fget
        if start is None and hasattr(obj, "__code__"):
            start = obj.__code__.co_firstlineno - 1
        if start is None:
            return None
        opening = re.compile(r"(^|.*:)\s*\w*(\"|')")
        for i in range(start, len(source_lines)):
            if opening.match(source_lines[i]):
                return i
        return start


class _SpoofOut:
    # What examples print, collected in place of sys.stdout.
    encoding = "utf-8"

    def __init__(self):
        self._buffer = io.StringIO()

    def write(self, text):
        return self._buffer.write(text)

    def flush(self):
        pass

    def getvalue(self):
        result = self._buffer.getvalue()
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=0):
        self._buffer.seek(size)
        self._buffer.truncate()


def _indent(s, indent=4):
    return re.sub("(?m)^(?!$)", indent * " ", s)


def _exception_traceback(exc):
    return "".join(traceback.format_exception(exc))


class OutputChecker:
    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r"(?m)^%s\s*?$" % re.escape(BLANKLINE_MARKER), "", want)
            got = re.sub(r"(?m)^[^\S\n]+$", "", got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub("(?m)^[ ]*(?=\n)", BLANKLINE_MARKER, got)
        if want:
            want_text = "Expected:\n" + _indent(want)
        else:
            want_text = "Expected nothing\n"
        if got:
            return want_text + "Got:\n" + _indent(got)
        return want_text + "Got nothing\n"


def _ellipsis_match(want, got):
    pieces = want.split(ELLIPSIS_MARKER)
    if len(pieces) == 1:
        return want == got
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first) or not got.endswith(last):
        return False
    start, end = len(first), len(got) - len(last)
    if start > end:
        return False
    for piece in pieces[1:-1]:
        at = got.find(piece, start, end)
        if at < 0:
            return False
        start = at + len(piece)
    return True


class DocTestRunner:
    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n" +
            _indent(_exception_traceback(exc_info[1])))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            out.append(f'File "{test.filename}", line {lineno}, in {test.name}')
        else:
            out.append(f"Line {example.lineno + 1}, in {test.name}")
        out.append("Failed example:")
        out.append(_indent(example.source))
        return "\n".join(out)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        try:
            return self._run(test, out)
        finally:
            sys.stdout = save_stdout
            if clear_globs:
                test.globs.clear()

    def _run(self, test, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        for examplenum, example in enumerate(test.examples):
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original_optionflags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = f"<doctest {test.name}[{examplenum}]>"
            self._fakeout.truncate(0)
            exception = None
            try:
                exec(compile(example.source, filename, "single"), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exception = e
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            failed = False
            if exception is None:
                if self._checker.check_output(example.want, got, self.optionflags):
                    outcome = "success"
                else:
                    outcome = "failure"
            else:
                exc_msg = traceback.format_exception_only(type(exception), exception)[-1]
                if example.exc_msg is None:
                    outcome = "boom"
                elif self._checker.check_output(example.exc_msg, exc_msg, self.optionflags):
                    outcome = "success"
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL and \
                        exc_msg.split(":")[0].rsplit(".", 1)[-1] == example.exc_msg.split(":")[0].rsplit(".", 1)[-1]:
                    outcome = "success"
                else:
                    outcome = "failure"
                    got = got + _exception_traceback(exception)
            if outcome == "success":
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == "failure":
                if not quiet:
                    self.report_failure(out, test, example, got)
                failed = True
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, (type(exception), exception, None))
                failed = True
            if failed:
                failures += 1
                if self.optionflags & FAIL_FAST:
                    break
        self.optionflags = original_optionflags
        self._record(test, failures, tries)
        return TestResults(failures, tries)

    def _record(self, test, failures, tries):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (failures + f2, tries + t2)
        self.failures += failures
        self.tries += tries

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                for name in sorted(notests):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, count in sorted(passed):
                    print(" %3d tests in %s" % (count, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, (f, t) in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    global master
    if m is None:
        m = sys.modules.get("__main__")
    if not isinstance(m, type(sys)):
        raise TypeError(f"testmod: module required; {m!r}")
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    master = runner
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
