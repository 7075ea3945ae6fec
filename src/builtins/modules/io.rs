//! `io`: `open` (the builtin itself), `StringIO`, `BytesIO`, `TextIOWrapper`, the
//! buffered file classes, the abstract classes of the hierarchy,
//! `UnsupportedOperation` and the `SEEK_*` constants. The objects live in
//! builtins/io/.

use super::native_module;
use crate::builtins::io::binary::{self, BinaryKind};
use crate::builtins::io::{base_class, stringio, text, unsupported_class, IoBase};
use crate::objects::NameKeys;
use crate::objects::Value;
use crate::vm::Vm;

/// Builds the `io` module.
pub fn module(vm: &mut Vm) -> Value {
    let open = vm
        .builtins
        .borrow()
        .get_name("open")
        .cloned()
        .unwrap_or_default();
    let class = |c| Value::Class(c);
    native_module(
        "io",
        &[],
        vec![
            ("open", open),
            ("StringIO", class(stringio::class())),
            ("BytesIO", class(binary::class(BinaryKind::BytesIO))),
            ("TextIOWrapper", class(text::class())),
            ("BufferedReader", class(binary::class(BinaryKind::Reader))),
            ("BufferedWriter", class(binary::class(BinaryKind::Writer))),
            ("BufferedRandom", class(binary::class(BinaryKind::Random))),
            ("FileIO", class(binary::class(BinaryKind::FileIO))),
            ("IOBase", class(base_class(IoBase::Io))),
            ("RawIOBase", class(base_class(IoBase::Raw))),
            ("BufferedIOBase", class(base_class(IoBase::Buffered))),
            ("TextIOBase", class(base_class(IoBase::Text))),
            ("UnsupportedOperation", class(unsupported_class())),
            ("SEEK_SET", Value::Int(0)),
            ("SEEK_CUR", Value::Int(1)),
            ("SEEK_END", Value::Int(2)),
            ("DEFAULT_BUFFER_SIZE", Value::Int(8192)),
        ],
    )
}
