//! Hashing and key matching that may run Python code: `hash()` of an instance whose
//! class defines `__hash__`, and finding the dict key or set member a key equals by a
//! user-defined `__eq__`. Keys that need neither (str, int, tuples of them, ...) take
//! the objects layer's paths unchanged.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Vm;
use crate::objects::class::int_part;
use crate::objects::dict::{key_eq, needs_user_eq, py_hash_with, same_hash_keys};
use crate::objects::{Dict, ExcKind, HashKey, PyErr, PyResult, Set, Value};

thread_local! {
    /// Set once any key that needs a user-defined `__eq__` has been looked up or
    /// stored: until then no container can hold one, so a plain key (an int, a str)
    /// is matched by the objects layer alone; afterwards a plain key is also compared
    /// with the stored keys of its hash that need one (an instance equal to `1` with
    /// `hash(1)` is found by `d[1]`).
    static USER_EQ_KEYS_SEEN: Cell<bool> = const { Cell::new(false) };
}

/// Whether `key` must be matched by running Python code, noting that such keys exist.
fn matches_by_user_eq(key: &HashKey) -> bool {
    if needs_user_eq(&key.value) {
        USER_EQ_KEYS_SEEN.with(|s| s.set(true));
        return true;
    }
    USER_EQ_KEYS_SEEN.with(Cell::get)
}

impl Vm {
    /// `hash(v)`, calling the `__hash__` of instances whose class defines one.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        py_hash_with(v, &mut |inst| self.user_hash(inst))
    }

    /// A slot's `__hash__` result as CPython's `slot_tp_hash` takes it: an int that
    /// fits a machine word is the hash itself (-1 becomes -2), a bigger one is hashed.
    fn user_hash(&mut self, inst: &Value) -> PyResult<i64> {
        let m = self.lookup_method(inst, "__hash__").ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!("unhashable type: '{}'", inst.type_name()),
            )
        })?;
        let r = self.call(&m, vec![], vec![])?;
        let r = int_part(&r).cloned().unwrap_or(r);
        match r {
            Value::Int(-1) => Ok(-2),
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            big @ Value::BigInt(_) => self.hash(&big),
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                "__hash__ method should return an integer",
            )),
        }
    }

    /// `v` as a key, hashed (by its `__hash__` if it has one).
    pub fn hash_key(&mut self, v: Value) -> PyResult<HashKey> {
        if let Value::Str(_) | Value::Int(_) = v {
            return HashKey::new(v);
        }
        let hash = self.hash(&v)?;
        Ok(HashKey { value: v, hash })
    }

    /// `v` as a key of `d`: when `v` equals a key of `d` by a user-defined `__eq__`,
    /// that key (so the map finds it), else `v` itself.
    pub fn dict_key(&mut self, d: &RefCell<Dict>, v: Value) -> PyResult<HashKey> {
        let key = self.hash_key(v)?;
        self.dict_member(d, key)
    }

    /// An already hashed key as a key of `d` (see [`Vm::dict_key`]).
    pub fn dict_member(&mut self, d: &RefCell<Dict>, key: HashKey) -> PyResult<HashKey> {
        if !matches_by_user_eq(&key) {
            return Ok(key);
        }
        let candidates = same_hash_keys(&d.borrow(), &key);
        self.match_key(key, candidates)
    }

    /// Inserts `pairs` into `d` in order (`d.update(other)`, `{**a, **b}`), a key equal
    /// to one already there by a user-defined `__eq__` replacing its value.
    pub fn dict_extend(
        &mut self,
        d: &RefCell<Dict>,
        pairs: impl IntoIterator<Item = (HashKey, Value)>,
    ) -> PyResult<()> {
        for (k, v) in pairs {
            let k = self.dict_member(d, k)?;
            d.borrow_mut().insert(k, v);
        }
        Ok(())
    }

    /// `key in d`.
    pub fn dict_contains(&mut self, d: &RefCell<Dict>, key: &Value) -> PyResult<bool> {
        let k = self.dict_key(d, key.clone())?;
        let found = d.borrow().contains_key(&k);
        Ok(found)
    }

    /// Adds the members of `src` to `target` (`s.update(t)`, `s | t`), keeping
    /// CPython's table layout when no member needs a user-defined `__eq__`.
    pub fn set_merge(&mut self, target: &Set, src: &Rc<Set>) -> PyResult<()> {
        let src = self.align_set(target, src)?;
        target.merge(&src);
        Ok(())
    }

    /// [`Vm::dict_key`] for a dict being built, which no Python code can reach yet.
    pub fn new_dict_key(&mut self, d: &Dict, v: Value) -> PyResult<HashKey> {
        let key = self.hash_key(v)?;
        if !matches_by_user_eq(&key) {
            return Ok(key);
        }
        let candidates = same_hash_keys(d, &key);
        self.match_key(key, candidates)
    }

    /// `v` as a member of `s`, as [`Vm::dict_key`] finds a dict key.
    pub fn set_key(&mut self, s: &Set, v: Value) -> PyResult<HashKey> {
        let key = self.hash_key(v)?;
        self.set_member(s, key)
    }

    /// An already hashed key as a member of `s` (see [`Vm::set_key`]).
    pub fn set_member(&mut self, s: &Set, key: HashKey) -> PyResult<HashKey> {
        if !matches_by_user_eq(&key) {
            return Ok(key);
        }
        let candidates = s.same_hash_members(key.hash);
        self.match_key(key, candidates)
    }

    /// `y` with each member that equals a member of `x` by a user-defined `__eq__`
    /// replaced by that member, so that the set algebra (`x | y`, `x - y`, `x == y`,
    /// `x <= y`, ...), which compares members without running Python code, treats them
    /// as the same; `y` itself when no member needs that.
    pub fn align_set(&mut self, x: &Set, y: &Rc<Set>) -> PyResult<Rc<Set>> {
        let seen = USER_EQ_KEYS_SEEN.with(Cell::get);
        if !seen || !(y.any_member(needs_user_eq) || x.any_member(needs_user_eq)) {
            return Ok(y.clone());
        }
        let out = Set::new(y.frozen);
        for k in y.iter() {
            let k = self.set_member(x, k)?;
            out.add(k);
        }
        Ok(Rc::new(out))
    }

    /// The first candidate equal to `key` (the stored key on the left of `==`, as in
    /// CPython's lookup), standing for `key`; `key` itself when none is. The
    /// candidates are a snapshot, so `__eq__` may change the container.
    /// A candidate that compares without Python code is left to the container's own
    /// matching, which finds it for a plain `key`.
    fn match_key(&mut self, key: HashKey, candidates: Vec<Value>) -> PyResult<HashKey> {
        let plain_key = !needs_user_eq(&key.value);
        for c in candidates {
            if plain_key && !needs_user_eq(&c) {
                if key_eq(&c, &key.value) {
                    return Ok(key);
                }
                continue;
            }
            if c.is(&key.value) || self.eq(&c, &key.value)? {
                return Ok(HashKey {
                    value: c,
                    hash: key.hash,
                });
            }
        }
        Ok(key)
    }
}
