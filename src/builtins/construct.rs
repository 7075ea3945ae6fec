//! Calling a built-in type: `int(x)`, `str(x)`, `list(it)`, `dict(...)`, `range(...)`,
//! `type(x)`, ...

use std::rc::Rc;

use crate::objects::args;
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::float::parse_float;
use crate::objects::globals::globals_of;
use crate::objects::int::{big_to_f64, parse_int};
use crate::objects::{Dict, ExcKind, HashKey, Module, PyErr, PyResult, Value};
use crate::vm::call::Kwargs;
use crate::vm::Vm;

/// `cls(args, **kwargs)` for the interpreter's own types.
pub fn construct(vm: &mut Vm, cls: &Rc<Class>, a: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    let name = &*cls.name;
    let kind = cls.builtin.unwrap_or(BuiltinType::Object);
    if !kw.is_empty()
        && !matches!(
            kind,
            BuiltinType::Dict | BuiltinType::Int | BuiltinType::Bytes | BuiltinType::ByteArray
        )
    {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{name}() takes no keyword arguments"),
        ));
    }
    match kind {
        BuiltinType::Int => int(vm, &a, &kw),
        BuiltinType::Float => {
            args::count("float", &a, 0, 1)?;
            float(vm, a.first())
        }
        BuiltinType::Str => {
            args::count("str", &a, 0, 3)?;
            match a.as_slice() {
                [] => Ok(Value::str("")),
                [v] => Ok(Value::string(vm.str_of(v)?)),
                [v, rest @ ..] => str_decoded(v, rest),
            }
        }
        BuiltinType::Bytes => super::methods::construct_bytes(vm, false, &a, &kw),
        BuiltinType::ByteArray => super::methods::construct_bytes(vm, true, &a, &kw),
        BuiltinType::Bool => {
            args::count("bool", &a, 0, 1)?;
            match a.first() {
                None => Ok(Value::Bool(false)),
                Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
            }
        }
        BuiltinType::List => {
            args::count("list", &a, 0, 1)?;
            match a.first() {
                None => Ok(Value::list(vec![])),
                Some(v) => Ok(Value::list(vm.collect(v)?)),
            }
        }
        BuiltinType::Tuple => {
            args::count("tuple", &a, 0, 1)?;
            match a.first() {
                None => Ok(Value::tuple(vec![])),
                Some(v @ Value::Tuple(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(vm.collect(v)?)),
            }
        }
        BuiltinType::Set | BuiltinType::FrozenSet => {
            args::count(name, &a, 0, 1)?;
            let frozen = kind == BuiltinType::FrozenSet;
            match a.first() {
                None => vm.build_set(vec![], frozen),
                Some(Value::Set(s)) => Ok(Value::set(s.copy(frozen))),
                Some(v) => {
                    let items = vm.collect(v)?;
                    vm.build_set(items, frozen)
                }
            }
        }
        BuiltinType::Dict => dict(vm, &a, kw),
        BuiltinType::Range => range(&a),
        BuiltinType::Slice => {
            args::count("slice", &a, 1, 3)?;
            Ok(match a.as_slice() {
                [stop] => Value::Slice(Rc::new((Value::None, stop.clone(), Value::None))),
                [start, stop] => Value::Slice(Rc::new((start.clone(), stop.clone(), Value::None))),
                _ => Value::Slice(Rc::new((a[0].clone(), a[1].clone(), a[2].clone()))),
            })
        }
        BuiltinType::Type => match a.as_slice() {
            [v] => Ok(Value::Class(types().class_of(v))),
            _ => super::methods::metatype::class_from_args(vm, cls, &a, &kw),
        },
        // `types.MethodType(func, obj)`: `func` bound to `obj`.
        BuiltinType::Method => match a.as_slice() {
            [func, obj] => {
                if matches!(obj, Value::None) {
                    return Err(PyErr::new(ExcKind::TypeError, "instance must not be None"));
                }
                if !super::functions::is_callable(vm, func) {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        "first argument must be callable",
                    ));
                }
                Ok(vm.bind(func.clone(), obj.clone()))
            }
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                format!("method expected 2 arguments, got {}", a.len()),
            )),
        },
        BuiltinType::Module => module(&a),
        BuiltinType::Object => {
            args::count("object", &a, 0, 0)?;
            Ok(crate::vm::call::blank_instance(cls, None))
        }
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            format!("cannot create '{name}' instances"),
        )),
    }
}

/// `types.ModuleType(name, doc=None)`: an empty module.
fn module(a: &[Value]) -> PyResult<Value> {
    args::count("module", a, 1, 2)?;
    let Some(name) = a[0].as_str() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "module.__init__() argument 'name' must be str, not {}",
                a[0].type_name()
            ),
        ));
    };
    let dict = globals_of([
        ("__name__", a[0].clone()),
        ("__doc__", a.get(1).cloned().unwrap_or_default()),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ]);
    Ok(Value::Module(Rc::new(Module {
        name: name.into(),
        dict,
    })))
}

/// `str(b, encoding[, errors])`: the bytes decoded.
fn str_decoded(v: &Value, rest: &[Value]) -> PyResult<Value> {
    let Some(data) = v.as_bytes() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "decoding to str: need a bytes-like object, {} found",
                v.type_name()
            ),
        ));
    };
    let enc = super::codecs::Encoding::lookup(args::str(&rest[0], "str()")?)?;
    let errors = match rest.get(1) {
        Some(e) => super::codecs::Handler::new(Some(args::str(e, "str()")?)),
        None => super::codecs::Handler::strict(),
    };
    Ok(Value::string(super::codecs::decode(&data, enc, &errors)?))
}

fn int(vm: &mut Vm, a: &[Value], kw: &Kwargs) -> PyResult<Value> {
    args::count("int", a, 0, 2)?;
    let base = a.get(1).or_else(|| args::kwarg(kw, "base"));
    let Some(v) = a.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = args::int(b, "")?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        return match v {
            Value::Str(s) => parse_int(s.as_str(), b as u32),
            Value::Bytes(_) | Value::ByteArray(_) => int_of_bytes(v, b),
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                "int() can't convert non-string with explicit base",
            )),
        };
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => crate::objects::float::float_to_int(f.trunc()),
        Value::Str(s) => parse_int(s.as_str(), 10),
        Value::Bytes(_) | Value::ByteArray(_) => int_of_bytes(v, 10),
        Value::Instance(_) => {
            if let Some(base) = crate::objects::class::builtin_part(v, "__int__") {
                return int(vm, std::slice::from_ref(base), &vec![]);
            }
            for m in ["__int__", "__index__"] {
                if let Some(f) = vm.lookup_method(v, m) {
                    return vm.call(&f, vec![], vec![]);
                }
            }
            Err(int_type_error(v))
        }
        _ => Err(int_type_error(v)),
    }
}

/// `int(b'42')`: the bytes read as ASCII digits; the ValueError shows the bytes.
fn int_of_bytes(v: &Value, base: i64) -> PyResult<Value> {
    let data = v.as_bytes().map(|b| b.to_vec()).unwrap_or_default();
    let text: String = data.iter().map(|b| *b as char).collect();
    parse_int(&text, base as u32).map_err(|_| {
        PyErr::new(
            ExcKind::ValueError,
            format!(
                "invalid literal for int() with base {base}: {}",
                crate::objects::bytes::repr_bytes(&data)
            ),
        )
    })
}

fn int_type_error(v: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            v.type_name()
        ),
    )
}

fn float(vm: &mut Vm, v: Option<&Value>) -> PyResult<Value> {
    let Some(v) = v else {
        return Ok(Value::Float(0.0));
    };
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => Ok(Value::Float(big_to_f64(b)?)),
        Value::Str(s) => parse_float(s.as_str()).map(Value::Float).ok_or_else(|| {
            PyErr::new(
                ExcKind::ValueError,
                format!(
                    "could not convert string to float: {}",
                    crate::objects::str::repr_str(s.as_str())
                ),
            )
        }),
        Value::Bytes(_) | Value::ByteArray(_) => {
            // ASCII digits as for a str; the error shows the bytes' repr.
            let data = v.as_bytes().map(|b| b.to_vec()).unwrap_or_default();
            let text = std::str::from_utf8(&data).ok().filter(|t| t.is_ascii());
            match text.and_then(parse_float) {
                Some(f) => Ok(Value::Float(f)),
                None => Err(PyErr::new(
                    ExcKind::ValueError,
                    format!("could not convert string to float: {}", vm.repr(v)?),
                )),
            }
        }
        Value::Instance(_) => match vm.lookup_method(v, "__float__") {
            Some(m) => vm.call(&m, vec![], vec![]),
            None if crate::objects::class::builtin_part(v, "__float__").is_some() => {
                float(vm, crate::objects::class::builtin_part(v, "__float__"))
            }
            None => Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "float() argument must be a string or a real number, not '{}'",
                    v.type_name()
                ),
            )),
        },
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "float() argument must be a string or a real number, not '{}'",
                v.type_name()
            ),
        )),
    }
}

fn dict(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::count("dict", a, 0, 1)?;
    let mut d = Dict::default();
    if let Some(src) = a.first() {
        vm.update_dict(&mut d, src)?;
    }
    for (k, v) in kw {
        d.insert(HashKey::new(Value::str(&k))?, v);
    }
    Ok(Value::dict(d))
}

fn range(a: &[Value]) -> PyResult<Value> {
    if a.iter().any(|v| matches!(v, Value::BigInt(_))) {
        if let Some(b) = a
            .iter()
            .map(crate::objects::int::to_big)
            .collect::<Option<Vec<_>>>()
        {
            let one = num_bigint::BigInt::from(1);
            let (start, stop, step) = match b.as_slice() {
                [stop] => (num_bigint::BigInt::from(0), stop.clone(), one),
                [start, stop] => (start.clone(), stop.clone(), one),
                [start, stop, step] if step.bits() > 0 => {
                    (start.clone(), stop.clone(), step.clone())
                }
                _ => return range_error(a.len()),
            };
            return Ok(crate::objects::bigrange::BigRange::value(start, stop, step));
        }
    }
    let int = |v: &Value| args::int(v, "");
    let (start, stop, step) = match a {
        [stop] => (0, int(stop)?, 1),
        [start, stop] => (int(start)?, int(stop)?, 1),
        [start, stop, step] if int(step)? != 0 => (int(start)?, int(stop)?, int(step)?),
        _ => return range_error(a.len()),
    };
    if (stop as i128 - start as i128).abs() > i64::MAX as i128 {
        // The length may not fit an i64: a big range knows it.
        let big = num_bigint::BigInt::from;
        return Ok(crate::objects::bigrange::BigRange::value(
            big(start),
            big(stop),
            big(step),
        ));
    }
    Ok(Value::Range(Rc::new((start, stop, step))))
}

/// The error of `range()` given `n` arguments where it takes 1 to 3, or a zero step.
fn range_error(n: usize) -> PyResult<Value> {
    Err(match n {
        0 => PyErr::new(
            ExcKind::TypeError,
            "range expected at least 1 argument, got 0",
        ),
        3 => PyErr::new(ExcKind::ValueError, "range() arg 3 must not be zero"),
        _ => PyErr::new(
            ExcKind::TypeError,
            format!("range expected at most 3 arguments, got {n}"),
        ),
    })
}
