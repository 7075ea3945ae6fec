//! The `complex` class's constructor (`complex(real=0, imag=0)`, `complex('1+2j')`,
//! objects with `__complex__`, `__float__` or `__index__`) and methods (`conjugate`,
//! `__format__`, the operator dunders for `complex.__add__(z, w)` and the like). The
//! number itself and its arithmetic are `objects/complex.rs`.

use std::rc::Rc;

use crate::objects::args;
use crate::objects::complex::{as_complex, binary, complex_class, parse_complex, Complex};
use crate::objects::format::format_complex;
use crate::objects::operator::BinOp;
use crate::objects::{Class, ExcKind, KwArgs, MethodDef, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Fills the class's dict and constructor (once per thread, with the other types).
pub fn install() {
    let c = complex_class();
    c.add_methods(METHODS);
    c.constructor.set(Some(construct));
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("conjugate", conjugate),
    MethodDef::new("__complex__", dunder_complex),
    MethodDef::new("__getnewargs__", getnewargs),
    MethodDef::new("__format__", format),
    MethodDef::new("__abs__", abs),
    MethodDef::new("__neg__", neg),
    MethodDef::new("__pos__", pos),
    MethodDef::new("__bool__", bool_),
    MethodDef::new("__add__", add),
    MethodDef::new("__radd__", radd),
    MethodDef::new("__sub__", sub),
    MethodDef::new("__rsub__", rsub),
    MethodDef::new("__mul__", mul),
    MethodDef::new("__rmul__", rmul),
    MethodDef::new("__truediv__", truediv),
    MethodDef::new("__rtruediv__", rtruediv),
    MethodDef::new("__pow__", pow),
    MethodDef::new("__rpow__", rpow),
];

/// `self` of a method, with CPython's error for another receiver
/// (`complex.conjugate(1)`).
fn receiver(a: &[Value], name: &str) -> PyResult<Complex> {
    a.first().and_then(as_complex).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "descriptor '{name}' for 'complex' objects doesn't apply to a '{}' object",
                a.first().map_or("NoneType".into(), |v| v.type_name())
            ),
        )
    })
}

fn unary(a: &[Value], name: &str, f: fn(Complex) -> Complex) -> PyResult<Value> {
    args::method_count(name, a, 0, 0)?;
    Ok(f(receiver(a, name)?).value())
}

fn conjugate(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "conjugate", |z| Complex::new(z.re, -z.im))
}

fn dunder_complex(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "__complex__", |z| z)
}

fn neg(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "__neg__", |z| Complex::new(-z.re, -z.im))
}

fn pos(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "__pos__", |z| z)
}

fn getnewargs(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = receiver(a, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(z.re), Value::Float(z.im)]))
}

fn abs(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(receiver(a, "__abs__")?.abs()?))
}

fn bool_(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = receiver(a, "__bool__")?;
    Ok(Value::Bool(z.re != 0.0 || z.im != 0.0))
}

fn format(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__format__", a, 1, 1)?;
    let z = receiver(a, "__format__")?;
    let spec = args::str(&a[1], "__format__")?;
    format_complex(z.re, z.im, spec).map(Value::string)
}

/// An operator dunder: `self op other`, or the reflected `other op self`;
/// NotImplemented when `other` is no number.
fn operator(_: &mut Vm, a: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    let name = op.dunders().0;
    args::method_count(name, a, 1, 1)?;
    receiver(a, name)?;
    let (x, y) = if reflected {
        (&a[1], &a[0])
    } else {
        (&a[0], &a[1])
    };
    match binary(op, x, y) {
        Some(r) => r,
        None => Ok(super::not_implemented()),
    }
}

fn add(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    operator(vm, a, BinOp::Add, false)
}

fn radd(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    operator(vm, a, BinOp::Add, true)
}

fn sub(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    operator(vm, a, BinOp::Sub, false)
}

fn rsub(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    operator(vm, a, BinOp::Sub, true)
}

fn mul(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    operator(vm, a, BinOp::Mul, false)
}

fn rmul(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    operator(vm, a, BinOp::Mul, true)
}

fn truediv(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    operator(vm, a, BinOp::Div, false)
}

fn rtruediv(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    operator(vm, a, BinOp::Div, true)
}

fn pow(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    if a.len() == 3 && !matches!(a[2], Value::None) {
        return Err(PyErr::new(ExcKind::ValueError, "complex modulo"));
    }
    operator(vm, &a[..a.len().min(2)], BinOp::Pow, false)
}

fn rpow(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    operator(vm, a, BinOp::Pow, true)
}

/// `complex(real=0, imag=0)`.
fn construct(
    vm: &mut Vm,
    _: &Rc<Class>,
    a: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> PyResult<Value> {
    args::count("complex", &a, 0, 2)?;
    args::only_kwargs("complex", &kw, &["real", "imag"])?;
    let real = a.first().or_else(|| args::kwarg(&kw, "real"));
    let imag = a.get(1).or_else(|| args::kwarg(&kw, "imag"));
    if let Some(Value::Str(s)) = real {
        if imag.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        if !underscores_between_digits(s.as_str()) {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!(
                    "could not convert string to complex: {}",
                    crate::objects::str::repr_str(s.as_str())
                ),
            ));
        }
        return parse_complex(s.as_str())
            .map(Complex::value)
            .ok_or_else(|| PyErr::new(ExcKind::ValueError, "complex() arg is a malformed string"));
    }
    if let Some(Value::Str(_)) = imag {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let (re, re_is_complex) = match real {
        None => (Complex::new(0.0, 0.0), false),
        Some(v) => part(vm, v, "first argument must be a string or a number")?,
    };
    let (im, im_is_complex) = match imag {
        None => (Complex::new(re.im, 0.0), false),
        Some(v) => part(vm, v, "second argument must be a number")?,
    };
    let mut real_part = re.re;
    let mut imag_part = im.re;
    if im_is_complex {
        real_part -= im.im;
    }
    if re_is_complex && imag.is_some() {
        imag_part += re.im;
    }
    Ok(Complex::new(real_part, imag_part).value())
}

/// Whether every `_` of a numeric string sits between two digits (CPython checks this
/// before parsing, with its own message).
fn underscores_between_digits(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len())
        .filter(|&i| b[i] == b'_')
        .all(|i| i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
}

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg.into())
}

/// One argument of `complex()` as a complex, and whether it was one (a complex, or
/// an object whose `__complex__` made one).
fn part(vm: &mut Vm, v: &Value, what: &str) -> PyResult<(Complex, bool)> {
    if let Some(z) = as_complex(v) {
        return Ok((z, true));
    }
    let real = |f: f64| Ok((Complex::new(f, 0.0), false));
    match v {
        Value::Int(i) => return real(*i as f64),
        Value::Bool(b) => return real(*b as i64 as f64),
        Value::Float(f) => return real(*f),
        Value::BigInt(b) => return real(crate::objects::int::big_to_f64(b)?),
        _ => {}
    }
    for (dunder, is_complex) in [
        ("__complex__", true),
        ("__float__", false),
        ("__index__", false),
    ] {
        let Some(m) = vm.lookup_method(v, dunder) else {
            continue;
        };
        let r = vm.call(&m, vec![], vec![])?;
        if is_complex {
            return match as_complex(&r) {
                Some(z) => Ok((z, true)),
                None => Err(type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    r.type_name()
                ))),
            };
        }
        return part(vm, &r, what);
    }
    if let Some(base) = crate::objects::class::builtin_part(v, "__float__") {
        return part(vm, &base.clone(), what);
    }
    Err(type_error(format!(
        "complex() {what}, not '{}'",
        v.type_name()
    )))
}
