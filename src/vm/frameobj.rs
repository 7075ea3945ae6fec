//! Frame objects, as CPython shows them: a generator's (`gi_frame`,
//! `Value::FrameView`, read off the generator) and a call's (`sys._getframe()`,
//! `Value::CallFrame`, found on the frame stack by identity). Neither copies the
//! frame: each attribute reads the frame where it is now (inside a suspended
//! generator, or on the stack while it runs), so a frame object is always current and
//! costs nothing until asked for. See docs/architecture.md.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Vm;
use crate::objects::frame::{Frame, FrameRef};
use crate::objects::generator::GenState;
use crate::objects::{Dict, ExcKind, HashKey, PyErr, PyResult, Value};

impl Vm {
    /// The frame object of the frame at `index` on the stack: its generator's view
    /// for a generator frame, else the call's frame object (made on first request and
    /// kept on the frame, so asking twice gives the same object).
    pub fn frame_object(&mut self, index: usize) -> Value {
        let frame = &mut self.frames[index];
        if let Some(g) = &frame.gen {
            return Value::FrameView(g.clone());
        }
        let obj = frame.obj.get_or_insert_with(|| {
            Rc::new(FrameRef {
                code: frame.code.clone(),
                globals: frame.globals.clone(),
                index,
                ended_at: Cell::new(None),
                back: RefCell::new(Value::None),
                ended_locals: RefCell::new(Vec::new()),
            })
        });
        Value::CallFrame(obj.clone())
    }

    /// A call ended whose frame has a frame object (`frame`, just popped off the
    /// stack): the object keeps its last line, its caller's frame object and the
    /// locals, as CPython's does.
    #[cold]
    pub(super) fn end_frame_object(&mut self, frame: &mut Frame) {
        let Some(obj) = frame.obj.clone() else {
            return;
        };
        if obj.index > 0 && obj.index <= self.frames.len() {
            *obj.back.borrow_mut() = self.frame_object(obj.index - 1);
        }
        let itself = |v: &Value| matches!(v, Value::CallFrame(o) if Rc::ptr_eq(o, &obj));
        *obj.ended_locals.borrow_mut() = frame
            .bound_locals()
            .into_iter()
            .map(|(n, v)| (n, (!itself(&v)).then_some(v)))
            .collect();
        frame.end_obj();
    }

    /// Runs `f` on the frame behind the frame object `obj` and its index on the stack
    /// (None for a suspended generator's frame); `f` gets None when the frame is gone.
    fn with_frame<R>(&self, obj: &Value, f: impl FnOnce(Option<&Frame>, Option<usize>) -> R) -> R {
        match obj {
            Value::FrameView(g) => match &*g.state.borrow() {
                GenState::Created(frame) | GenState::Suspended(frame) => f(Some(frame), None),
                GenState::Running => {
                    let i = self
                        .frames
                        .iter()
                        .rposition(|fr| fr.gen.as_ref().is_some_and(|x| Rc::ptr_eq(x, g)));
                    f(i.map(|i| &*self.frames[i]), i)
                }
                GenState::Closed => f(None, None),
            },
            Value::CallFrame(r) => {
                let frame = self.frames.get(r.index).map(|fr| &**fr);
                match frame.filter(|fr| fr.obj.as_ref().is_some_and(|o| Rc::ptr_eq(o, r))) {
                    Some(frame) => f(Some(frame), Some(r.index)),
                    None => f(None, None),
                }
            }
            _ => f(None, None),
        }
    }

    /// The line of the frame behind `obj`: where it is now, or where it ended.
    fn frame_line(&self, obj: &Value) -> usize {
        let ended = match obj {
            Value::CallFrame(r) => r.ended_at.get().unwrap_or(r.code.first_line),
            Value::FrameView(g) => g.code.first_line,
            _ => 0,
        };
        self.with_frame(obj, |f, _| f.map_or(ended, |f| f.line()))
    }

    /// An attribute of a frame object: `f_code`, `f_lineno`, `f_lasti`, `f_locals`,
    /// `f_globals`, `f_back` (the frame below it on the stack while it runs; None for
    /// a suspended generator's frame, as in CPython).
    pub(super) fn frame_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let code = match obj {
            Value::FrameView(g) => g.code.clone(),
            Value::CallFrame(r) => r.code.clone(),
            _ => return Ok(None),
        };
        Ok(Some(match name {
            "f_code" => Value::Code(code),
            "f_lineno" => Value::Int(self.frame_line(obj) as i64),
            // CPython counts two-byte code units; genpy's ops are counted the same way.
            "f_lasti" => {
                Value::Int(self.with_frame(obj, |f, _| f.map_or(-1, |f| 2 * f.current_op() as i64)))
            }
            "f_locals" => {
                if let Some(m) = self.with_frame(obj, |f, _| f.and_then(Frame::names_mapping)) {
                    return Ok(Some(m));
                }
                let pairs = match self.with_frame(obj, |f, _| f.map(Frame::bound_locals)) {
                    Some(pairs) => pairs,
                    None => match obj {
                        Value::CallFrame(r) => r
                            .ended_locals
                            .borrow()
                            .iter()
                            .map(|(n, v)| (n.clone(), v.clone().unwrap_or_else(|| obj.clone())))
                            .collect(),
                        _ => Vec::new(),
                    },
                };
                let mut d = Dict::default();
                for (k, v) in pairs {
                    d.insert(HashKey::new(Value::str(&k))?, v);
                }
                Value::dict(d)
            }
            "f_globals" => {
                let globals = match obj {
                    Value::CallFrame(r) => Some(r.globals.clone()),
                    _ => self.with_frame(obj, |f, _| f.map(|f| f.globals.clone())),
                };
                match globals {
                    Some(g) => Value::Dict(g),
                    None => Value::Dict(Rc::default()),
                }
            }
            // genpy has no trace functions (`sys.settrace`).
            "f_trace" => Value::None,
            "f_back" => match (self.with_frame(obj, |f, i| (f.is_some(), i)), obj) {
                ((true, Some(i)), _) if i > 0 => self.frame_object(i - 1),
                ((false, _), Value::CallFrame(r)) => r.back.borrow().clone(),
                _ => Value::None,
            },
            _ => return Ok(None),
        }))
    }

    /// CPython's repr of a frame object: `<frame at 0x..., file '...', line N, code NAME>`.
    pub(super) fn frame_repr(&self, obj: &Value) -> String {
        let code = match obj {
            Value::FrameView(g) => g.code.clone(),
            Value::CallFrame(r) => r.code.clone(),
            _ => return String::new(),
        };
        format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            obj.heap_ptr().unwrap_or(0),
            code.source.name,
            self.frame_line(obj),
            code.name
        )
    }
}

/// The error of `frame.NAME = value`: CPython 3.11's for `f_lineno` set with no trace
/// function running and for its read-only attributes; genpy cannot trace, so
/// `f_trace` is refused by name.
pub(super) fn frame_set_attr(name: &str) -> PyErr {
    match name {
        "f_lineno" => PyErr::new(
            ExcKind::ValueError,
            "can't jump from the 'call' trace event of a new frame",
        ),
        "f_trace" => PyErr::new(
            ExcKind::NotImplementedError,
            "genpy does not support trace functions (frame.f_trace, sys.settrace)",
        ),
        "f_back" | "f_code" | "f_globals" | "f_lasti" | "f_locals" => PyErr::new(
            ExcKind::AttributeError,
            format!("attribute '{name}' of 'frame' objects is not writable"),
        ),
        _ => PyErr::new(
            ExcKind::AttributeError,
            format!("'frame' object has no attribute '{name}'"),
        ),
    }
}
