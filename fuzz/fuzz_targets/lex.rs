//! The lexer and the layout pass (NEWLINE/INDENT/DEDENT): every token to the end or
//! to the first error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = genpy_fuzz::source_text(data);
    genpy_fuzz::on_interpreter_stack(|| {
        for token in genpy::syntax::layout::Layout::new(&text) {
            if token.is_err() {
                break;
            }
        }
    });
});
