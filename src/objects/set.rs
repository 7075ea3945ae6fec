//! `set` and `frozenset`: an open-addressing table laid out exactly like CPython's
//! (same sizes, linear probes, perturbation and resize rule), so a set of ints prints
//! its members in the order CPython does.

use std::cell::RefCell;

use super::dict::{key_eq, HashKey};
use super::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot {
    Empty,
    Dummy,
    Full(HashKey),
}

/// CPython's probe sequence over a table: a run of up to `LINEAR_PROBES` neighbours,
/// then a jump mixing in more bits of the hash (`i = 5i + 1 + perturb`). Endless;
/// every caller stops at an empty slot, which a table below two-thirds full has.
struct Probe {
    mask: usize,
    perturb: u64,
    start: usize,
    offset: usize,
    run: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let start = (hash as u64 as usize) & mask;
        Probe {
            mask,
            perturb: hash as u64,
            start,
            offset: 0,
            run: Probe::run_len(start, mask),
        }
    }

    fn run_len(start: usize, mask: usize) -> usize {
        if start + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        }
    }
}

impl Iterator for Probe {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.offset > self.run {
            self.perturb >>= PERTURB_SHIFT;
            self.start = self
                .start
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize)
                & self.mask;
            self.offset = 0;
            self.run = Probe::run_len(self.start, self.mask);
        }
        let j = self.start + self.offset;
        self.offset += 1;
        Some(j)
    }
}

#[derive(Clone, Debug)]
struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Where the next `pop` starts looking.
    finger: usize,
}

/// A set or frozenset.
#[derive(Debug)]
pub struct Set {
    /// True for `frozenset`.
    pub frozen: bool,
    table: RefCell<Table>,
}

impl Table {
    fn with_size(size: usize) -> Table {
        Table {
            slots: vec![Slot::Empty; size],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Finds the slot holding `key`.
    fn find(&self, key: &HashKey) -> Option<usize> {
        for j in Probe::new(key.hash, self.mask()) {
            match &self.slots[j] {
                Slot::Empty => return None,
                Slot::Full(k) if k.hash == key.hash && key_eq(&k.value, &key.value) => {
                    return Some(j)
                }
                _ => {}
            }
        }
        None
    }

    /// CPython's `set_add_entry`; returns false when the key was already present.
    fn add(&mut self, key: HashKey) -> bool {
        let mask = self.mask();
        let mut freeslot = None;
        let mut empty = 0;
        for j in Probe::new(key.hash, mask) {
            match &self.slots[j] {
                Slot::Empty => {
                    empty = j;
                    break;
                }
                Slot::Full(k) if k.hash == key.hash && key_eq(&k.value, &key.value) => {
                    return false
                }
                // CPython 3.11 keeps the last dummy slot it passes, not the first.
                Slot::Dummy => freeslot = Some(j),
                _ => {}
            }
        }
        self.used += 1;
        if let Some(free) = freeslot {
            self.slots[free] = Slot::Full(key);
            return true;
        }
        self.fill += 1;
        self.slots[empty] = Slot::Full(key);
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
        true
    }

    /// CPython's `set_table_resize`: reinserts live keys in table order.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        // CPython leaves a minimum-size table without deleted slots as it is.
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(self, Table::with_size(size));
        // The pop finger belongs to the set object, not its table.
        self.finger = old.finger;
        for slot in old.slots {
            if let Slot::Full(k) = slot {
                self.insert_clean(k);
            }
        }
    }

    fn insert_clean(&mut self, key: HashKey) {
        let slot =
            Probe::new(key.hash, self.mask()).find(|&j| matches!(self.slots[j], Slot::Empty));
        if let Some(j) = slot {
            self.slots[j] = Slot::Full(key);
            self.fill += 1;
            self.used += 1;
        }
    }
}

impl Set {
    /// The number of slots of its hash table (8 for a small set, as CPython's).
    pub fn table_size(&self) -> usize {
        self.table.borrow().slots.len()
    }

    /// An empty set (or frozenset).
    pub fn new(frozen: bool) -> Set {
        Set {
            frozen,
            table: RefCell::new(Table::with_size(MIN_SIZE)),
        }
    }

    /// A set holding `keys`, added in order.
    pub fn from_keys(frozen: bool, keys: impl IntoIterator<Item = HashKey>) -> Set {
        let s = Set::new(frozen);
        for k in keys {
            s.add(k);
        }
        s
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// True when the set has no members.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds a member; false if it was already there.
    pub fn add(&self, key: HashKey) -> bool {
        self.table.borrow_mut().add(key)
    }

    /// Membership test.
    pub fn contains(&self, key: &HashKey) -> bool {
        self.table.borrow().find(key).is_some()
    }

    /// True when `pred` holds for some member.
    pub fn any_member(&self, pred: impl Fn(&Value) -> bool) -> bool {
        self.table.borrow().slots.iter().any(|s| match s {
            Slot::Full(k) => pred(&k.value),
            _ => false,
        })
    }

    /// Calls `f` with every member; false when the set is being changed (for the cycle
    /// collector, which must not wait).
    pub fn try_for_each(&self, mut f: impl FnMut(&Value)) -> bool {
        let Ok(t) = self.table.try_borrow() else {
            return false;
        };
        for s in &t.slots {
            if let Slot::Full(k) = s {
                f(&k.value);
            }
        }
        true
    }

    /// Moves every member into `out`, leaving the set empty (the cycle collector
    /// breaking a cycle); does nothing while the set is being changed.
    pub fn drain_into(&self, out: &mut Vec<Value>) {
        let Ok(mut t) = self.table.try_borrow_mut() else {
            return;
        };
        let old = std::mem::replace(&mut *t, Table::with_size(MIN_SIZE));
        out.extend(old.slots.into_iter().filter_map(|s| match s {
            Slot::Full(k) => Some(k.value),
            _ => None,
        }));
    }

    /// The members whose hash is `hash` (candidates for a match by Python `==`).
    pub fn same_hash_members(&self, hash: i64) -> Vec<Value> {
        let t = self.table.borrow();
        let mut found = Vec::new();
        for j in Probe::new(hash, t.mask()) {
            match &t.slots[j] {
                Slot::Empty => break,
                Slot::Full(k) if k.hash == hash => found.push(k.value.clone()),
                _ => {}
            }
        }
        found
    }

    /// Removes a member; false if it was absent.
    pub fn remove(&self, key: &HashKey) -> bool {
        let mut t = self.table.borrow_mut();
        match t.find(key) {
            Some(j) => {
                t.slots[j] = Slot::Dummy;
                t.used -= 1;
                true
            }
            None => false,
        }
    }

    /// Removes every member.
    pub fn clear(&self) {
        *self.table.borrow_mut() = Table::with_size(MIN_SIZE);
    }

    /// Removes and returns an arbitrary member (the first in table order).
    pub fn pop(&self) -> Option<HashKey> {
        // CPython's set_pop scans from a finger left by the previous pop.
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while !matches!(t.slots[i], Slot::Full(_)) {
            i = if i >= mask { 0 } else { i + 1 };
        }
        let Slot::Full(key) = std::mem::replace(&mut t.slots[i], Slot::Dummy) else {
            unreachable!("the scan stops at a full slot")
        };
        t.used -= 1;
        t.finger = i + 1;
        Some(key)
    }

    /// The members in table order (a snapshot, so the set may change while iterating).
    pub fn iter(&self) -> Vec<HashKey> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Full(k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// A copy, laid out as CPython's `set_copy` lays it out (an empty set merged with
    /// this one).
    pub fn copy(&self, frozen: bool) -> Set {
        let s = Set::new(frozen);
        s.merge(self);
        s
    }

    /// CPython's `set_merge`: adds every member of `other`, copying its table outright
    /// when this set is empty and of the same size, so iteration orders match CPython.
    pub fn merge(&self, other: &Set) {
        if std::ptr::eq(self, other) {
            return;
        }
        let src = other.table.borrow();
        if src.used == 0 {
            return;
        }
        let mut t = self.table.borrow_mut();
        if (t.fill + src.used) * 5 >= t.mask() * 3 {
            let minused = (t.used + src.used) * 2;
            t.resize(minused);
        }
        if t.fill == 0 && t.slots.len() == src.slots.len() && src.fill == src.used {
            let finger = t.finger;
            *t = src.clone();
            t.finger = finger;
            return;
        }
        let empty = t.fill == 0;
        for slot in &src.slots {
            if let Slot::Full(k) = slot {
                if empty {
                    t.insert_clean(k.clone());
                } else {
                    t.add(k.clone());
                }
            }
        }
    }

    /// After a bulk removal (`-=`, `difference_update`), CPython rebuilds the table
    /// when more than a quarter of it is deleted slots.
    pub fn compact_after_removals(&self) {
        let mut t = self.table.borrow_mut();
        if t.fill - t.used > t.mask() / 4 {
            let minused = if t.used > 50000 {
                t.used * 2
            } else {
                t.used * 4
            };
            t.resize(minused);
        }
    }

    /// Replaces this set's members (and table layout) with `other`'s.
    pub fn replace_with(&self, other: Set) {
        let mut t = self.table.borrow_mut();
        let finger = t.finger;
        *t = other.table.into_inner();
        t.finger = finger;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(s: &Set) -> Vec<i64> {
        s.iter().iter().filter_map(|k| k.value.as_i64()).collect()
    }

    #[test]
    fn small_ints_iterate_in_cpython_order() {
        let keys = [5, 3, 100, 1, 9].map(|i| HashKey::new(Value::Int(i)).unwrap());
        let s = Set::from_keys(false, keys);
        // python3 -c 'print({5, 3, 100, 1, 9})' prints {1, 3, 100, 5, 9}
        assert_eq!(ints(&s), vec![1, 3, 100, 5, 9]);
    }
}
