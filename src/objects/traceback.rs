//! `traceback` objects, the Python view of an exception's traceback
//! (`e.__traceback__`, `sys.exc_info()[2]`): a chain from the frame that caught the
//! exception (or the outermost one it passed) inward along `tb_next`, each with
//! `tb_lineno` and a `tb_frame` standing for the frame it records (`f_code`,
//! `f_lineno`), so that `traceback.extract_tb` and `format_tb` can read it.

use std::rc::Rc;

use super::class::{types, BuiltinType, Class};
use super::exc::TbEntry;
use super::native::{Native, NativeObject};
use super::Value;

/// One link of a traceback chain: `entries[at]` of an exception's traceback
/// (innermost first), its `tb_next` being `entries[at - 1]`.
#[derive(Debug)]
pub struct Traceback {
    entries: Rc<[TbEntry]>,
    at: usize,
}

/// The frame a traceback entry records, as `tb_frame` shows it.
#[derive(Debug)]
pub struct TracebackFrame {
    entry: TbEntry,
}

thread_local! {
    static TRACEBACK_CLASS: Rc<Class> = Class::native(
        "builtins",
        "traceback",
        BuiltinType::Native,
        vec![types().object.clone()],
        None,
    );
    static FRAME_CLASS: Rc<Class> = Class::native(
        "builtins",
        "frame",
        BuiltinType::Native,
        vec![types().object.clone()],
        None,
    );
}

/// The traceback object of an exception whose traceback is `entries` (innermost
/// first); `None` when it has none.
pub fn traceback_value(entries: &[TbEntry]) -> Value {
    if entries.is_empty() {
        return Value::None;
    }
    Native::value(Traceback {
        entries: entries.into(),
        at: entries.len() - 1,
    })
}

/// The source line number of an entry.
fn line_of(entry: &TbEntry) -> Value {
    Value::Int(entry.code.source.line_of(entry.span.start) as i64)
}

impl NativeObject for Traceback {
    fn class(&self) -> Rc<Class> {
        TRACEBACK_CLASS.with(Rc::clone)
    }

    fn type_name(&self) -> &'static str {
        "traceback"
    }

    fn attr(&self, name: &str) -> Option<Value> {
        let entry = &self.entries[self.at];
        Some(match name {
            "tb_lineno" => line_of(entry),
            "tb_next" if self.at == 0 => Value::None,
            "tb_next" => Native::value(Traceback {
                entries: self.entries.clone(),
                at: self.at - 1,
            }),
            "tb_frame" => Native::value(TracebackFrame {
                entry: entry.clone(),
            }),
            _ => return None,
        })
    }
}

impl NativeObject for TracebackFrame {
    fn class(&self) -> Rc<Class> {
        FRAME_CLASS.with(Rc::clone)
    }

    fn type_name(&self) -> &'static str {
        "frame"
    }

    fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "f_code" => Value::Code(self.entry.code.clone()),
            "f_lineno" => line_of(&self.entry),
            _ => return None,
        })
    }
}
