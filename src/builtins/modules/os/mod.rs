//! `_os`: the native half of `os` (`lib/os.py` builds the module on it, as CPython's
//! `os` is built on `posix`). Its functions take positional arguments only and
//! answer with plain values (a stat is a tuple of numbers, a directory entry a
//! tuple); `os.py` gives them CPython's signatures and types (`stat_result`,
//! `DirEntry`, `environ`). Files: [`files`] (paths and directories), [`scandir`]
//! (the lazy directory iterator), [`process`] (the environment, the process, file
//! descriptors).

mod files;
mod process;
mod scandir;

use super::native_module;
use crate::builtins::fspath::fspath;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Builds the `_os` module.
pub fn module() -> Value {
    native_module("_os", FUNCS, process::constants())
}

static FUNCS: &[MethodDef] = &[
    MethodDef::new("fspath", files::fspath_fn),
    MethodDef::new("getcwd", files::getcwd),
    MethodDef::new("chdir", files::chdir),
    MethodDef::new("listdir", files::listdir),
    MethodDef::new("scandir", scandir::scandir),
    MethodDef::new("mkdir", files::mkdir),
    MethodDef::new("rmdir", files::rmdir),
    MethodDef::new("remove", files::remove),
    MethodDef::new("rename", files::rename),
    MethodDef::new("stat", files::stat),
    MethodDef::new("access", files::access),
    MethodDef::new("chmod", files::chmod),
    MethodDef::new("utime", files::utime),
    MethodDef::new("readlink", files::readlink),
    MethodDef::new("symlink", files::symlink),
    MethodDef::new("link", files::link),
    MethodDef::new("copyfile", files::copyfile),
    MethodDef::new("disk_usage", files::disk_usage),
    MethodDef::new("environ", process::environ),
    MethodDef::new("putenv", process::putenv),
    MethodDef::new("unsetenv", process::unsetenv),
    MethodDef::new("getpid", process::getpid),
    MethodDef::new("cpu_count", process::cpu_count),
    MethodDef::new("ids", process::ids),
    MethodDef::new("umask", process::umask),
    MethodDef::new("uname", process::uname),
    MethodDef::new("get_terminal_size", process::get_terminal_size),
    MethodDef::new("strerror", process::strerror),
    MethodDef::new("open", process::open),
    MethodDef::new("close", process::close),
    MethodDef::new("fstat", process::fstat),
];

/// What a path argument may be, for CPython's TypeError wording.
#[derive(Clone, Copy)]
enum Accepts {
    /// A str or path-like object.
    Path,
    /// Those or a file descriptor, which genpy's `os` does not take.
    PathOrFd,
    /// Those or None (`listdir`, `scandir`), meaning the current directory.
    PathFdOrNone,
}

/// The path argument `v` of os function `fname` as a Rust string, with CPython's
/// TypeError ("mkdir: path should be string, bytes or os.PathLike, not int").
fn path_arg(vm: &mut Vm, v: &Value, fname: &str, accepts: Accepts) -> PyResult<String> {
    match (v, accepts) {
        (Value::None, Accepts::PathFdOrNone) => return Ok(".".into()),
        (Value::Int(_) | Value::Bool(_), Accepts::PathOrFd | Accepts::PathFdOrNone) => {
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                format!("os.{fname}() of a file descriptor is not supported"),
            ))
        }
        _ => {}
    }
    match fspath(vm, v) {
        Some(path) => {
            let path = path?.as_str().unwrap_or_default().to_string();
            if path.contains('\0') {
                return Err(PyErr::new(ExcKind::ValueError, "embedded null byte"));
            }
            Ok(path)
        }
        None => {
            let what = match accepts {
                Accepts::Path => "string, bytes or os.PathLike",
                Accepts::PathOrFd => "string, bytes, os.PathLike or integer",
                Accepts::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
            };
            Err(PyErr::new(
                ExcKind::TypeError,
                format!("{fname}: path should be {what}, not {}", v.type_name()),
            ))
        }
    }
}

/// A file name from the operating system as a str; genpy's str cannot hold the bytes
/// of a name that is not UTF-8 (CPython's surrogate escapes), so those are refused.
fn name_value(name: &std::ffi::OsStr) -> PyResult<Value> {
    match name.to_str() {
        Some(s) => Ok(Value::str(s)),
        None => Err(PyErr::new(
            ExcKind::NotImplementedError,
            format!("the file name {name:?} is not UTF-8, which genpy's str cannot hold"),
        )),
    }
}

/// An unsigned number from the operating system as an int.
fn uint(n: u64) -> Value {
    Value::from_bigint(n.into())
}
