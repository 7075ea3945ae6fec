//! Callables: Python functions (with defaults and closure cells), builtins written in
//! Rust, and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Attrs, CellRef, Globals, NameKeys, PyResult, Value};
use crate::objects::code::Code;
use crate::vm::Vm;

/// Keyword arguments passed to a native function, in call order.
pub type KwArgs = [(Rc<str>, Value)];

/// The signature of every function implemented in Rust. For methods, `args[0]` is `self`.
pub type NativeFn = fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value>;

/// A class's constructor slot (CPython's `tp_new`): makes an object of the class from
/// the call's positional and keyword arguments.
pub type Constructor =
    fn(&mut Vm, &Rc<super::Class>, Vec<Value>, Vec<(Rc<str>, Value)>) -> PyResult<Value>;

/// Operations the VM performs itself, without Rust recursion, when a builtin is called
/// on a generator (one resume path, driven by the run loop: docs/architecture.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    /// An ordinary native function.
    None,
    /// `next(it[, default])`.
    Next,
    /// `generator.__next__()`.
    GenNext,
    /// `generator.send(v)`.
    GenSend,
    /// `generator.throw(...)`.
    GenThrow,
    /// `generator.close()`.
    GenClose,
}

/// A static description of a native function or method.
#[derive(Debug)]
pub struct MethodDef {
    /// The Python-visible name.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// Whether the VM handles calls on generators itself.
    pub special: Special,
    /// A class method (`dict.fromkeys`): reached through a class or an instance, it is
    /// bound to the class.
    pub class_method: bool,
    /// A method that takes no argument but its receiver (CPython's `METH_NOARGS`):
    /// the call checks the count, so the implementation need not.
    pub no_args: bool,
}

impl MethodDef {
    /// An ordinary native function.
    pub const fn new(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef::special(name, func, Special::None)
    }

    /// A native function whose calls on generators the VM runs itself.
    pub const fn special(name: &'static str, func: NativeFn, special: Special) -> MethodDef {
        MethodDef {
            name,
            func,
            special,
            class_method: false,
            no_args: false,
        }
    }

    /// A native method that takes no argument but its receiver (`list.copy`).
    pub const fn no_args(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef {
            no_args: true,
            ..MethodDef::new(name, func)
        }
    }

    /// Calls the function with `args` (the receiver first, for a method), after
    /// the argument count check of a method that takes none.
    #[inline]
    pub fn invoke(&self, vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        if self.no_args {
            super::args::method_count(self.name, args, 0, 0)?;
        }
        (self.func)(vm, args, kwargs)
    }

    /// A native class method.
    pub const fn class_method(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef {
            class_method: true,
            ..MethodDef::new(name, func)
        }
    }
}

/// A native function value, optionally bound to a receiver (`"a,b".split` is bound).
#[derive(Debug)]
pub struct Builtin {
    /// What to call.
    pub def: &'static MethodDef,
    /// The receiver passed as `args[0]`, for bound native methods.
    pub bound: Option<Value>,
}

/// A function defined in Python (`def`, `lambda`, comprehension bodies).
#[derive(Debug)]
pub struct Function {
    /// The compiled body.
    pub code: Rc<Code>,
    /// The module namespace the function was defined in.
    pub globals: Globals,
    /// Default values of the trailing positional parameters.
    pub defaults: Vec<Value>,
    /// Default values of keyword-only parameters.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// Cells for the function's free variables, in `code.freevars` order.
    pub closure: Vec<CellRef>,
    /// `__name__` (assignable).
    pub name: RefCell<Rc<str>>,
    /// `__qualname__` (assignable).
    pub qualname: RefCell<Rc<str>>,
    /// Function attributes (`f.calls = 0`, `__wrapped__`): `f.__dict__`.
    pub dict: Attrs,
    /// The data attributes CPython keeps outside `__dict__` ([`FUNCTION_SLOTS`]:
    /// `__doc__`, `__annotations__`, an assigned `__module__`).
    pub slots: Attrs,
}

/// The assignable attributes of a function that live in [`Function::slots`].
pub const FUNCTION_SLOTS: [&str; 3] = ["__doc__", "__annotations__", "__module__"];

impl Function {
    /// `__module__`: as assigned, else the `__name__` of the module the function was
    /// defined in.
    pub fn module(&self) -> Value {
        if let Some(m) = self.slots.get("__module__") {
            return m;
        }
        self.globals
            .borrow()
            .get_name("__name__")
            .cloned()
            .unwrap_or_default()
    }

    /// `__doc__`.
    pub fn doc(&self) -> Value {
        self.slots.get("__doc__").unwrap_or_default()
    }
}

/// A Python function bound to an instance (`obj.method`).
#[derive(Debug)]
pub struct BoundMethod {
    /// The underlying callable.
    pub func: Value,
    /// The receiver prepended to the arguments.
    pub receiver: Value,
}
