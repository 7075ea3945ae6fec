//! `types.GenericAlias`: a built-in container class subscripted with the types of
//! its items (`list[int]`, `dict[str, int | None]`), as annotations write it, and the
//! repr of a type written in an annotation, which unions share.

use std::rc::Rc;

use super::class::{types, BuiltinType, Class};
use super::native::{Native, NativeObject};
use super::union::UnionType;
use super::{PyResult, Value};
use crate::vm::Vm;

/// `origin[args]`.
#[derive(Debug)]
pub struct GenericAlias {
    /// The class subscripted (`list`).
    pub origin: Rc<Class>,
    /// What it was subscripted with (a tuple's items each).
    pub args: Vec<Value>,
}

thread_local! {
    static CLASS: Rc<Class> = {
        let c = Class::native(
            "types",
            "GenericAlias",
            BuiltinType::Native,
            vec![types().object.clone()],
            None,
        );
        c.constructor.set(Some(construct));
        c
    };
}

/// `types.GenericAlias(origin, args)`: what `__class_getitem__ =
/// classmethod(GenericAlias)` makes of `Cls[args]` (the classes of `collections.abc`).
fn construct(
    _: &mut Vm,
    _: &Rc<Class>,
    a: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> PyResult<Value> {
    let (Some(Value::Class(origin)), Some(key), true) =
        (a.first(), a.get(1), a.len() == 2 && kw.is_empty())
    else {
        return Err(super::PyErr::new(
            super::ExcKind::TypeError,
            "GenericAlias expects a class and its arguments",
        ));
    };
    Ok(GenericAlias::of(origin, key))
}

impl GenericAlias {
    /// `origin[key]`, for the built-in classes CPython makes generic aliases of;
    /// `None` for the others.
    pub fn subscript(origin: &Rc<Class>, key: &Value) -> Option<Value> {
        use BuiltinType as B;
        let generic = matches!(
            origin.builtin,
            Some(B::List | B::Dict | B::Tuple | B::Set | B::FrozenSet | B::Type)
        ) || matches!(&*origin.module, "collections" | "re")
            || matches!(
                origin.exc_kind,
                Some(super::ExcKind::BaseExceptionGroup | super::ExcKind::ExceptionGroup)
            );
        generic.then(|| GenericAlias::of(origin, key))
    }

    /// `origin[key]` (a tuple key gives each of its items as an argument).
    fn of(origin: &Rc<Class>, key: &Value) -> Value {
        let args = match key {
            Value::Tuple(items) => items.to_vec(),
            other => vec![other.clone()],
        };
        Native::value(GenericAlias {
            origin: origin.clone(),
            args,
        })
    }
}

/// How an annotation shows a type: a built-in class by its name, another class by
/// `module.qualname`, `None` and `...` as written, anything else by its repr.
pub fn type_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Class(c) if Rc::ptr_eq(c, &types().none) => "None".into(),
        Value::Class(c) if &*c.module == "builtins" => c.qualname.to_string(),
        Value::Class(c) => format!("{}.{}", c.module, c.qualname),
        Value::None => "None".into(),
        Value::Instance(i) if Rc::ptr_eq(&i.class, &types().ellipsis) => "...".into(),
        // `Callable[[int], str]`'s parameter list.
        Value::List(items) => {
            let items = items.borrow().clone();
            let mut parts = Vec::new();
            for item in &items {
                parts.push(type_repr(vm, item)?);
            }
            format!("[{}]", parts.join(", "))
        }
        other => vm.repr(other)?,
    })
}

impl GenericAlias {
    /// Appends the type variables among the arguments, nested aliases' included, each
    /// once and in order (`dict[str, T].__parameters__` is `(T,)`).
    fn collect_parameters(&self, out: &mut Vec<Value>) {
        for a in &self.args {
            match a {
                Value::Instance(i) if &*i.class.name == "TypeVar" => {
                    if !out.iter().any(|p| p.is(a)) {
                        out.push(a.clone());
                    }
                }
                other => {
                    if let Some(inner) = other.downcast::<GenericAlias>() {
                        inner.collect_parameters(out);
                    }
                }
            }
        }
    }
}

impl NativeObject for GenericAlias {
    fn class(&self) -> Rc<Class> {
        CLASS.with(|c| c.clone())
    }

    fn type_name(&self) -> &'static str {
        "types.GenericAlias"
    }

    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let mut parts = Vec::new();
        for a in &self.args {
            let text = match a {
                Value::Tuple(t) if t.is_empty() => Ok("()".to_string()),
                other => type_repr(vm, other),
            };
            match text {
                Ok(t) => parts.push(t),
                Err(e) => return Some(Err(e)),
            }
        }
        if parts.is_empty() {
            parts.push("()".into());
        }
        let origin = match &*self.origin.module {
            "builtins" => self.origin.name.to_string(),
            module => format!("{module}.{}", self.origin.qualname),
        };
        Some(Ok(format!("{origin}[{}]", parts.join(", "))))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "__origin__" => Some(Value::Class(self.origin.clone())),
            "__args__" => Some(Value::tuple(self.args.clone())),
            "__parameters__" => {
                let mut params = Vec::new();
                self.collect_parameters(&mut params);
                Some(Value::tuple(params))
            }
            _ => None,
        }
    }

    fn equals(&self, vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        let other = other.downcast::<GenericAlias>()?;
        if !Rc::ptr_eq(&self.origin, &other.origin) || self.args.len() != other.args.len() {
            return Some(Ok(false));
        }
        for (a, b) in self.args.iter().zip(&other.args) {
            match vm.eq(a, b) {
                Ok(true) => {}
                r => return Some(r),
            }
        }
        Some(Ok(true))
    }

    fn hash(&self) -> Option<PyResult<i64>> {
        Some(Ok(
            Rc::as_ptr(&self.origin) as i64 >> 4 ^ self.args.len() as i64
        ))
    }
}

/// True for a value `|` may join into a union: a class, `None`, a generic alias or a
/// union.
pub fn is_union_member(v: &Value) -> bool {
    matches!(v, Value::Class(_) | Value::None)
        || v.downcast::<GenericAlias>().is_some()
        || v.downcast::<UnionType>().is_some()
}
