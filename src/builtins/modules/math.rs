//! `math` (the common functions and constants) and `time`.

use super::native_module;
use crate::builtins::args;
use crate::objects::func::MethodDef;
use crate::objects::int::to_big;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[
    MethodDef::new("sqrt", sqrt),
    MethodDef::new("floor", floor),
    MethodDef::new("ceil", ceil),
    MethodDef::new("gcd", gcd),
    MethodDef::new("isqrt", isqrt),
    MethodDef::new("log", log),
    MethodDef::new("exp", exp),
    MethodDef::new("fabs", fabs),
    MethodDef::new("factorial", factorial),
    MethodDef::new("isclose", isclose),
];

static TIME: &[MethodDef] = &[
    MethodDef::new("time", now),
    MethodDef::new("perf_counter", now),
    MethodDef::new("monotonic", now),
    MethodDef::new("sleep", sleep),
];

/// Builds the `math` module.
pub fn module() -> Value {
    native_module(
        "math",
        FUNCS,
        vec![
            ("pi", Value::Float(std::f64::consts::PI)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
        ],
    )
}

/// Builds the `time` module.
pub fn time_module() -> Value {
    native_module("time", TIME, vec![])
}

fn float_arg(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => crate::objects::int::big_to_f64(b),
        other => Err(PyErr::new(
            ExcKind::TypeError,
            format!("must be real number, not {}", other.type_name()),
        )),
    }
}

fn domain() -> PyErr {
    PyErr::new(ExcKind::ValueError, "math domain error")
}

fn sqrt(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("sqrt", a, 1, 1)?;
    let x = float_arg(&a[0])?;
    if x < 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.sqrt()))
}

fn floor(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("floor", a, 1, 1)?;
    if to_big(&a[0]).is_some() {
        return Ok(a[0].clone());
    }
    Ok(crate::builtins::float_to_int(float_arg(&a[0])?.floor()))
}

fn ceil(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("ceil", a, 1, 1)?;
    if to_big(&a[0]).is_some() {
        return Ok(a[0].clone());
    }
    Ok(crate::builtins::float_to_int(float_arg(&a[0])?.ceil()))
}

fn gcd(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    use num_integer::Integer;
    let mut acc = num_bigint::BigInt::from(0);
    for v in a {
        let b = to_big(v).ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                ),
            )
        })?;
        acc = acc.gcd(&b);
    }
    Ok(Value::from_bigint(acc))
}

fn isqrt(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isqrt", a, 1, 1)?;
    let b = to_big(&a[0])
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "isqrt() argument must be an integer"))?;
    if b.sign() == num_bigint::Sign::Minus {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "isqrt() argument must be nonnegative",
        ));
    }
    Ok(Value::from_bigint(b.sqrt()))
}

fn log(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("log", a, 1, 2)?;
    let x = float_arg(&a[0])?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(match a.get(1) {
        Some(b) => x.ln() / float_arg(b)?.ln(),
        None => x.ln(),
    }))
}

fn exp(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("exp", a, 1, 1)?;
    Ok(Value::Float(float_arg(&a[0])?.exp()))
}

fn fabs(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("fabs", a, 1, 1)?;
    Ok(Value::Float(float_arg(&a[0])?.abs()))
}

fn factorial(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("factorial", a, 1, 1)?;
    let n = args::int(&a[0], "")?;
    if n < 0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "factorial() not defined for negative values",
        ));
    }
    let mut acc = num_bigint::BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn isclose(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("isclose", a, 2, 2)?;
    let (x, y) = (float_arg(&a[0])?, float_arg(&a[1])?);
    let rel = args::kwarg(kw, "rel_tol").map_or(Ok(1e-9), float_arg)?;
    let abs = args::kwarg(kw, "abs_tol").map_or(Ok(0.0), float_arg)?;
    Ok(Value::Bool(
        x == y || (x - y).abs() <= (rel * x.abs().max(y.abs())).max(abs),
    ))
}

fn now(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(t))
}

fn sleep(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("sleep", a, 1, 1)?;
    let s = float_arg(&a[0])?;
    if s < 0.0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "sleep length must be non-negative",
        ));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}
