//! Native methods of the built-in types. Each type has a static table, which
//! [`install`] puts into its class's dict (CPython's `tp_methods`); attribute lookup,
//! `dir()`, `super()` and `type.method` then find them there like any other method.

pub use bytes::construct as construct_bytes;

mod bytes;
mod case;
mod case_tables;
mod coroutine;
mod dict;
mod dunder;
mod list;
pub mod metatype;
mod misc;
mod set;
mod str;

use crate::objects::class::Types;
use crate::objects::ExcKind;

/// Registers every built-in type's methods in its class's dict.
pub fn install(t: &Types) {
    // The operators first: a type's own table replaces any of them.
    for c in [&t.str_, &t.list, &t.tuple, &t.dict, &t.set, &t.frozenset] {
        c.add_methods(dunder::CONTAINER);
        c.add_methods(dunder::COMPARED);
    }
    for c in [&t.list, &t.dict] {
        c.add_methods(dunder::MUTABLE_ITEMS);
    }
    for c in [&t.str_, &t.tuple] {
        c.add_methods(dunder::SEQUENCE);
    }
    t.list.add_methods(dunder::LIST_OPERATORS);
    for c in [&t.bytes, &t.bytearray] {
        c.add_methods(dunder::CONTAINER);
        c.add_methods(dunder::COMPARED);
        c.add_methods(dunder::SEQUENCE);
        c.add_methods(bytes::METHODS);
    }
    t.bytearray.add_methods(dunder::MUTABLE_ITEMS);
    t.bytearray.add_methods(bytes::BYTEARRAY_METHODS);
    for c in [&t.int, &t.float] {
        c.add_methods(dunder::NUMBER);
        c.add_methods(dunder::COMPARED);
    }
    t.str_.add_methods(str::METHODS);
    t.list.add_methods(list::METHODS);
    t.tuple.add_methods(list::TUPLE_METHODS);
    t.dict.add_methods(dict::METHODS);
    t.set.add_methods(set::METHODS);
    t.set.add_methods(set::MUTATORS);
    t.frozenset.add_methods(set::METHODS);
    t.generator.add_methods(misc::GENERATOR_METHODS);
    t.coroutine.add_methods(coroutine::COROUTINE_METHODS);
    t.async_generator
        .add_methods(coroutine::ASYNC_GENERATOR_METHODS);
    t.iterator.add_methods(misc::ITER_METHODS);
    t.int.add_methods(misc::INT_METHODS);
    t.int.add_methods(bytes::INT_METHODS);
    t.float.add_methods(misc::FLOAT_METHODS);
    t.range.add_methods(misc::RANGE_METHODS);
    t.slice.add_methods(misc::SLICE_METHODS);
    for view in &t.dict_views {
        view.add_methods(misc::VIEW_METHODS);
    }
    t.object.add_methods(misc::OBJECT_METHODS);
    t.type_.add_methods(metatype::METHODS);
    // The mutable containers are unhashable: `list.__hash__ is None`, as in CPython.
    let [keys, _, items] = &t.dict_views;
    for c in [&t.list, &t.dict, &t.set, keys, items] {
        c.dict
            .borrow_mut()
            .insert("__hash__".into(), crate::objects::Value::None);
    }
    t.exc(ExcKind::BaseException)
        .add_methods(misc::EXCEPTION_METHODS);
}
