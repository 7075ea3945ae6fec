//! Parsing and compiling a module, and rendering the diagnostic of a source that
//! does not compile (the miette report a user would see).
#![no_main]

use genpy::compile::{compile_source, Mode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = genpy_fuzz::source_text(data);
    genpy_fuzz::on_interpreter_stack(|| {
        if let Err(e) = compile_source(&text, "<fuzz>", Mode::Exec) {
            let _ = genpy::diag::render_source_error(&e);
        }
    });
});
