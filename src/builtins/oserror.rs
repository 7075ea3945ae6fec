//! OSError and its subclasses from operating-system errors, as CPython raises them
//! (PEP 3151): the subclass chosen by errno, `[Errno N] strerror: 'filename'` text,
//! and the `errno`, `strerror`, `filename` and `filename2` attributes.

use crate::objects::class::types;
use crate::objects::exc::{ExcKind, PyErr};
use crate::objects::Value;

/// The OSError subclass CPython raises for `errno` (Linux numbering).
pub fn kind_for_errno(errno: i32) -> ExcKind {
    match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        3 => ExcKind::ProcessLookupError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        111 => ExcKind::ConnectionRefusedError,
        _ => ExcKind::OSError,
    }
}

/// The C library's message for `errno` (`strerror`): "No such file or directory".
pub fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The OSError (subclass) for an I/O error on `filename` (and `filename2`, for the
/// two-path calls such as `os.rename`), as CPython raises it.
pub fn from_io(e: &std::io::Error, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        // Not from the operating system (an invalid path with a NUL byte, ...).
        let kind = match e.kind() {
            std::io::ErrorKind::InvalidInput => ExcKind::ValueError,
            _ => ExcKind::OSError,
        };
        return PyErr::new(kind, e.to_string());
    };
    with_errno(errno, filename, filename2)
}

/// The OSError (subclass) for `errno` on `filename` (and `filename2`).
pub fn with_errno(errno: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let text = strerror(errno);
    // As in CPython, `args` holds only the errno and the message.
    let args = vec![Value::Int(errno.into()), Value::str(&text)];
    let err = PyErr::with_args(types().exc(kind_for_errno(errno)), args);
    let mut d = err.0.dict.borrow_mut();
    d.insert("errno".into(), Value::Int(errno.into()));
    d.insert("strerror".into(), Value::str(&text));
    d.insert("filename".into(), filename.unwrap_or_default());
    d.insert("filename2".into(), filename2.unwrap_or_default());
    drop(d);
    err
}
