//! A module's help page, in pydoc's sections: NAME (with the docstring's first line
//! when a blank one follows it), MODULE REFERENCE (for the standard library's
//! modules), DESCRIPTION, CLASSES, FUNCTIONS, DATA, VERSION/DATE/AUTHOR/CREDITS and
//! FILE. Members come sorted by name; `__all__`, when the module has one, says which
//! are shown, else the public ones (and a class or Python function only where the
//! module defines it).

use crate::objects::NameKeys;
use std::rc::Rc;

use super::class::{self, data_line};
use super::{builtin_entry, clean_doc, function_entry, module_name};
use crate::objects::{Class, PyResult, Value};
use crate::vm::Vm;

/// Where pydoc points for the documentation of the standard library's modules.
const DOCS_URL: &str = "https://docs.python.org/3.11/library";

/// What pydoc says under the MODULE REFERENCE address.
const REFERENCE_NOTE: &str = "\n\
The following documentation is automatically generated from the Python
source files.  It may be incomplete, incorrect or include features that
are considered implementation detail and may vary between Python
implementations.  When in doubt, consult the module reference at the
location listed above.
";

/// The modules built into CPython 3.11's executable (its `Setup.bootstrap`), which
/// pydoc finds no file and so no reference for, unless [`ALWAYS_REFERENCED`]
/// names them.
const BUILT_INTO_CPYTHON: &[&str] = &[
    "builtins",
    "itertools",
    "time",
    "atexit",
    "faulthandler",
    "pwd",
    "xxsubtype",
];

/// The modules pydoc gives a MODULE REFERENCE whatever their file.
const ALWAYS_REFERENCED: &[&str] = &[
    "errno",
    "exceptions",
    "gc",
    "imp",
    "marshal",
    "posix",
    "signal",
    "sys",
    "_thread",
    "zipimport",
];

/// The help page of `module`.
pub fn page(vm: &mut Vm, module: &Value) -> PyResult<String> {
    let Value::Module(m) = module else {
        return Ok(String::new());
    };
    let name = m.name.to_string();
    let doc = vm.get_attr(module, "__doc__").unwrap_or_default();
    let (synopsis, description) = split_doc(&clean_doc(Some(&doc)));
    let mut out = format!("Help on module {name}:\n\n");
    let title = if synopsis.is_empty() {
        name.clone()
    } else {
        format!("{name} - {synopsis}")
    };
    out.push_str(&section("NAME", &title));
    let file = m
        .dict
        .borrow()
        .get_name("__file__")
        .and_then(Value::as_str)
        .map(String::from);
    if let Some(address) = reference(&name, file.as_deref()) {
        out.push_str(&section(
            "MODULE REFERENCE",
            &format!("{address}\n{REFERENCE_NOTE}"),
        ));
    }
    if !description.is_empty() {
        out.push_str(&section("DESCRIPTION", &description));
    }
    let all = exported(vm, module)?;
    let mut members: Vec<(String, Value)> = m
        .dict
        .borrow()
        .names()
        .filter(|(k, _)| visible(k, all.as_deref()))
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    members.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut classes, mut functions, mut data) = (Vec::new(), Vec::new(), Vec::new());
    for (key, v) in members {
        let chosen = all.is_some() || module_name(vm, &v).is_ok_and(|owner| owner == name);
        match &v {
            Value::Class(c) if chosen => classes.push(c.clone()),
            Value::Function(f) if chosen => {
                let entry = function_entry(vm, f, None)?;
                functions.push(aliased(&key, &f.name.borrow(), entry));
            }
            Value::Builtin(b) => {
                let entry = builtin_entry(vm, &v, b.def.name, None)?;
                functions.push(aliased(&key, b.def.name, entry));
            }
            Value::Module(_) | Value::Class(_) | Value::Function(_) | Value::Code(_) => {}
            _ => data.push(data_line(&key, &vm.repr(&v)?)),
        }
    }
    if !classes.is_empty() {
        let object = vm.types.object.clone();
        let mut contents = vec![class_tree(&classes, &object, &name)];
        for c in &classes {
            contents.push(class::page(vm, c)?);
        }
        out.push_str(&section("CLASSES", &contents.join("\n")));
    }
    if !functions.is_empty() {
        out.push_str(&section("FUNCTIONS", &functions.join("\n")));
    }
    if !data.is_empty() {
        out.push_str(&section("DATA", &data.join("\n")));
    }
    for (attr, title) in [
        ("__version__", "VERSION"),
        ("__date__", "DATE"),
        ("__author__", "AUTHOR"),
        ("__credits__", "CREDITS"),
    ] {
        let found = m.dict.borrow().get_name(attr).cloned();
        if let Some(v) = found {
            out.push_str(&section(title, &vm.str_of(&v)?));
        }
    }
    out.push_str(&section("FILE", file.as_deref().unwrap_or("(built-in)")));
    out.push('\n');
    Ok(out)
}

/// pydoc's split of a docstring into a synopsis (a lone first line, or one followed
/// by a blank line) and the rest.
fn split_doc(doc: &str) -> (String, String) {
    let lines: Vec<&str> = doc.trim().split('\n').collect();
    match lines.as_slice() {
        [] | [""] => (String::new(), String::new()),
        [only] => (only.to_string(), String::new()),
        [first, second, rest @ ..] if second.trim_end().is_empty() => {
            (first.to_string(), rest.join("\n"))
        }
        _ => (String::new(), lines.join("\n")),
    }
}

/// The address of the reference documentation of a standard library module, as
/// pydoc gives it (`$PYTHONDOCS` overrides the site): for genpy's own library (its
/// native modules and `lib/`), not the modules built into CPython's executable and
/// not the user's.
fn reference(name: &str, file: Option<&str>) -> Option<String> {
    let stdlib = match file {
        Some(path) => path.starts_with("<genpy stdlib>"),
        None => !name.starts_with('_') && !BUILT_INTO_CPYTHON.contains(&name),
    };
    if !stdlib && !ALWAYS_REFERENCED.contains(&name) || name == "xml.etree" {
        return None;
    }
    let site = std::env::var("PYTHONDOCS").unwrap_or_else(|_| DOCS_URL.to_string());
    let page = format!("{}.html", name.to_lowercase());
    if site.starts_with("http://") || site.starts_with("https://") {
        Some(format!("{}/{page}", site.trim_end_matches('/')))
    } else {
        Some(std::path::Path::new(&site).join(page).display().to_string())
    }
}

/// The module's `__all__` as names, or None when it has none (or it is not a list
/// or tuple of strings).
fn exported(vm: &mut Vm, module: &Value) -> PyResult<Option<Vec<String>>> {
    let Value::Module(m) = module else {
        return Ok(None);
    };
    let all = m.dict.borrow().get_name("__all__").cloned();
    let Some(all) = all else {
        return Ok(None);
    };
    let items = match vm.collect(&all) {
        Ok(items) => items,
        Err(_) => return Ok(None),
    };
    Ok(items
        .iter()
        .map(|v| v.as_str().map(String::from))
        .collect::<Option<Vec<_>>>())
}

/// Whether pydoc lists the member `name`: never the bookkeeping names of
/// [`super::HIDDEN`], always other special names, else those in `__all__` when there is
/// one, else the public ones.
fn visible(name: &str, all: Option<&[String]>) -> bool {
    if super::HIDDEN.contains(&name) {
        return false;
    }
    if name.len() > 4 && name.starts_with("__") && name.ends_with("__") {
        return true;
    }
    match all {
        Some(all) => all.iter().any(|n| n == name),
        None => !name.starts_with('_'),
    }
}

/// A function's entry under the name the module gives it: `alias = name(...)` when
/// that differs from its own.
fn aliased(key: &str, own: &str, entry: String) -> String {
    if key == own {
        entry
    } else {
        format!("{key} = {entry}")
    }
}

/// One of pydoc's sections: the title, then the contents indented by four spaces
/// (blank lines too), the last line without trailing blanks, and a blank line.
fn section(title: &str, contents: &str) -> String {
    let body: Vec<String> = contents.split('\n').map(|l| format!("    {l}")).collect();
    let body = body.join("\n");
    format!("{title}\n{}\n\n", body.trim_end())
}

/// The tree of module `module`'s classes that pydoc puts first under CLASSES: the
/// bases that are not among them at the left, each class under its first base
/// among them (else under each of its bases), sorted by module and name; a class
/// whose bases are not just the one it is under names them in parentheses.
fn class_tree(classes: &[Rc<Class>], object: &Rc<Class>, module: &str) -> String {
    let listed = |k: &Rc<Class>| classes.iter().any(|c| Rc::ptr_eq(c, k));
    let bases_of = |c: &Rc<Class>| -> Vec<Rc<Class>> {
        if c.bases.is_empty() && !Rc::ptr_eq(c, object) {
            vec![object.clone()]
        } else {
            c.bases.clone()
        }
    };
    let mut children: Vec<(Rc<Class>, Vec<Rc<Class>>)> = Vec::new();
    let mut roots: Vec<Rc<Class>> = Vec::new();
    for c in classes {
        let bases = bases_of(c);
        if bases.is_empty() && !roots.iter().any(|r| Rc::ptr_eq(r, c)) {
            roots.push(c.clone());
        }
        for parent in bases {
            let at = match children.iter().position(|(p, _)| Rc::ptr_eq(p, &parent)) {
                Some(at) => at,
                None => {
                    children.push((parent.clone(), Vec::new()));
                    children.len() - 1
                }
            };
            if !children[at].1.iter().any(|k| Rc::ptr_eq(k, c)) {
                children[at].1.push(c.clone());
            }
            if listed(&parent) {
                break;
            }
        }
    }
    for (parent, _) in &children {
        if !listed(parent) && !roots.iter().any(|r| Rc::ptr_eq(r, parent)) {
            roots.push(parent.clone());
        }
    }
    let mut out = String::new();
    let tree = Tree {
        children: &children,
        bases_of: &bases_of,
        module,
    };
    tree.write(&mut out, roots, None, "");
    out
}

/// What [`class_tree`] walks.
struct Tree<'a> {
    children: &'a [(Rc<Class>, Vec<Rc<Class>>)],
    bases_of: &'a dyn Fn(&Rc<Class>) -> Vec<Rc<Class>>,
    module: &'a str,
}

impl Tree<'_> {
    /// Writes `level`'s classes, sorted, under `parent`, each followed by its own
    /// children one indentation further.
    fn write(
        &self,
        out: &mut String,
        mut level: Vec<Rc<Class>>,
        parent: Option<&Rc<Class>>,
        prefix: &str,
    ) {
        level.sort_by(|a, b| (&a.module, &a.name).cmp(&(&b.module, &b.name)));
        for c in &level {
            out.push_str(prefix);
            out.push_str(&class::class_name(c, self.module));
            let bases = (self.bases_of)(c);
            let only_parent = parent.is_some_and(|p| bases.len() == 1 && Rc::ptr_eq(&bases[0], p));
            if !bases.is_empty() && !only_parent {
                let names: Vec<String> = bases
                    .iter()
                    .map(|b| class::class_name(b, self.module))
                    .collect();
                out.push_str(&format!("({})", names.join(", ")));
            }
            out.push('\n');
            if let Some((_, kids)) = self.children.iter().find(|(p, _)| Rc::ptr_eq(p, c)) {
                self.write(out, kids.clone(), Some(c), &format!("{prefix}    "));
            }
        }
    }
}
