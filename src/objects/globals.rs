//! Module namespaces. A module's globals are a real `dict` ([`Globals`]): the frames
//! running the module's code, its functions (`f.__globals__`), `globals()`,
//! `m.__dict__`, `vars(m)` and the dicts given to `exec`/`eval` are all the same
//! object, so a write through any of them is seen by the others. [`NameKeys`] reads
//! and writes such a dict by identifier, as the VM and the native modules do.

use std::hash::{BuildHasher, Hasher};
use std::rc::Rc;

use indexmap::map::RawEntryApiV1;

use super::dict::{hash_str, Dict, HashKey};
use super::Value;

/// A module's namespace: a dict shared by everything that sees the module's globals.
pub type Globals = Rc<super::DictData>;

/// The dict key of an identifier.
pub fn name_key(name: &str) -> HashKey {
    HashKey {
        value: Value::str(name),
        hash: hash_str(name),
    }
}

/// Access to a dict by identifier (its `str` keys), without making a key value.
pub trait NameKeys {
    /// The entry of `name`: its index and value.
    fn get_name_full(&self, name: &str) -> Option<(usize, &Value)>;

    /// The value of `name`.
    fn get_name(&self, name: &str) -> Option<&Value> {
        self.get_name_full(name).map(|(_, v)| v)
    }

    /// Whether `name` is a key.
    fn has_name(&self, name: &str) -> bool {
        self.get_name_full(name).is_some()
    }

    /// Binds `name` to `v`, returning the value it replaced.
    fn set_name(&mut self, name: &str, v: Value) -> Option<Value>;

    /// Removes `name` (keeping the order of the others), returning its value.
    fn remove_name(&mut self, name: &str) -> Option<Value>;

    /// The `str` keys with their values, in order (other keys are skipped).
    fn names(&self) -> impl Iterator<Item = (&str, &Value)>;
}

/// The map's hash of the key whose Python hash is `hash` (what `HashKey`'s `Hash`
/// feeds the hasher).
fn map_hash(d: &Dict, hash: i64) -> u64 {
    let mut h = d.hasher().build_hasher();
    h.write_i64(hash);
    h.finish()
}

fn is_name(k: &HashKey, name: &str) -> bool {
    matches!(&k.value, Value::Str(s) if s.as_str() == name)
}

impl NameKeys for Dict {
    fn get_name_full(&self, name: &str) -> Option<(usize, &Value)> {
        let hash = map_hash(self, hash_str(name));
        self.raw_entry_v1()
            .from_hash_full(hash, |k| is_name(k, name))
            .map(|(i, _, v)| (i, v))
    }

    fn set_name(&mut self, name: &str, v: Value) -> Option<Value> {
        match self.get_name_full(name) {
            Some((i, _)) => Some(std::mem::replace(&mut self[i], v)),
            None => self.insert(name_key(name), v),
        }
    }

    fn remove_name(&mut self, name: &str) -> Option<Value> {
        let (i, _) = self.get_name_full(name)?;
        self.shift_remove_index(i).map(|(_, v)| v)
    }

    fn names(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.iter().filter_map(|(k, v)| match &k.value {
            Value::Str(s) => Some((s.as_str(), v)),
            _ => None,
        })
    }
}

/// A new module namespace holding `pairs`.
pub fn globals_of<'a>(pairs: impl IntoIterator<Item = (&'a str, Value)>) -> Globals {
    let mut d = Dict::default();
    for (k, v) in pairs {
        d.set_name(k, v);
    }
    Rc::new(super::DictData::new(d))
}
