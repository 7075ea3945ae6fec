//! The special methods of the built-in types that are the VM's own operations
//! (`list.__getitem__`, `int.__add__`, `str.__eq__`): what a subclass reaches with
//! `super().__getitem__(i)` or `int.__add__(self, x)` (docs/architecture.md, "Values,
//! classes and lookup"). Each receives the built-in value as `a[0]`.

use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::operator::{BinOp, CmpOp};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Item access of the mutable containers (`list`, `dict`).
pub static MUTABLE_ITEMS: &[MethodDef] = &[
    MethodDef::new("__getitem__", getitem),
    MethodDef::new("__setitem__", setitem),
    MethodDef::new("__delitem__", delitem),
];

/// What every container type has: iteration and membership.
pub static CONTAINER: &[MethodDef] = &[
    MethodDef::new("__iter__", iter),
    MethodDef::new("__contains__", contains),
];

/// What the containers and the numbers have: repr and comparisons.
pub static COMPARED: &[MethodDef] = &[
    MethodDef::new("__repr__", repr),
    MethodDef::new("__eq__", eq),
    MethodDef::new("__ne__", ne),
    MethodDef::new("__lt__", lt),
    MethodDef::new("__le__", le),
    MethodDef::new("__gt__", gt),
    MethodDef::new("__ge__", ge),
];

/// Indexing, concatenation and repetition of the immutable sequences (`tuple`, `str`).
pub static SEQUENCE: &[MethodDef] = &[
    MethodDef::new("__getitem__", getitem),
    MethodDef::new("__add__", add),
    MethodDef::new("__mul__", mul),
];

/// Concatenation and repetition of `list`.
pub static LIST_OPERATORS: &[MethodDef] = &[
    MethodDef::new("__add__", add),
    MethodDef::new("__mul__", mul),
];

/// Arithmetic of `int` and `float`.
pub static NUMBER: &[MethodDef] = &[
    MethodDef::new("__add__", add),
    MethodDef::new("__sub__", sub),
    MethodDef::new("__mul__", mul),
    MethodDef::new("__truediv__", truediv),
    MethodDef::new("__floordiv__", floordiv),
    MethodDef::new("__mod__", modulo),
    MethodDef::new("__pow__", pow),
];

fn getitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__getitem__", a, 1, 1)?;
    vm.get_item(&a[0], &a[1])
}

fn setitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__setitem__", a, 2, 2)?;
    vm.set_item(&a[0], a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__delitem__", a, 1, 1)?;
    vm.del_item(&a[0], &a[1])?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__iter__", a, 0, 0)?;
    vm.get_iter(receiver(a, "__iter__")?.clone())
}

fn contains(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__contains__", a, 1, 1)?;
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

fn repr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__repr__", a, 0, 0)?;
    Ok(Value::string(vm.repr(receiver(a, "__repr__")?)?))
}

/// The receiver of a method that takes no other argument (`list.__iter__()` has none).
fn receiver<'a>(a: &'a [Value], name: &str) -> PyResult<&'a Value> {
    a.first().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("descriptor '{name}' needs an argument"),
        )
    })
}

/// The other operand of a binary special method: an instance of a subclass of a
/// built-in type takes part with its value, as in CPython (`int.__add__(2, Big(3))`).
fn operand(v: &Value) -> &Value {
    match v {
        Value::Instance(i) => i.base.as_deref().unwrap_or(v),
        _ => v,
    }
}

/// `a[0] op a[1]` on built-in values, `NotImplemented` when the built-in type does
/// not know the other operand (so its reflected method is tried).
fn binary(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    args::method_count(op.dunders().0, a, 1, 1)?;
    Ok(vm
        .builtin_binary(op, &a[0], operand(&a[1]))?
        .unwrap_or_else(crate::builtins::not_implemented))
}

/// `a[0] op a[1]` as a comparison.
fn compare(vm: &mut Vm, a: &[Value], op: CmpOp, name: &str) -> PyResult<Value> {
    args::method_count(name, a, 1, 1)?;
    vm.compare_op(op, &a[0], operand(&a[1]))
}

macro_rules! binary_methods {
    ($($name:ident => $op:expr),* $(,)?) => {$(
        fn $name(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
            binary(vm, a, $op)
        }
    )*};
}

binary_methods! {
    add => BinOp::Add,
    sub => BinOp::Sub,
    mul => BinOp::Mul,
    truediv => BinOp::Div,
    floordiv => BinOp::FloorDiv,
    modulo => BinOp::Mod,
    pow => BinOp::Pow,
}

macro_rules! compare_methods {
    ($($name:ident => $op:expr, $dunder:literal),* $(,)?) => {$(
        fn $name(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
            compare(vm, a, $op, $dunder)
        }
    )*};
}

compare_methods! {
    eq => CmpOp::Eq, "__eq__",
    ne => CmpOp::NotEq, "__ne__",
    lt => CmpOp::Lt, "__lt__",
    le => CmpOp::LtE, "__le__",
    gt => CmpOp::Gt, "__gt__",
    ge => CmpOp::GtE, "__ge__",
}
