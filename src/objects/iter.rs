//! Iterators implemented in Rust: the state of list/range/str/dict iterators, the lazy
//! builtins (enumerate, zip, map, filter, reversed) and the lazy core of itertools.
//! Advancing the ones that call back into Python lives in `vm::iterate`.

use std::cell::RefCell;
use std::rc::Rc;

use super::{ListData, PyStr, TupleData, Value};

/// The state of a native iterator (fields are the arguments of the Python call that
/// made it, as each variant's doc shows, plus the position reached).
#[derive(Debug)]
#[allow(missing_docs)]
pub enum NativeIter {
    /// Over a list (sees appends made during iteration, like CPython).
    List(Rc<ListData>, usize),
    /// Over a snapshot of values (tuple, dict keys, set members, ...), with a type name.
    Seq(Rc<TupleData>, usize, &'static str),
    /// Over `range(start, stop, step)`: next value and items left.
    Range { next: i64, step: i64, left: i64 },
    /// Over a dict (or one of its views) by position, checking its size each step.
    Dict {
        dict: Rc<super::DictData>,
        pos: usize,
        size: usize,
        kind: super::dict::ViewKind,
    },
    /// Over a set's members (a snapshot), checking the set's size each step.
    Set {
        set: Rc<super::Set>,
        items: Vec<Value>,
        pos: usize,
    },
    /// Over a str, by byte offset.
    Str(Rc<PyStr>, usize),
    /// Over a bytes or bytearray (the value itself, so a bytearray's growth is seen),
    /// by index.
    Bytes(Value, usize),
    /// `enumerate(it, start)`.
    Enumerate { inner: Value, count: Value },
    /// `zip(*its)`.
    Zip { iters: Vec<Value>, strict: bool },
    /// `map(func, *its)`.
    Map { func: Value, iters: Vec<Value> },
    /// `filter(func, it)`; a None func filters by truth.
    Filter { func: Value, inner: Value },
    /// `reversed(seq)` over a list, walking down from an index.
    Reversed(Rc<ListData>, usize),
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// `itertools.count(start, step)`.
    Count { next: Value, step: Value },
    /// `itertools.islice(it, start, stop, step)`: items to skip before the next yield,
    /// items left (None = unbounded), and the step.
    Islice {
        inner: Value,
        skip: usize,
        left: Option<usize>,
        step: usize,
    },
    /// `itertools.chain(*its)`: the iterables left, and the current iterator.
    Chain { rest: Value, current: Option<Value> },
    /// `itertools.repeat(value[, times])`.
    Repeat { value: Value, left: Option<usize> },
    /// `itertools.takewhile(pred, it)`.
    TakeWhile {
        pred: Value,
        inner: Value,
        done: bool,
    },
    /// `itertools.dropwhile(pred, it)`.
    DropWhile {
        pred: Value,
        inner: Value,
        dropping: bool,
    },
    /// The iterator an instance's `__getitem__` provides (the old sequence protocol).
    GetItem { obj: Value, index: i64 },
    /// An exhausted iterator.
    Done,
}

impl NativeIter {
    /// The Python type name of the iterator.
    pub fn type_name(&self) -> &'static str {
        match self {
            NativeIter::List(..) => "list_iterator",
            NativeIter::Seq(_, _, name) => name,
            NativeIter::Range { .. } => "range_iterator",
            NativeIter::Dict { kind, .. } => match kind {
                super::dict::ViewKind::Keys => "dict_keyiterator",
                super::dict::ViewKind::Values => "dict_valueiterator",
                super::dict::ViewKind::Items => "dict_itemiterator",
            },
            NativeIter::Set { .. } => "set_iterator",
            NativeIter::Str(..) => "str_ascii_iterator",
            NativeIter::Bytes(Value::ByteArray(_), _) => "bytearray_iterator",
            NativeIter::Bytes(..) => "bytes_iterator",
            NativeIter::Enumerate { .. } => "enumerate",
            NativeIter::Zip { .. } => "zip",
            NativeIter::Map { .. } => "map",
            NativeIter::Filter { .. } => "filter",
            NativeIter::Reversed(..) => "list_reverseiterator",
            NativeIter::Count { .. } => "itertools.count",
            NativeIter::Callable { .. } => "callable_iterator",
            NativeIter::Islice { .. } => "itertools.islice",
            NativeIter::Chain { .. } => "itertools.chain",
            NativeIter::Repeat { .. } => "itertools.repeat",
            NativeIter::TakeWhile { .. } => "itertools.takewhile",
            NativeIter::DropWhile { .. } => "itertools.dropwhile",
            NativeIter::GetItem { .. } => "iterator",
            NativeIter::Done => "iterator",
        }
    }

    /// Wraps the state as a value.
    pub fn into_value(self) -> Value {
        Value::Iter(Rc::new(RefCell::new(self)))
    }
}
