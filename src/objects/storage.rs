//! The heap storage of lists, tuples and dicts: thin wrappers over their items (they
//! dereference to them) whose `Drop` frees the items through the trashcan
//! ([`super::trashcan`]), so that freeing a deeply nested structure does not recurse
//! once per level. Only the drop of a container's own storage pays for that, not the
//! drop of every `Value`.

use std::cell::RefCell;
use std::ops::{Deref, DerefMut};

use super::dict::Dict;
use super::trashcan;
use super::Value;

/// A list's items (`Value::List`).
#[derive(Debug, Default)]
pub struct ListData(pub RefCell<Vec<Value>>);

/// A tuple's items (`Value::Tuple`).
#[derive(Debug, Default)]
pub struct TupleData(pub Vec<Value>);

/// A dict's entries (`Value::Dict`).
#[derive(Debug, Default)]
pub struct DictData(pub RefCell<Dict>);

impl ListData {
    /// The storage of a list of `items`.
    pub fn new(items: Vec<Value>) -> ListData {
        ListData(RefCell::new(items))
    }
}

impl DictData {
    /// The storage of the dict `d`.
    pub fn new(d: Dict) -> DictData {
        DictData(RefCell::new(d))
    }
}

impl Deref for ListData {
    type Target = RefCell<Vec<Value>>;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Deref for TupleData {
    type Target = Vec<Value>;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl DerefMut for TupleData {
    #[inline]
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl Deref for DictData {
    type Target = RefCell<Dict>;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Drop for ListData {
    fn drop(&mut self) {
        trashcan::release(std::mem::take(self.0.get_mut()));
    }
}

impl Drop for TupleData {
    fn drop(&mut self) {
        trashcan::release(std::mem::take(&mut self.0));
    }
}

impl Drop for DictData {
    fn drop(&mut self) {
        trashcan::release(std::mem::take(self.0.get_mut()));
    }
}
