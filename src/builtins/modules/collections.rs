//! `collections`'s native part: `deque`, a double-ended queue with an optional maximum
//! length ([`Deque`], a `VecDeque` behind `NativeObject`), and its forward and reverse
//! iterators, which fail once the deque changes length or order under them, as
//! CPython's do. The Python part (`lib/collections.py`) adds `defaultdict`,
//! `Counter`, `OrderedDict` and `namedtuple` (a tuple subclass made by a class
//! statement, as genpy has no 3-argument `type()`, in the caller's module, found by
//! [`caller_module`]); the module's other
//! names (`ChainMap`, `UserDict`, ...) are missing: importing one raises
//! ImportError naming it.

use crate::objects::NameKeys;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::native_module;
use crate::objects::args;
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::{Native, NativeObject};
use crate::objects::sequence::norm_index;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Builds the `collections` module.
pub fn module() -> Value {
    native_module(
        "collections",
        FUNCS,
        vec![("deque", Value::Class(DEQUE_CLASS.with(Rc::clone)))],
    )
}

/// The native helpers of the module's Python part.
static FUNCS: &[MethodDef] = &[MethodDef::new("_caller_module", caller_module)];

/// `_caller_module()`: the `__name__` of the module whose code called the Python
/// function that calls this one (`namedtuple` names its class's `__module__` so, as
/// CPython finds it with `sys._getframe(1)`).
fn caller_module(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let name = vm
        .frames
        .len()
        .checked_sub(2)
        .and_then(|i| vm.frames[i].globals.borrow().get_name("__name__").cloned());
    Ok(name.unwrap_or_else(|| Value::str("__main__")))
}

thread_local! {
    static DEQUE_CLASS: Rc<Class> = {
        let c = Class::native(
            "collections",
            "deque",
            BuiltinType::Native,
            vec![types().object.clone()],
            None,
        );
        c.add_methods(METHODS);
        c.constructor.set(Some(|vm, _, a, kw| new(vm, &a, &kw)));
        c
    };
}

/// The items of a deque, shared with its iterators.
#[derive(Debug, Default)]
struct Items {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Counts the changes of length or order (CPython's `state`): an iterator made
    /// at another count fails.
    mutations: u64,
}

impl Items {
    /// Adds `v` at the right (or the left), discarding from the other end when full.
    fn push(&mut self, v: Value, left: bool) {
        self.mutations += 1;
        if self.maxlen == Some(0) {
            return;
        }
        let full = self.maxlen == Some(self.items.len());
        if left {
            if full {
                self.items.pop_back();
            }
            self.items.push_front(v);
        } else {
            if full {
                self.items.pop_front();
            }
            self.items.push_back(v);
        }
    }
}

/// A `collections.deque`.
#[derive(Debug)]
pub struct Deque {
    items: Rc<RefCell<Items>>,
    /// Set while its repr is being built, so a deque inside itself shows as `[...]`.
    in_repr: Cell<bool>,
}

impl Deque {
    fn new(items: VecDeque<Value>, maxlen: Option<usize>) -> Deque {
        Deque {
            items: Rc::new(RefCell::new(Items {
                items,
                maxlen,
                mutations: 0,
            })),
            in_repr: Cell::new(false),
        }
    }

    /// A copy of the items, to compare or repr without holding a borrow while Python
    /// code runs.
    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().items.iter().cloned().collect()
    }

    /// The position of `key` among the items, or the error `d[key]` raises.
    fn position(&self, key: &Value) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(PyErr::new(
                    ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            _ => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("sequence index must be integer, not '{}'", key.type_name()),
                ))
            }
        };
        norm_index(i, self.items.borrow().items.len())
            .ok_or_else(|| PyErr::new(ExcKind::IndexError, "deque index out of range"))
    }

    fn iterator(&self, reverse: bool) -> Value {
        let at = self.items.borrow().mutations;
        Native::value(DequeIter {
            items: self.items.clone(),
            at,
            done: Cell::new(0),
            reverse,
        })
    }
}

impl NativeObject for Deque {
    fn class(&self) -> Rc<Class> {
        DEQUE_CLASS.with(Rc::clone)
    }

    fn type_name(&self) -> &'static str {
        "collections.deque"
    }

    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        if self.in_repr.get() {
            return Some(Ok("[...]".into()));
        }
        self.in_repr.set(true);
        let parts: PyResult<Vec<String>> = self.snapshot().iter().map(|v| vm.repr(v)).collect();
        self.in_repr.set(false);
        Some(parts.map(|parts| {
            let body = parts.join(", ");
            match self.items.borrow().maxlen {
                Some(m) => format!("deque([{body}], maxlen={m})"),
                None => format!("deque([{body}])"),
            }
        }))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "maxlen" => Some(match self.items.borrow().maxlen {
                Some(m) => Value::Int(m as i64),
                None => Value::None,
            }),
            _ => None,
        }
    }

    fn iter(&self) -> Option<Value> {
        Some(self.iterator(false))
    }

    fn length(&self) -> Option<PyResult<usize>> {
        Some(Ok(self.items.borrow().items.len()))
    }

    fn getitem(&self, _: &mut Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(
            self.position(key)
                .map(|i| self.items.borrow().items[i].clone()),
        )
    }

    fn setitem(&self, _: &mut Vm, key: &Value, value: Value) -> Option<PyResult<()>> {
        Some(
            self.position(key)
                .map(|i| self.items.borrow_mut().items[i] = value),
        )
    }

    fn delitem(&self, _: &mut Vm, key: &Value) -> Option<PyResult<()>> {
        Some(self.position(key).map(|i| {
            let mut d = self.items.borrow_mut();
            d.items.remove(i);
            d.mutations += 1;
        }))
    }

    fn equals(&self, vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        let other = other.downcast::<Deque>()?;
        let (x, y) = (self.snapshot(), other.snapshot());
        if x.len() != y.len() {
            return Some(Ok(false));
        }
        for (p, q) in x.iter().zip(&y) {
            if p.is(q) {
                continue;
            }
            match vm.eq(p, q) {
                Ok(true) => {}
                r => return Some(r),
            }
        }
        Some(Ok(true))
    }

    fn hash(&self) -> Option<PyResult<i64>> {
        Some(Err(PyErr::new(
            ExcKind::TypeError,
            "unhashable type: 'collections.deque'",
        )))
    }
}

/// An iterator over a deque, forward or reversed.
#[derive(Debug)]
struct DequeIter {
    items: Rc<RefCell<Items>>,
    /// The deque's mutation count when the iterator was made.
    at: u64,
    /// How many items it has produced.
    done: Cell<usize>,
    reverse: bool,
}

impl NativeObject for DequeIter {
    fn class(&self) -> Rc<Class> {
        types().iter_class(self.type_name())
    }

    fn type_name(&self) -> &'static str {
        if self.reverse {
            "_collections._deque_reverse_iterator"
        } else {
            "_collections._deque_iterator"
        }
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _: &mut Vm) -> PyResult<Option<Value>> {
        let d = self.items.borrow();
        if d.mutations != self.at {
            return Err(mutated());
        }
        let (n, len) = (self.done.get(), d.items.len());
        if n >= len {
            return Ok(None);
        }
        self.done.set(n + 1);
        Ok(Some(
            d.items[if self.reverse { len - 1 - n } else { n }].clone(),
        ))
    }
}

fn mutated() -> PyErr {
    PyErr::new(ExcKind::RuntimeError, "deque mutated during iteration")
}

/// `deque(iterable=(), maxlen=None)`.
fn new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if a.len() + kw.len() > 2 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "deque() takes at most 2 arguments ({} given)",
                a.len() + kw.len()
            ),
        ));
    }
    args::only_kwargs("deque", kw, &["iterable", "maxlen"])?;
    let maxlen = match a.get(1).or_else(|| args::kwarg(kw, "maxlen")) {
        None | Some(Value::None) => None,
        Some(m) => match m.as_i64() {
            Some(m) if m < 0 => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "maxlen must be non-negative",
                ))
            }
            Some(m) => Some(m as usize),
            None => return Err(PyErr::new(ExcKind::TypeError, "an integer is required")),
        },
    };
    let d = Deque::new(VecDeque::new(), maxlen);
    if let Some(iterable) = a.first().or_else(|| args::kwarg(kw, "iterable")) {
        extend_from(vm, &d, iterable, false)?;
    }
    Ok(Native::value(d))
}

/// Appends the items of `iterable` one by one at the right (or the left).
fn extend_from(vm: &mut Vm, d: &Deque, iterable: &Value, left: bool) -> PyResult<()> {
    let copied;
    let iterable = match iterable.downcast::<Deque>() {
        Some(same) if Rc::ptr_eq(&same.items, &d.items) => {
            copied = Value::list(d.snapshot());
            &copied
        }
        _ => iterable,
    };
    let it = vm.get_iter(iterable.clone())?;
    while let Some(v) = vm.iter_next(&it)? {
        d.items.borrow_mut().push(v, left);
    }
    Ok(())
}

/// The methods of `collections.deque`.
static METHODS: &[MethodDef] = &[
    MethodDef::new("append", append),
    MethodDef::new("appendleft", appendleft),
    MethodDef::new("pop", pop),
    MethodDef::new("popleft", popleft),
    MethodDef::new("extend", extend),
    MethodDef::new("extendleft", extendleft),
    MethodDef::new("rotate", rotate),
    MethodDef::new("clear", clear),
    MethodDef::new("copy", copy),
    MethodDef::new("__copy__", copy),
    MethodDef::new("count", count),
    MethodDef::new("index", index),
    MethodDef::new("insert", insert),
    MethodDef::new("remove", remove),
    MethodDef::new("reverse", reverse),
    MethodDef::new("__reversed__", reversed),
];

fn this(a: &[Value]) -> PyResult<&Deque> {
    a.first().and_then(Value::downcast::<Deque>).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a 'collections.deque' object",
        )
    })
}

fn append(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("deque.append", a, 1, 1)?;
    this(a)?.items.borrow_mut().push(a[1].clone(), false);
    Ok(Value::None)
}

fn appendleft(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("deque.appendleft", a, 1, 1)?;
    this(a)?.items.borrow_mut().push(a[1].clone(), true);
    Ok(Value::None)
}

fn pop_end(a: &[Value], name: &str, left: bool) -> PyResult<Value> {
    args::method_count(name, a, 0, 0)?;
    let mut d = this(a)?.items.borrow_mut();
    let v = if left {
        d.items.pop_front()
    } else {
        d.items.pop_back()
    };
    d.mutations += 1;
    v.ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop from an empty deque"))
}

fn pop(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    pop_end(a, "deque.pop", false)
}

fn popleft(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    pop_end(a, "deque.popleft", true)
}

fn extend(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("deque.extend", a, 1, 1)?;
    extend_from(vm, this(a)?, &a[1], false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("deque.extendleft", a, 1, 1)?;
    extend_from(vm, this(a)?, &a[1], true)?;
    Ok(Value::None)
}

/// `rotate(n=1)`: `n` steps to the right (to the left when negative).
fn rotate(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("rotate", &a[1.min(a.len())..], 0, 1)?;
    let n = match a.get(1) {
        Some(n) => args::int(n, "")?,
        None => 1,
    };
    let mut d = this(a)?.items.borrow_mut();
    let len = d.items.len();
    if len > 1 {
        d.items.rotate_right(n.rem_euclid(len as i64) as usize);
    }
    d.mutations += 1;
    Ok(Value::None)
}

fn clear(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("deque.clear", a, 0, 0)?;
    let mut d = this(a)?.items.borrow_mut();
    d.items.clear();
    d.mutations += 1;
    Ok(Value::None)
}

fn copy(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("deque.copy", a, 0, 0)?;
    let d = this(a)?.items.borrow();
    Ok(Native::value(Deque::new(d.items.clone(), d.maxlen)))
}

/// Compares `x` with the items in `start..stop` in order: the first position equal
/// to it, if any. Fails if the deque is mutated by a comparison.
fn find(vm: &mut Vm, d: &Deque, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let at = d.items.borrow().mutations;
    for i in start..stop {
        let Some(item) = d.items.borrow().items.get(i).cloned() else {
            return Err(mutated());
        };
        let equal = item.is(x) || vm.eq(&item, x)?;
        if d.items.borrow().mutations != at {
            return Err(mutated());
        }
        if equal {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn count(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("deque.count", a, 1, 1)?;
    let d = this(a)?;
    let (mut n, mut from) = (0, 0);
    while let Some(i) = find(vm, d, &a[1], from, d.items.borrow().items.len())? {
        n += 1;
        from = i + 1;
    }
    Ok(Value::Int(n))
}

fn not_in_deque(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    Err(PyErr::new(
        ExcKind::ValueError,
        format!("{} is not in deque", vm.repr(x)?),
    ))
}

/// `index(x[, start[, stop]])`, the bounds clamped as list.index clamps them.
fn index(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("index", a, 1, 3)?;
    let d = this(a)?;
    let len = d.items.borrow().items.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            None => default,
            Some(v) => v.as_i64().ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    "slice indices must be integers or have an __index__ method",
                )
            })?,
        };
        Ok((if i < 0 { i + len } else { i }).clamp(0, len) as usize)
    };
    let stop = bound(a.get(3), len)?;
    let start = bound(a.get(2), 0)?.min(stop);
    match find(vm, d, &a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => not_in_deque(vm, &a[1]),
    }
}

fn insert(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("insert", &a[1.min(a.len())..], 2, 2)?;
    let i = args::int(&a[1], "")?;
    let mut d = this(a)?.items.borrow_mut();
    let len = d.items.len();
    if d.maxlen == Some(len) {
        return Err(PyErr::new(
            ExcKind::IndexError,
            "deque already at its maximum size",
        ));
    }
    let at = (if i < 0 { i + len as i64 } else { i }).clamp(0, len as i64) as usize;
    d.items.insert(at, a[2].clone());
    d.mutations += 1;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("deque.remove", a, 1, 1)?;
    let d = this(a)?;
    let len = d.items.borrow().items.len();
    match find(vm, d, &a[1], 0, len)? {
        Some(i) => {
            let mut items = d.items.borrow_mut();
            items.items.remove(i);
            items.mutations += 1;
            Ok(Value::None)
        }
        None => not_in_deque(vm, &a[1]),
    }
}

fn reverse(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("deque.reverse", a, 0, 0)?;
    this(a)?
        .items
        .borrow_mut()
        .items
        .make_contiguous()
        .reverse();
    Ok(Value::None)
}

fn reversed(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("deque.__reversed__", a, 0, 0)?;
    Ok(this(a)?.iterator(true))
}
