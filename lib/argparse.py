# argparse, written from its documentation: ArgumentParser with positional and
# optional arguments (every nargs form, the standard actions, choices, type,
# required, defaults), argument groups, mutually exclusive groups, subparsers,
# abbreviations, combined short flags, `--opt=value`, `--`, and CPython's help,
# usage and error texts (the usage line wraps as CPython wraps it). Matching of
# argument counts uses a small backtracking matcher instead of regular expressions.
# The help width is shutil.get_terminal_size()'s minus 2, 78 while genpy has no
# shutil.

import sys as _sys

import textwrap as _textwrap

__all__ = [
    "ArgumentParser",
    "ArgumentError",
    "ArgumentTypeError",
    "BooleanOptionalAction",
    "FileType",
    "HelpFormatter",
    "ArgumentDefaultsHelpFormatter",
    "RawDescriptionHelpFormatter",
    "RawTextHelpFormatter",
    "MetavarTypeHelpFormatter",
    "Namespace",
    "Action",
    "ONE_OR_MORE",
    "OPTIONAL",
    "PARSER",
    "REMAINDER",
    "SUPPRESS",
    "ZERO_OR_MORE",
]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."
_UNRECOGNIZED_ARGS_ATTR = "_unrecognized_args"


def _terminal_columns():
    # shutil.get_terminal_size's columns (COLUMNS, the terminal, else 80); 80 while
    # genpy has no shutil.
    try:
        import shutil
    except ImportError:
        return 80
    return shutil.get_terminal_size().columns


def _collapse_whitespace(text):
    # Runs of whitespace become one space; the ends are stripped.
    return " ".join(text.split())


def _strip_group_spaces(text):
    # Removes the space after "[" or "(", the space before "]" or ")", and
    # groups left empty, as CPython does to the joined usage parts.
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        out.append(c)
        i += 1
        if c in "[(" and i < len(text) and text[i] == " ":
            i += 1
    text = "".join(out)
    out = []
    for i, c in enumerate(text):
        if c == " " and i + 1 < len(text) and text[i + 1] in "])":
            continue
        out.append(c)
    text = "".join(out)
    out = []
    i = 0
    while i < len(text):
        if text[i] in "[(":
            j = i + 1
            while j < len(text) and text[j] == " ":
                j += 1
            if j < len(text) and text[j] in "])":
                i = j + 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out).strip()


def _usage_parts(text):
    # The usage text cut where lines may wrap: bracketed or parenthesised groups
    # that end before a space, else runs of non-space characters.
    parts = []
    i = 0
    n = len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        end = -1
        if text[i] in "([":
            close = ")" if text[i] == "(" else "]"
            k = i + 1
            while k < n:
                if text[k] == close:
                    e = k
                    while e < n and text[e] == close:
                        e += 1
                    if e == n or text[e].isspace():
                        end = e
                        break
                    k = e
                else:
                    k += 1
        if end < 0:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


class _AttributeHolder:
    # repr as Name(arg, ..., name=value, ...).
    def __repr__(self):
        type_name = type(self).__name__
        arg_strings = []
        star_args = {}
        for arg in self._get_args():
            arg_strings.append(repr(arg))
        for name, value in self._get_kwargs():
            if name.isidentifier():
                arg_strings.append("%s=%r" % (name, value))
            else:
                star_args[name] = value
        if star_args:
            arg_strings.append("**%s" % repr(star_args))
        return "%s(%s)" % (type_name, ", ".join(arg_strings))

    def _get_kwargs(self):
        return list(vars(self).items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The object parse_args fills: one attribute per destination."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in vars(self)


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return "/".join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return "{" + ",".join(argument.choices) + "}"
    return None


class ArgumentError(Exception):
    """An error about one argument: its name and what is wrong."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function to say why a value is invalid."""


# ---------------------------------------------------------------- help formatting


class HelpFormatter:
    """Lays out usage, descriptions and the argument list for help output."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        self._level -= 1

    class _Section:
        # A heading and the items (formatting calls) under it.
        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            formatter = self.formatter
            if self.parent is not None:
                formatter._indent()
            item_help = formatter._join_parts([func(*args) for func, args in self.items])
            if self.parent is not None:
                formatter._dedent()
            if not item_help:
                return ""
            if self.heading is not SUPPRESS and self.heading is not None:
                heading = "%*s%s:\n" % (formatter._current_indent, "", self.heading)
            else:
                heading = ""
            return formatter._join_parts(["\n", heading, item_help, "\n"])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        """Opens an indented section with a heading."""
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        """Closes the current section."""
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        """Adds a paragraph (unless None or SUPPRESS)."""
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        """Adds the usage line(s)."""
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        """Adds one argument's entry, measuring its invocation for alignment."""
        if action.help is not SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            for subaction in self._iter_indented_subactions(action):
                invocations.append(self._format_action_invocation(subaction))
            invocation_length = max(len(s) for s in invocations)
            action_length = invocation_length + self._current_indent
            self._action_max_length = max(self._action_max_length, action_length)
            self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        """Adds several arguments' entries."""
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        """The formatted text."""
        text = self._root_section.format_help()
        if text:
            while "\n\n\n" in text:
                text = text.replace("\n\n\n", "\n\n")
            text = text.strip("\n") + "\n"
        return text

    def _join_parts(self, part_strings):
        return "".join(part for part in part_strings if part and part is not SUPPRESS)

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = "%(prog)s" % dict(prog=self._prog)
        else:
            usage = self._wrapped_usage(actions, groups, prefix)
        return "%s%s\n\n" % (prefix, usage)

    def _wrapped_usage(self, actions, groups, prefix):
        # prog and the actions' usage, on several lines when too long.
        prog = "%(prog)s" % dict(prog=self._prog)
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        action_usage = self._format_actions_usage(optionals + positionals, groups)
        usage = " ".join(s for s in (prog, action_usage) if s)
        text_width = self._width - self._current_indent
        if len(prefix) + len(usage) <= text_width:
            return usage
        opt_parts = _usage_parts(self._format_actions_usage(optionals, groups))
        pos_parts = _usage_parts(self._format_actions_usage(positionals, groups))

        def get_lines(parts, indent, prefix=None):
            lines = []
            line = []
            line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + " ".join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            lines = get_lines(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = get_lines(opt_parts, indent) + get_lines(pos_parts, indent)
            lines = [prog] + lines
        return "\n".join(lines)

    def _format_actions_usage(self, actions, groups):
        group_actions = set()
        inserts = {}
        for group in groups:
            if not group._group_actions:
                raise ValueError("empty group %s" % (group,))
            first = group._group_actions[0]
            if first not in actions:
                continue
            start = actions.index(first)
            end = start + len(group._group_actions)
            if actions[start:end] != group._group_actions:
                continue
            suppressed = 0
            for action in group._group_actions:
                group_actions.add(action)
                if action.help is SUPPRESS:
                    suppressed += 1
            exposed = len(group._group_actions) - suppressed
            if not group.required:
                opening, closing = "[", "]"
            elif exposed > 1:
                opening, closing = "(", ")"
            else:
                opening = closing = None
            if opening:
                inserts[start] = inserts[start] + " " + opening if start in inserts else opening
                inserts[end] = inserts[end] + closing if end in inserts else closing
            for i in range(start + 1, end):
                inserts[i] = "|"
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == "|":
                    inserts.pop(i)
                elif inserts.get(i + 1) == "|":
                    inserts.pop(i + 1)
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in group_actions and part[:1] == "[" and part[-1:] == "]":
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    default = self._get_default_metavar_for_optional(action)
                    part = "%s %s" % (action.option_strings[0],
                                      self._format_args(action, default))
                if not action.required and action not in group_actions:
                    part = "[%s]" % part
                parts.append(part)
        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]
        return _strip_group_spaces(" ".join(p for p in parts if p is not None))

    def _format_text(self, text):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        indent = " " * self._current_indent
        return self._fill_text(text, text_width, indent) + "\n\n"

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        action_header = self._format_action_invocation(action)
        indent_first = 0
        if not action.help:
            action_header = "%*s%s\n" % (self._current_indent, "", action_header)
        elif len(action_header) <= action_width:
            action_header = "%*s%-*s  " % (self._current_indent, "", action_width,
                                           action_header)
        else:
            action_header = "%*s%s\n" % (self._current_indent, "", action_header)
            indent_first = help_position
        parts = [action_header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append("%*s%s\n" % (indent_first, "", help_lines[0]))
                for line in help_lines[1:]:
                    parts.append("%*s%s\n" % (help_position, "", line))
        elif not action_header.endswith("\n"):
            parts.append("\n")
        for subaction in self._iter_indented_subactions(action):
            parts.append(self._format_action(subaction))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            (metavar,) = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ", ".join("%s %s" % (s, args_string) for s in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(str(choice) for choice in action.choices)
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size

        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return "%s" % get_metavar(1)
        if nargs == OPTIONAL:
            return "[%s]" % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return "[%s [%s ...]]" % metavar
            return "[%s ...]" % metavar
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % get_metavar(2)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % get_metavar(1)
        if nargs == SUPPRESS:
            return ""
        if not isinstance(nargs, int):
            raise ValueError("invalid nargs value")
        return " ".join(["%s"] * nargs) % get_metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join(str(c) for c in params["choices"])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get_subactions = getattr(action, "_get_subactions", None)
        if get_subactions is None:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _split_lines(self, text, width):
        return _textwrap.wrap(_collapse_whitespace(text), width)

    def _fill_text(self, text, width, indent):
        return _textwrap.fill(_collapse_whitespace(text), width,
                              initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's line breaks as written."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to the help of arguments that have a default."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------- actions


class Action(_AttributeHolder):
    """What to do when an argument is met: stored settings and __call__."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type",
                 "choices", "required", "help", "metavar"]
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        """The option string shown in usage."""
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith("--"):
                _option_strings.append("--no-" + option_string[2:])
        Action.__init__(self, _option_strings, dest, nargs=0, default=default,
                        type=type, choices=choices, required=required, help=help,
                        metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        """All the option strings, separated by ' | '."""
        return " | ".join(self.option_strings)


_ZERO_NARGS = {
    "store": "nargs for store actions must be != 0; if you have nothing to store, "
             "actions such as store true or store const may be more appropriate",
    "append": "nargs for append actions must be != 0; if arg strings are not "
              "supplying the value to append, the append const action may be "
              "more appropriate",
}


def _check_nargs(kind, nargs, const):
    # The ValueErrors of store and append actions for nargs=0 and a misplaced const.
    if nargs == 0:
        raise ValueError(_ZERO_NARGS[kind])
    if const is not None and nargs != OPTIONAL:
        raise ValueError("nargs must be %r to supply const" % OPTIONAL)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _check_nargs("store", nargs, const)
        Action.__init__(self, option_strings, dest, nargs, const, default, type,
                        choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const,
                        default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, const=True,
                                   default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, const=False,
                                   default=default, required=required, help=help)


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    return list(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _check_nargs("append", nargs, const)
        Action.__init__(self, option_strings, dest, nargs, const, default, type,
                        choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const,
                        default=default, required=required, help=help,
                        metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _ChoicesPseudoAction(Action):
    # A sub-command's line in the help.
    def __init__(self, name, aliases, help):
        metavar = dest = name
        if aliases:
            metavar += " (%s)" % ", ".join(aliases)
        Action.__init__(self, option_strings=[], dest=dest, help=help,
                        metavar=metavar)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings=option_strings, dest=dest,
                        nargs=PARSER, choices=self._name_parser_map,
                        required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        """A new parser for the sub-command `name`."""
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if "help" in kwargs:
            help = kwargs.pop("help")
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            msg = "unknown parser %r (choices: %s)" % (
                parser_name, ", ".join(self._name_parser_map))
            raise ArgumentError(self, msg) from None
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            unrecognized = getattr(namespace, _UNRECOGNIZED_ARGS_ATTR, [])
            setattr(namespace, _UNRECOGNIZED_ARGS_ATTR, unrecognized + arg_strings)


_ACTIONS = {
    None: _StoreAction,
    "store": _StoreAction,
    "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction,
    "store_false": _StoreFalseAction,
    "append": _AppendAction,
    "append_const": _AppendConstAction,
    "count": _CountAction,
    "help": _HelpAction,
    "version": _VersionAction,
    "parsers": _SubParsersAction,
    "extend": _ExtendAction,
}


class FileType:
    """A type= that opens the argument as a file ('-' is stdin or stdout)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return _sys.stdin
            if any(c in self._mode for c in "wax"):
                return _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        # Only the settings given are passed on.
        settings = {}
        if self._bufsize != -1:
            settings["buffering"] = self._bufsize
        if self._encoding is not None:
            settings["encoding"] = self._encoding
        if self._errors is not None:
            settings["errors"] = self._errors
        try:
            return open(string, self._mode, **settings)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = self._mode, self._bufsize
        kwargs = [("encoding", self._encoding), ("errors", self._errors)]
        args_str = ", ".join([repr(arg) for arg in args if arg != -1]
                             + ["%s=%r" % (kw, arg) for kw, arg in kwargs
                                if arg is not None])
        return "%s(%s)" % (type(self).__name__, args_str)


# ---------------------------------------------------------------- argument counts

_MANY = -1


def _nargs_tokens(action):
    # The pattern an action's arguments must match in the string of argument
    # kinds ('A' argument, 'O' option, '-' the '--' marker), as a list of
    # (characters, least, most) tokens; most is _MANY for no limit.
    nargs = action.nargs
    dashes = ("-", 0, _MANY)
    one = ("A", 1, 1)
    if nargs is None:
        tokens = [dashes, one, dashes]
    elif nargs == OPTIONAL:
        tokens = [dashes, ("A", 0, 1), dashes]
    elif nargs == ZERO_OR_MORE:
        tokens = [dashes, ("A-", 0, _MANY)]
    elif nargs == ONE_OR_MORE:
        tokens = [dashes, one, ("A-", 0, _MANY)]
    elif nargs == REMAINDER:
        tokens = [("-AO", 0, _MANY)]
    elif nargs == PARSER:
        tokens = [dashes, one, ("-AO", 0, _MANY)]
    elif nargs == SUPPRESS:
        tokens = [dashes, dashes]
    else:
        tokens = [dashes]
        for _ in range(nargs):
            tokens.extend([one, dashes])
    if action.option_strings:
        tokens = [(chars.replace("-", ""), lo, hi) for chars, lo, hi in tokens
                  if chars != "-"]
    return tokens


def _match_tokens(tokens, text, index, pos):
    # The end positions of tokens[index:] matched greedily (with backtracking)
    # from pos, or None.
    if index == len(tokens):
        return []
    chars, least, most = tokens[index]
    run = 0
    while pos + run < len(text) and text[pos + run] in chars and (
            most == _MANY or run < most):
        run += 1
    while run >= least:
        rest = _match_tokens(tokens, text, index + 1, pos + run)
        if rest is not None:
            return [pos + run] + rest
        run -= 1
    return None


def _match_groups(actions, text):
    # How many argument strings each action takes from the start of text (the
    # pattern kinds), or None if they cannot all match.
    tokens = []
    bounds = []
    for action in actions:
        action_tokens = _nargs_tokens(action)
        bounds.append((len(tokens), len(tokens) + len(action_tokens)))
        tokens.extend(action_tokens)
    ends = _match_tokens(tokens, text, 0, 0)
    if ends is None:
        return None
    counts = []
    for first, last in bounds:
        start = ends[first - 1] if first > 0 else 0
        end = ends[last - 1] if last > first else start
        counts.append(end - start)
    return counts


def _is_negative_number(s):
    # '-' then digits, or '-' then digits, '.', digits.
    if not s.startswith("-") or len(s) < 2:
        return False
    body = s[1:]
    if body.isdigit() and body.isascii():
        return True
    whole, dot, frac = body.partition(".")
    return bool(dot) and (whole == "" or whole.isdigit()) and frac.isdigit()


# ---------------------------------------------------------------- containers


class _ActionsContainer:
    # What parsers and groups share: adding arguments and groups, defaults.
    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        if conflict_handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value: %r"
                             % conflict_handler)
        self._registries = {"action": dict(_ACTIONS), "type": {None: _identity}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        """Registers an action class or a type function under a name."""
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        """Attributes set on the namespace whatever the arguments."""
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        """The default of a destination."""
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """Adds a positional argument (a name) or an option (flags)."""
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        action_class = self._registry_get("action", action_name, action_name)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if type_func is FileType:
            raise ValueError("%r is a FileType class object, instance of it must be "
                             "passed" % (type_func,))
        if hasattr(self, "_get_formatter"):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        """A titled group of arguments for the help."""
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        """A group of which at most one argument may be given (exactly one when
        required=True)."""
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if _is_negative_number(option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE):
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError(
                    "invalid option string %r: must start with a character %r"
                    % (option_string, self.prefix_chars)
                )
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop("dest", None)
        if dest is None:
            first = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = first.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % first)
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _check_conflict(self, action):
        conflicts = [(s, self._option_string_actions[s]) for s in action.option_strings
                     if s in self._option_string_actions]
        if not conflicts:
            return
        if self.conflict_handler == "error":
            label = "option string" if len(conflicts) == 1 else "option strings"
            raise ArgumentError(action, "conflicting %s: %s"
                                % (label, ", ".join(s for s, _ in conflicts)))
        for option_string, other in conflicts:
            other.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not other.option_strings:
                other.container._remove_action(other)


def _identity(string):
    return string


class _ArgumentGroup(_ActionsContainer):
    # A titled group; its arguments belong to the parser too.
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault("conflict_handler", container.conflict_handler)
        kwargs.setdefault("prefix_chars", container.prefix_chars)
        kwargs.setdefault("argument_default", container.argument_default)
        _ActionsContainer.__init__(self, description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    # Arguments of which at most one may be given.
    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


def _basename(path):
    # os.path.basename: what follows the last "/".
    return path.rsplit("/", 1)[-1]


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command-line arguments into a Namespace, with help and errors as
    CPython prints them."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars="-",
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description=description,
                                   prefix_chars=prefix_chars,
                                   argument_default=argument_default,
                                   conflict_handler=conflict_handler)
        if prog is None:
            prog = _basename(_sys.argv[0]) if _sys.argv else ""
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        default_prefix = "-" if "-" in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + "h", default_prefix * 2 + "help",
                              action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _add_container_actions(self, container):
        # The parent's arguments, in groups of the same titles.
        title_group_map = {}
        for group in self._action_groups:
            title_group_map[group.title] = group
        group_map = {}
        for group in container._action_groups:
            if group.title not in title_group_map:
                title_group_map[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_map[action] = title_group_map[group.title]
        for group in container._mutually_exclusive_groups:
            mutex_group = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_map[action] = mutex_group
        for action in container._actions:
            group_map.get(action, self)._add_action(action)

    def _get_kwargs(self):
        names = ["prog", "usage", "description", "formatter_class",
                 "conflict_handler", "add_help"]
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        """The action that sub-command parsers are added to."""
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            positionals = self._get_positional_actions()
            formatter.add_usage(self.usage, positionals,
                                self._mutually_exclusive_groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        action_name = kwargs.pop("action", "parsers")
        parsers_class = self._registry_get("action", action_name, action_name)
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    def parse_args(self, args=None, namespace=None):
        """The namespace of the arguments (sys.argv[1:] by default); unknown
        arguments are an error."""
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        """The namespace and the list of the arguments not recognised."""
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def parse_intermixed_args(self, args=None, namespace=None):
        """Like parse_args, but positionals may come between the options."""
        args, argv = self.parse_known_intermixed_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Like parse_known_args, but positionals may come between the options:
        the options are parsed first (positionals set aside), then the strings
        left over are parsed as the positionals."""
        positionals = self._get_positional_actions()
        special = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if special:
            raise TypeError("parse_intermixed_args: positional arg with nargs=%s"
                            % special[0].nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError(
                    "parse_intermixed_args: positional in mutuallyExclusiveGroup")
        save_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            saved = [(a, a.nargs, a.default) for a in positionals]
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            try:
                namespace, remaining_args = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            optionals = self._get_optional_actions()
            saved_required = [(a, a.required) for a in optionals]
            saved_required += [(g, g.required) for g in self._mutually_exclusive_groups]
            for thing, _ in saved_required:
                thing.required = False
            try:
                namespace, extras = self.parse_known_args(remaining_args, namespace)
            finally:
                for thing, required in saved_required:
                    thing.required = required
        finally:
            self.usage = save_usage
        return namespace, extras

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _Parse(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        new_arg_strings = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                new_arg_strings.append(arg_string)
                continue
            try:
                with open(arg_string[1:]) as args_file:
                    arg_strings = []
                    for arg_line in args_file.read().splitlines():
                        arg_strings.extend(self.convert_arg_line_to_args(arg_line))
                    new_arg_strings.extend(self._read_args_from_files(arg_strings))
            except OSError as err:
                self.error(str(err))
        return new_arg_strings

    def convert_arg_line_to_args(self, arg_line):
        """The arguments one line of an arguments file holds (the line)."""
        return [arg_line]

    def _parse_optional(self, arg_string):
        # (action, option string, explicit argument) for an option, (None,
        # string, None) for an unknown one, None for a positional argument.
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if "=" in arg_string:
            option_string, explicit_arg = arg_string.split("=", 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            options = ", ".join(option_string for _, option_string, _ in option_tuples)
            self.error("ambiguous option: %s could match %s" % (arg_string, options))
        elif len(option_tuples) == 1:
            return option_tuples[0]
        if _is_negative_number(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if " " in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if "=" in option_string:
                    option_prefix, explicit_arg = option_string.split("=", 1)
                else:
                    option_prefix, explicit_arg = option_string, None
                for known in self._option_string_actions:
                    if known.startswith(option_prefix):
                        result.append((self._option_string_actions[known], known,
                                       explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            short_option_prefix = option_string[:2]
            short_explicit_arg = option_string[2:]
            for known in self._option_string_actions:
                action = self._option_string_actions[known]
                if known == short_option_prefix:
                    result.append((action, known, short_explicit_arg))
                elif known.startswith(option_string):
                    result.append((action, known, None))
        else:
            self.error("unexpected option string: %s" % option_string)
        return result

    def _match_argument(self, action, arg_strings_pattern):
        counts = _match_groups([action], arg_strings_pattern)
        if counts is None:
            messages = {None: "expected one argument",
                        OPTIONAL: "expected at most one argument",
                        ONE_OR_MORE: "expected at least one argument"}
            msg = messages.get(action.nargs)
            if msg is None:
                word = "argument" if action.nargs == 1 else "arguments"
                msg = "expected %s %s" % (action.nargs, word)
            raise ArgumentError(action, msg)
        return counts[0]

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        for i in range(len(actions), 0, -1):
            counts = _match_groups(actions[:i], arg_strings_pattern)
            if counts is not None:
                return counts
        return []

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and "--" in arg_strings:
            arg_strings.remove("--")
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, "%r is not callable" % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(repr(c) for c in action.choices)
            raise ArgumentError(action, "invalid choice: %r (choose from %s)"
                                % (value, choices))

    def format_usage(self):
        """The usage text."""
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        """The whole help text: usage, description, argument groups, epilog."""
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for action_group in self._action_groups:
            formatter.start_section(action_group.title)
            formatter.add_text(action_group.description)
            formatter.add_arguments(action_group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        """Writes the usage text (to sys.stdout by default)."""
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        """Writes the help text (to sys.stdout by default)."""
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        """Writes the message to stderr, then raises SystemExit(status)."""
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Writes the usage and 'prog: error: message' to stderr and exits with
        status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


class _Parse:
    # One run of the parser over a list of argument strings.
    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        self.arg_strings = arg_strings
        self.namespace = namespace
        self.action_conflicts = {}
        for mutex_group in parser._mutually_exclusive_groups:
            group_actions = mutex_group._group_actions
            for i, mutex_action in enumerate(group_actions):
                conflicts = self.action_conflicts.setdefault(mutex_action, [])
                conflicts.extend(group_actions[:i])
                conflicts.extend(group_actions[i + 1:])
        self.option_string_indices = {}
        kinds = []
        rest = False
        for i, arg_string in enumerate(arg_strings):
            if rest:
                kinds.append("A")
            elif arg_string == "--":
                kinds.append("-")
                rest = True
            else:
                option_tuple = parser._parse_optional(arg_string)
                if option_tuple is None:
                    kinds.append("A")
                else:
                    self.option_string_indices[i] = option_tuple
                    kinds.append("O")
        self.pattern = "".join(kinds)
        self.seen_actions = set()
        self.seen_non_default_actions = set()
        self.extras = []
        self.positionals = parser._get_positional_actions()

    def take_action(self, action, argument_strings, option_string=None):
        self.seen_actions.add(action)
        argument_values = self.parser._get_values(action, argument_strings)
        if argument_values is not action.default:
            self.seen_non_default_actions.add(action)
            for conflict_action in self.action_conflicts.get(action, []):
                if conflict_action in self.seen_non_default_actions:
                    raise ArgumentError(action, "not allowed with argument %s"
                                        % _get_action_name(conflict_action))
        if argument_values is not SUPPRESS:
            action(self.parser, self.namespace, argument_values, option_string)

    def consume_optional(self, start_index):
        action, option_string, explicit_arg = self.option_string_indices[start_index]
        parser = self.parser
        action_tuples = []
        while True:
            if action is None:
                self.extras.append(self.arg_strings[start_index])
                return start_index + 1
            if explicit_arg is None:
                start = start_index + 1
                arg_count = parser._match_argument(action, self.pattern[start:])
                stop = start + arg_count
                action_tuples.append((action, self.arg_strings[start:stop],
                                      option_string))
                break
            arg_count = parser._match_argument(action, "A")
            chars = parser.prefix_chars
            if arg_count == 0 and option_string[1] not in chars and explicit_arg != "":
                # -xyz: a flag, then the next letters are options too.
                action_tuples.append((action, [], option_string))
                option_string = option_string[0] + explicit_arg[0]
                new_explicit_arg = explicit_arg[1:] or None
                if option_string not in parser._option_string_actions:
                    raise ArgumentError(action, "ignored explicit argument %r"
                                        % explicit_arg)
                action = parser._option_string_actions[option_string]
                explicit_arg = new_explicit_arg
            elif arg_count == 1:
                stop = start_index + 1
                action_tuples.append((action, [explicit_arg], option_string))
                break
            else:
                raise ArgumentError(action, "ignored explicit argument %r"
                                    % explicit_arg)
        for action, args, option_string in action_tuples:
            self.take_action(action, args, option_string)
        return stop

    def consume_positionals(self, start_index):
        arg_counts = self.parser._match_arguments_partial(self.positionals,
                                                          self.pattern[start_index:])
        for action, arg_count in zip(self.positionals, arg_counts):
            args = self.arg_strings[start_index:start_index + arg_count]
            start_index += arg_count
            self.take_action(action, args)
        self.positionals = self.positionals[len(arg_counts):]
        return start_index

    def run(self):
        parser = self.parser
        indices = self.option_string_indices
        start_index = 0
        max_option_string_index = max(indices) if indices else -1
        while start_index <= max_option_string_index:
            next_option_string_index = min(i for i in indices if i >= start_index)
            if start_index != next_option_string_index:
                positionals_end_index = self.consume_positionals(start_index)
                if positionals_end_index > start_index:
                    start_index = positionals_end_index
                    continue
                start_index = positionals_end_index
            if start_index not in indices:
                self.extras.extend(self.arg_strings[start_index:next_option_string_index])
                start_index = next_option_string_index
            start_index = self.consume_optional(start_index)
        stop_index = self.consume_positionals(start_index)
        self.extras.extend(self.arg_strings[stop_index:])
        required_actions = []
        for action in parser._actions:
            if action in self.seen_actions:
                continue
            if action.required:
                required_actions.append(_get_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(self.namespace, action.dest)
                  and action.default is getattr(self.namespace, action.dest)):
                setattr(self.namespace, action.dest,
                        parser._get_value(action, action.default))
        if required_actions:
            parser.error("the following arguments are required: %s"
                         % ", ".join(required_actions))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_non_default_actions
                                          for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                parser.error("one of the arguments %s is required" % " ".join(names))
        return self.namespace, self.extras
