//! The built-in modules: `sys`, `builtins`, `importlib`, `itertools`, `inspect`,
//! `math`, `time`, `functools`, `collections`, `heapq`, `bisect`, `contextlib`,
//! `random`, `typing`. [`register`] lists each in the VM's registry (one line
//! per module); the import system (`vm/import.rs`) builds a module on its first import.

mod collections;
mod functools;
mod importlib;
mod inspect;
mod itertools;
mod math;
mod random;
mod sys;
mod time;

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::func::{Builtin, MethodDef};
use crate::objects::{Module, Namespace, Value};
use crate::vm::import::BuiltinModule;
use crate::vm::Vm;

/// Genpy's built-in modules, in the order `sys.builtin_module_names` lists them: a
/// name, the function building the module, and its Python-written part (`py/`).
const MODULES: &[BuiltinModule] = &[
    BuiltinModule {
        name: "builtins",
        init: |vm| {
            Ok(Value::Module(Rc::new(Module {
                name: "builtins".into(),
                dict: vm.builtins.clone(),
            })))
        },
        python: None,
    },
    BuiltinModule {
        name: "sys",
        init: |vm| Ok(sys::module(vm)),
        python: None,
    },
    BuiltinModule {
        name: "importlib",
        init: |_| Ok(importlib::module()),
        python: None,
    },
    BuiltinModule {
        name: "itertools",
        init: |_| Ok(itertools::module()),
        python: Some(include_str!("py/itertools.py")),
    },
    BuiltinModule {
        name: "inspect",
        init: |_| Ok(inspect::module()),
        python: None,
    },
    BuiltinModule {
        name: "math",
        init: |_| Ok(math::module()),
        python: None,
    },
    BuiltinModule {
        name: "time",
        init: |_| Ok(time::module()),
        python: None,
    },
    BuiltinModule {
        name: "functools",
        init: |_| Ok(functools::module()),
        python: Some(include_str!("py/functools.py")),
    },
    BuiltinModule {
        name: "collections",
        init: |_| Ok(collections::module()),
        python: Some(include_str!("py/collections.py")),
    },
    BuiltinModule {
        name: "heapq",
        init: |_| Ok(native_module("heapq", &[], vec![])),
        python: Some(include_str!("py/heapq.py")),
    },
    BuiltinModule {
        name: "bisect",
        init: |_| Ok(native_module("bisect", &[], vec![])),
        python: Some(include_str!("py/bisect.py")),
    },
    BuiltinModule {
        name: "contextlib",
        init: |_| Ok(native_module("contextlib", &[], vec![])),
        python: Some(include_str!("py/contextlib.py")),
    },
    BuiltinModule {
        name: "random",
        init: |_| Ok(random::module()),
        python: None,
    },
    BuiltinModule {
        name: "typing",
        init: |_| Ok(native_module("typing", &[], vec![])),
        python: Some(include_str!("py/typing.py")),
    },
];

/// Lists the built-in modules in the VM's registry and puts `builtins` and `sys` into
/// `sys.modules`, where CPython has them from the start.
pub fn register(vm: &mut Vm) {
    for m in MODULES {
        vm.register_module(*m);
    }
    for name in ["builtins", "sys"] {
        vm.preload_builtin(name)
            .expect("the builtins and sys modules build without running Python");
    }
}

/// A module value holding native functions and constants.
pub fn native_module(name: &str, funcs: &'static [MethodDef], consts: Vec<(&str, Value)>) -> Value {
    module_in(Rc::default(), name, funcs, consts)
}

/// A module value around the namespace `dict`, with native functions and constants
/// added to it.
fn module_in(
    dict: Rc<RefCell<Namespace>>,
    name: &str,
    funcs: &'static [MethodDef],
    consts: Vec<(&str, Value)>,
) -> Value {
    let mut ns = dict.borrow_mut();
    ns.insert("__name__".into(), Value::str(name));
    ns.insert("__doc__".into(), Value::None);
    for def in funcs {
        ns.insert(
            def.name.into(),
            Value::Builtin(Rc::new(Builtin { def, bound: None })),
        );
    }
    for (k, v) in consts {
        ns.insert(k.into(), v);
    }
    drop(ns);
    Value::Module(Rc::new(Module {
        name: name.into(),
        dict,
    }))
}
