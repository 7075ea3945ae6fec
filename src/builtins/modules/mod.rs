//! The built-in modules (the `MODULES` list below) and the Python-written
//! standard library of `lib/` ([`stdlib`]). [`register`] lists each in the VM's
//! registry; the import system (`vm/import.rs`) builds a module on its first import.

mod bz2;
mod cmath;
mod codecs;
mod collections;
mod compressed;
mod csv;
mod functools;
mod gc;
mod gzip;
mod hashlib;
mod importlib;
mod inspect;
mod io;
mod itertools;
mod json;
mod logging;
mod math;
mod os;
mod random;
mod re;
mod sizeof;
mod stdlib;
mod structmod;
mod sys;
mod time;
mod traceback;
mod types;
mod unicodedata;
mod weakref;
mod zlib;

use crate::objects::{Globals, NameKeys};
use std::rc::Rc;

use crate::objects::func::{Builtin, MethodDef};
use crate::objects::{Module, Value};
use crate::vm::import::BuiltinModule;
use crate::vm::Vm;

/// Genpy's built-in modules, in the order `sys.builtin_module_names` lists them: a
/// name and the function building the module. A module of `lib/` with the same name
/// is its Python-written part ([`stdlib`]).
const MODULES: &[BuiltinModule] = &[
    BuiltinModule {
        name: "builtins",
        init: |vm| {
            Ok(Value::Module(Rc::new(Module {
                name: "builtins".into(),
                dict: vm.builtins.clone(),
            })))
        },
    },
    BuiltinModule {
        name: "sys",
        init: |vm| Ok(sys::module(vm)),
    },
    BuiltinModule {
        name: "importlib",
        init: |_| Ok(importlib::module()),
    },
    BuiltinModule {
        name: "itertools",
        init: |_| Ok(itertools::module()),
    },
    BuiltinModule {
        name: "inspect",
        init: |_| Ok(inspect::module()),
    },
    BuiltinModule {
        name: "math",
        init: |_| Ok(math::module()),
    },
    BuiltinModule {
        name: "cmath",
        init: |_| Ok(cmath::module()),
    },
    BuiltinModule {
        name: "unicodedata",
        init: |_| Ok(unicodedata::module()),
    },
    BuiltinModule {
        name: "time",
        init: |_| Ok(time::module()),
    },
    BuiltinModule {
        name: "functools",
        init: |_| Ok(functools::module()),
    },
    BuiltinModule {
        name: "collections",
        init: |_| Ok(collections::module()),
    },
    BuiltinModule {
        name: "random",
        init: |_| Ok(random::module()),
    },
    BuiltinModule {
        name: "_re",
        init: |_| Ok(re::module()),
    },
    BuiltinModule {
        name: "_json",
        init: |_| Ok(json::module()),
    },
    BuiltinModule {
        name: "_csv",
        init: |_| Ok(csv::module()),
    },
    BuiltinModule {
        name: "_os",
        init: |_| Ok(os::module()),
    },
    BuiltinModule {
        name: "io",
        init: |vm| Ok(io::module(vm)),
    },
    BuiltinModule {
        name: "_logging",
        init: |_| Ok(logging::module()),
    },
    BuiltinModule {
        name: "zlib",
        init: |_| Ok(zlib::module()),
    },
    BuiltinModule {
        name: "_gzip",
        init: |_| Ok(gzip::module()),
    },
    BuiltinModule {
        name: "_bz2",
        init: |_| Ok(bz2::module()),
    },
    BuiltinModule {
        name: "_hashlib",
        init: |_| Ok(hashlib::module()),
    },
    BuiltinModule {
        name: "_struct",
        init: |_| Ok(structmod::module()),
    },
    BuiltinModule {
        name: "gc",
        init: |_| Ok(gc::module()),
    },
    BuiltinModule {
        name: "_weakref",
        init: |_| Ok(weakref::module()),
    },
    BuiltinModule {
        name: "_codecs",
        init: |_| Ok(codecs::module()),
    },
    BuiltinModule {
        name: "_traceback",
        init: |_| Ok(traceback::module()),
    },
    BuiltinModule {
        name: "_types",
        init: |_| Ok(types::module()),
    },
];

/// Lists the built-in modules in the VM's registry and puts `builtins` and `sys` into
/// `sys.modules`, where CPython has them from the start.
pub fn register(vm: &mut Vm) {
    for m in MODULES {
        vm.register_module(*m);
    }
    stdlib::register(vm);
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
    dict: Globals,
    name: &str,
    funcs: &'static [MethodDef],
    consts: Vec<(&str, Value)>,
) -> Value {
    let mut ns = dict.borrow_mut();
    ns.set_name("__name__", Value::str(name));
    ns.set_name("__doc__", crate::builtins::help::module_doc(name));
    for def in funcs {
        ns.set_name(
            def.name,
            Value::Builtin(Rc::new(Builtin { def, bound: None })),
        );
    }
    for (k, v) in consts {
        ns.set_name(k, v);
    }
    drop(ns);
    Value::Module(Rc::new(Module {
        name: name.into(),
        dict,
    }))
}
