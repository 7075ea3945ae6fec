//! The parser, as a module (`exec`) and as an `eval()` expression.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = genpy_fuzz::source_text(data);
    genpy_fuzz::on_interpreter_stack(|| {
        let _ = genpy::syntax::parse(&text);
        let _ = genpy::syntax::parse_expression(&text);
    });
});
