//! `_weakref`, the native half of `lib/weakref.py`: `new(obj)`, a handle holding a
//! weak reference (`std::rc::Weak`) to `obj`, and `get(handle)`, the object while
//! something else keeps it alive, else None. genpy counts references, so an object
//! is gone exactly when its last strong reference is dropped, as in CPython.

use std::rc::{Rc, Weak};

use super::native_module;
use crate::objects::args;
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static WEAKREF: &[MethodDef] = &[MethodDef::new("new", new), MethodDef::new("get", get)];

/// Builds the `_weakref` module.
pub fn module() -> Value {
    native_module("_weakref", WEAKREF, vec![])
}

thread_local! {
    static HANDLE_CLASS: Rc<Class> = Class::native(
        "_weakref",
        "handle",
        BuiltinType::Native,
        vec![types().object.clone()],
        None,
    );
}

/// The weakly referenced object, by the kinds of value that can be referenced.
#[derive(Debug)]
enum Target {
    Instance(Weak<crate::objects::Instance>),
    Function(Weak<crate::objects::Function>),
    Builtin(Weak<crate::objects::Builtin>),
    Class(Weak<Class>),
    Set(Weak<crate::objects::Set>),
    Generator(Weak<crate::objects::generator::Generator>),
    Module(Weak<crate::objects::Module>),
}

/// A weak reference to one object.
#[derive(Debug)]
struct Handle(Target);

impl NativeObject for Handle {
    fn class(&self) -> Rc<Class> {
        HANDLE_CLASS.with(Rc::clone)
    }

    fn type_name(&self) -> &'static str {
        "_weakref.handle"
    }
}

/// `new(obj)`: a handle weakly referencing `obj`; TypeError for the types CPython
/// cannot weakly reference (ints, strs, tuples, lists, dicts, ...).
fn new(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("new", a, 1, 1)?;
    let target = match &a[0] {
        Value::Instance(r) => Target::Instance(Rc::downgrade(r)),
        Value::Function(r) => Target::Function(Rc::downgrade(r)),
        Value::Builtin(r) => Target::Builtin(Rc::downgrade(r)),
        Value::Class(r) => Target::Class(Rc::downgrade(r)),
        Value::Set(r) => Target::Set(Rc::downgrade(r)),
        Value::Generator(r) => Target::Generator(Rc::downgrade(r)),
        Value::Module(r) => Target::Module(Rc::downgrade(r)),
        other => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "cannot create weak reference to '{}' object",
                    other.type_name()
                ),
            ))
        }
    };
    Ok(Native::value(Handle(target)))
}

/// `get(handle)`: the referenced object, or None once it is gone.
fn get(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("get", a, 1, 1)?;
    let Some(Handle(target)) = a[0].downcast::<Handle>() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "a weak reference handle is required",
        ));
    };
    let value = match target {
        Target::Instance(w) => w.upgrade().map(Value::Instance),
        Target::Function(w) => w.upgrade().map(Value::Function),
        Target::Builtin(w) => w.upgrade().map(Value::Builtin),
        Target::Class(w) => w.upgrade().map(Value::Class),
        Target::Set(w) => w.upgrade().map(Value::Set),
        Target::Generator(w) => w.upgrade().map(Value::Generator),
        Target::Module(w) => w.upgrade().map(Value::Module),
    };
    Ok(value.unwrap_or(Value::None))
}
