//! `help()`: the page of a function, method, class, module or value, in the layout
//! of CPython's `pydoc` (a header line, the signature, the docstring cleaned as
//! `inspect.cleandoc` cleans it; for a class its own methods and data, for a module
//! its classes, functions and data), shown through a pager on a terminal and written
//! to `sys.stdout` otherwise. `help()` alone explains itself and the REPL's `:`
//! commands ([`COMMANDS`]). The built-ins' docstrings are [`docs::DOCS`].

mod class;
pub mod docs;
mod module;
mod signature;

use crate::objects::NameKeys;
use std::io::{IsTerminal, Write};

use crate::objects::func::Function;
use crate::objects::{KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The names pydoc never lists among a module's members or a class's attributes.
const HIDDEN: &[&str] = &[
    "__author__",
    "__builtins__",
    "__cached__",
    "__credits__",
    "__date__",
    "__doc__",
    "__file__",
    "__spec__",
    "__loader__",
    "__module__",
    "__name__",
    "__package__",
    "__path__",
    "__qualname__",
    "__slots__",
    "__version__",
];

/// What the REPL's `:help` prints, and `help()` after its own introduction.
pub const COMMANDS: &str = "\
Teaching commands (at the >>> prompt; anything else is Python):
  :help          this list
  :frame EXPR    the frame of the generator EXPR: its state, line, locals and value
                 stack, and the yield-from chain down to the innermost delegate
  :dis EXPR      the bytecode of a function, generator or code object, with what a
                 generator keeps while suspended and where it resumes
  :trace on      tell every generator event (created, resumed, yielded, returned,
                 raised, closed, finalized) on stderr as it happens
  :trace off     stop telling them; `:trace` alone says whether it is on
";

/// What `help()` without an argument prints before [`COMMANDS`].
const INTRODUCTION: &str = "\
Welcome to genpy's help.

help(obj) shows the signature and documentation of a function, method, class
or module (help(len), help(str.split), help(math)); help('name') looks the name
up among the builtins and the modules. Inside the REPL these commands teach how
generators run:

";

/// `__doc__` of the native module `name`: CPython's, from [`docs::DOCS`], or None.
pub fn module_doc(name: &str) -> Value {
    docs::DOCS
        .binary_search_by(|(n, ..)| (*n).cmp(name))
        .map_or(Value::None, |i| Value::str(docs::DOCS[i].2))
}

/// The `help` builtin.
pub fn help(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let text = match a.first() {
        None => format!("{INTRODUCTION}{COMMANDS}"),
        Some(Value::Str(name)) => match lookup(vm, name.as_str())? {
            Some(v) => page(vm, &v)?,
            None => format!(
                "No Python documentation found for {}.\nUse help() to get the interactive \
                 help utility.\nUse help(str) for help on the str class.\n\n",
                vm.repr(&a[0])?
            ),
        },
        Some(v) => page(vm, v)?,
    };
    show(vm, &text)?;
    Ok(Value::None)
}

/// The value `help('name')` is about: a builtin, a module (imported), or a dotted
/// path into one; None when there is none.
fn lookup(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let mut parts = name.split('.');
    let first = parts.next().unwrap_or("");
    let found = vm.builtins.borrow().get_name(first).cloned();
    let mut value = match found {
        Some(v) => v,
        None => match vm.import_module(first, None) {
            Ok(m) => m,
            Err(_) => return Ok(None),
        },
    };
    for part in parts {
        match vm.get_attr(&value, part) {
            Ok(v) => value = v,
            Err(_) => return Ok(None),
        }
    }
    Ok(Some(value))
}

/// The help page of `v`.
fn page(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let out = match v {
        Value::Function(f) => format!(
            "Help on function {} in module {}:\n\n{}\n",
            f.name.borrow(),
            module_name(vm, v)?,
            function_entry(vm, f, None)?
        ),
        Value::BoundMethod(m) => {
            let Value::Function(f) = &m.func else {
                return page(vm, &m.func);
            };
            let class = vm.types.class_of(&m.receiver);
            let owner = format!(
                "{} of {}.{} instance",
                "method", class.module, class.qualname
            );
            format!(
                "Help on method {} in module {}:\n\n{}\n",
                f.name.borrow(),
                module_name(vm, &m.func)?,
                function_entry(vm, f, Some(&owner))?
            )
        }
        Value::Builtin(b) => {
            let name = b.def.name;
            match &b.bound {
                Some(Value::Module(_)) | None => format!(
                    "Help on built-in function {name} in module {}:\n\n{}\n",
                    module_name(vm, v)?,
                    builtin_entry(vm, v, name, None)?
                ),
                Some(receiver) => {
                    let class = vm.types.class_of(receiver);
                    let owner = format!("method of {}.{} instance", class.module, class.qualname);
                    format!(
                        "Help on built-in function {name}:\n\n{}\n",
                        builtin_entry(vm, v, name, Some(&owner))?
                    )
                }
            }
        }
        Value::NativeMethod(def) => format!(
            "Help on method_descriptor:\n\n{}\n",
            builtin_entry(vm, v, def.name, None)?
        ),
        Value::Class(c) => format!(
            "Help on class {} in module {}:\n\n{}\n",
            c.name,
            c.module,
            class::page(vm, c)?
        ),
        Value::Module(_) => module::page(vm, v)?,
        _ => {
            let class = vm.types.class_of(v);
            format!(
                "Help on {} object:\n\n{}\n",
                class.name,
                class::page(vm, &class)?
            )
        }
    };
    Ok(out)
}

/// `__module__` of `v`, as text.
pub(super) fn module_name(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let m = vm.get_attr(v, "__module__")?;
    Ok(m.as_str().map_or_else(|| "?".to_string(), String::from))
}

/// `name(signature)` and the docstring under it, of a Python function; `owner`
/// says whose method it is (`method of __main__.C instance`, `self` left out).
pub(super) fn function_entry(vm: &mut Vm, f: &Function, owner: Option<&str>) -> PyResult<String> {
    let sig = signature::of_function(vm, f, owner.is_some())?;
    let mut out = format!("{}{sig}", f.name.borrow());
    if let Some(owner) = owner {
        out.push(' ');
        out.push_str(owner);
    }
    out.push('\n');
    let doc = Some(f.doc());
    out.push_str(&indented(&clean_doc(doc.as_ref()), "    "));
    Ok(out)
}

/// `name(signature)` and the documentation of a native function or method (`...`
/// for a signature genpy does not know); `owner` says whose bound method it is
/// (its `self` left out of the signature).
pub(super) fn builtin_entry(
    vm: &mut Vm,
    v: &Value,
    name: &str,
    owner: Option<&str>,
) -> PyResult<String> {
    let sig = match v {
        Value::NativeMethod(def) => vm.native_method_signature(def),
        _ => vm.get_attr(v, "__text_signature__").unwrap_or_default(),
    };
    let doc = vm.get_attr(v, "__doc__").unwrap_or_default();
    Ok(native_entry(name, sig.as_str(), doc.as_str(), owner))
}

/// The entry of a native function or method from its text signature and
/// documentation: `name(signature)` (`(...)` without one; without its first
/// parameter and followed by `owner` for a bound method), the docstring indented
/// under it.
pub(super) fn native_entry(
    name: &str,
    sig: Option<&str>,
    doc: Option<&str>,
    owner: Option<&str>,
) -> String {
    let sig = sig.unwrap_or("(...)");
    let sig = match owner {
        Some(owner) => format!("{} {owner}", signature::without_first(sig)),
        None => sig.to_string(),
    };
    let doc = doc.map(Value::str).unwrap_or_default();
    format!("{name}{sig}\n{}", indented(&clean_doc(Some(&doc)), "    "))
}

/// A docstring as `inspect.cleandoc` leaves it: tabs expanded, the first line
/// stripped, the common indentation of the others removed, blank lines at either
/// end dropped; each line ends in a newline. Empty for a missing docstring.
pub(super) fn clean_doc(doc: Option<&Value>) -> String {
    let Some(text) = doc.and_then(Value::as_str) else {
        return String::new();
    };
    let text = text.replace('\t', "        ");
    let mut lines: Vec<&str> = text.lines().collect();
    let margin = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut cleaned: Vec<String> = Vec::with_capacity(lines.len());
    if let Some(first) = lines.first_mut() {
        cleaned.push(first.trim().to_string());
    }
    for l in lines.iter().skip(1) {
        cleaned.push(l.get(margin..).unwrap_or("").trim_end().to_string());
    }
    while cleaned.last().is_some_and(|l| l.is_empty()) {
        cleaned.pop();
    }
    while cleaned.first().is_some_and(|l| l.is_empty()) {
        cleaned.remove(0);
    }
    cleaned.iter().map(|l| format!("{l}\n")).collect()
}

/// Every line of `text` after `prefix` (a blank line gets the prefix alone, as
/// pydoc writes it).
pub(super) fn indented(text: &str, prefix: &str) -> String {
    text.lines().map(|l| format!("{prefix}{l}\n")).collect()
}

/// Writes `text` to `sys.stdout`, through a pager (`$PAGER`, else `less`) when that
/// is the terminal and the text is taller than it.
fn show(vm: &mut Vm, text: &str) -> PyResult<()> {
    let stdout = vm.sys_dict.borrow().get_name("stdout").cloned();
    let Some(stdout) = stdout else {
        return Err(PyErr::new(
            crate::objects::ExcKind::RuntimeError,
            "lost sys.stdout",
        ));
    };
    if crate::builtins::io::std::is_stdout(&stdout) && page_through_pager(vm, text) {
        return Ok(());
    }
    let write = vm.get_attr(&stdout, "write")?;
    vm.call(&write, vec![Value::str(text)], vec![])?;
    Ok(())
}

/// Shows `text` through the pager when stdout is a terminal shorter than the text;
/// false when it did not (no terminal, a short text, no pager to run).
fn page_through_pager(vm: &mut Vm, text: &str) -> bool {
    let out = std::io::stdout();
    if !out.is_terminal() {
        return false;
    }
    let rows = rustix::termios::tcgetwinsize(&out).map_or(24, |w| w.ws_row as usize);
    if text.lines().count() < rows.max(2) - 1 {
        return false;
    }
    vm.out.flush();
    let pager = std::env::var("PAGER").unwrap_or_else(|_| "less".into());
    let child = std::process::Command::new("sh")
        .arg("-c")
        .arg(&pager)
        .env(
            "LESS",
            std::env::var("LESS").unwrap_or_else(|_| "-R".into()),
        )
        .stdin(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        return false;
    };
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(text.as_bytes());
    }
    child.wait().is_ok()
}
