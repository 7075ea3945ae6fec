//! Argument checking for native functions, with CPython's error wording.

use super::{ExcKind, KwArgs, PyErr, PyResult, Value};

/// Checks the positional argument count of builtin `name`.
pub fn count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(PyErr::new(ExcKind::TypeError, msg))
}

/// Checks the argument count of method `name` (`self` excluded from the counts).
/// A method taking no argument or exactly one is named with its type, as CPython
/// names them (`list.append() takes exactly one argument (0 given)`).
pub fn method_count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max && min == 0 {
        format!("{}() takes no arguments ({n} given)", qualified(name, args))
    } else if min == max && min == 1 {
        format!(
            "{}() takes exactly one argument ({n} given)",
            qualified(name, args)
        )
    } else if n < min {
        format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(PyErr::new(ExcKind::TypeError, msg))
}

/// Checks the argument count of a method whose errors CPython words as for
/// positional-only parameters (`get expected at least 1 argument, got 0`).
pub fn method_positional(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    count(name, args.get(1..).unwrap_or_default(), min, max)
}

/// Method `name` qualified by the built-in type of its receiver `args[0]` (the
/// built-in base of a subclass instance, a class for a class method), unless it
/// is qualified already.
fn qualified(name: &str, args: &[Value]) -> String {
    if name.contains('.') {
        return name.to_string();
    }
    let owner = match args.first() {
        Some(Value::Class(c)) => c.name.to_string(),
        Some(Value::Instance(i)) => match i.base.as_deref() {
            Some(base) => base.type_name().to_string(),
            None => i.class.name.to_string(),
        },
        Some(v) => v.type_name().to_string(),
        None => return name.to_string(),
    };
    format!("{owner}.{name}")
}

/// Rejects keyword arguments for builtin `name`.
pub fn no_kwargs(name: &str, kwargs: &KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(PyErr::new(
            ExcKind::TypeError,
            format!("{name}() takes no keyword arguments"),
        ))
    }
}

/// The value of keyword argument `name`, if given.
pub fn kwarg<'a>(kwargs: &'a KwArgs, name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

/// Rejects keyword arguments other than `allowed`.
pub fn only_kwargs(fname: &str, kwargs: &KwArgs, allowed: &[&str]) -> PyResult<()> {
    match kwargs.iter().find(|(k, _)| !allowed.contains(&&**k)) {
        Some((k, _)) => Err(PyErr::new(
            ExcKind::TypeError,
            format!("'{k}' is an invalid keyword argument for {fname}()"),
        )),
        None => Ok(()),
    }
}

/// An int argument (bools count), or TypeError naming what was given.
pub fn int(v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        Value::Instance(_) if super::class::int_part(v).is_some() => {
            int(super::class::int_part(v).unwrap_or(v), what)
        }
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "'{}' object cannot be interpreted as an integer{what}",
                v.type_name()
            ),
        )),
    }
}

/// A str argument.
pub fn str<'a>(v: &'a Value, fname: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("{fname} argument must be str, not {}", v.type_name()),
        )
    })
}
