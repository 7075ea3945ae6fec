//! `cmath`: the mathematical functions for complex numbers (sqrt, exp, the
//! logarithms, phase/polar/rect, the trigonometric and hyperbolic functions and their
//! inverses, the classification predicates, isclose) and constants. Finite arguments
//! follow CPython's numerically careful formulas (so results agree to the last bit);
//! a finite argument whose result overflows raises OverflowError and a pole
//! (`log(0)`, `atanh(1)`) ValueError, as in CPython. Infinite and NaN arguments go
//! through the same formulas rather than C99 Annex G's tables of special values.

use super::native_module;
use crate::objects::args;
use crate::objects::complex::{as_complex, Complex};
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[
    MethodDef::new("sqrt", sqrt),
    MethodDef::new("exp", exp),
    MethodDef::new("log", log),
    MethodDef::new("log10", log10),
    MethodDef::new("phase", phase),
    MethodDef::new("polar", polar),
    MethodDef::new("rect", rect),
    MethodDef::new("sin", sin),
    MethodDef::new("cos", cos),
    MethodDef::new("tan", tan),
    MethodDef::new("asin", asin),
    MethodDef::new("acos", acos),
    MethodDef::new("atan", atan),
    MethodDef::new("sinh", sinh),
    MethodDef::new("cosh", cosh),
    MethodDef::new("tanh", tanh),
    MethodDef::new("asinh", asinh),
    MethodDef::new("acosh", acosh),
    MethodDef::new("atanh", atanh),
    MethodDef::new("isfinite", isfinite),
    MethodDef::new("isinf", isinf),
    MethodDef::new("isnan", isnan),
    MethodDef::new("isclose", isclose),
];

/// Builds the `cmath` module.
pub fn module() -> Value {
    native_module(
        "cmath",
        FUNCS,
        super::math::float_constants()
            .into_iter()
            .chain([
                ("infj", Complex::new(0.0, f64::INFINITY).value()),
                ("nanj", Complex::new(0.0, f64::NAN).value()),
            ])
            .collect(),
    )
}

const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
/// Past this, `x*x` and friends would overflow: CPython's `CM_LARGE_DOUBLE`.
const LARGE: f64 = f64::MAX / 4.0;
fn log_large() -> f64 {
    LARGE.ln()
}
fn sqrt_large() -> f64 {
    LARGE.sqrt()
}
/// Scaling for subnormal arguments of sqrt (an even power of two).
const SCALE_UP: i32 = 2 * (f64::MANTISSA_DIGITS as i32 / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

extern "C" {
    /// The C library's `asinh`, which CPython calls (Rust's own differs in the last
    /// bit for some arguments).
    #[link_name = "asinh"]
    fn libm_asinh(x: f64) -> f64;
}

/// `asinh` as the C library computes it.
trait LibmAsinh {
    fn c_asinh_libm(self) -> f64;
}

impl LibmAsinh for f64 {
    fn c_asinh_libm(self) -> f64 {
        // SAFETY: asinh is a pure C function of one double.
        unsafe { libm_asinh(self) }
    }
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// An argument as a complex: a complex, a real number, or an object with
/// `__complex__` or `__float__`.
fn arg(vm: &mut Vm, v: &Value) -> PyResult<Complex> {
    if let Some(z) = as_complex(v) {
        return Ok(z);
    }
    if matches!(v, Value::Instance(_)) {
        for dunder in ["__complex__", "__float__", "__index__"] {
            if let Some(m) = vm.lookup_method(v, dunder) {
                let r = vm.call(&m, vec![], vec![])?;
                return arg(vm, &r);
            }
        }
    }
    super::math::float_arg(v).map(|f| Complex::new(f, 0.0))
}

fn one_arg(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Complex> {
    args::count(name, a, 1, 1)?;
    arg(vm, &a[0])
}

fn domain_error() -> PyErr {
    PyErr::new(ExcKind::ValueError, "math domain error")
}

fn range_error() -> PyErr {
    PyErr::new(ExcKind::OverflowError, "math range error")
}

fn finite(z: Complex) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

/// The result of `f(z)`: OverflowError when a finite argument gives an infinite part.
fn checked(z: Complex, r: Complex) -> PyResult<Value> {
    if finite(z) && !finite(r) {
        return Err(range_error());
    }
    Ok(r.value())
}

/// `i*z`, `-i*z`: how the circular functions become hyperbolic ones.
fn times_i(z: Complex) -> Complex {
    Complex::new(-z.im, z.re)
}
fn times_minus_i(z: Complex) -> Complex {
    Complex::new(z.im, -z.re)
}

fn c_sqrt(z: Complex) -> Complex {
    if z.re == 0.0 && z.im == 0.0 {
        return Complex::new(0.0, z.im);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        Complex::new(s, d.copysign(z.im))
    } else {
        Complex::new(d, s.copysign(z.im))
    }
}

fn c_exp(z: Complex) -> Complex {
    if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        Complex::new(
            l * z.im.cos() * std::f64::consts::E,
            l * z.im.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.re.exp();
        Complex::new(l * z.im.cos(), l * z.im.sin())
    }
}

/// `log(z)`, and whether `z` was 0 (a pole: CPython's EDOM, with a real part of -inf).
fn c_log(z: Complex) -> (Complex, bool) {
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let digits = f64::MANTISSA_DIGITS as i32;
            ldexp(ax, digits).hypot(ldexp(ay, digits)).ln() - digits as f64 * LN2
        } else {
            return (Complex::new(f64::NEG_INFINITY, z.im.atan2(z.re)), true);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (Complex::new(re, z.im.atan2(z.re)), false)
}

/// `log(z)`, ValueError at 0.
fn c_log_checked(z: Complex) -> PyResult<Complex> {
    match c_log(z) {
        (_, true) => Err(domain_error()),
        (r, false) => Ok(r),
    }
}

fn c_sinh(z: Complex) -> Complex {
    if z.re.abs() > log_large() {
        let x = z.re - 1f64.copysign(z.re);
        Complex::new(
            z.im.cos() * x.sinh() * std::f64::consts::E,
            z.im.sin() * x.cosh() * std::f64::consts::E,
        )
    } else {
        Complex::new(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    }
}

fn c_cosh(z: Complex) -> Complex {
    if z.re.abs() > log_large() {
        let x = z.re - 1f64.copysign(z.re);
        Complex::new(
            z.im.cos() * x.cosh() * std::f64::consts::E,
            z.im.sin() * x.sinh() * std::f64::consts::E,
        )
    } else {
        Complex::new(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    }
}

fn c_tanh(z: Complex) -> Complex {
    if z.re.abs() > log_large() {
        Complex::new(
            1f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        )
    } else {
        let tx = z.re.tanh();
        let ty = z.im.tan();
        let cx = 1.0 / z.re.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        Complex::new(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }
}

fn c_asinh(z: Complex) -> Complex {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        return Complex::new(re, z.im.atan2(z.re.abs()));
    }
    let s1 = c_sqrt(Complex::new(1.0 + z.im, -z.re));
    let s2 = c_sqrt(Complex::new(1.0 - z.im, z.re));
    Complex::new(
        (s1.re * s2.im - s2.re * s1.im).c_asinh_libm(),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    )
}

fn c_acos(z: Complex) -> Complex {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0;
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        return Complex::new(re, im);
    }
    let s1 = c_sqrt(Complex::new(1.0 - z.re, -z.im));
    let s2 = c_sqrt(Complex::new(1.0 + z.re, z.im));
    Complex::new(
        2.0 * s1.re.atan2(s2.re),
        (s2.re * s1.im - s2.im * s1.re).c_asinh_libm(),
    )
}

fn c_acosh(z: Complex) -> Complex {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return Complex::new(
            (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0,
            z.im.atan2(z.re),
        );
    }
    let s1 = c_sqrt(Complex::new(z.re - 1.0, z.im));
    let s2 = c_sqrt(Complex::new(z.re + 1.0, z.im));
    Complex::new(
        (s1.re * s2.re + s1.im * s2.im).c_asinh_libm(),
        2.0 * s1.im.atan2(s2.re),
    )
}

fn c_atanh(z: Complex) -> PyResult<Complex> {
    if z.re < 0.0 {
        let r = c_atanh(Complex::new(-z.re, -z.im))?;
        return Ok(Complex::new(-r.re, -r.im));
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(Complex::new(
            z.re / 4.0 / h / h,
            -std::f64::consts::FRAC_PI_2.copysign(-z.im),
        ));
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(domain_error());
        }
        return Ok(Complex::new(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(z.im),
        ));
    }
    Ok(Complex::new(
        (4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0,
    ))
}

fn sqrt(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "sqrt")?;
    checked(z, c_sqrt(z))
}

fn exp(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "exp")?;
    checked(z, c_exp(z))
}

fn log(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("log", a, 1, 2)?;
    let z = arg(vm, &a[0])?;
    let Some(base) = a.get(1) else {
        return c_log_checked(z).map(Complex::value);
    };
    // With a base, CPython reports only the base's pole (and a zero divisor) as a
    // domain error: `log(0, 2)` is `(-inf+nanj)`.
    let (r, _) = c_log(z);
    let b = c_log_checked(arg(vm, base)?)?;
    r.quotient(b).map(Complex::value).ok_or_else(domain_error)
}

fn log10(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "log10")?;
    let r = c_log_checked(z)?;
    Ok(Complex::new(r.re / LN10, r.im / LN10).value())
}

fn phase(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "phase")?;
    Ok(Value::Float(z.im.atan2(z.re)))
}

fn polar(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "polar")?;
    let r = z.re.hypot(z.im);
    if r.is_infinite() && finite(z) {
        return Err(range_error());
    }
    Ok(Value::tuple(vec![
        Value::Float(r),
        Value::Float(z.im.atan2(z.re)),
    ]))
}

fn rect(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("rect", a, 2, 2)?;
    let r = super::math::float_arg(&a[0])?;
    let phi = super::math::float_arg(&a[1])?;
    if r.is_finite() && phi.is_infinite() {
        return Err(domain_error());
    }
    if phi == 0.0 {
        return Ok(Complex::new(r, r * phi).value());
    }
    Ok(Complex::new(r * phi.cos(), r * phi.sin()).value())
}

fn sin(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "sin")?;
    checked(z, times_minus_i(c_sinh(times_i(z))))
}

fn cos(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "cos")?;
    checked(z, c_cosh(times_i(z)))
}

fn tan(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "tan")?;
    checked(z, times_minus_i(c_tanh(times_i(z))))
}

fn asin(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "asin")?;
    checked(z, times_minus_i(c_asinh(times_i(z))))
}

fn acos(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "acos")?;
    checked(z, c_acos(z))
}

fn atan(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "atan")?;
    checked(z, times_minus_i(c_atanh(times_i(z))?))
}

fn sinh(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "sinh")?;
    checked(z, c_sinh(z))
}

fn cosh(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "cosh")?;
    checked(z, c_cosh(z))
}

fn tanh(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "tanh")?;
    checked(z, c_tanh(z))
}

fn asinh(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "asinh")?;
    checked(z, c_asinh(z))
}

fn acosh(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "acosh")?;
    checked(z, c_acosh(z))
}

fn atanh(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "atanh")?;
    checked(z, c_atanh(z)?)
}

fn isfinite(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "isfinite")?;
    Ok(Value::Bool(finite(z)))
}

fn isinf(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "isinf")?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, a, "isnan")?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("isclose", a, 2, 2)?;
    args::only_kwargs("isclose", kw, &["rel_tol", "abs_tol"])?;
    let x = arg(vm, &a[0])?;
    let y = arg(vm, &a[1])?;
    let tol = |name: &str, default: f64| match args::kwarg(kw, name) {
        Some(v) => super::math::float_arg(v),
        None => Ok(default),
    };
    let rel_tol = tol("rel_tol", 1e-9)?;
    let abs_tol = tol("abs_tol", 0.0)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "tolerances must be non-negative",
        ));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if !finite(x) || !finite(y) {
        return Ok(Value::Bool(false));
    }
    let diff = x.minus(y).re.hypot(x.minus(y).im);
    let close =
        diff <= rel_tol * y.re.hypot(y.im) || diff <= rel_tol * x.re.hypot(x.im) || diff <= abs_tol;
    Ok(Value::Bool(close))
}
