//! The attribute storage of instances and functions ([`Attrs`]). Attributes start in
//! an inline [`Namespace`] keyed by identifiers (what the attribute caches index);
//! the first time Python code takes the object's `__dict__` they move into a real
//! dict ([`DictData`]) that the object then shares with that `__dict__` value, so a
//! write through either is seen by the other, `obj.__dict__ is obj.__dict__`, and
//! the dict may hold keys that are no identifiers (seen by `vars()`, not as
//! attributes). Objects whose `__dict__` is never asked for keep the fast inline
//! storage. See docs/architecture.md, "Values, classes and lookup".

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::Dict;
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

    /// The attribute `name`, looked for first at position `hint` (an attribute
    /// cache's memory of where it was), which is set to where it is found.
    #[inline]
    pub fn get_hinted(&self, name: &str, hint: &Cell<u32>) -> Option<Value> {
        match &*self.0.borrow() {
            Store::Inline(ns) => {
                if let Some((k, v)) = ns.get_index(hint.get() as usize) {
                    if **k == *name {
                        return Some(v.clone());
                    }
                }
                let (at, _, v) = ns.get_full(name)?;
                hint.set(at as u32);
                Some(v.clone())
            }
            Store::Shared(d) => {
                let d = d.borrow();
                if let Some((k, v)) = d.get_index(hint.get() as usize) {
                    if matches!(&k.value, Value::Str(s) if s.as_str() == name) {
                        return Some(v.clone());
                    }
                }
                let (at, v) = d.get_name_full(name)?;
                hint.set(at as u32);
                Some(v.clone())
            }
        }
    }

    /// Binds attribute `name` to `v` as [`Attrs::set`] does, trying position `hint`
    /// first and setting it to where the attribute is.
    #[inline]
    pub fn set_hinted(&self, name: &Rc<str>, v: Value, hint: &Cell<u32>) -> Option<Value> {
        match &mut *self.0.borrow_mut() {
            Store::Inline(ns) => match ns.get_index_mut(hint.get() as usize) {
                Some((k, slot)) if **k == **name => Some(std::mem::replace(slot, v)),
                _ => match ns.get_full_mut(&**name) {
                    Some((at, _, slot)) => {
                        hint.set(at as u32);
                        Some(std::mem::replace(slot, v))
                    }
                    None => {
                        let (at, _) = ns.insert_full(name.clone(), v);
                        hint.set(at as u32);
                        None
                    }
                },
            },
            Store::Shared(d) => {
                let mut d = d.borrow_mut();
                if let Some((k, slot)) = d.get_index_mut(hint.get() as usize) {
                    if matches!(&k.value, Value::Str(s) if s.as_str() == &**name) {
                        return Some(std::mem::replace(slot, v));
                    }
                }
                let old = d.set_name(name, v);
                hint.set(d.get_name_full(name).map_or(0, |(at, _)| at as u32));
                old
            }
        }
    }

    /// Where attribute `name` is in the storage's order.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        match &*self.0.borrow() {
            Store::Inline(ns) => ns.get_index_of(name),
            Store::Shared(d) => d.borrow().get_name_full(name).map(|(at, _)| at),
        }
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
}
