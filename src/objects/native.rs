//! The open native-object variant: any Rust type implementing [`NativeObject`] is a
//! Python object behind `Value::Native`, with a class and optional slots the VM
//! consults (iteration, repr, data attributes, len, item access, equality, hash). A
//! new native type (a file, a deque, a regex match) is one file in the layer that owns
//! it; the hot built-in types (int, str, list, ...) stay closed variants of `Value`. See
//! docs/architecture.md, "Adding a native type".

use std::any::Any;
use std::fmt;
use std::rc::Rc;

use super::class::Class;
use super::{PyResult, Value};
use crate::vm::Vm;

/// A Python object implemented in Rust. Every slot has a default meaning "not
/// supported", so a type implements only what it is; its methods live in its class's
/// dict (`Class::add_methods`), like any built-in type's.
pub trait NativeObject: Any + fmt::Debug {
    /// `type(obj)`.
    fn class(&self) -> Rc<Class>;

    /// The type name in error messages and the default repr (`_io.TextIOWrapper`).
    fn type_name(&self) -> &'static str;

    /// `repr(obj)`; `None` for the default `<TYPE object at 0x...>`.
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        None
    }

    /// A data attribute that is not a method (`f.name`, `m.lastindex`).
    fn attr(&self, _name: &str) -> Option<Value> {
        None
    }

    /// True when the object is its own iterator (`iter(obj) is obj`).
    fn is_iterator(&self) -> bool {
        false
    }

    /// `next(obj)` for iterators: `Ok(None)` when exhausted.
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        Ok(None)
    }

    /// `iter(obj)` for an iterable that is not its own iterator: a new iterator over it.
    fn iter(&self) -> Option<Value> {
        None
    }

    /// `len(obj)`, when it has a length (an error for one `len` cannot express, such
    /// as CPython's OverflowError past `sys.maxsize`).
    fn length(&self) -> Option<PyResult<usize>> {
        None
    }

    /// `needle in obj`, when the type answers it faster than iterating.
    fn contains(&self, _vm: &mut Vm, _needle: &Value) -> Option<PyResult<bool>> {
        None
    }

    /// `obj[key]`, when it is subscriptable.
    fn getitem(&self, _vm: &mut Vm, _key: &Value) -> Option<PyResult<Value>> {
        None
    }

    /// `obj[key] = value`, when it supports item assignment.
    fn setitem(&self, _vm: &mut Vm, _key: &Value, _value: Value) -> Option<PyResult<()>> {
        None
    }

    /// `del obj[key]`, when it supports item deletion.
    fn delitem(&self, _vm: &mut Vm, _key: &Value) -> Option<PyResult<()>> {
        None
    }

    /// `obj == other` for a type with value equality (tried with `obj` on either side
    /// of `==`); `None` leaves the comparison to identity.
    fn equals(&self, _vm: &mut Vm, _other: &Value) -> Option<PyResult<bool>> {
        None
    }

    /// `hash(obj)`: `None` hashes by identity (as `object.__hash__`, with `==` being
    /// identity too); `Some(Err(..))` for an unhashable type.
    fn hash(&self) -> Option<PyResult<i64>> {
        None
    }
}

/// A native object as a value holds it (`Value::Native(Rc<Native>)`): the box keeps
/// `Value` at 16 bytes, where an `Rc<dyn ...>` would widen every value.
#[derive(Debug)]
pub struct Native(Box<dyn NativeObject>);

impl Native {
    /// A value holding `obj`.
    pub fn value(obj: impl NativeObject) -> Value {
        Value::Native(Rc::new(Native(Box::new(obj))))
    }

    /// The object as a `T`, if it is one.
    pub fn downcast<T: NativeObject>(&self) -> Option<&T> {
        let any: &dyn Any = &*self.0;
        any.downcast_ref::<T>()
    }
}

impl std::ops::Deref for Native {
    type Target = dyn NativeObject;

    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

impl Value {
    /// The native object inside this value as a `T`, if it is one.
    pub fn downcast<T: NativeObject>(&self) -> Option<&T> {
        match self {
            Value::Native(n) => n.downcast::<T>(),
            _ => None,
        }
    }
}
