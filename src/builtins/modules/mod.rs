//! The built-in modules and `import`: `sys`, `itertools`, `inspect`, `math`, `time`,
//! `functools`. Modules are created on first import and cached.

mod functools;
mod inspect;
mod itertools;
mod math;
mod random;
mod sys;
mod time;

use std::cell::RefCell;
use std::rc::Rc;

use crate::compile::{compile_source, Mode};
use crate::objects::func::{Builtin, MethodDef};
use crate::objects::{ExcKind, Module, Namespace, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A module value holding native functions and constants.
pub fn native_module(name: &str, funcs: &'static [MethodDef], consts: Vec<(&str, Value)>) -> Value {
    let mut ns = Namespace::default();
    ns.insert("__name__".into(), Value::str(name));
    for def in funcs {
        ns.insert(
            def.name.into(),
            Value::Builtin(Rc::new(Builtin { def, bound: None })),
        );
    }
    for (k, v) in consts {
        ns.insert(k.into(), v);
    }
    Value::Module(Rc::new(Module {
        name: name.into(),
        dict: Rc::new(RefCell::new(ns)),
    }))
}

impl Vm {
    /// `import name`.
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        let m = match name {
            "sys" => sys::module(self),
            "itertools" => self.with_python_part(
                itertools::module(),
                "itertools",
                include_str!("py/itertools.py"),
            )?,
            "inspect" => inspect::module(),
            "math" => math::module(),
            "time" => time::module(),
            "random" => random::module(),
            "functools" => self.with_python_part(
                functools::module(),
                "functools",
                include_str!("py/functools.py"),
            )?,
            _ => {
                return Err(PyErr::new(
                    ExcKind::ModuleNotFoundError,
                    format!("No module named '{name}'"),
                ))
            }
        };
        self.modules.insert(name.to_string(), m.clone());
        Ok(m)
    }

    /// Runs a module's Python-written part (`py/NAME.py`) in its namespace.
    fn with_python_part(&mut self, module: Value, name: &str, source: &str) -> PyResult<Value> {
        let Value::Module(m) = &module else {
            return Ok(module);
        };
        let code = compile_source(source, &format!("<{name}>"), Mode::Exec).map_err(|e| {
            PyErr::new(
                ExcKind::SyntaxError,
                format!("in built-in module {name}: {}", e.message()),
            )
        })?;
        self.run_module(code, m.dict.clone())?;
        Ok(module)
    }

    /// `from module import name`.
    pub(crate) fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        let Value::Module(m) = module else {
            return Err(PyErr::new(
                ExcKind::ImportError,
                format!("cannot import name '{name}'"),
            ));
        };
        m.dict.borrow().get(name).cloned().ok_or_else(|| {
            PyErr::new(
                ExcKind::ImportError,
                format!(
                    "cannot import name '{name}' from '{}' (unknown location)",
                    m.name
                ),
            )
        })
    }

    /// `from module import *`.
    pub(crate) fn import_star(&mut self, module: &Value) {
        let Value::Module(m) = module else { return };
        let Some(globals) = self.frames.last().map(|f| f.globals.clone()) else {
            return;
        };
        for (k, v) in m.dict.borrow().iter() {
            if !k.starts_with('_') {
                globals.borrow_mut().insert(k.clone(), v.clone());
            }
        }
    }
}
