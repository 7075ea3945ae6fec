//! `_csv.writer`: joins the fields of each row into one line with CPython 3.11's
//! quoting and escaping, and writes it with the file's `write` method
//! (`writerow` returns what `write` returned).

use std::rc::Rc;

use super::csv_error;
use super::dialect::{Dialect, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC};
use crate::objects::args;
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A `_csv.writer` around a file-like object's `write` method.
#[derive(Debug)]
pub struct Writer {
    write: Value,
    dialect: Dialect,
    /// The `_csv.Dialect` value `writer.dialect` returns.
    dialect_value: Value,
    /// `csv.Error`.
    error: Rc<Class>,
}

thread_local! {
    static WRITER_CLASS: Rc<Class> = {
        let c = Class::native("_csv", "writer", BuiltinType::Native, vec![types().object.clone()], None);
        c.add_methods(METHODS);
        c.constructor.set(Some(|_, _, _, _| Err(super::not_creatable("writer"))));
        c
    };
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("writerow", writerow),
    MethodDef::new("writerows", writerows),
];

impl Writer {
    /// A writer to `file`, raising `error` for a row it cannot write.
    pub fn value(vm: &mut Vm, file: &Value, dialect: &Value, error: Rc<Class>) -> PyResult<Value> {
        let write = match vm.get_attr(file, "write") {
            Ok(w) => w,
            Err(e) if e.matches(ExcKind::AttributeError) => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "argument 1 must have a \"write\" method",
                ))
            }
            Err(e) => return Err(e),
        };
        Ok(Native::value(Writer {
            write,
            dialect: Dialect::of(vm, dialect)?,
            dialect_value: dialect.clone(),
            error,
        }))
    }

    fn fail(&self, vm: &mut Vm, msg: &str) -> PyErr {
        csv_error(vm, &self.error, msg)
    }

    /// Appends one field to `line`, quoted when `quoted` or when it needs quotes.
    fn join(
        &self,
        vm: &mut Vm,
        line: &mut String,
        first: bool,
        text: &str,
        mut quoted: bool,
    ) -> PyResult<()> {
        let d = &self.dialect;
        if !first {
            line.push(d.delimiter);
        }
        let mut body = String::with_capacity(text.len());
        for c in text.chars() {
            let special = c == d.delimiter
                || Some(c) == d.escapechar
                || Some(c) == d.quotechar
                || d.lineterminator.contains(c);
            if special {
                let mut escape = d.quoting == QUOTE_NONE;
                if !escape {
                    if Some(c) == d.quotechar {
                        if d.doublequote {
                            body.push(c);
                        } else {
                            escape = true;
                        }
                    } else if Some(c) == d.escapechar {
                        escape = true;
                    }
                    quoted |= !escape;
                }
                if escape {
                    let Some(e) = d.escapechar else {
                        return Err(self.fail(vm, "need to escape, but no escapechar set"));
                    };
                    body.push(e);
                }
            }
            body.push(c);
        }
        match d.quotechar {
            Some(q) if quoted => {
                line.push(q);
                line.push_str(&body);
                line.push(q);
            }
            _ => line.push_str(&body),
        }
        Ok(())
    }

    /// The line for one row, terminator included.
    fn line(&self, vm: &mut Vm, row: &Value) -> PyResult<String> {
        let it = match vm.get_iter(row.clone()) {
            Ok(it) => it,
            Err(e) if e.matches(ExcKind::TypeError) => {
                let msg = format!("iterable expected, not {}", row.type_name());
                return Err(self.fail(vm, &msg));
            }
            Err(e) => return Err(e),
        };
        let quoting = self.dialect.quoting;
        let mut line = String::new();
        let mut fields = 0;
        while let Some(field) = vm.iter_next(&it)? {
            let quoted = match quoting {
                QUOTE_NONNUMERIC => !is_number(vm, &field),
                QUOTE_ALL => true,
                _ => false,
            };
            let text = match &field {
                Value::None => String::new(),
                v => vm.str_of(v)?,
            };
            self.join(vm, &mut line, fields == 0, &text, quoted)?;
            fields += 1;
        }
        if fields == 1 && line.is_empty() {
            if quoting == QUOTE_NONE {
                return Err(self.fail(vm, "single empty field record must be quoted"));
            }
            self.join(vm, &mut line, true, "", true)?;
        }
        line.push_str(&self.dialect.lineterminator);
        Ok(line)
    }
}

/// Whether a field counts as a number for `QUOTE_NONNUMERIC` (CPython's
/// `PyNumber_Check`: it converts to an int or a float).
fn is_number(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) => true,
        Value::Instance(i) => match i.base.as_deref() {
            Some(base) => is_number(vm, base),
            None => ["__index__", "__int__", "__float__"]
                .iter()
                .any(|m| vm.lookup_method(v, m).is_some()),
        },
        _ => false,
    }
}

impl NativeObject for Writer {
    fn class(&self) -> Rc<Class> {
        WRITER_CLASS.with(Rc::clone)
    }

    fn type_name(&self) -> &'static str {
        "_csv.writer"
    }

    fn attr(&self, name: &str) -> Option<Value> {
        (name == "dialect").then(|| self.dialect_value.clone())
    }
}

fn receiver<'a>(a: &'a [Value], name: &str) -> PyResult<&'a Writer> {
    a.first()
        .and_then(|w| w.downcast::<Writer>())
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, format!("{name}() needs a csv writer")))
}

/// `writer.writerow(row)`: writes one row; returns what the file's `write` returned.
fn writerow(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("writerow", a, 1, 1)?;
    let w = receiver(a, "writerow")?;
    let line = w.line(vm, &a[1])?;
    vm.call(&w.write, vec![Value::string(line)], vec![])
}

/// `writer.writerows(rows)`: writes each row of an iterable.
fn writerows(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("writerows", a, 1, 1)?;
    let w = receiver(a, "writerows")?;
    let rows = vm.get_iter(a[1].clone())?;
    while let Some(row) = vm.iter_next(&rows)? {
        let line = w.line(vm, &row)?;
        vm.call(&w.write, vec![Value::string(line)], vec![])?;
    }
    Ok(Value::None)
}
