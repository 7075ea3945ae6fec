//! The Python-written standard library: the modules of the repository's `lib/`
//! folder, compiled into the binary by `build.rs`. A module there with the name of a
//! built-in module is that module's Python-written part. See docs/architecture.md.

use crate::vm::import::FrozenModule;
use crate::vm::Vm;

include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));

/// Lists every module of `lib/` in the VM's registry.
pub fn register(vm: &mut Vm) {
    for m in STDLIB {
        vm.register_frozen(*m);
    }
}
