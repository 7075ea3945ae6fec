//! Tab completion in the REPL: names (keywords, globals, builtins), attributes after a
//! `.` of a name or an attribute chain, module names after `import` and `from` (the
//! standard library's and the files and packages on `sys.path`), and four spaces where
//! a line has nothing but indentation before the cursor. Attribute chains are followed through dicts only
//! (module, class and instance dicts), never by running code: a property or a
//! `__getattr__` ends the chain with no candidates.

use crate::objects::{Globals, NameKeys};
use std::rc::Rc;

use crate::objects::class::{types, Class};
use crate::objects::Value;
use crate::vm::attr::dir_names;

/// The Python keywords, as completion candidates.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// What an indentation Tab inserts.
pub const INDENT: &str = "    ";

/// The namespaces completion reads: the REPL's globals and the builtins.
pub struct Scope {
    /// `__main__`'s globals.
    pub globals: Globals,
    /// The builtins namespace.
    pub builtins: Globals,
    /// The `sys` namespace (its `path` is read at each completion).
    pub sys: Globals,
    /// The standard library's module names.
    pub stdlib: Vec<&'static str>,
}

impl Scope {
    /// The candidates for the text before the cursor: where the replaced word starts,
    /// and the sorted replacements.
    pub fn complete(&self, before: &str) -> (usize, Vec<String>) {
        if before.chars().all(|c| c == ' ' || c == '\t') {
            return (before.len(), vec![INDENT.to_string()]);
        }
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
            .last()
            .map_or(before.len(), |(i, _)| i);
        let word = &before[start..];
        if is_module_position(&before[..start]) {
            return self.complete_module(word, start);
        }
        let (names, prefix, offset) = match word.rsplit_once('.') {
            Some((chain, prefix)) => {
                let parts: Vec<&str> = chain.split('.').collect();
                let Some(value) = self.resolve(&parts) else {
                    return (before.len(), Vec::new());
                };
                (dir_names(&value), prefix, start + chain.len() + 1)
            }
            None => (self.names(), word, start),
        };
        let show_private = prefix.starts_with('_');
        let mut found: Vec<String> = names
            .into_iter()
            .filter(|n| n.starts_with(prefix) && (show_private || !n.starts_with('_')))
            .collect();
        found.sort();
        found.dedup();
        (offset, found)
    }

    /// Module names completing `word` (a dotted prefix) after `import` or `from`.
    fn complete_module(&self, word: &str, start: usize) -> (usize, Vec<String>) {
        let (package, prefix) = match word.rsplit_once('.') {
            Some((p, rest)) => (Some(p), rest),
            None => (None, word),
        };
        let mut names: Vec<String> = self
            .stdlib
            .iter()
            .filter_map(|m| match (package, m.rsplit_once('.')) {
                (None, None) => Some(m.to_string()),
                (Some(p), Some((parent, last))) if parent == p => Some(last.to_string()),
                _ => None,
            })
            .collect();
        let path: Vec<String> = match self.sys.borrow().get_name("path") {
            Some(Value::List(l)) => l
                .borrow()
                .iter()
                .filter_map(|e| e.as_str().map(String::from))
                .collect(),
            _ => Vec::new(),
        };
        let sub: std::path::PathBuf = package.map(|p| p.split('.').collect()).unwrap_or_default();
        for entry in path {
            let dir = std::path::Path::new(if entry.is_empty() { "." } else { &entry }).join(&sub);
            let Ok(files) = std::fs::read_dir(dir) else {
                continue;
            };
            for file in files.flatten() {
                let name = file.file_name().to_string_lossy().into_owned();
                let path = file.path();
                if let Some(module) = name.strip_suffix(".py") {
                    names.push(module.to_string());
                } else if path.join("__init__.py").is_file() {
                    names.push(name);
                }
            }
        }
        let show_private = prefix.starts_with('_');
        let mut found: Vec<String> = names
            .into_iter()
            .filter(|n| n.starts_with(prefix) && (show_private || !n.starts_with('_')))
            .collect();
        found.sort();
        found.dedup();
        (start + word.len() - prefix.len(), found)
    }

    /// Keywords, globals and builtins.
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
        names.extend(self.globals.borrow().names().map(|(k, _)| k.to_string()));
        names.extend(self.builtins.borrow().names().map(|(k, _)| k.to_string()));
        names
    }

    /// The value a dotted chain names, followed through dicts only.
    fn resolve(&self, chain: &[&str]) -> Option<Value> {
        let (first, rest) = chain.split_first()?;
        let global = self.globals.borrow().get_name(first).cloned();
        let mut value = match global {
            Some(v) => v,
            None => self.builtins.borrow().get_name(first).cloned()?,
        };
        for name in rest {
            value = attribute_without_code(&value, name)?;
        }
        Some(value)
    }
}

/// True when the text before a word makes it a module name: `import ` (or `import a, `)
/// or `from ` at the start of the line.
fn is_module_position(before: &str) -> bool {
    let line = before.trim_start();
    let Some(rest) = line
        .strip_prefix("import ")
        .or_else(|| line.strip_prefix("from "))
    else {
        return false;
    };
    let rest = rest.trim_end();
    rest.is_empty() || (line.starts_with("import ") && rest.ends_with(','))
}

/// `value.name` when a dict holds it and no code would run to get it.
fn attribute_without_code(value: &Value, name: &str) -> Option<Value> {
    match value {
        Value::Module(m) => m.dict.borrow().get_name(name).cloned(),
        Value::Instance(i) => {
            let own = i.dict.get(name);
            own.or_else(|| class_attribute(&i.class, name))
        }
        Value::Class(c) => class_attribute(c, name),
        other => types().class_of(other).lookup_slot(name),
    }
}

/// A class attribute, unless getting it goes through a descriptor (a property, a
/// static or class method, a user class with `__get__`), whose result needs code.
fn class_attribute(class: &Rc<Class>, name: &str) -> Option<Value> {
    let found = class.lookup(name)?;
    if let Value::Instance(d) = &found {
        let t = types();
        let wrapped = [&t.property, &t.staticmethod, &t.classmethod]
            .iter()
            .any(|c| Rc::ptr_eq(c, &d.class));
        if wrapped || d.class.lookup_slot("__get__").is_some() {
            return None;
        }
    }
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scope whose globals hold what `source` defines.
    fn scope(source: &str) -> Scope {
        let mut interp =
            crate::Interpreter::with_output(vec![], crate::vm::output::Output::captured());
        interp.run_source(source, "<test>").expect("runs");
        Scope {
            globals: interp.globals.clone(),
            builtins: interp.vm.builtins.clone(),
            sys: interp.vm.sys_dict.clone(),
            stdlib: interp.vm.stdlib_module_names(),
        }
    }

    /// checks that module names complete after `import` and `from`, dotted ones too,
    /// and that elsewhere names complete as before.
    #[test]
    fn module_names_complete_after_import_and_from() {
        let s = scope("");
        let (at, found) = s.complete("import ite");
        assert_eq!((at, found), (7, vec!["itertools".to_string()]));
        let (_, found) = s.complete("from coll");
        assert_eq!(found, vec!["collections".to_string()]);
        let (at, found) = s.complete("import json.dec");
        assert_eq!((at, found), (12, vec!["decoder".to_string()]));
        let (_, found) = s.complete("import sys, js");
        assert_eq!(found, vec!["json".to_string()]);
        let (_, found) = s.complete("x = ite");
        assert_eq!(found, vec!["iter".to_string()], "names, not modules");
    }

    /// checks that a bare prefix completes keywords, globals and builtins, sorted.
    #[test]
    fn names_complete_from_keywords_globals_and_builtins() {
        let s = scope("primes = [2, 3]\nprinted = 0\n");
        assert_eq!(
            s.complete("x = pri"),
            (4, vec!["primes".into(), "print".into(), "printed".into()])
        );
        assert_eq!(s.complete("yi").1, vec!["yield".to_string()]);
    }

    /// checks that attributes complete after a dot, for modules, instances and
    /// built-in values, hiding private names unless asked for.
    #[test]
    fn attributes_complete_after_a_dot() {
        let s = scope(
            "import itertools\nclass P:\n    def move(self): pass\np = P()\np.mass = 1\nwords = []\n",
        );
        assert_eq!(s.complete("p.m"), (2, vec!["mass".into(), "move".into()]));
        assert_eq!(s.complete("itertools.cou").1, vec!["count".to_string()]);
        assert_eq!(s.complete("words.ap").1, vec!["append".to_string()]);
        assert!(s.complete("p.").1.iter().all(|n| !n.starts_with('_')));
        assert!(s.complete("p.__cl").1.contains(&"__class__".to_string()));
    }

    /// checks that a chain through a property stops instead of running its getter.
    #[test]
    fn chains_never_run_code() {
        let s = scope(
            "calls = []\nclass A:\n    @property\n    def p(self):\n        calls.append(1)\n        return 'x'\na = A()\n",
        );
        assert_eq!(s.complete("a.p.up"), (6, vec![]));
        assert_eq!(s.complete("nosuch.x"), (8, vec![]));
    }

    /// checks that Tab where only indentation precedes the cursor indents.
    #[test]
    fn tab_in_indentation_indents() {
        let s = scope("");
        assert_eq!(s.complete(""), (0, vec![INDENT.to_string()]));
        assert_eq!(s.complete("    "), (4, vec![INDENT.to_string()]));
    }
}
