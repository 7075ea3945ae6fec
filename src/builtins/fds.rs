//! The file descriptors `os.open` hands out: each is the number of an open
//! `std::fs::File` kept here until `os.close` closes it or `open(fd)` (`os.fdopen`)
//! takes it over, so no descriptor is ever used after it was closed. Other numbers
//! are `[Errno 9] Bad file descriptor`, whether the process has them open or not.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs;
use std::os::fd::AsRawFd;

use super::oserror;
use crate::objects::PyResult;

thread_local! {
    static OPEN: RefCell<HashMap<i64, fs::File>> = RefCell::new(HashMap::new());
}

/// Keeps `file` open and returns its descriptor.
pub fn add(file: fs::File) -> i64 {
    let fd = i64::from(file.as_raw_fd());
    OPEN.with(|open| open.borrow_mut().insert(fd, file));
    fd
}

/// Takes descriptor `fd` out of the table (to close it, or to wrap it in a file
/// object).
pub fn take(fd: i64) -> PyResult<fs::File> {
    OPEN.with(|open| open.borrow_mut().remove(&fd))
        .ok_or_else(|| oserror::with_errno(9, None, None))
}

/// Runs `f` on the file behind descriptor `fd`.
pub fn with<T>(fd: i64, f: impl FnOnce(&fs::File) -> PyResult<T>) -> PyResult<T> {
    OPEN.with(|open| match open.borrow().get(&fd) {
        Some(file) => f(file),
        None => Err(oserror::with_errno(9, None, None)),
    })
}
