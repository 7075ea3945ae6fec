//! `set` and `frozenset` methods.

use std::rc::Rc;

use crate::objects::args;
use crate::objects::class::types;
use crate::objects::func::MethodDef;
use crate::objects::operator::BinOp;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Set, Value};
use crate::vm::Vm;

/// The methods `set` has and `frozenset` has not: those that change the set.
pub static MUTATORS: &[MethodDef] = &[
    MethodDef::new("add", add),
    MethodDef::new("discard", discard),
    MethodDef::new("remove", remove),
    MethodDef::no_args("pop", pop),
    MethodDef::no_args("clear", clear),
    MethodDef::new("update", update),
    MethodDef::new("intersection_update", intersection_update),
    MethodDef::new("difference_update", difference_update),
    MethodDef::new("symmetric_difference_update", symmetric_difference_update),
];

/// The methods of `set` and `frozenset`.
pub static METHODS: &[MethodDef] = &[
    MethodDef::no_args("copy", copy),
    MethodDef::new("union", union),
    MethodDef::new("intersection", intersection),
    MethodDef::new("difference", difference),
    MethodDef::new("symmetric_difference", symmetric_difference),
    MethodDef::new("issubset", issubset),
    MethodDef::new("issuperset", issuperset),
    MethodDef::new("isdisjoint", isdisjoint),
    MethodDef::new("__len__", len),
    MethodDef::new("__init__", init),
];

fn this(a: &[Value]) -> PyResult<Rc<Set>> {
    match a.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a 'set' object",
        )),
    }
}

fn mutable(a: &[Value], name: &str) -> PyResult<Rc<Set>> {
    let s = this(a)?;
    if s.frozen {
        return Err(PyErr::new(
            ExcKind::AttributeError,
            format!("'frozenset' object has no attribute '{name}'"),
        ));
    }
    Ok(s)
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<Set>> {
    match v {
        Value::Set(s) => Ok(s.clone()),
        other => {
            let items = vm.collect(other)?;
            match vm.build_set(items, false)? {
                Value::Set(ref s) => Ok(s.clone()),
                _ => unreachable!("build_set returns a set"),
            }
        }
    }
}

fn add(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("add", a, 1, 1)?;
    let s = mutable(a, "add")?;
    let k = vm.set_key(&s, a[1].clone())?;
    s.add(k);
    Ok(Value::None)
}

fn discard(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("discard", a, 1, 1)?;
    let s = mutable(a, "discard")?;
    let k = vm.set_key(&s, a[1].clone())?;
    s.remove(&k);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("remove", a, 1, 1)?;
    let s = mutable(a, "remove")?;
    let k = vm.set_key(&s, a[1].clone())?;
    if !s.remove(&k) {
        return Err(PyErr::with_args(
            types().exc(ExcKind::KeyError),
            vec![a[1].clone()],
        ));
    }
    Ok(Value::None)
}

fn pop(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    match mutable(a, "pop")?.pop() {
        Some(k) => Ok(k.value),
        None => Err(PyErr::new(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn clear(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    mutable(a, "clear")?.clear();
    Ok(Value::None)
}

fn copy(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(a)?;
    Ok(Value::set(s.copy(s.frozen)))
}

/// Folds a binary set operator over every argument.
fn fold(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let mut acc = Value::Set(this(a)?);
    for other in &a[1..] {
        let o = Value::Set(as_set(vm, other)?);
        acc = vm.binary_op(op, &acc, &o)?;
    }
    if a.len() == 1 {
        let s = this(a)?;
        return Ok(Value::set(s.copy(s.frozen)));
    }
    Ok(acc)
}

fn union(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    // CPython: copy, then update with each argument in its own order.
    let s = this(a)?;
    let result = s.copy(s.frozen);
    for other in &a[1..] {
        add_all(vm, &result, other)?;
    }
    Ok(Value::set(result))
}

/// `set_update_internal`: a set merges its table; any other iterable adds in order.
fn add_all(vm: &mut Vm, target: &Set, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) => vm.set_merge(target, o)?,
        _ => {
            for v in vm.collect(other)? {
                let k = vm.set_key(target, v)?;
                target.add(k);
            }
        }
    }
    Ok(())
}

fn intersection(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(a)?;
    let mut acc = Rc::new(s.copy(s.frozen));
    for other in &a[1..] {
        acc = match other {
            Value::Set(o) => match vm.binary_op(
                BinOp::BitAnd,
                &Value::Set(acc.clone()),
                &Value::Set(o.clone()),
            )? {
                Value::Set(ref r) => r.clone(),
                _ => unreachable!("set & set is a set"),
            },
            _ => {
                // A plain iterable: its items, in its order, that are members.
                let result = Set::new(s.frozen);
                for v in vm.collect(other)? {
                    let k = vm.set_key(&acc, v)?;
                    if acc.contains(&k) {
                        result.add(k);
                    }
                }
                Rc::new(result)
            }
        };
    }
    Ok(Value::Set(acc))
}

fn difference(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(a)?;
    let Some(first) = a.get(1) else {
        return Ok(Value::set(s.copy(s.frozen)));
    };
    let result = match first {
        Value::Set(o) => match vm.binary_op(BinOp::Sub, &a[0], &Value::Set(o.clone()))? {
            Value::Set(ref r) => r.clone(),
            _ => unreachable!("set - set is a set"),
        },
        // CPython's set_copy_and_difference for any other iterable.
        other => {
            let r = Rc::new(s.copy(s.frozen));
            for v in vm.collect(other)? {
                let k = vm.set_key(&r, v)?;
                r.remove(&k);
            }
            r.compact_after_removals();
            r
        }
    };
    for other in &a[2..] {
        for v in vm.collect(other)? {
            let k = vm.set_key(&result, v)?;
            result.remove(&k);
        }
        result.compact_after_removals();
    }
    Ok(Value::Set(result))
}

fn symmetric_difference(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("symmetric_difference", a, 1, 1)?;
    fold(vm, a, BinOp::BitXor)
}

/// CPython's `set_swap_bodies`: `target` takes the result's members and table.
fn replace_contents(target: &Set, result: Value) {
    if let Some(r) = result.into_set() {
        target.replace_with(Rc::try_unwrap(r).unwrap_or_else(|r| r.copy(target.frozen)));
    }
}

/// `set.__init__(self, iterable=())`: replaces the items (how a subclass's instance
/// gets them); a frozenset's value is made by its `__new__`, so this leaves it alone.
fn init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if matches!(a.first(), Some(Value::Set(s)) if s.frozen) {
        return Ok(Value::None);
    }
    args::no_kwargs("set", kw)?;
    args::count("set", a.get(1..).unwrap_or_default(), 0, 1)?;
    mutable(a, "__init__")?.clear();
    update(vm, a, kw)
}

fn update(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = mutable(a, "update")?;
    for other in &a[1..] {
        add_all(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = mutable(a, "intersection_update")?;
    let r = intersection(vm, a, &[])?;
    replace_contents(&s, r);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = mutable(a, "difference_update")?;
    for other in &a[1..] {
        for v in vm.collect(other)? {
            let k = vm.set_key(&s, v)?;
            s.remove(&k);
        }
        s.compact_after_removals();
    }
    Ok(Value::None)
}

fn issubset(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("issubset", a, 1, 1)?;
    let (s, o) = (this(a)?, as_set(vm, &a[1])?);
    let o = vm.align_set(&s, &o)?;
    Ok(Value::Bool(s.iter().iter().all(|k| o.contains(k))))
}

fn issuperset(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("issuperset", a, 1, 1)?;
    let (s, o) = (this(a)?, as_set(vm, &a[1])?);
    let o = vm.align_set(&s, &o)?;
    Ok(Value::Bool(o.iter().iter().all(|k| s.contains(k))))
}

fn isdisjoint(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("isdisjoint", a, 1, 1)?;
    let (s, o) = (this(a)?, as_set(vm, &a[1])?);
    let o = vm.align_set(&s, &o)?;
    Ok(Value::Bool(!s.iter().iter().any(|k| o.contains(k))))
}

fn len(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.len() as i64))
}

fn symmetric_difference_update(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("symmetric_difference_update", a, 1, 1)?;
    let s = mutable(a, "symmetric_difference_update")?;
    let other = as_set(vm, &a[1])?;
    for k in other.iter() {
        if !s.remove(&k) {
            s.add(k);
        }
    }
    Ok(Value::None)
}
