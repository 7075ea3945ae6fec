//! `types.UnionType`: what `int | None` makes of classes (PEP 604), as annotations
//! write it (`x: int | None = None`) and `isinstance(x, int | str)` takes it.

use std::rc::Rc;

use super::class::{types, BuiltinType, Class};
use super::native::{Native, NativeObject};
use super::{PyResult, Value};
use crate::vm::Vm;

/// A union of classes: flattened, without repeats, in the order written.
#[derive(Debug)]
pub struct UnionType {
    /// The member classes (`None` stands as `NoneType`, as in CPython's `__args__`).
    pub args: Vec<Rc<Class>>,
}

thread_local! {
    static CLASS: Rc<Class> = Class::native(
        "types",
        "UnionType",
        BuiltinType::Native,
        vec![types().object.clone()],
        None,
    );
}

impl UnionType {
    /// `a | b` when each side is a class, `None` or a union (and not both `None`);
    /// `None` when the operands are anything else. A union of one class is that class.
    pub fn combine(a: &Value, b: &Value) -> Option<Value> {
        if matches!((a, b), (Value::None, Value::None)) {
            return None;
        }
        let mut args: Vec<Rc<Class>> = Vec::new();
        for v in [a, b] {
            let members = match v {
                Value::Class(c) => vec![c.clone()],
                Value::None => vec![types().none.clone()],
                other => other.downcast::<UnionType>()?.args.clone(),
            };
            for m in members {
                if !args.iter().any(|c| Rc::ptr_eq(c, &m)) {
                    args.push(m);
                }
            }
        }
        Some(match args.as_slice() {
            [one] => Value::Class(one.clone()),
            _ => Native::value(UnionType { args }),
        })
    }
}

impl NativeObject for UnionType {
    fn class(&self) -> Rc<Class> {
        CLASS.with(|c| c.clone())
    }

    fn type_name(&self) -> &'static str {
        "types.UnionType"
    }

    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        let none = types().none.clone();
        let names: Vec<String> = self
            .args
            .iter()
            .map(|c| {
                if Rc::ptr_eq(c, &none) {
                    "None".to_string()
                } else if &*c.module == "builtins" {
                    c.qualname.to_string()
                } else {
                    format!("{}.{}", c.module, c.qualname)
                }
            })
            .collect();
        Some(Ok(names.join(" | ")))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "__args__" => Some(Value::tuple(
                self.args.iter().cloned().map(Value::Class).collect(),
            )),
            _ => None,
        }
    }

    fn equals(&self, _vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        let other = other.downcast::<UnionType>()?;
        let covers = |x: &UnionType, y: &UnionType| {
            x.args
                .iter()
                .all(|c| y.args.iter().any(|d| Rc::ptr_eq(c, d)))
        };
        Some(Ok(covers(self, other) && covers(other, self)))
    }

    fn hash(&self) -> Option<PyResult<i64>> {
        let h = self
            .args
            .iter()
            .fold(0i64, |acc, c| acc ^ (Rc::as_ptr(c) as i64 >> 4));
        Some(Ok(h))
    }
}
