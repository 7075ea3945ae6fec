//! Name lookup: fast locals' unbound errors, globals and builtins through the
//! per-name cache, class-body names, and NameError with the names in scope that a
//! "Did you mean" is chosen from when the error is printed.

use std::rc::Rc;

use super::Vm;
use crate::objects::exc::MissingName;
use crate::objects::{ExcKind, Globals, HashKey, NameKeys, PyErr, PyResult, Value};

/// `NameError: name 'x' is not defined`.
pub fn name_error(name: &str) -> PyErr {
    PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"))
}

impl Vm {
    /// NameError for a free variable read before assignment.
    pub(super) fn unbound_deref(&self, i: usize) -> PyErr {
        let code = &self.frames.last().expect("frame").code;
        let name = if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars[i - code.cellvars.len()].clone()
        };
        if i < code.cellvars.len() {
            PyErr::new(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            PyErr::new(
                ExcKind::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// `LoadGlobal`: globals, then builtins, through the per-name cache (the cached
    /// slots here, the lookups in [`Vm::load_global_miss`]).
    #[inline(always)]
    pub(super) fn load_global(&self, i: u32) -> PyResult<Value> {
        let frame = self.frames.last().expect("frame");
        let cache = &frame.code.global_cache[i as usize];
        let globals = frame.globals.borrow();
        if let Some((k, v)) = globals.get_index(cache.slot.get() as usize) {
            if same_name(k, &cache.key) {
                return Ok(v.clone());
            }
        }
        if cache.builtin_len.get() == globals.len() as u32 + 1
            && cache.epoch.get() == self.globals_epoch
            && cache.globals.get() == Rc::as_ptr(&frame.globals) as usize
        {
            if let Some((_, v)) = self
                .builtins
                .borrow()
                .get_index(cache.builtin_slot.get() as usize)
            {
                return Ok(v.clone());
            }
        }
        drop(globals);
        self.load_global_miss(i)
    }

    /// `LoadGlobal` when the cache does not answer: looks the name up in the
    /// globals, then the builtins, and fills the cache.
    #[inline(never)]
    fn load_global_miss(&self, i: u32) -> PyResult<Value> {
        let frame = self.frames.last().expect("frame");
        let cache = &frame.code.global_cache[i as usize];
        let globals = frame.globals.borrow();
        if let Some((idx, _, v)) = globals.get_full(&cache.key) {
            cache.slot.set(idx as u32);
            return Ok(v.clone());
        }
        if let Some(own) = self.own_builtins(&globals) {
            // Not cached: the cache indexes the interpreter's builtins.
            let found = own.borrow().get(&cache.key).cloned();
            return found.ok_or_else(|| self.name_error(&frame.code.names[i as usize]));
        }
        match self.builtins.borrow().get_full(&cache.key) {
            Some((idx, _, v)) => {
                cache.builtin_slot.set(idx as u32);
                cache.builtin_len.set(globals.len() as u32 + 1);
                cache.epoch.set(self.globals_epoch);
                cache.globals.set(Rc::as_ptr(&frame.globals) as usize);
                Ok(v.clone())
            }
            None => self.builtins_module_or_error(&frame.code.names[i as usize]),
        }
    }

    /// The builtins of code whose globals have a `__builtins__` of their own (a dict,
    /// or a module's namespace), as `exec(src, {'__builtins__': {...}})` gives it;
    /// `None` when they are the interpreter's (or the entry is missing or neither).
    fn own_builtins(&self, globals: &crate::objects::Dict) -> Option<Globals> {
        let own = match globals.get_name("__builtins__")? {
            Value::Dict(d) => d,
            Value::Module(m) => &m.dict,
            _ => return None,
        };
        (!Rc::ptr_eq(own, &self.builtins)).then(|| own.clone())
    }

    /// Records that a key was removed from a dict, which may be a module's globals
    /// (or the builtins): cached builtin lookups are checked again.
    pub fn dict_shrunk(&mut self) {
        self.globals_epoch = self.globals_epoch.wrapping_add(1);
    }

    /// `StoreGlobal` (and `StoreName` outside a class body): binds name `i` of the
    /// running code in its globals.
    #[inline]
    pub(super) fn store_global(&mut self, i: u32, v: Value) {
        let frame = self.frames.last().expect("frame");
        let cache = &frame.code.global_cache[i as usize];
        let mut globals = frame.globals.borrow_mut();
        let old = match globals.get_index_mut(cache.slot.get() as usize) {
            Some((k, slot)) if same_name(k, &cache.key) => Some(std::mem::replace(slot, v)),
            _ => {
                let (idx, old) = globals.insert_full(cache.key.clone(), v);
                cache.slot.set(idx as u32);
                old
            }
        };
        // The value replaced is dropped once the globals are no longer borrowed.
        drop(globals);
        drop(old);
    }

    /// `DeleteGlobal` (and `DeleteName` outside a class body).
    pub(super) fn delete_global(&mut self, i: u32) -> PyResult<()> {
        let frame = self.frames.last().expect("frame");
        let cache = &frame.code.global_cache[i as usize];
        let removed = frame.globals.borrow_mut().shift_remove(&cache.key);
        if removed.is_none() {
            return Err(name_error(&frame.code.names[i as usize]));
        }
        drop(removed);
        self.dict_shrunk();
        Ok(())
    }

    /// The last resort of a name lookup: `__builtins__` is the `builtins` module (as
    /// in CPython's `__main__`), anything else a NameError.
    fn builtins_module_or_error(&self, name: &str) -> PyResult<Value> {
        match self.loaded_module("builtins") {
            Some(m) if name == "__builtins__" => Ok(m),
            _ => Err(self.name_error(name)),
        }
    }

    /// `NameError: name 'x' is not defined`, keeping the names in scope (the running
    /// frame's locals, then its globals, then the builtins) for CPython's suggestion.
    pub fn name_error(&self, name: &str) -> PyErr {
        let err = name_error(name);
        let Some(frame) = self.frames.last() else {
            return err;
        };
        let locals: Vec<Rc<str>> =
            if frame.class_ns.is_some() || frame.code.name.as_ref() == "<module>" {
                Vec::new()
            } else {
                let code = &frame.code;
                let bound = code
                    .varnames
                    .iter()
                    .zip(&frame.locals)
                    .filter(|(_, v)| !matches!(v, Value::Undef))
                    .map(|(n, _)| n);
                let cells = code.cellvars.iter().chain(&code.freevars);
                bound.chain(cells).cloned().collect()
            };
        let names = |d: &Globals| d.borrow().names().map(|(k, _)| k.into()).collect();
        let globals = names(&frame.globals);
        let builtins = names(&self.builtins);
        err.data_mut().missing_name = Some(MissingName {
            name: name.into(),
            scopes: vec![locals, globals, builtins],
        });
        err
    }

    /// Builtin lookup after a global miss (`LoadName`).
    pub(super) fn load_builtin(&self, i: u32) -> PyResult<Value> {
        let frame = self.frames.last().expect("frame");
        let key = &frame.code.global_cache[i as usize].key;
        let own = self.own_builtins(&frame.globals.borrow());
        let found = own
            .as_ref()
            .unwrap_or(&self.builtins)
            .borrow()
            .get(key)
            .cloned();
        match found {
            Some(v) => Ok(v),
            None => self.builtins_module_or_error(&frame.code.names[i as usize]),
        }
    }

    /// Class-body lookup when `__prepare__` gave the body a mapping: the mapping's
    /// `__getitem__` (a KeyError moves on), then globals, builtins.
    pub(super) fn load_mapped_name(&mut self, i: u32) -> PyResult<Value> {
        let frame = self.frames.last().expect("frame");
        let name = Value::str(&frame.code.names[i as usize]);
        let mapping = frame.class_mapping.clone().unwrap_or_default();
        match self.get_item(&mapping, &name) {
            Err(e) if e.matches(ExcKind::KeyError) => {
                let frame = self.frames.last().expect("frame");
                let key = &frame.code.global_cache[i as usize].key;
                if let Some(v) = frame.globals.borrow().get(key) {
                    return Ok(v.clone());
                }
                self.load_builtin(i)
            }
            r => r,
        }
    }

    /// `LoadName`: the class namespace in a class body, then globals and builtins.
    pub(super) fn load_name(&self, i: u32) -> PyResult<Value> {
        let frame = self.frames.last().expect("frame");
        if let Some(ns) = &frame.class_ns {
            if let Some(v) = ns.borrow().get(&frame.code.global_cache[i as usize].key) {
                return Ok(v.clone());
            }
        }
        self.load_global(i)
    }
}

/// Whether the globals key `k` is the name `key`: by pointer when both come from
/// one compilation, else by text.
#[inline(always)]
fn same_name(k: &HashKey, key: &HashKey) -> bool {
    match (&k.value, &key.value) {
        (Value::Str(a), Value::Str(b)) if Rc::ptr_eq(a, b) => true,
        _ => same_text(k, key),
    }
}

/// [`same_name`] for keys that are not one object.
#[inline(never)]
fn same_text(k: &HashKey, key: &HashKey) -> bool {
    match (&k.value, &key.value) {
        (Value::Str(a), Value::Str(b)) => k.hash == key.hash && a.as_str() == b.as_str(),
        _ => false,
    }
}
