//! `_csv.Dialect`: a validated, read-only set of formatting parameters, made from
//! a dialect object (a `csv.Dialect` subclass or instance, or another
//! `_csv.Dialect`) and keyword overrides, with CPython 3.11's checks in its order.

use std::rc::Rc;

use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// `csv.QUOTE_MINIMAL`: quote fields holding special characters.
pub const QUOTE_MINIMAL: i64 = 0;
/// `csv.QUOTE_ALL`: quote every field.
pub const QUOTE_ALL: i64 = 1;
/// `csv.QUOTE_NONNUMERIC`: quote every field but numbers; read unquoted fields as floats.
pub const QUOTE_NONNUMERIC: i64 = 2;
/// `csv.QUOTE_NONE`: never quote; escape instead.
pub const QUOTE_NONE: i64 = 3;

/// The parameters a `_csv.Dialect` takes, in the order CPython checks them.
const PARAMS: [&str; 8] = [
    "delimiter",
    "doublequote",
    "escapechar",
    "lineterminator",
    "quotechar",
    "quoting",
    "skipinitialspace",
    "strict",
];

/// The formatting parameters of a reader or writer.
#[derive(Debug, Clone)]
pub struct Dialect {
    /// Separates fields.
    pub delimiter: char,
    /// Encloses fields holding special characters (`None`: never).
    pub quotechar: Option<char>,
    /// Escapes special characters (`None`: no escaping).
    pub escapechar: Option<char>,
    /// A quotechar inside a quoted field is written (and read) doubled.
    pub doublequote: bool,
    /// Spaces after a delimiter are ignored when reading.
    pub skipinitialspace: bool,
    /// Ends each written row.
    pub lineterminator: String,
    /// One of the `QUOTE_*` constants.
    pub quoting: i64,
    /// Bad input raises `csv.Error` instead of being read leniently.
    pub strict: bool,
}

thread_local! {
    static DIALECT_CLASS: Rc<Class> = {
        let c = Class::native("_csv", "Dialect", BuiltinType::Native, vec![types().object.clone()], None);
        c.constructor.set(Some(|vm, _, a, kw| {
            if a.len() > 1 {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("Dialect() takes at most 1 positional argument ({} given)", a.len()),
                ));
            }
            Ok(Native::value(Dialect::new(vm, a.first(), &kw)?))
        }));
        c
    };
}

/// The `_csv.Dialect` class.
pub fn class() -> Rc<Class> {
    DIALECT_CLASS.with(Rc::clone)
}

fn type_error(msg: String) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// A one-character parameter; `None` passes when `nullable`.
fn one_char(name: &str, v: &Value, nullable: bool) -> PyResult<Option<char>> {
    if nullable && matches!(v, Value::None) {
        return Ok(None);
    }
    let Some(s) = v.as_str() else {
        let allowed = if nullable { "string or None" } else { "string" };
        return Err(type_error(format!(
            "\"{name}\" must be {allowed}, not {}",
            v.type_name()
        )));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Some(c)),
        _ => Err(type_error(format!(
            "\"{name}\" must be a 1-character string"
        ))),
    }
}

impl Dialect {
    /// The dialect `base` (any object with dialect attributes, or none) with the
    /// keyword parameters `kw` overriding it.
    pub fn new(vm: &mut Vm, base: Option<&Value>, kw: &[(Rc<str>, Value)]) -> PyResult<Dialect> {
        if let Some((k, _)) = kw.iter().find(|(k, _)| !PARAMS.contains(&&**k)) {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for this function"
            )));
        }
        let mut given: [Option<Value>; 8] = Default::default();
        for (slot, name) in given.iter_mut().zip(PARAMS) {
            *slot = match kw.iter().find(|(k, _)| &**k == name) {
                Some((_, v)) => Some(v.clone()),
                None => match base {
                    Some(b) if !matches!(b, Value::None) => attribute(vm, b, name)?,
                    _ => None,
                },
            };
        }
        let [delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] =
            given;
        let flag = |vm: &mut Vm, v: Option<Value>, default: bool| match v {
            Some(v) => vm.truthy(&v),
            None => Ok(default),
        };
        let delimiter = match &delimiter {
            Some(v) => one_char("delimiter", v, false)?.unwrap_or(','),
            None => ',',
        };
        let doublequote = flag(vm, doublequote, true)?;
        let escapechar = match &escapechar {
            Some(v) => one_char("escapechar", v, true)?,
            None => None,
        };
        let lineterminator = match &lineterminator {
            None => Some("\r\n".to_string()),
            Some(Value::None) => None,
            Some(v) => Some(
                v.as_str()
                    .ok_or_else(|| type_error("\"lineterminator\" must be a string".into()))?
                    .to_string(),
            ),
        };
        let quotechar_given_none = matches!(quotechar, Some(Value::None));
        let quotechar = match &quotechar {
            Some(v) => one_char("quotechar", v, true)?,
            None => Some('"'),
        };
        let quoting_given = quoting.is_some();
        let quoting = match &quoting {
            None => QUOTE_MINIMAL,
            Some(Value::Int(i)) => *i,
            Some(_) => return Err(type_error("\"quoting\" must be an integer".into())),
        };
        let skipinitialspace = flag(vm, skipinitialspace, false)?;
        let strict = flag(vm, strict, false)?;
        if !(QUOTE_MINIMAL..=QUOTE_NONE).contains(&quoting) {
            return Err(type_error("bad \"quoting\" value".into()));
        }
        let quoting = if quotechar_given_none && !quoting_given {
            QUOTE_NONE
        } else {
            quoting
        };
        if quoting != QUOTE_NONE && quotechar.is_none() {
            return Err(type_error(
                "quotechar must be set if quoting enabled".into(),
            ));
        }
        let lineterminator =
            lineterminator.ok_or_else(|| type_error("lineterminator must be set".into()))?;
        Ok(Dialect {
            delimiter,
            quotechar,
            escapechar,
            doublequote,
            skipinitialspace,
            lineterminator,
            quoting,
            strict,
        })
    }

    /// The dialect of a `_csv.Dialect` value, or one made from any dialect object.
    pub fn of(vm: &mut Vm, v: &Value) -> PyResult<Dialect> {
        match v.downcast::<Dialect>() {
            Some(d) => Ok(d.clone()),
            None => Dialect::new(vm, Some(v), &[]),
        }
    }
}

/// `getattr(obj, name)`, `None` when it has no such attribute.
fn attribute(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match vm.get_attr(obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// A one-character parameter as a Python value.
fn char_value(c: Option<char>) -> Value {
    c.map_or(Value::None, |c| Value::string(c.to_string()))
}

impl NativeObject for Dialect {
    fn class(&self) -> Rc<Class> {
        class()
    }

    fn type_name(&self) -> &'static str {
        "_csv.Dialect"
    }

    fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "delimiter" => char_value(Some(self.delimiter)),
            "quotechar" => char_value(self.quotechar),
            "escapechar" => char_value(self.escapechar),
            "doublequote" => Value::Bool(self.doublequote),
            "skipinitialspace" => Value::Bool(self.skipinitialspace),
            "lineterminator" => Value::str(&self.lineterminator),
            "quoting" => Value::Int(self.quoting),
            "strict" => Value::Bool(self.strict),
            _ => return None,
        })
    }
}
