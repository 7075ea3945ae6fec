//! What the fuzz targets share: how an input becomes source text, and running the
//! work on a thread with the stack the `genpy` binary gives its interpreter.

/// The input as source text: bytes that are not UTF-8 become U+FFFD, so that every
/// mutation reaches the lexer (genpy reads a file as UTF-8 and rejects one that is
/// not before any of this runs).
pub fn source_text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Runs `work` on a thread with [`genpy::STACK_SIZE`] of stack, as `genpy` runs its
/// interpreter, so that nesting the binary survives is no crash here. A panic on that
/// thread is passed on, for libFuzzer to report.
pub fn on_interpreter_stack(work: impl FnOnce() + Send) {
    std::thread::scope(|s| {
        let worker = std::thread::Builder::new()
            .stack_size(genpy::STACK_SIZE)
            .spawn_scoped(s, work)
            .expect("spawn the interpreter thread");
        if let Err(panic) = worker.join() {
            std::panic::resume_unwind(panic);
        }
    });
}
