//! The attribute storage of instances and functions ([`Attrs`]). Attributes start in
//! an inline [`Namespace`] keyed by identifiers (what the attribute caches index);
//! the first time Python code takes the object's `__dict__` they move into a real
//! dict ([`DictData`]) that the object then shares with that `__dict__` value, so a
//! write through either is seen by the other, `obj.__dict__ is obj.__dict__`, and
//! the dict may hold keys that are no identifiers (seen by `vars()`, not as
//! attributes). Objects whose `__dict__` is never asked for keep the fast inline
//! storage. See docs/architecture.md, "Values, classes and lookup".

use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use super::dict::{Dict, HashKey};
use super::globals::name_key;
use super::{DictData, NameKeys, Namespace, Value};

/// Where an object's attributes are.
#[derive(Debug)]
enum Store {
    /// Only the object sees them (no `__dict__` was taken).
    Inline(Namespace),
    /// The dict `obj.__dict__` is.
    Shared(Rc<DictData>),
}

/// The attributes of an instance or a function.
#[derive(Debug)]
pub struct Attrs(RefCell<Store>);

impl Default for Attrs {
    fn default() -> Attrs {
        Attrs::new(Namespace::default())
    }
}

impl Attrs {
    /// Inline storage holding `ns`.
    pub fn new(ns: Namespace) -> Attrs {
        Attrs(RefCell::new(Store::Inline(ns)))
    }

    /// The inline namespace, unless the attributes are a shared dict (the caches'
    /// fast path reads it by index).
    #[inline]
    pub fn inline(&self) -> Option<Ref<'_, Namespace>> {
        Ref::filter_map(self.0.borrow(), |s| match s {
            Store::Inline(ns) => Some(ns),
            Store::Shared(_) => None,
        })
        .ok()
    }

    /// The inline namespace for writing, unless the attributes are a shared dict.
    #[inline]
    pub fn inline_mut(&self) -> Option<RefMut<'_, Namespace>> {
        RefMut::filter_map(self.0.borrow_mut(), |s| match s {
            Store::Inline(ns) => Some(ns),
            Store::Shared(_) => None,
        })
        .ok()
    }

    /// The attribute `name`.
    pub fn get(&self, name: &str) -> Option<Value> {
        match &*self.0.borrow() {
            Store::Inline(ns) => ns.get(name).cloned(),
            Store::Shared(d) => d.borrow().get_name(name).cloned(),
        }
    }

    /// Whether the object has its own attribute `name`.
    pub fn contains(&self, name: &str) -> bool {
        match &*self.0.borrow() {
            Store::Inline(ns) => ns.contains_key(name),
            Store::Shared(d) => d.borrow().has_name(name),
        }
    }

    /// Binds attribute `name` to `v`, returning the value it replaced (for the caller
    /// to drop once the storage is no longer borrowed).
    pub fn set(&self, name: &str, v: Value) -> Option<Value> {
        match &mut *self.0.borrow_mut() {
            Store::Inline(ns) => match ns.get_mut(name) {
                Some(slot) => Some(std::mem::replace(slot, v)),
                None => ns.insert(name.into(), v),
            },
            Store::Shared(d) => d.borrow_mut().set_name(name, v),
        }
    }

    /// Removes attribute `name` (the others keep their order), returning its value.
    pub fn remove(&self, name: &str) -> Option<Value> {
        match &mut *self.0.borrow_mut() {
            Store::Inline(ns) => ns.shift_remove(name),
            Store::Shared(d) => d.borrow_mut().remove_name(name),
        }
    }

    /// The attribute names (the `str` keys), in order.
    pub fn names(&self) -> Vec<Rc<str>> {
        match &*self.0.borrow() {
            Store::Inline(ns) => ns.keys().cloned().collect(),
            Store::Shared(d) => d.borrow().names().map(|(k, _)| k.into()).collect(),
        }
    }

    /// The dict the attributes are from now on: `obj.__dict__`. The first call moves
    /// the inline attributes into it.
    pub fn dict(&self) -> Rc<DictData> {
        let mut store = self.0.borrow_mut();
        if let Store::Inline(ns) = &mut *store {
            let mut d = Dict::with_capacity_and_hasher(ns.len(), Default::default());
            for (k, v) in std::mem::take(ns) {
                d.insert(name_key(&k), v);
            }
            *store = Store::Shared(super::gc::tracked_dict_rc(d));
        }
        match &*store {
            Store::Shared(d) => d.clone(),
            Store::Inline(_) => unreachable!("made shared above"),
        }
    }

    /// `obj.__dict__ = d`: the attributes become the dict `d` (what they were is
    /// dropped after the storage is released).
    pub fn replace(&self, d: Rc<DictData>) {
        let old = self.0.replace(Store::Shared(d));
        drop(old);
    }

    /// Takes the attributes out, leaving none (an instance revived for `__del__`, an
    /// object being freed through the trashcan).
    pub fn take(&mut self) -> Attrs {
        Attrs(RefCell::new(std::mem::replace(
            self.0.get_mut(),
            Store::Inline(Namespace::default()),
        )))
    }

    /// The values the attributes hold, or the shared dict, for the cycle collector's
    /// traversal; `None` while they are being changed.
    pub fn visit(&self, f: &mut impl FnMut(&Value)) -> bool {
        match self.0.try_borrow() {
            Ok(s) => {
                match &*s {
                    Store::Inline(ns) => ns.values().for_each(f),
                    Store::Shared(d) => f(&Value::Dict(d.clone())),
                }
                true
            }
            Err(_) => false,
        }
    }

    /// Moves the values (or the shared dict) into `out`, leaving no attributes, as
    /// the cycle collector breaks a cycle; nothing while they are being changed.
    pub fn clear_into(&self, out: &mut Vec<Value>) {
        if let Ok(mut s) = self.0.try_borrow_mut() {
            match std::mem::replace(&mut *s, Store::Inline(Namespace::default())) {
                Store::Inline(ns) => out.extend(ns.into_values()),
                Store::Shared(d) => out.push(Value::Dict(d)),
            }
        }
    }

    /// The attributes as (key, value) pairs: names of the inline storage as str
    /// keys, or the shared dict's entries.
    pub fn entries(&self) -> Vec<(HashKey, Value)> {
        match &*self.0.borrow() {
            Store::Inline(ns) => ns.iter().map(|(k, v)| (name_key(k), v.clone())).collect(),
            Store::Shared(d) => d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        }
    }
}
