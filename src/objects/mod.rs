//! Runtime values: the 16-byte [`Value`] enum and the heap objects it points to.
//!
//! Small values (None, bool, i64 ints, floats) live inline; everything else is an
//! `Rc` handle, so dropping the last reference frees an object at once. That is what
//! makes generator finalization deterministic: a suspended generator whose last
//! reference disappears is queued for closing by its `Drop`. This is the layer below
//! the compiler and the VM (docs/architecture.md, "Layers").

pub mod args;
pub mod attrs;
pub mod bigrange;
pub mod bytes;
pub mod class;
pub mod code;
pub mod complex;
pub mod dict;
pub mod exc;
pub mod float;
pub mod format;
pub mod frame;
pub mod func;
pub mod gc;
pub mod generator;
pub mod generic;
pub mod globals;
pub mod int;
pub mod iter;
pub mod native;
pub mod operator;
pub mod oserror;
pub mod sequence;
pub mod set;
pub mod storage;
pub mod str;
pub mod traceback;
mod trashcan;
pub mod union;

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

pub use attrs::Attrs;
pub use class::{Class, Instance};
pub use dict::{Dict, HashKey};
pub use exc::{ExcKind, PyErr};
pub use func::{BoundMethod, Builtin, Function, KwArgs, MethodDef, NativeFn, Special};
pub use globals::{Globals, NameKeys};
pub use iter::NativeIter;
pub use set::Set;
pub use storage::{DictData, ListData, TupleData};
pub use str::PyStr;

use crate::objects::code::Code;
use generator::Generator;

/// Result of any operation that may raise a Python exception.
pub type PyResult<T> = Result<T, PyErr>;

/// A shared, mutable cell holding one variable captured by a closure.
pub type CellRef = Rc<RefCell<Value>>;

/// A Python value.
#[derive(Clone, Debug, Default)]
pub enum Value {
    /// `None`.
    #[default]
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in i64 (the fast path).
    Int(i64),
    /// A float.
    Float(f64),
    /// An int outside the i64 range (always normalised: never fits in i64).
    BigInt(Rc<BigInt>),
    /// A str.
    Str(Rc<PyStr>),
    /// A bytes object (immutable, so copies share the data).
    Bytes(Rc<Vec<u8>>),
    /// A bytearray (mutable bytes).
    ByteArray(Rc<RefCell<Vec<u8>>>),
    /// A list.
    List(Rc<ListData>),
    /// A tuple.
    Tuple(Rc<TupleData>),
    /// A dict.
    Dict(Rc<DictData>),
    /// A set or frozenset.
    Set(Rc<Set>),
    /// A view returned by `dict.keys()`, `.values()` or `.items()`.
    DictView(Rc<dict::DictView>),
    /// A `range(start, stop, step)` object.
    Range(Rc<(i64, i64, i64)>),
    /// A slice object `slice(start, stop, step)`.
    Slice(Rc<(Value, Value, Value)>),
    /// A Python function (or lambda, or comprehension body).
    Function(Rc<Function>),
    /// A function implemented in Rust.
    Builtin(Rc<Builtin>),
    /// An unbound native method, on the value stack between `LoadMethod` and `CallMethod`.
    NativeMethod(&'static func::MethodDef),
    /// A function bound to its `self`.
    BoundMethod(Rc<BoundMethod>),
    /// A generator object.
    Generator(Rc<Generator>),
    /// A class (builtin or user-defined).
    Class(Rc<Class>),
    /// An instance of a user-defined class or of an exception class.
    Instance(Rc<Instance>),
    /// An iterator implemented in Rust (list_iterator, zip, map, itertools.count, ...).
    Iter(Rc<RefCell<NativeIter>>),
    /// A module object.
    Module(Rc<Module>),
    /// A closure cell (only on the value stack while building a closure).
    Cell(CellRef),
    /// A code object (only as a constant for `MakeFunction`).
    Code(Rc<Code>),
    /// An object of a native type outside the hot core (files, ...): see [`native`].
    Native(Rc<native::Native>),
    /// A generator's frame as seen through `gi_frame`.
    FrameView(Rc<Generator>),
    /// The frame object of a call (`sys._getframe()`).
    CallFrame(Rc<frame::FrameRef>),
    /// Marker for an unbound local variable slot; never visible to Python code.
    Undef,
}

/// A module: a name and its namespace.
#[derive(Debug)]
pub struct Module {
    /// The module's name (`sys`, `itertools`, `__main__`).
    pub name: Rc<str>,
    /// Its attributes: the module's globals (`m.__dict__`).
    pub dict: Globals,
}

/// A namespace keyed by identifiers (module globals, class dicts, instance dicts).
pub type Namespace = indexmap::IndexMap<Rc<str>, Value, FastHash>;

/// The hasher of namespaces and dicts: FxHash (Python's hash values are already mixed).
pub type FastHash = std::hash::BuildHasherDefault<rustc_hash::FxHasher>;

impl Value {
    /// The set this value is, if it is one: its `Rc`, unique when the value was the
    /// only reference (so `Rc::try_unwrap` can take the set).
    pub fn into_set(self) -> Option<Rc<Set>> {
        match &self {
            Value::Set(s) => Some(s.clone()),
            _ => None,
        }
    }

    /// A str value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::from_text(s)))
    }

    /// A str value from an owned String.
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    /// A tuple value.
    #[inline]
    pub fn tuple(items: Vec<Value>) -> Value {
        gc::tracked_tuple(items)
    }

    /// A list value.
    #[inline]
    pub fn list(items: Vec<Value>) -> Value {
        gc::tracked_list(items)
    }

    /// A dict value.
    pub fn dict(d: Dict) -> Value {
        gc::tracked_dict(d)
    }

    /// A set or frozenset value.
    pub fn set(s: Set) -> Value {
        gc::tracked_set(s)
    }

    /// An int value from a BigInt, normalised to the i64 fast path when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// A copy of the value: a plain bit copy for the inline variants (the hot path of
    /// `LoadFast`/`LoadConst`), an `Rc` clone otherwise.
    #[inline(always)]
    pub fn fast_clone(&self) -> Value {
        match self {
            Value::Int(_) | Value::None | Value::Bool(_) | Value::Float(_) | Value::Undef => {
                // SAFETY: these variants own no heap data, so a bitwise copy is a valid,
                // independent value (as if the enum were `Copy`); copying all 16 bytes at
                // once avoids rebuilding the value from its parts.
                unsafe { std::ptr::read(self) }
            }
            other => other.clone(),
        }
    }

    /// True for the variants that own no heap object (dropping them does nothing).
    #[inline(always)]
    pub fn owns_nothing(&self) -> bool {
        matches!(
            self,
            Value::Int(_) | Value::None | Value::Bool(_) | Value::Float(_) | Value::Undef
        )
    }

    /// The name of this value's type, as in error messages (`'int'`, `'list'`).
    pub fn type_name(&self) -> Rc<str> {
        match self {
            Value::Instance(i) => i.class.name.clone(),
            Value::Class(c) if c.is_builtin() => "type".into(),
            Value::Class(c) => c.metaclass_name(),
            _ => self.builtin_type_name().into(),
        }
    }

    /// The type name of a non-instance value.
    pub fn builtin_type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::ByteArray(_) => "bytearray",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(s) if s.frozen => "frozenset",
            Value::Set(_) => "set",
            Value::Range(_) => "range",
            Value::DictView(v) => v.type_name(),
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(b) if b.bound.is_some() => "builtin_function_or_method",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::BoundMethod(_) => "method",
            Value::NativeMethod(_) => "method_descriptor",
            Value::Generator(g) => g.kind.get().type_name(),
            Value::Class(_) => "type",
            Value::Instance(_) => "object",
            Value::Iter(it) => it.borrow().type_name(),
            Value::Module(_) => "module",
            Value::Cell(_) => "cell",
            Value::Code(_) => "code",
            Value::Native(n) => n.type_name(),
            Value::FrameView(_) | Value::CallFrame(_) => "frame",
            Value::Undef => "NULL",
        }
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object behind this value, if it has one (used for `id()`,
    /// identity and reprs like `<generator object f at 0x...>`).
    pub fn heap_ptr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::DictView(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::NativeMethod(r) => *r as *const func::MethodDef as usize,
            Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::FrameView(r) => Rc::as_ptr(r) as *const u8 as usize + 8,
            Value::CallFrame(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return None,
        })
    }

    /// Truthiness for values whose truth needs no Python call; `None` means
    /// "ask `__bool__`/`__len__`" (user instances).
    #[inline]
    pub fn truthy_fast(&self) -> Option<bool> {
        Some(match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::DictView(v) => !v.dict.borrow().is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Range(r) => int::range_len(r.0, r.1, r.2) != 0,
            Value::Instance(_) => return None,
            Value::Class(c) if c.metaclass.is_some() => return None,
            Value::Native(n) => match n.downcast::<complex::Complex>() {
                Some(z) => z.re != 0.0 || z.im != 0.0,
                None => !matches!(n.length(), Some(Ok(0))),
            },
            _ => true,
        })
    }

    /// This value as an i64 if it is an int or bool (an instance of a subclass of int
    /// is one).
    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            Value::Instance(i) => i.base.as_deref().and_then(Value::small_int),
            _ => None,
        }
    }

    /// An int or bool as an i64, without looking into instances (the built-in value
    /// of a subclass instance is never itself an instance).
    #[inline]
    fn small_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }

    /// This value as a &str if it is a str (an instance of a subclass of str is one).
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            Value::Instance(i) => match i.base.as_deref() {
                Some(Value::Str(s)) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    /// checks that a value stays two words (the run loop moves values by the million;
    /// an `Rc<dyn ...>` variant would widen every one) and that an instance stays small.
    #[test]
    fn values_and_instances_stay_small() {
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
        // 80 bytes, plus the boxed built-in value of a subclass of a built-in type,
        // plus the shared dict a taken `__dict__` is (beside the inline attributes,
        // so that attribute cache hits test nothing: objects/attrs.rs).
        assert!(std::mem::size_of::<super::Instance>() <= 96);
    }
}
