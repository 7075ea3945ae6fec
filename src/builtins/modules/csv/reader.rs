//! `_csv.reader`: splits the lines an iterable yields into records, one character
//! at a time through CPython 3.11's state machine (quoted fields spanning lines,
//! escapes, doubled quotes, `skipinitialspace`, `strict`, `QUOTE_NONNUMERIC`'s
//! floats), reading a line only when the record needs it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dialect::{Dialect, QUOTE_NONE, QUOTE_NONNUMERIC};
use super::{csv_error, field_limit};
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::float::parse_float;
use crate::objects::native::{Native, NativeObject};
use crate::objects::str::repr_str;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Where the parser is within a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// The record being read.
#[derive(Debug)]
struct Record {
    state: State,
    fields: Vec<Value>,
    field: String,
    /// Characters in `field`.
    field_len: usize,
    /// The field started unquoted under `QUOTE_NONNUMERIC`: it is read as a float.
    numeric: bool,
}

impl Record {
    fn new() -> Record {
        Record {
            state: State::StartRecord,
            fields: Vec::new(),
            field: String::new(),
            field_len: 0,
            numeric: false,
        }
    }
}

/// A `_csv.reader` over an iterator of lines.
#[derive(Debug)]
pub struct Reader {
    input: Value,
    dialect: Dialect,
    /// The `_csv.Dialect` value `reader.dialect` returns.
    dialect_value: Value,
    /// `csv.Error`.
    error: Rc<Class>,
    line_num: Cell<i64>,
    record: RefCell<Record>,
}

thread_local! {
    static READER_CLASS: Rc<Class> = {
        let c = Class::native("_csv", "reader", BuiltinType::Native, vec![types().object.clone()], None);
        c.constructor.set(Some(|_, _, _, _| Err(super::not_creatable("reader"))));
        c
    };
}

impl Reader {
    /// A reader of the lines `iterable` yields, raising `error` for malformed input.
    pub fn value(
        vm: &mut Vm,
        iterable: &Value,
        dialect: &Value,
        error: Rc<Class>,
    ) -> PyResult<Value> {
        let input = vm.get_iter(iterable.clone())?;
        Ok(Native::value(Reader {
            input,
            dialect: Dialect::of(vm, dialect)?,
            dialect_value: dialect.clone(),
            error,
            line_num: Cell::new(0),
            record: RefCell::new(Record::new()),
        }))
    }

    fn fail(&self, vm: &mut Vm, msg: &str) -> PyErr {
        csv_error(vm, &self.error, msg)
    }

    /// Ends the current field and adds it to the record.
    fn save_field(&self, r: &mut Record) -> PyResult<()> {
        let text = std::mem::take(&mut r.field);
        r.field_len = 0;
        let v = if r.numeric {
            r.numeric = false;
            Value::Float(parse_float(&text).ok_or_else(|| {
                PyErr::new(
                    ExcKind::ValueError,
                    format!("could not convert string to float: {}", repr_str(&text)),
                )
            })?)
        } else {
            Value::string(text)
        };
        r.fields.push(v);
        Ok(())
    }

    fn add_char(&self, vm: &mut Vm, r: &mut Record, c: char) -> PyResult<()> {
        let limit = field_limit();
        if r.field_len as i64 >= limit {
            return Err(self.fail(vm, &format!("field larger than field limit ({limit})")));
        }
        r.field.push(c);
        r.field_len += 1;
        Ok(())
    }

    /// Feeds one character, or the end of a line (`None`).
    fn process(&self, vm: &mut Vm, r: &mut Record, c: Option<char>) -> PyResult<()> {
        let d = &self.dialect;
        let newline = matches!(c, None | Some('\n' | '\r'));
        let end_state = if c.is_none() {
            State::StartRecord
        } else {
            State::EatCrnl
        };
        let is = |x: Option<char>| c.is_some() && c == x;
        // The character a state adds: an escaped end of line adds a line break.
        let ch = c.unwrap_or('\n');
        let quote = is(d.quotechar) && d.quoting != QUOTE_NONE;
        match r.state {
            State::StartRecord => {
                if c.is_none() {
                    return Ok(());
                }
                if newline {
                    r.state = State::EatCrnl;
                    return Ok(());
                }
                r.state = State::StartField;
                return self.process(vm, r, c);
            }
            State::StartField => {
                if newline {
                    self.save_field(r)?;
                    r.state = end_state;
                } else if quote {
                    r.state = State::InQuotedField;
                } else if is(d.escapechar) {
                    r.state = State::EscapedChar;
                } else if c == Some(' ') && d.skipinitialspace {
                } else if is(Some(d.delimiter)) {
                    self.save_field(r)?;
                } else {
                    r.numeric = d.quoting == QUOTE_NONNUMERIC;
                    self.add_char(vm, r, ch)?;
                    r.state = State::InField;
                }
            }
            State::EscapedChar => {
                if matches!(c, Some('\n' | '\r')) {
                    self.add_char(vm, r, ch)?;
                    r.state = State::AfterEscapedCrnl;
                } else {
                    self.add_char(vm, r, ch)?;
                    r.state = State::InField;
                }
            }
            State::AfterEscapedCrnl if c.is_none() => {}
            State::InField | State::AfterEscapedCrnl => {
                if newline {
                    self.save_field(r)?;
                    r.state = end_state;
                } else if is(d.escapechar) {
                    r.state = State::EscapedChar;
                } else if is(Some(d.delimiter)) {
                    self.save_field(r)?;
                    r.state = State::StartField;
                } else {
                    // The state stays: after an escaped line break, the end of the
                    // line does not end the record until another state is entered.
                    self.add_char(vm, r, ch)?;
                }
            }
            State::InQuotedField => {
                if c.is_none() {
                } else if is(d.escapechar) {
                    r.state = State::EscapeInQuotedField;
                } else if quote {
                    r.state = if d.doublequote {
                        State::QuoteInQuotedField
                    } else {
                        State::InField
                    };
                } else {
                    self.add_char(vm, r, ch)?;
                }
            }
            State::EscapeInQuotedField => {
                self.add_char(vm, r, ch)?;
                r.state = State::InQuotedField;
            }
            State::QuoteInQuotedField => {
                if quote {
                    self.add_char(vm, r, ch)?;
                    r.state = State::InQuotedField;
                } else if is(Some(d.delimiter)) {
                    self.save_field(r)?;
                    r.state = State::StartField;
                } else if newline {
                    self.save_field(r)?;
                    r.state = end_state;
                } else if !d.strict {
                    self.add_char(vm, r, ch)?;
                    r.state = State::InField;
                } else {
                    let q = d.quotechar.unwrap_or('"');
                    return Err(self.fail(vm, &format!("'{}' expected after '{q}'", d.delimiter)));
                }
            }
            State::EatCrnl => {
                if c.is_none() {
                    r.state = State::StartRecord;
                } else if !newline {
                    return Err(self.fail(
                        vm,
                        "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?",
                    ));
                }
            }
        }
        Ok(())
    }

    /// Feeds one line; the record is complete when the state is back at its start.
    fn feed(&self, vm: &mut Vm, line: &str) -> PyResult<bool> {
        let mut r = self.record.try_borrow_mut().map_err(|_| busy())?;
        for c in line.chars() {
            self.process(vm, &mut r, Some(c))?;
        }
        self.process(vm, &mut r, None)?;
        Ok(r.state == State::StartRecord)
    }

    /// The input is exhausted: the last record if one was begun.
    fn finish(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut r = self.record.try_borrow_mut().map_err(|_| busy())?;
        if r.field_len == 0 && r.state != State::InQuotedField {
            return Ok(None);
        }
        if self.dialect.strict {
            return Err(self.fail(vm, "unexpected end of data"));
        }
        self.save_field(&mut r)?;
        Ok(Some(Value::list(std::mem::take(&mut r.fields))))
    }
}

/// The error for a reader advanced while it is already reading (from the iterator
/// it reads).
fn busy() -> PyErr {
    PyErr::new(ExcKind::ValueError, "csv reader already executing")
}

impl NativeObject for Reader {
    fn class(&self) -> Rc<Class> {
        READER_CLASS.with(Rc::clone)
    }

    fn type_name(&self) -> &'static str {
        "_csv.reader"
    }

    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "line_num" => Some(Value::Int(self.line_num.get())),
            "dialect" => Some(self.dialect_value.clone()),
            _ => None,
        }
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        *self.record.try_borrow_mut().map_err(|_| busy())? = Record::new();
        loop {
            let Some(line) = vm.iter_next(&self.input)? else {
                return self.finish(vm);
            };
            let Some(text) = line.as_str() else {
                return Err(self.fail(
                    vm,
                    &format!(
                        "iterator should return strings, not {} (the file should be opened in text mode)",
                        line.type_name()
                    ),
                ));
            };
            self.line_num.set(self.line_num.get() + 1);
            if self.feed(vm, text)? {
                let fields = std::mem::take(&mut self.record.borrow_mut().fields);
                return Ok(Some(Value::list(fields)));
            }
        }
    }
}
