//! `help()`: the page of a function, method, class, module or value, in the layout
//! of CPython's `pydoc` (a header line, the signature, the docstring cleaned as
//! `inspect.cleandoc` cleans it; for a class its own methods and data, for a module
//! its classes, functions and data), shown through a pager on a terminal and written
//! to `sys.stdout` otherwise. `help()` alone explains itself and the REPL's `:`
//! commands ([`COMMANDS`]). The built-ins' docstrings are [`docs::DOCS`].

pub mod docs;
mod signature;

use crate::objects::NameKeys;
use std::io::{IsTerminal, Write};

use crate::objects::func::Function;
use crate::objects::{Class, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

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
                Some(Value::Module(m)) => format!(
                    "Help on built-in function {name} in module {}:\n\n{}\n",
                    m.name,
                    builtin_entry(vm, v, name, None)?
                ),
                None => format!(
                    "Help on built-in function {name} in module builtins:\n\n{}\n",
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
            class_page(vm, c)?
        ),
        Value::Module(m) => module_page(vm, v, &m.name)?,
        _ => {
            let class = vm.types.class_of(v);
            format!(
                "Help on {} object:\n\n{}\n",
                class.name,
                class_page(vm, &class)?
            )
        }
    };
    Ok(out)
}

/// `__module__` of `v`, as text.
fn module_name(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let m = vm.get_attr(v, "__module__")?;
    Ok(m.as_str().map_or_else(|| "?".to_string(), String::from))
}

/// `name(signature)` and the docstring under it, of a Python function; `owner`
/// says whose method it is (`method of __main__.C instance`, `self` left out).
fn function_entry(vm: &mut Vm, f: &Function, owner: Option<&str>) -> PyResult<String> {
    let sig = signature::of_function(vm, f, owner.is_some())?;
    let mut out = format!("{}{sig}", f.name.borrow());
    if let Some(owner) = owner {
        out.push(' ');
        out.push_str(owner);
    }
    out.push('\n');
    let doc = f.dict.borrow().get("__doc__").cloned();
    out.push_str(&indented(&clean_doc(doc.as_ref()), "    "));
    Ok(out)
}

/// `name(signature)` and the documentation of a native function or method (`...`
/// for a signature genpy does not know); `owner` says whose bound method it is
/// (its `self` left out of the signature).
fn builtin_entry(vm: &mut Vm, v: &Value, name: &str, owner: Option<&str>) -> PyResult<String> {
    let sig = match v {
        Value::NativeMethod(def) => vm.native_method_signature(def),
        _ => vm.get_attr(v, "__text_signature__").unwrap_or_default(),
    };
    let sig = sig.as_str().unwrap_or("(...)");
    let sig = match owner {
        Some(owner) => {
            let params = sig
                .strip_prefix("(self, ")
                .or_else(|| sig.strip_prefix("(type, "))
                .map_or_else(
                    || sig.replace("(self)", "()").replace("(self, /)", "()"),
                    |rest| format!("({rest}"),
                );
            format!("{params} {owner}")
        }
        None => sig.to_string(),
    };
    let doc = vm.get_attr(v, "__doc__").unwrap_or_default();
    Ok(format!(
        "{name}{sig}\n{}",
        indented(&clean_doc(Some(&doc)), "    ")
    ))
}

/// A class's page: `class C(bases)`, its docstring, its method resolution order
/// when it has bases of its own, the methods it defines and its other attributes.
fn class_page(vm: &mut Vm, c: &std::rc::Rc<Class>) -> PyResult<String> {
    let qualified = |k: &Class| {
        if *k.module == *c.module {
            k.qualname.to_string()
        } else {
            format!("{}.{}", k.module, k.qualname)
        }
    };
    let bases: Vec<String> = if c.bases.is_empty() && c.name.as_ref() != "object" {
        vec!["builtins.object".into()]
    } else {
        c.bases.iter().map(|b| qualified(b)).collect()
    };
    let mut out = format!("class {}", c.name);
    if !bases.is_empty() {
        out.push_str(&format!("({})", bases.join(", ")));
    }
    out.push('\n');
    let class_value = Value::Class(c.clone());
    let doc = vm.get_attr(&class_value, "__doc__").unwrap_or_default();
    let mut body = String::new();
    if let Some(sig) = class_signature(vm, c)? {
        body.push_str(&format!("{}{sig}\n\n", c.name));
    }
    let doc = clean_doc(Some(&doc));
    if !doc.is_empty() {
        body.push_str(&doc);
        body.push('\n');
    }
    let mro = c.mro();
    if mro.len() > 2 {
        body.push_str("Method resolution order:\n");
        for k in &mro {
            body.push_str(&format!("    {}\n", qualified(k)));
        }
        body.push('\n');
    }
    let mut methods: Vec<(String, Value)> = Vec::new();
    let mut data: Vec<(String, Value)> = Vec::new();
    for (name, v) in c.dict.borrow().iter() {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::NativeMethod(_) => {
                methods.push((name.to_string(), v.clone()))
            }
            _ if name.starts_with("__") && name.ends_with("__") => {}
            _ => data.push((name.to_string(), v.clone())),
        }
    }
    methods.sort_by(|a, b| a.0.cmp(&b.0));
    data.sort_by(|a, b| a.0.cmp(&b.0));
    let mut sections = Vec::new();
    if !methods.is_empty() {
        let mut s = String::from("Methods defined here:\n\n");
        for (name, v) in &methods {
            s.push_str(&match v {
                Value::Function(f)
                    if f.dict
                        .borrow()
                        .get("__doc__")
                        .is_none_or(|d| matches!(d, Value::None)) =>
                {
                    let own = function_entry(vm, f, None)?;
                    format!("{own}{}", indented(&inherited_doc(vm, c, name), "    "))
                }
                Value::Function(f) => function_entry(vm, f, None)?,
                _ => builtin_entry(vm, v, name, None)?,
            });
            s.push('\n');
        }
        sections.push(s);
    }
    let user_class = &*c.module != "builtins" && !c.dict.borrow().contains_key("__slots__");
    if user_class {
        sections.push(
            "Data descriptors defined here:\n\n__dict__\n    dictionary for instance \
             variables\n\n__weakref__\n    list of weak references to the object\n\n"
                .into(),
        );
    }
    if !data.is_empty() {
        let mut s = String::from("Data and other attributes defined here:\n\n");
        for (name, v) in &data {
            s.push_str(&format!("{name} = {}\n", vm.repr(v)?));
        }
        sections.push(s);
    }
    body.push_str(&sections.join(&format!("{RULE}\n")));
    for line in body.trim_end_matches('\n').lines() {
        out.push_str(&format!(" |  {line}\n"));
    }
    Ok(out)
}

/// The signature a class is called with, from the first `__init__` written in
/// Python along its MRO (`self` left out); None when there is none or it takes
/// nothing, where pydoc shows none.
fn class_signature(vm: &mut Vm, c: &std::rc::Rc<Class>) -> PyResult<Option<String>> {
    let init = c
        .mro()
        .iter()
        .find_map(|k| k.dict.borrow().get("__init__").cloned());
    match &init {
        Some(Value::Function(f)) => {
            let sig = signature::of_function(vm, f, true)?;
            Ok((sig != "()").then_some(sig))
        }
        _ => Ok(None),
    }
}

/// The docstring a method without one inherits, as `inspect.getdoc` finds it: that
/// of the same name further along the class's MRO (a built-in type's from the
/// registered documentation); empty when none has one.
fn inherited_doc(vm: &mut Vm, c: &std::rc::Rc<Class>, name: &str) -> String {
    for k in c.mro().iter().skip(1) {
        let found = k.dict.borrow().get(name).cloned();
        match &found {
            Some(Value::Function(f)) => {
                let doc = f.dict.borrow().get("__doc__").cloned();
                if doc.as_ref().is_some_and(|d| !matches!(d, Value::None)) {
                    return clean_doc(doc.as_ref());
                }
            }
            _ if &*k.module == "builtins" => {
                if let Some((_, doc)) = vm.native_doc(&format!("{}.{name}", k.name)) {
                    return clean_doc(Some(&Value::str(doc)));
                }
            }
            _ => {}
        }
    }
    String::new()
}

/// The rule pydoc draws between the sections of a class.
const RULE: &str = "----------------------------------------------------------------------";

/// A module's page: NAME, DESCRIPTION, CLASSES, FUNCTIONS, DATA and FILE.
fn module_page(vm: &mut Vm, module: &Value, name: &str) -> PyResult<String> {
    let doc = vm.get_attr(module, "__doc__").unwrap_or_default();
    let doc = clean_doc(Some(&doc));
    // pydoc's synopsis: a first line followed by a blank one goes on the NAME line.
    let (synopsis, description) = match doc.split_once("\n\n") {
        Some((first, rest)) if !first.contains('\n') => (Some(first), rest.to_string()),
        _ if !doc.trim_end().contains('\n') && !doc.is_empty() => {
            (Some(doc.trim_end()), String::new())
        }
        _ => (None, doc.clone()),
    };
    let mut out = match synopsis {
        Some(line) => format!("Help on module {name}:\n\nNAME\n    {name} - {line}\n\n"),
        None => format!("Help on module {name}:\n\nNAME\n    {name}\n\n"),
    };
    if !description.is_empty() {
        out.push_str(&format!(
            "DESCRIPTION\n{}\n",
            indented(&description, "    ")
        ));
    }
    let Value::Module(m) = module else {
        return Ok(out);
    };
    let members: Vec<(String, Value)> = m
        .dict
        .borrow()
        .names()
        .filter(|(k, _)| !k.starts_with('_'))
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let (mut classes, mut functions, mut data) = (Vec::new(), Vec::new(), Vec::new());
    for (k, v) in members {
        let own = match &v {
            Value::Function(_) | Value::Class(_) => module_name(vm, &v)? == name,
            _ => true,
        };
        match &v {
            Value::Class(c) if own => classes.push(c.clone()),
            Value::Function(f) if own => functions.push(function_entry(vm, f, None)?),
            Value::Builtin(_) => functions.push(builtin_entry(vm, &v, &k, None)?),
            Value::Module(_) | Value::Class(_) | Value::Function(_) => {}
            _ => data.push(format!("{k} = {}\n", vm.repr(&v)?)),
        }
    }
    if !classes.is_empty() {
        out.push_str("CLASSES\n");
        out.push_str(&class_tree(&classes, name));
        for c in &classes {
            out.push_str(&indented(&class_page(vm, c)?, "    "));
            out.push('\n');
        }
    }
    if !functions.is_empty() {
        out.push_str("FUNCTIONS\n");
        for f in &functions {
            out.push_str(&indented(f, "    "));
            out.push('\n');
        }
    }
    if !data.is_empty() {
        out.push_str(&format!("DATA\n{}\n", indented(&data.concat(), "    ")));
    }
    if let Some(Value::Str(file)) = m.dict.borrow().get_name("__file__") {
        out.push_str(&format!("FILE\n    {}\n\n", file.as_str()));
    }
    out.push('\n');
    Ok(out)
}

/// The tree of module `module`'s classes that pydoc puts first under CLASSES: each
/// base (qualified by its module when it is another's), the classes deriving from it
/// indented under it.
fn class_tree(classes: &[std::rc::Rc<Class>], module: &str) -> String {
    let mut out = String::new();
    let mut bases: Vec<String> = Vec::new();
    let base_of = |c: &Class| match c.bases.first() {
        Some(b) if &*b.module == module => b.qualname.to_string(),
        Some(b) => format!("{}.{}", b.module, b.qualname),
        None => "builtins.object".to_string(),
    };
    for c in classes {
        let base = base_of(c);
        if !bases.contains(&base) {
            bases.push(base);
        }
    }
    for base in &bases {
        out.push_str(&format!("    {base}\n"));
        for c in classes.iter().filter(|c| base_of(c) == *base) {
            out.push_str(&format!("        {}\n", c.name));
        }
    }
    out.push_str("    \n");
    out
}

/// A docstring as `inspect.cleandoc` leaves it: tabs expanded, the first line
/// stripped, the common indentation of the others removed, blank lines at either
/// end dropped; each line ends in a newline. Empty for a missing docstring.
fn clean_doc(doc: Option<&Value>) -> String {
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
fn indented(text: &str, prefix: &str) -> String {
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
