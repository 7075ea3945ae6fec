//! Making classes: `type.__new__` (the class object from a name, bases and
//! namespace, with `__set_name__` and `__init_subclass__`), the choice of a class's
//! metaclass, and the bases a class may not have.

use std::rc::Rc;

use super::call::Kwargs;
use super::Vm;
use crate::objects::class::{types, BuiltinType};
use crate::objects::{Class, ExcKind, Namespace, PyErr, PyResult, Value};

impl Vm {
    /// `type.__new__(meta, name, bases, namespace, **kw)`: the class, its metaclass
    /// `meta` (`None` for `type`). As in CPython, a `__eq__` without `__hash__` sets
    /// `__hash__` to None, `__qualname__` and `__classcell__` leave the namespace (the
    /// cell `super()` reads is filled), each attribute with `__set_name__` learns its
    /// owner and name, and the nearest base's `__init_subclass__` gets `kw`.
    pub fn make_class(
        &mut self,
        meta: Option<Rc<Class>>,
        name: &str,
        mut bases: Vec<Rc<Class>>,
        mut dict: Namespace,
        kw: Kwargs,
    ) -> PyResult<Rc<Class>> {
        check_bases(&bases)?;
        if bases.is_empty() {
            bases.push(types().object.clone());
        }
        let qualname: Rc<str> = match dict.shift_remove("__qualname__") {
            Some(Value::Str(ref q)) => q.as_str().into(),
            Some(other) => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("type __qualname__ must be a str, not {}", other.type_name()),
                ))
            }
            None => name.into(),
        };
        let cell = dict.shift_remove("__classcell__");
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert("__hash__".into(), Value::None);
        }
        let class =
            Class::user(name.into(), qualname, bases.clone(), dict, meta).ok_or_else(|| {
                let names: Vec<&str> = bases.iter().map(|b| &*b.name).collect();
                PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    ),
                )
            })?;
        if let Some(Value::Cell(ref c)) = cell {
            *c.borrow_mut() = Value::Class(class.clone());
        }
        let owner = Value::Class(class.clone());
        let members: Vec<(Rc<str>, Value)> = class
            .dict
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (name, value) in members {
            if let Value::Instance(d) = &value {
                if d.class.builtin.is_none() && d.class.lookup_slot("__set_name__").is_some() {
                    let m = self.get_attr(&value, "__set_name__")?;
                    self.call(&m, vec![owner.clone(), Value::str(&name)], vec![])?;
                }
            }
        }
        // The parent's __init_subclass__ (implicitly a class method) sees the new class.
        if let Some(init_sub) = class
            .mro_tail
            .iter()
            .find_map(|c| c.dict.borrow().get("__init_subclass__").cloned())
        {
            let f = match init_sub {
                Value::Instance(ref cm) if Rc::ptr_eq(&cm.class, &types().classmethod) => {
                    cm.dict.get("__func__").unwrap_or_default()
                }
                other => other,
            };
            self.call(&f, vec![owner], kw)?;
        }
        Ok(class)
    }

    /// The metaclass of a new class: the most derived of `explicit` (the
    /// `metaclass=` keyword) and the metaclasses of its bases, `None` for `type`;
    /// CPython's TypeError when they are not in one line of descent.
    pub fn metaclass_for(
        &self,
        explicit: Option<Rc<Class>>,
        bases: &[Rc<Class>],
    ) -> PyResult<Option<Rc<Class>>> {
        let mut winner = explicit.unwrap_or_else(|| self.types.type_.clone());
        for b in bases {
            let m = b
                .metaclass
                .clone()
                .unwrap_or_else(|| self.types.type_.clone());
            if winner.is_subclass(&m) {
                continue;
            }
            if m.is_subclass(&winner) {
                winner = m;
                continue;
            }
            return Err(metaclass_conflict());
        }
        Ok((!Rc::ptr_eq(&winner, &self.types.type_)).then_some(winner))
    }
}

/// CPython's TypeError when a class's bases have no common metaclass.
pub fn metaclass_conflict() -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    )
}

/// Refuses the bases a class cannot have: built-in types CPython does not allow as
/// a base (`bool`, `range`, ...), those genpy does not support yet, and bases whose
/// instances would hold different built-in values (`class X(list, dict)`).
fn check_bases(bases: &[Rc<Class>]) -> PyResult<()> {
    use BuiltinType as B;
    let mut layout: Option<&Rc<Class>> = None;
    for c in bases {
        let held = match c.builtin {
            None | Some(B::Object | B::Type) => c.base_type.as_ref(),
            Some(B::Exception) => None,
            Some(k) if k.holds_values() => Some(c),
            Some(
                B::Bool
                | B::NoneType
                | B::Range
                | B::Slice
                | B::Function
                | B::BuiltinFunction
                | B::Method
                | B::Generator
                | B::Frame
                | B::Code
                | B::Cell,
            ) => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("type '{}' is not an acceptable base type", c.name),
                ))
            }
            Some(_) => {
                return Err(PyErr::new(
                    ExcKind::NotImplementedError,
                    format!(
                        "subclassing the built-in type '{}' is not supported",
                        c.name
                    ),
                ))
            }
        };
        let conflict = match (layout, held) {
            (Some(a), Some(b)) => !Rc::ptr_eq(a, b),
            _ => false,
        } || (held.is_some() && bases.iter().any(|b| b.exc_kind.is_some()));
        if conflict {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "multiple bases have instance lay-out conflict",
            ));
        }
        layout = layout.or(held);
    }
    Ok(())
}
