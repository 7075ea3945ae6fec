//! `_struct`, the native half of `lib/struct.py`: the IEEE 754 conversions its `e`,
//! `f` and `d` formats need (`pack_float`, `unpack_float`); the Python half parses
//! formats and packs integers and strings.

use super::math::float_arg;
use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static STRUCT: &[MethodDef] = &[
    MethodDef::new("pack_float", pack_float),
    MethodDef::new("unpack_float", unpack_float),
];

/// Builds the `_struct` module.
pub fn module() -> Value {
    native_module("_struct", STRUCT, vec![])
}

/// `pack_float(x, size, little)`: the `size`-byte (2, 4 or 8) IEEE 754 form of `x`,
/// little-endian if `little`; OverflowError when a finite `x` is too large for it.
fn pack_float(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("pack_float", a, 3, 3)?;
    let x = float_arg(&a[0])?;
    let little = vm.truthy(&a[2])?;
    let mut data = match a[1] {
        Value::Int(2) => half_bits(x)?.to_be_bytes().to_vec(),
        Value::Int(4) => {
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(too_large('f'));
            }
            y.to_be_bytes().to_vec()
        }
        Value::Int(8) => x.to_be_bytes().to_vec(),
        _ => {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "float size must be 2, 4 or 8",
            ))
        }
    };
    if little {
        data.reverse();
    }
    Ok(Value::bytes(data))
}

/// `unpack_float(data, little)`: the float whose 2-, 4- or 8-byte IEEE 754 form is
/// `data`.
fn unpack_float(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("unpack_float", a, 2, 2)?;
    let little = vm.truthy(&a[1])?;
    let mut data = match a[0].as_bytes() {
        Some(b) => b.to_vec(),
        None => return Err(PyErr::new(ExcKind::TypeError, "a bytes object is required")),
    };
    if little {
        data.reverse();
    }
    let x = match *data.as_slice() {
        [a, b] => half_value(u16::from_be_bytes([a, b])),
        [a, b, c, d] => f32::from_be_bytes([a, b, c, d]) as f64,
        [a, b, c, d, e, f, g, h] => f64::from_be_bytes([a, b, c, d, e, f, g, h]),
        _ => {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "float size must be 2, 4 or 8",
            ))
        }
    };
    Ok(Value::Float(x))
}

fn too_large(code: char) -> PyErr {
    PyErr::new(
        ExcKind::OverflowError,
        format!("float too large to pack with {code} format"),
    )
}

/// The IEEE 754 half-precision bits of `x`, rounded to nearest, ties to even.
fn half_bits(x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let m = x.abs();
    if m == 0.0 {
        return Ok(sign);
    }
    // m = f * 2**e with 1 <= f < 2.
    let mut e = m.log2().floor() as i32;
    let mut f = m / 2f64.powi(e);
    if f >= 2.0 {
        f /= 2.0;
        e += 1;
    } else if f < 1.0 {
        f *= 2.0;
        e -= 1;
    }
    if e >= 16 {
        return Err(too_large('e'));
    }
    let (mut exp, frac) = if e < -25 {
        (0, 0.0)
    } else if e < -14 {
        (0, f * 2f64.powi(14 + e))
    } else {
        (e + 15, f - 1.0)
    };
    let scaled = frac * 1024.0;
    let mut bits = scaled as u16;
    let rest = scaled - f64::from(bits);
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            exp += 1;
            if exp == 31 {
                return Err(too_large('e'));
            }
        }
    }
    Ok(sign | ((exp as u16) << 10) | bits)
}

/// The value of the IEEE 754 half-precision `bits`.
fn half_value(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((bits >> 10) & 0x1f);
    let frac = f64::from(bits & 0x3ff);
    sign * match exp {
        0 => frac / 1024.0 * 2f64.powi(-14),
        0x1f if frac == 0.0 => f64::INFINITY,
        0x1f => f64::NAN,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}
