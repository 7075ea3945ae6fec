//! Methods of generators, iterators, ints, floats, ranges, dict views and `object`.

use crate::objects::args;
use crate::objects::frame::Outcome;
use crate::objects::func::{MethodDef, Special};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::generator::Resume;
use crate::vm::Vm;

/// Generator methods. The VM runs them without recursion when called from Python
/// code (`Special`); these bodies serve calls from Rust.
pub static GENERATOR_METHODS: &[MethodDef] = &[
    MethodDef::special("send", gen_send, Special::GenSend),
    MethodDef::special("throw", gen_throw, Special::GenThrow),
    MethodDef::special("close", gen_close, Special::GenClose),
    MethodDef::special("__next__", gen_next, Special::GenNext),
    MethodDef::new("__iter__", same),
];

/// Methods of native iterators.
pub static ITER_METHODS: &[MethodDef] = &[
    MethodDef::new("__next__", iter_next),
    MethodDef::new("__iter__", same),
];

/// `int` methods.
pub static INT_METHODS: &[MethodDef] = &[
    MethodDef::no_args("bit_length", bit_length),
    MethodDef::no_args("conjugate", exact_int),
    MethodDef::new("__index__", exact_int),
];

/// `float` methods.
pub static FLOAT_METHODS: &[MethodDef] = &[
    MethodDef::no_args("hex", float_hex),
    MethodDef::no_args("as_integer_ratio", as_integer_ratio),
    MethodDef::no_args("is_integer", is_integer),
    MethodDef::no_args("conjugate", same),
];

/// `range` methods.
pub static RANGE_METHODS: &[MethodDef] = &[
    MethodDef::new("index", range_index),
    MethodDef::new("count", range_count),
];

/// `slice` methods.
pub static SLICE_METHODS: &[MethodDef] = &[MethodDef::new("indices", slice_indices)];

fn slice_indices(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("indices", a, 1, 1)?;
    let Value::Slice(s) = &a[0] else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a 'slice' object",
        ));
    };
    let len = args::int(&a[1], "")?;
    if len < 0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "length should not be negative",
        ));
    }
    let (x, y, z) = crate::vm::subscr::slice_bounds(s)?;
    let (start, stop, step) = crate::objects::sequence::adjust_indices(x, y, z, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

/// Dict view methods.
pub static VIEW_METHODS: &[MethodDef] = &[MethodDef::new("__iter__", view_iter)];

/// Methods every object has (reached through `super()` or the class: `object.__init__`).
pub static OBJECT_METHODS: &[MethodDef] = &[
    MethodDef::new("__init__", object_init),
    MethodDef::new("__str__", object_str),
    MethodDef::new("__repr__", object_repr),
    MethodDef::new("__eq__", object_eq),
    MethodDef::new("__ne__", object_ne),
    MethodDef::new("__hash__", object_hash),
    MethodDef::new("__setattr__", object_setattr),
    MethodDef::new("__delattr__", object_delattr),
    MethodDef::new("__new__", object_new),
    MethodDef::new("__init_subclass__", object_init_subclass),
];

/// `object.__init_subclass__`: accepts no keyword arguments and does nothing.
fn object_init_subclass(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if kw.is_empty() {
        return Ok(Value::None);
    }
    let name = match a.first() {
        Some(Value::Class(c)) => c.name.to_string(),
        _ => "object".into(),
    };
    Err(PyErr::new(
        ExcKind::TypeError,
        format!("{name}.__init_subclass__() takes no keyword arguments"),
    ))
}

/// `object.__new__(cls, ...)`: a new instance of `cls`, holding the value its
/// built-in base makes of the other arguments (`int.__new__(cls, 5)`,
/// `super().__new__(cls, "x")`: the built-in types' `__new__` is this one).
fn object_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Class(c)) if !c.is_builtin() => vm.new_instance(c, &a[1..], &kw.to_vec()),
        Some(Value::Class(c)) if c.builtin == Some(crate::objects::class::BuiltinType::Object) => {
            Ok(crate::vm::call::blank_instance(c, None))
        }
        Some(Value::Class(c)) => vm.call(&Value::Class(c.clone()), a[1..].to_vec(), kw.to_vec()),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "object.__new__(X): X is not a type object",
        )),
    }
}

fn gen_of(a: &[Value]) -> PyResult<std::rc::Rc<crate::objects::generator::Generator>> {
    match a.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a 'generator' object",
        )),
    }
}

fn outcome_value(out: Outcome) -> PyResult<Value> {
    match out {
        Outcome::Yielded(v) => Ok(v),
        Outcome::Returned(r) => Err(PyErr::stop_iteration(r)),
    }
}

pub(super) fn gen_send(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("send", a, 1, 1)?;
    let g = gen_of(a)?;
    outcome_value(vm.resume_nested(&g, Resume::Send(a[1].clone()))?)
}

pub(super) fn gen_next(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = gen_of(a)?;
    outcome_value(vm.resume_nested(&g, Resume::Send(Value::None))?)
}

pub(super) fn gen_throw(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("throw", a, 1, 3)?;
    let g = gen_of(a)?;
    let e = vm.throw_args(&a[1..])?;
    outcome_value(vm.resume_nested(&g, Resume::Throw(e))?)
}

pub(super) fn gen_close(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = gen_of(a)?;
    vm.resume_nested(&g, Resume::Close)?;
    Ok(Value::None)
}

pub(super) fn same(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(a.first().cloned().unwrap_or_default())
}

/// `int.conjugate()` and `int.__index__()`: the value as an exact int (a bool's is
/// 0 or 1).
fn exact_int(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(match a.first() {
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        other => other.cloned().unwrap_or_default(),
    })
}

fn iter_next(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    match vm.iter_next(&a[0])? {
        Some(v) => Ok(v),
        None => Err(PyErr::bare(ExcKind::StopIteration)),
    }
}

fn bit_length(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let b = crate::objects::int::to_big(&a[0]).unwrap_or_default();
    Ok(Value::Int(b.bits() as i64))
}

fn is_integer(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    match a[0] {
        Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(true)),
    }
}

fn range_parts(a: &[Value]) -> (i64, i64, i64) {
    match &a[0] {
        Value::Range(r) => **r,
        _ => (0, 0, 1),
    }
}

fn range_index(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("index", a, 1, 1)?;
    let (start, _, step) = range_parts(a);
    if vm.contains(&a[0], &a[1])? {
        let i = a[1].as_i64().unwrap_or(0);
        return Ok(Value::Int((i - start) / step));
    }
    let r = vm.repr(&a[1])?;
    Err(PyErr::new(
        ExcKind::ValueError,
        format!("{r} is not in range"),
    ))
}

fn range_count(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("count", a, 1, 1)?;
    Ok(Value::Int(vm.contains(&a[0], &a[1])? as i64))
}

fn view_iter(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    vm.get_iter(a[0].clone())
}

/// Methods of the built-in exception classes (`super().__init__(msg)` sets `args`).
pub static EXCEPTION_METHODS: &[MethodDef] = &[
    MethodDef::new("__init__", exception_init),
    MethodDef::new("__str__", exception_str),
    MethodDef::new("__repr__", exception_repr),
    MethodDef::new("__eq__", object_eq),
    MethodDef::new("__ne__", object_ne),
    MethodDef::new("__hash__", object_hash),
    MethodDef::new("__setattr__", object_setattr),
    MethodDef::new("__delattr__", object_delattr),
    MethodDef::new("add_note", exception_add_note),
];

/// `BaseException.add_note(note)`: appends `note` to the exception's `__notes__` list,
/// which the traceback prints after the `Type: message` line.
fn exception_add_note(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("add_note", a, 1, 1)?;
    if a[1].as_str().is_none() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("note must be a str, not '{}'", a[1].type_name()),
        ));
    }
    let Value::Instance(inst) = &a[0] else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "add_note() needs an exception",
        ));
    };
    match inst.dict.get("__notes__") {
        Some(Value::List(notes)) => notes.borrow_mut().push(a[1].clone()),
        Some(_) => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "Cannot add note: __notes__ is not a list",
            ))
        }
        None => {
            inst.dict.set("__notes__", Value::list(vec![a[1].clone()]));
        }
    }
    Ok(Value::None)
}

fn exception_str(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    match a.first().and_then(PyErr::from_value) {
        Some(e) => Ok(Value::string(vm.exception_base_str(&e)?)),
        None => object_str(vm, a, &[]),
    }
}

fn exception_repr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Instance(i)) if i.exc.is_some() => {
            Ok(Value::string(vm.exception_base_repr(i)?))
        }
        _ => object_repr(vm, a, &[]),
    }
}

fn object_eq(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__eq__", a, 1, 1)?;
    Ok(if a[0].is(&a[1]) {
        Value::Bool(true)
    } else {
        crate::builtins::not_implemented()
    })
}

fn object_ne(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__ne__", a, 1, 1)?;
    let eq = vm.compare_op(crate::objects::operator::CmpOp::Eq, &a[0], &a[1])?;
    Ok(Value::Bool(!vm.truthy(&eq)?))
}

fn object_hash(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int((a[0].heap_ptr().unwrap_or(0) >> 4) as i64))
}

fn object_setattr(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__setattr__", a, 2, 2)?;
    let Some(name) = a[1].as_str() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "attribute name must be string",
        ));
    };
    match &a[0] {
        Value::Instance(inst) if name == "__dict__" => {
            crate::vm::attr::set_dict_attr(&inst.dict, a[2].clone())?;
            None
        }
        Value::Instance(inst) => inst.dict.set(name, a[2].clone()),
        // `type.__setattr__(cls, ...)`, as a metaclass's `__setattr__` reaches it.
        Value::Class(c) if !c.is_builtin() => {
            crate::objects::class::classes_changed();
            c.dict.borrow_mut().insert(name.into(), a[2].clone())
        }
        other => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "can't apply this __setattr__ to {} object",
                    other.type_name()
                ),
            ))
        }
    };
    Ok(Value::None)
}

/// `object.__delattr__(obj, name)`: removes an instance attribute.
fn object_delattr(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__delattr__", a, 1, 1)?;
    let Some(name) = a[1].as_str() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "attribute name must be string",
        ));
    };
    let removed = match &a[0] {
        Value::Instance(inst) => inst.dict.remove(name).is_some(),
        _ => false,
    };
    if !removed {
        return Err(PyErr::new(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", a[0].type_name()),
        ));
    }
    Ok(Value::None)
}

fn exception_init(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    if let Some(e) = a.first().and_then(PyErr::from_value) {
        e.data_mut().args = a[1..].to_vec();
    }
    Ok(Value::None)
}

fn object_init(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_str(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(vm.repr(&a[0])?))
}

fn object_repr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = a.first().cloned().unwrap_or_default();
    match &v {
        // Never the class's own __repr__: this is what super().__repr__() reaches.
        Value::Instance(i) => Ok(Value::string(crate::vm::repr::object_repr(i, &v))),
        other => Ok(Value::string(vm.repr(other)?)),
    }
}

fn float_of(a: &[Value]) -> PyResult<f64> {
    match a.first() {
        Some(Value::Float(f)) => Ok(*f),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a 'float' object",
        )),
    }
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, as C's `%a` with CPython's layout.
fn float_hex(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = float_of(a)?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::string(format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1 << 52) - 1);
    let (lead, exp) = if raw_exp == 0 {
        (0, -1022)
    } else {
        (1, raw_exp - 1023)
    };
    let sign_e = if exp < 0 { '-' } else { '+' };
    Ok(Value::string(format!(
        "{sign}0x{lead}.{mantissa:013x}p{sign_e}{}",
        exp.abs()
    )))
}

/// `float.as_integer_ratio()`: the exact fraction, in lowest terms.
fn as_integer_ratio(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    use num_bigint::BigInt;
    let f = float_of(a)?;
    if f.is_infinite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "cannot convert NaN to integer ratio",
        ));
    }
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let mut m = (bits & ((1 << 52) - 1)) as i64;
    let mut e = if raw_exp == 0 { -1074 } else { raw_exp - 1075 };
    if raw_exp != 0 {
        m |= 1 << 52;
    }
    while m != 0 && m % 2 == 0 && e < 0 {
        m /= 2;
        e += 1;
    }
    let m = if f < 0.0 { -m } else { m };
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as usize, BigInt::from(1))
    } else {
        (BigInt::from(m), BigInt::from(1) << (-e) as usize)
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}
