//! `math`: the common functions and constants.

use super::native_module;
use crate::objects::args;
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
    MethodDef::new("isnan", isnan),
    MethodDef::new("isinf", isinf),
    MethodDef::new("isfinite", isfinite),
    MethodDef::new("sin", sin),
    MethodDef::new("cos", cos),
    MethodDef::new("tan", tan),
    MethodDef::new("asin", asin),
    MethodDef::new("acos", acos),
    MethodDef::new("atan", atan),
    MethodDef::new("atan2", atan2),
    MethodDef::new("sinh", sinh),
    MethodDef::new("cosh", cosh),
    MethodDef::new("tanh", tanh),
    MethodDef::new("log10", log10),
    MethodDef::new("log2", log2),
    MethodDef::new("log1p", log1p),
    MethodDef::new("expm1", expm1),
    MethodDef::new("trunc", trunc),
    MethodDef::new("hypot", hypot),
    MethodDef::new("pow", fpow),
    MethodDef::new("fmod", fmod),
    MethodDef::new("copysign", copysign),
    MethodDef::new("degrees", degrees),
    MethodDef::new("radians", radians),
    MethodDef::new("modf", modf),
    MethodDef::new("fsum", fsum),
    MethodDef::new("prod", prod),
    MethodDef::new("comb", comb),
    MethodDef::new("perm", perm),
    MethodDef::new("lcm", lcm),
    MethodDef::new("dist", dist),
    MethodDef::new("frexp", frexp),
    MethodDef::new("ldexp", ldexp),
];

/// Builds the `math` module.
pub fn module() -> Value {
    native_module("math", FUNCS, float_constants())
}

/// The float constants `math` and `cmath` both define: pi, e, tau, inf, nan.
pub fn float_constants() -> Vec<(&'static str, Value)> {
    vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ]
}

/// A real-number argument as f64 (int, bool or float), else TypeError.
pub(super) fn float_arg(v: &Value) -> PyResult<f64> {
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

/// `math.floor(x)` and its kin on an instance: its `__floor__` (`__ceil__`,
/// `__trunc__`) if it has one, else (but for `__trunc__`, which CPython requires) the
/// float its `__float__` gives, rounded; `None` for the built-in numbers.
fn rounding_dunder(vm: &mut Vm, v: &Value, dunder: &str) -> PyResult<Option<Value>> {
    if !matches!(v, Value::Instance(_)) {
        return Ok(None);
    }
    if let Some(m) = vm.lookup_method(v, dunder) {
        return vm.call(&m, vec![], vec![]).map(Some);
    }
    match vm.lookup_method(v, "__float__") {
        Some(m) if dunder != "__trunc__" => {
            let f = float_arg(&vm.call(&m, vec![], vec![])?)?;
            let f = if dunder == "__floor__" {
                f.floor()
            } else {
                f.ceil()
            };
            crate::objects::float::float_to_int(f).map(Some)
        }
        _ if dunder == "__trunc__" => Err(PyErr::new(
            ExcKind::TypeError,
            format!("type {} doesn't define __trunc__ method", v.type_name()),
        )),
        _ => Ok(None),
    }
}

fn domain() -> PyErr {
    PyErr::new(ExcKind::ValueError, "math domain error")
}

/// `OverflowError: math range error`.
fn range_error() -> PyErr {
    PyErr::new(ExcKind::OverflowError, "math range error")
}

fn sqrt(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("sqrt", a, 1, 1)?;
    let x = float_arg(&a[0])?;
    if x < 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.sqrt()))
}

fn floor(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("floor", a, 1, 1)?;
    if to_big(&a[0]).is_some() {
        return Ok(a[0].clone());
    }
    if let Some(r) = rounding_dunder(vm, &a[0], "__floor__")? {
        return Ok(r);
    }
    crate::objects::float::float_to_int(float_arg(&a[0])?.floor())
}

fn ceil(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("ceil", a, 1, 1)?;
    if to_big(&a[0]).is_some() {
        return Ok(a[0].clone());
    }
    if let Some(r) = rounding_dunder(vm, &a[0], "__ceil__")? {
        return Ok(r);
    }
    crate::objects::float::float_to_int(float_arg(&a[0])?.ceil())
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
    unary(a, "exp", f64::exp)
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

/// Applies a float function of one argument; `checked` rejects NaN results of finite
/// input as "math domain error", like CPython.
fn unary(a: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    args::count(name, a, 1, 1)?;
    let x = float_arg(&a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn binary_float(a: &[Value], name: &str) -> PyResult<(f64, f64)> {
    args::count(name, a, 2, 2)?;
    Ok((float_arg(&a[0])?, float_arg(&a[1])?))
}

fn isnan(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isnan", a, 1, 1)?;
    Ok(Value::Bool(float_arg(&a[0])?.is_nan()))
}

fn isinf(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isinf", a, 1, 1)?;
    Ok(Value::Bool(float_arg(&a[0])?.is_infinite()))
}

fn isfinite(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isfinite", a, 1, 1)?;
    Ok(Value::Bool(float_arg(&a[0])?.is_finite()))
}

fn sin(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "sin", f64::sin)
}

fn cos(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "cos", f64::cos)
}

fn tan(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "tan", f64::tan)
}

fn asin(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "asin", f64::asin)
}

fn acos(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "acos", f64::acos)
}

fn atan(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "atan", f64::atan)
}

fn sinh(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "sinh", f64::sinh)
}

fn cosh(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "cosh", f64::cosh)
}

fn tanh(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "tanh", f64::tanh)
}

/// A logarithm: defined only above `bound` (a math domain error at or below it).
fn logarithm(a: &[Value], name: &str, f: fn(f64) -> f64, bound: f64) -> PyResult<Value> {
    args::count(name, a, 1, 1)?;
    let x = float_arg(&a[0])?;
    if x <= bound {
        return Err(domain());
    }
    Ok(Value::Float(f(x)))
}

fn log10(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    logarithm(a, "log10", f64::log10, 0.0)
}

fn log2(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    logarithm(a, "log2", f64::log2, 0.0)
}

fn log1p(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    logarithm(a, "log1p", f64::ln_1p, -1.0)
}

fn expm1(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "expm1", f64::exp_m1)
}

fn trunc(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("trunc", a, 1, 1)?;
    if to_big(&a[0]).is_some() {
        return Ok(a[0].clone());
    }
    if let Some(r) = rounding_dunder(vm, &a[0], "__trunc__")? {
        return Ok(r);
    }
    crate::objects::float::float_to_int(float_arg(&a[0])?.trunc())
}

fn hypot(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for v in a {
        acc = acc.hypot(float_arg(v)?);
    }
    Ok(Value::Float(acc))
}

fn fpow(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (x, y) = binary_float(a, "pow")?;
    if x == 0.0 && y < 0.0 || (x < 0.0 && y.fract() != 0.0 && y.is_finite()) {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn fmod(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (x, y) = binary_float(a, "fmod")?;
    if y == 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn atan2(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (y, x) = binary_float(a, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (x, y) = binary_float(a, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn degrees(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "degrees", f64::to_degrees)
}

fn radians(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    unary(a, "radians", f64::to_radians)
}

fn modf(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("modf", a, 1, 1)?;
    let x = float_arg(&a[0])?;
    let frac = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x.fract()
    };
    Ok(Value::tuple(vec![
        Value::Float(frac),
        Value::Float(x.trunc()),
    ]))
}

/// `math.fsum`: an exactly rounded sum (Shewchuk's algorithm, as CPython's `msum`).
fn fsum(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("fsum", a, 1, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    // As CPython: the sum of the infinities and NaNs among the items, kept apart.
    let (mut special, mut infinities) = (0.0f64, 0.0f64);
    for v in vm.collect(&a[0])? {
        let mut x = float_arg(&v)?;
        let item = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x.is_finite() {
            partials.push(x);
        } else if item.is_finite() {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                "intermediate overflow in fsum",
            ));
        } else {
            if item.is_infinite() {
                infinities += item;
            }
            special += item;
            partials.clear();
        }
    }
    if special != 0.0 || special.is_nan() {
        if infinities.is_nan() {
            return Err(PyErr::new(ExcKind::ValueError, "-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    while let Some(p) = partials.pop() {
        let x = hi;
        let y = p;
        hi = x + y;
        let lo = y - (hi - x);
        if lo != 0.0 {
            if let Some(&next) = partials.last() {
                if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
                    let y2 = lo * 2.0;
                    let x2 = hi + y2;
                    if y2 == x2 - hi {
                        hi = x2;
                    }
                }
            }
            break;
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("prod", a, 1, 1)?;
    let mut acc = args::kwarg(kw, "start").cloned().unwrap_or(Value::Int(1));
    for v in vm.collect(&a[0])? {
        acc = vm.binary_op(crate::objects::operator::BinOp::Mul, &acc, &v)?;
    }
    Ok(acc)
}

fn nonneg_ints(a: &[Value], name: &str) -> PyResult<(num_bigint::BigInt, num_bigint::BigInt)> {
    args::count(name, a, 2, 2)?;
    let (Some(n), Some(k)) = (to_big(&a[0]), to_big(&a[1])) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "'float' object cannot be interpreted as an integer",
        ));
    };
    if n.sign() == num_bigint::Sign::Minus {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "n must be a non-negative integer",
        ));
    }
    if k.sign() == num_bigint::Sign::Minus {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "k must be a non-negative integer",
        ));
    }
    Ok((n, k))
}

fn perm_big(n: &num_bigint::BigInt, k: &num_bigint::BigInt) -> num_bigint::BigInt {
    let mut acc = num_bigint::BigInt::from(1);
    let mut i = num_bigint::BigInt::from(0);
    while &i < k {
        acc *= n - &i;
        i += 1;
    }
    acc
}

fn comb(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (n, k) = nonneg_ints(a, "comb")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    Ok(Value::from_bigint(perm_big(&n, &k) / perm_big(&k, &k)))
}

fn perm(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (n, k) = nonneg_ints(a, "perm")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(perm_big(&n, &k)))
}

fn lcm(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    use num_integer::Integer;
    let mut acc = num_bigint::BigInt::from(1);
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
        acc = acc.lcm(&b);
    }
    Ok(Value::from_bigint(acc))
}

fn dist(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("dist", a, 2, 2)?;
    let (p, q) = (vm.collect(&a[0])?, vm.collect(&a[1])?);
    if p.len() != q.len() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "both points must have the same number of dimensions",
        ));
    }
    let mut acc = 0.0f64;
    for (x, y) in p.iter().zip(&q) {
        acc = acc.hypot(float_arg(x)? - float_arg(y)?);
    }
    Ok(Value::Float(acc))
}

fn frexp(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("frexp", a, 1, 1)?;
    let x = float_arg(&a[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    // Correct for rounding in log2 so that 0.5 <= |m| < 1.
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("ldexp", a, 2, 2)?;
    let x = float_arg(&a[0])?;
    let e = args::int(&a[1], "")?;
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}
