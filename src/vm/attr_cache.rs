//! The inline caches of `LoadAttr` and `StoreAttr` on instances of user classes. The
//! general lookup (`vm/attr.rs`) first searches the class's MRO (a data descriptor
//! there wins over the instance), then the instance dict: two hashed lookups for a
//! load, three for a store (with the `__setattr__` check). A site's [`AttrCache`]
//! remembers, per class and class epoch, that the class has no attribute of that name,
//! and where in the instance dict the name was found last, so that a hit is a class
//! check and one indexed read (or write) of the dict, whether the instance's
//! attributes are inline or the shared dict of its `__dict__` (`objects/attrs.rs`).
//! See docs/architecture.md.

use std::rc::Rc;

use super::Vm;
use crate::objects::code::AttrCache;
use crate::objects::{Instance, PyResult, Value};

/// The instances the caches serve: of a user class, not an exception, not a subclass
/// of a built-in type with a value inside (their lookups have more steps).
fn plain_instance(obj: &Value) -> Option<&Rc<Instance>> {
    match obj {
        Value::Instance(inst)
            if inst.class.builtin.is_none() && inst.exc.is_none() && inst.base.is_none() =>
        {
            Some(inst)
        }
        _ => None,
    }
}

impl Vm {
    /// `LoadAttr(i)`: `obj.name` for `name = code.names[i]` of the running code. Kept
    /// out of the run loop, whose register allocation it would otherwise perturb.
    #[inline(never)]
    pub(super) fn load_attr_op(&mut self, obj: &Value, i: usize) -> PyResult<Value> {
        let code = self.frames.last().expect("frame").code.clone();
        let name = &code.names[i];
        let cache = &code.attr_cache[i];
        let Some(inst) = plain_instance(obj) else {
            return self.get_attr(obj, name);
        };
        let class = Rc::as_ptr(&inst.class) as usize;
        if cache.holds(class, AttrCache::LOAD) {
            let d = inst.dict.inline();
            if let Some((k, v)) = d.get_index(cache.index.get() as usize) {
                if **k == **name {
                    return Ok(v.clone());
                }
            }
            if let Some((at, _, v)) = d.get_full(&**name) {
                cache.index.set(at as u32);
                return Ok(v.clone());
            }
            drop(d);
            if let Some(v) = inst.dict.get_shared_hinted(name, &cache.index) {
                return Ok(v);
            }
            // Not in the instance: the general lookup raises or calls `__getattr__`.
            return self.get_attr(obj, name);
        }
        let v = self.get_attr(obj, name)?;
        if inst.class.lookup(name).is_none() && inst.class.lookup_slot("__getattribute__").is_none()
        {
            if let Some(at) = inst.dict.index_of(name) {
                cache.learn(class, AttrCache::LOAD);
                cache.index.set(at as u32);
            }
        }
        Ok(v)
    }

    /// `StoreAttr(i)`: `obj.name = value` for `name = code.names[i]` of the running code.
    #[inline(never)]
    pub(super) fn store_attr_op(&mut self, obj: &Value, i: usize, value: Value) -> PyResult<()> {
        let code = self.frames.last().expect("frame").code.clone();
        let name = &code.names[i];
        let cache = &code.attr_cache[i];
        let Some(inst) = plain_instance(obj) else {
            return self.set_attr(obj, name, value);
        };
        let class = Rc::as_ptr(&inst.class) as usize;
        if cache.holds(class, AttrCache::STORE) {
            // The old value is dropped with the storage no longer borrowed.
            drop(inst.dict.set_hinted(name, value, &cache.index));
            return Ok(());
        }
        self.set_attr(obj, name, value)?;
        let cls = &inst.class;
        if cls.lookup(name).is_none() && cls.lookup_slot("__setattr__").is_none() {
            if let Some(at) = inst.dict.index_of(name) {
                cache.learn(class, AttrCache::STORE);
                cache.index.set(at as u32);
            }
        }
        Ok(())
    }
}
