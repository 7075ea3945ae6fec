//! The documentation of native functions, types and methods, which the builtins
//! register as data ([`NativeDocs`]): what `__doc__` and `__text_signature__` of a
//! built-in function, method or type read.

use std::rc::Rc;

use crate::objects::{MethodDef, Value};

use super::Vm;

/// (name, text signature, documentation), sorted by name; methods are named
/// `type.name`.
pub type NativeDocs = &'static [(&'static str, Option<&'static str>, &'static str)];

impl Vm {
    /// The signature and documentation registered for `name` (`len`, `list.append`);
    /// failing that, a method of that name of the first type that has one (a bare
    /// `append` from a method that does not know its type; `str.__ne__`, which is
    /// documented as `object.__ne__`).
    pub fn native_doc(&self, name: &str) -> Option<(Option<&'static str>, &'static str)> {
        if let Some(found) = self.native_doc_exact(name) {
            return Some(found);
        }
        let docs = self.native_docs;
        let method = name.rsplit_once('.').map_or(name, |(_, m)| m);
        docs.iter()
            .find(|(n, ..)| n.rsplit_once('.').is_some_and(|(_, m)| m == method))
            .map(|(_, sig, doc)| (*sig, *doc))
    }

    /// The name an unbound native method's documentation is registered under:
    /// `type.name`, for the built-in type whose dict holds it.
    fn native_method_name(&self, def: &'static MethodDef) -> String {
        let owner = self.builtins.borrow().values().find_map(|v| match v {
            Value::Class(c) => c
                .dict
                .borrow()
                .values()
                .any(|m| matches!(m, Value::NativeMethod(d) if std::ptr::eq(*d, def)))
                .then(|| c.name.clone()),
            _ => None,
        });
        match owner {
            Some(class) => format!("{class}.{}", def.name),
            None => def.name.to_string(),
        }
    }

    /// The module a native function without a receiver lives in: of the modules in
    /// `sys.modules` whose namespace holds it, the first its documentation is
    /// registered under (`math` for `math.sqrt`; `os` rather than `_os`), else the
    /// first; None when no module holds it.
    pub fn native_function_module(&self, def: &'static MethodDef) -> Option<Rc<str>> {
        let holders: Vec<Rc<str>> = self
            .modules
            .borrow()
            .values()
            .filter_map(|m| match m {
                Value::Module(m) => m
                    .dict
                    .borrow()
                    .values()
                    .any(|v| matches!(v, Value::Builtin(b) if std::ptr::eq(b.def, def)))
                    .then(|| m.name.clone()),
                _ => None,
            })
            .collect();
        let documented = holders.iter().find(|m| {
            self.native_doc_exact(&format!("{m}.{}", def.name))
                .is_some()
        });
        documented.or(holders.first()).cloned()
    }

    /// The name a native function's documentation is registered under: `name` for a
    /// built-in function, `module.name` for a module's (None when it has none, then
    /// no other entry stands in for it).
    pub fn native_function_doc(
        &self,
        def: &'static MethodDef,
    ) -> Option<(Option<&'static str>, &'static str)> {
        match self.native_function_module(def).as_deref() {
            None | Some("builtins") => self.native_doc(def.name),
            Some(module) => self.native_doc_exact(&format!("{module}.{}", def.name)),
        }
    }

    /// The signature and documentation registered for exactly `name`.
    pub fn native_doc_exact(&self, name: &str) -> Option<(Option<&'static str>, &'static str)> {
        let docs = self.native_docs;
        docs.binary_search_by(|(n, ..)| (*n).cmp(name))
            .ok()
            .map(|i| (docs[i].1, docs[i].2))
    }

    /// `__doc__` of an unbound native method.
    pub fn native_method_doc(&self, def: &'static MethodDef) -> Value {
        self.native_doc_value(&self.native_method_name(def))
    }

    /// The text signature of an unbound native method, or None.
    pub fn native_method_signature(&self, def: &'static MethodDef) -> Value {
        match self.native_doc(&self.native_method_name(def)) {
            Some((Some(sig), _)) => Value::str(sig),
            _ => Value::None,
        }
    }

    /// `__doc__` of the native function or method named `name`: its documentation,
    /// or None.
    pub fn native_doc_value(&self, name: &str) -> Value {
        self.native_doc(name)
            .map_or(Value::None, |(_, doc)| Value::str(doc))
    }
}
