//! `types.UnionType`: what `int | None` makes of classes (PEP 604), as annotations
//! write it (`x: int | None = None`) and `isinstance(x, int | str)` takes it.

use std::rc::Rc;

use super::class::{types, BuiltinType, Class};
use super::generic::{is_union_member, type_repr};
use super::native::{Native, NativeObject};
use super::{PyResult, Value};
use crate::vm::Vm;

/// A union of types: flattened, without repeats, in the order written.
#[derive(Debug)]
pub struct UnionType {
    /// The members: classes (`None` stands as `NoneType`, as in CPython's
    /// `__args__`) and generic aliases (`list[int]`).
    pub args: Vec<Value>,
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
    /// `a | b` when each side is a class, `None`, a generic alias or a union (and not
    /// both `None`); `None` when the operands are anything else. A union of one type
    /// is that type.
    pub fn combine(a: &Value, b: &Value) -> Option<Value> {
        if matches!((a, b), (Value::None, Value::None))
            || !is_union_member(a)
            || !is_union_member(b)
        {
            return None;
        }
        let mut args: Vec<Value> = Vec::new();
        for v in [a, b] {
            let members = match v {
                Value::None => vec![Value::Class(types().none.clone())],
                other => match other.downcast::<UnionType>() {
                    Some(u) => u.args.clone(),
                    None => vec![other.clone()],
                },
            };
            for m in members {
                if !args.iter().any(|c| c.is(&m)) {
                    args.push(m);
                }
            }
        }
        Some(match args.len() {
            1 => args.remove(0),
            _ => Native::value(UnionType { args }),
        })
    }

    /// The member classes for `isinstance`; `None` when a member is a generic alias,
    /// which `isinstance` refuses.
    pub fn classes(&self) -> Option<Vec<Rc<Class>>> {
        self.args
            .iter()
            .map(|a| match a {
                Value::Class(c) => Some(c.clone()),
                _ => None,
            })
            .collect()
    }
}

impl NativeObject for UnionType {
    fn class(&self) -> Rc<Class> {
        CLASS.with(|c| c.clone())
    }

    fn type_name(&self) -> &'static str {
        "types.UnionType"
    }

    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let mut names = Vec::new();
        for a in &self.args {
            match type_repr(vm, a) {
                Ok(n) => names.push(n),
                Err(e) => return Some(Err(e)),
            }
        }
        Some(Ok(names.join(" | ")))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "__args__" => Some(Value::tuple(self.args.clone())),
            _ => None,
        }
    }

    fn equals(&self, _vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        let other = other.downcast::<UnionType>()?;
        let covers =
            |x: &UnionType, y: &UnionType| x.args.iter().all(|c| y.args.iter().any(|d| c.is(d)));
        Some(Ok(covers(self, other) && covers(other, self)))
    }

    fn hash(&self) -> Option<PyResult<i64>> {
        let h = self
            .args
            .iter()
            .fold(0i64, |acc, c| acc ^ (c.heap_ptr().unwrap_or(0) as i64 >> 4));
        Some(Ok(h))
    }
}
