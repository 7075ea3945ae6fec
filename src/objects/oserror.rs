//! OSError and its subclasses from operating-system errors, as CPython raises them
//! (PEP 3151): the subclass chosen by errno, `[Errno N] strerror: 'filename'` text,
//! and the `errno`, `strerror`, `filename` and `filename2` attributes, made by
//! `objects::exc::new_os_error` as `OSError(errno, strerror, filename)` is.

use crate::objects::class::types;
use crate::objects::exc::{new_os_error, ExcKind, PyErr};
use crate::objects::Value;

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

/// The OSError (subclass) for `errno` on `filename` (and `filename2`), made as
/// `OSError(errno, strerror, filename, None, filename2)` is.
pub fn with_errno(errno: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let mut args = vec![Value::Int(errno.into()), Value::string(strerror(errno))];
    if let Some(filename) = filename {
        args.extend([filename, Value::None, filename2.unwrap_or_default()]);
    }
    PyErr(new_os_error(types().exc(ExcKind::OSError), args))
}
