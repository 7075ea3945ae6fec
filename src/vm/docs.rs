//! The documentation of native functions, types and methods, which the builtins
//! register as data ([`NativeDocs`]): what `__doc__` and `__text_signature__` of a
//! built-in function, method or type read.

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
        let docs = self.native_docs;
        if let Ok(i) = docs.binary_search_by(|(n, ..)| (*n).cmp(name)) {
            return Some((docs[i].1, docs[i].2));
        }
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
