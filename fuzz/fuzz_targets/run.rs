//! Compiling and running a program under sandbox limits (steps and memory, as
//! `--max-steps` and `--max-memory` set them), with its stdout captured, then shutting
//! the interpreter down as `genpy` does. The traceback of an uncaught exception is
//! formatted (that is part of what is tested) but not printed.
#![no_main]

use genpy::vm::{limits, output::Output};
use genpy::Interpreter;
use libfuzzer_sys::fuzz_target;

/// Counts the heap, so that `--max-memory` applies here as in the binary.
#[global_allocator]
static ALLOC: limits::CountingAlloc = limits::CountingAlloc;

/// Steps (loop rounds and calls) a program may take: enough for the golden programs'
/// loops, few enough that a mutant's endless loop ends in milliseconds.
const MAX_STEPS: u64 = 200_000;

/// Heap growth a program may have, in MB.
const MAX_MEMORY_MB: u64 = 256;

fuzz_target!(|data: &[u8]| {
    let text = genpy_fuzz::source_text(data);
    genpy_fuzz::on_interpreter_stack(|| {
        limits::set_max_steps(MAX_STEPS);
        limits::set_max_memory(MAX_MEMORY_MB);
        limits::restart();
        let mut interp = Interpreter::with_output(vec!["fuzz.py".into()], Output::captured());
        let _ = interp.run_source(&text, "fuzz.py");
        interp.finish();
        drop(interp.take_output());
    });
});
