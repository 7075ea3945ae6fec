//! The attribute storage of instances and functions ([`Attrs`]). Attributes start in
//! an inline [`Namespace`] keyed by identifiers (what the attribute caches index);
//! the first time Python code takes the object's `__dict__` they move into a real
//! dict ([`DictData`]) that the object then shares with that `__dict__` value, so a
//! write through either is seen by the other, `obj.__dict__ is obj.__dict__`, and
//! the dict may hold keys that are no identifiers (seen by `vars()`, not as
//! attributes). Objects whose `__dict__` is never asked for keep the fast inline
//! storage, and the caches' hits on it test nothing more: a shared object's inline
//! namespace is empty, so only a miss looks at the dict. See docs/architecture.md,
//! "Values, classes and lookup".

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

use super::dict::{Dict, HashKey};
use super::globals::name_key;
use super::{DictData, NameKeys, Namespace, Value};

/// Where an object's attributes are: inline until `__dict__` is taken, then in the
/// shared dict (the inline namespace stays empty).
#[derive(Debug, Default)]
struct Store {
    /// The attributes while no `__dict__` has been taken.
    inline: Namespace,
    /// The dict `obj.__dict__` is, once taken.
    shared: Option<Rc<DictData>>,
}

/// The attributes of an instance or a function.
#[derive(Debug, Default)]
pub struct Attrs(RefCell<Store>);

/// Whether the dict key `k` is the identifier `name`.
#[inline]
fn is_name(k: &HashKey, name: &str) -> bool {
    matches!(&k.value, Value::Str(s) if s.as_str() == name)
}

/// [`Attrs::set_hinted`] in a shared dict (out of line: the inline hits are hot).
#[inline(never)]
fn set_shared_hinted(d: &DictData, name: &str, v: Value, hint: &Cell<u32>) -> Option<Value> {
    let mut d = d.borrow_mut();
    if let Some((k, slot)) = d.get_index_mut(hint.get() as usize) {
        if is_name(k, name) {
            return Some(std::mem::replace(slot, v));
        }
    }
    let old = d.set_name(name, v);
    hint.set(d.get_name_full(name).map_or(0, |(at, _)| at as u32));
    old
}

impl Attrs {
    /// Inline storage holding `ns`.
    pub fn new(ns: Namespace) -> Attrs {
        Attrs(RefCell::new(Store {
            inline: ns,
            shared: None,
        }))
    }

    /// The inline namespace (empty once the attributes are shared), which an
    /// attribute cache's load reads by position; [`Attrs::get_shared_hinted`] after a
    /// miss there.
    #[inline(always)]
    pub fn inline(&self) -> Ref<'_, Namespace> {
        Ref::map(self.0.borrow(), |s| &s.inline)
    }

    /// The attribute `name` in the shared dict, if the attributes are shared: looked
    /// for first at position `hint` (an attribute cache's memory of where it was),
    /// which is set to where it is found.
    pub fn get_shared_hinted(&self, name: &str, hint: &Cell<u32>) -> Option<Value> {
        let s = self.0.borrow();
        let d = s.shared.as_ref()?.borrow();
        if let Some((k, v)) = d.get_index(hint.get() as usize) {
            if is_name(k, name) {
                return Some(v.clone());
            }
        }
        let (at, v) = d.get_name_full(name)?;
        hint.set(at as u32);
        Some(v.clone())
    }

    /// Binds attribute `name` to `v` as [`Attrs::set`] does, trying position `hint`
    /// first and setting it to where the attribute is.
    #[inline]
    pub fn set_hinted(&self, name: &Rc<str>, v: Value, hint: &Cell<u32>) -> Option<Value> {
        let mut s = self.0.borrow_mut();
        let s = &mut *s;
        if let Some((k, slot)) = s.inline.get_index_mut(hint.get() as usize) {
            if **k == **name {
                return Some(std::mem::replace(slot, v));
            }
        }
        if let Some((at, _, slot)) = s.inline.get_full_mut(&**name) {
            hint.set(at as u32);
            return Some(std::mem::replace(slot, v));
        }
        let Some(d) = &s.shared else {
            let (at, _) = s.inline.insert_full(name.clone(), v);
            hint.set(at as u32);
            return None;
        };
        set_shared_hinted(d, name, v, hint)
    }

    /// Where attribute `name` is in the storage's order.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        let s = self.0.borrow();
        match &s.shared {
            None => s.inline.get_index_of(name),
            Some(d) => d.borrow().get_name_full(name).map(|(at, _)| at),
        }
    }

    /// The attribute `name`.
    pub fn get(&self, name: &str) -> Option<Value> {
        let s = self.0.borrow();
        match &s.shared {
            None => s.inline.get(name).cloned(),
            Some(d) => d.borrow().get_name(name).cloned(),
        }
    }

    /// Whether the object has its own attribute `name`.
    pub fn contains(&self, name: &str) -> bool {
        let s = self.0.borrow();
        match &s.shared {
            None => s.inline.contains_key(name),
            Some(d) => d.borrow().has_name(name),
        }
    }

    /// Binds attribute `name` to `v`, returning the value it replaced (for the caller
    /// to drop once the storage is no longer borrowed).
    pub fn set(&self, name: &str, v: Value) -> Option<Value> {
        let mut s = self.0.borrow_mut();
        let s = &mut *s;
        match &s.shared {
            None => match s.inline.get_mut(name) {
                Some(slot) => Some(std::mem::replace(slot, v)),
                None => s.inline.insert(name.into(), v),
            },
            Some(d) => d.borrow_mut().set_name(name, v),
        }
    }

    /// Removes attribute `name` (the others keep their order), returning its value.
    pub fn remove(&self, name: &str) -> Option<Value> {
        let mut s = self.0.borrow_mut();
        let s = &mut *s;
        match &s.shared {
            None => s.inline.shift_remove(name),
            Some(d) => d.borrow_mut().remove_name(name),
        }
    }

    /// The attribute names (the `str` keys), in order.
    pub fn names(&self) -> Vec<Rc<str>> {
        let s = self.0.borrow();
        match &s.shared {
            None => s.inline.keys().cloned().collect(),
            Some(d) => d.borrow().names().map(|(k, _)| k.into()).collect(),
        }
    }

    /// The dict the attributes are from now on: `obj.__dict__`. The first call moves
    /// the inline attributes into it.
    pub fn dict(&self) -> Rc<DictData> {
        let mut s = self.0.borrow_mut();
        let s = &mut *s;
        if let Some(d) = &s.shared {
            return d.clone();
        }
        let mut d = Dict::with_capacity_and_hasher(s.inline.len(), Default::default());
        for (k, v) in std::mem::take(&mut s.inline) {
            d.insert(name_key(&k), v);
        }
        let d = super::gc::tracked_dict_rc(d);
        s.shared = Some(d.clone());
        d
    }

    /// `obj.__dict__ = d`: the attributes become the dict `d` (what they were is
    /// dropped after the storage is released).
    pub fn replace(&self, d: Rc<DictData>) {
        let old = self.0.replace(Store {
            inline: Namespace::default(),
            shared: Some(d),
        });
        drop(old);
    }

    /// Takes the attributes out, leaving none (an instance revived for `__del__`, an
    /// object being freed through the trashcan).
    pub fn take(&mut self) -> Attrs {
        Attrs(RefCell::new(std::mem::take(self.0.get_mut())))
    }

    /// The values the attributes hold, or the shared dict, for the cycle collector's
    /// traversal; `None` while they are being changed.
    pub fn visit(&self, f: &mut impl FnMut(&Value)) -> bool {
        let Ok(s) = self.0.try_borrow() else {
            return false;
        };
        s.inline.values().for_each(&mut *f);
        if let Some(d) = &s.shared {
            f(&Value::Dict(d.clone()));
        }
        true
    }

    /// Moves the values (or the shared dict) into `out`, leaving no attributes, as
    /// the cycle collector breaks a cycle; nothing while they are being changed.
    pub fn clear_into(&self, out: &mut Vec<Value>) {
        if let Ok(mut s) = self.0.try_borrow_mut() {
            let Store { inline, shared } = std::mem::take(&mut *s);
            out.extend(inline.into_values());
            out.extend(shared.map(Value::Dict));
        }
    }
}
