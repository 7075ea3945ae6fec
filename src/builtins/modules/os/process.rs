//! The process: its environment (read into `os.environ` once, changed by
//! `putenv`/`unsetenv`), its ids, umask, the CPU count, the system's name
//! (`uname`), `strerror`, the terminal's size, and the file descriptors of
//! `os.open`/`os.close`/`os.fstat` (kept in `builtins::fds`), with the `O_*`,
//! `*_OK` and `SEEK_*` constants.

use std::fs;
use std::os::unix::fs::OpenOptionsExt;

use super::{path_arg, Accepts};
use crate::builtins::{fds, oserror};
use crate::objects::args;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The module's constants: `open` flags, `access` modes and `lseek` origins.
pub fn constants() -> Vec<(&'static str, Value)> {
    use rustix::fs::OFlags;
    let flag = |f: OFlags| Value::Int(f.bits().into());
    vec![
        ("O_RDONLY", flag(OFlags::RDONLY)),
        ("O_WRONLY", flag(OFlags::WRONLY)),
        ("O_RDWR", flag(OFlags::RDWR)),
        ("O_APPEND", flag(OFlags::APPEND)),
        ("O_CREAT", flag(OFlags::CREATE)),
        ("O_EXCL", flag(OFlags::EXCL)),
        ("O_TRUNC", flag(OFlags::TRUNC)),
        ("O_NOFOLLOW", flag(OFlags::NOFOLLOW)),
        ("O_NONBLOCK", flag(OFlags::NONBLOCK)),
        ("O_DIRECTORY", flag(OFlags::DIRECTORY)),
        ("O_CLOEXEC", flag(OFlags::CLOEXEC)),
        ("O_ACCMODE", flag(OFlags::ACCMODE)),
        ("F_OK", Value::Int(0)),
        ("R_OK", Value::Int(4)),
        ("W_OK", Value::Int(2)),
        ("X_OK", Value::Int(1)),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
    ]
}

/// `environ()`: the process's environment as `(name, value)` pairs (variables
/// whose name or value is not UTF-8 are left out).
pub fn environ(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("environ", a, 0, 0)?;
    let pairs = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .map(|(k, v)| Value::tuple(vec![Value::string(k), Value::string(v)]))
        .collect();
    Ok(Value::list(pairs))
}

/// A str argument of `putenv`/`unsetenv`, with CPython's errors for another type
/// and for a NUL character.
fn env_str(v: &Value) -> PyResult<&str> {
    let s = v.as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("str expected, not {}", v.type_name()),
        )
    })?;
    if s.contains('\0') {
        return Err(PyErr::new(ExcKind::ValueError, "embedded null byte"));
    }
    Ok(s)
}

/// A variable name `setenv`/`unsetenv` takes: not empty (EINVAL) and without `=`.
fn env_name(v: &Value) -> PyResult<&str> {
    let name = env_str(v)?;
    if name.contains('=') {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "illegal environment variable name",
        ));
    }
    if name.is_empty() {
        return Err(oserror::with_errno(22, None, None));
    }
    Ok(name)
}

/// `putenv(name, value)`: sets a variable of the process's environment.
pub fn putenv(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("putenv", a, 2, 2)?;
    let name = env_name(&a[0])?;
    let value = env_str(&a[1])?;
    std::env::set_var(name, value);
    Ok(Value::None)
}

/// `unsetenv(name)`: removes a variable from the process's environment.
pub fn unsetenv(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("unsetenv", a, 1, 1)?;
    std::env::remove_var(env_name(&a[0])?);
    Ok(Value::None)
}

/// `getpid()`.
pub fn getpid(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("getpid", a, 0, 0)?;
    Ok(Value::Int(std::process::id().into()))
}

/// `ids()`: the process's parent id, real and effective user ids and real and
/// effective group ids (`getppid`, `getuid`, `geteuid`, `getgid`, `getegid`).
pub fn ids(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    use rustix::process as p;
    args::count("ids", a, 0, 0)?;
    let ids = [
        i64::from(p::Pid::as_raw(p::getppid())),
        i64::from(p::getuid().as_raw()),
        i64::from(p::geteuid().as_raw()),
        i64::from(p::getgid().as_raw()),
        i64::from(p::getegid().as_raw()),
    ];
    Ok(Value::tuple(ids.into_iter().map(Value::Int).collect()))
}

/// `umask(mask)`: sets the file-creation mask and returns the previous one.
pub fn umask(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("umask", a, 1, 1)?;
    let mask = args::int(&a[0], "")?;
    let old = rustix::process::umask(rustix::fs::Mode::from_bits_retain(mask as u32));
    Ok(Value::Int(old.bits().into()))
}

/// `uname()`: the system's name, host name, release, version and machine.
pub fn uname(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("uname", a, 0, 0)?;
    let u = rustix::system::uname();
    let fields = [
        u.sysname(),
        u.nodename(),
        u.release(),
        u.version(),
        u.machine(),
    ];
    Ok(Value::tuple(
        fields
            .iter()
            .map(|f| Value::string(f.to_string_lossy().into_owned()))
            .collect(),
    ))
}

/// `get_terminal_size(fd)`: the columns and lines of the terminal on descriptor
/// `fd` (0, 1, 2 or one from `os.open`).
pub fn get_terminal_size(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    use std::os::fd::AsFd;
    args::count("get_terminal_size", a, 1, 1)?;
    let fd = args::int(&a[0], "")?;
    let size = match fd {
        0 => rustix::termios::tcgetwinsize(std::io::stdin().as_fd()),
        1 => rustix::termios::tcgetwinsize(std::io::stdout().as_fd()),
        2 => rustix::termios::tcgetwinsize(std::io::stderr().as_fd()),
        _ => fds::with(fd, |f| Ok(rustix::termios::tcgetwinsize(f.as_fd())))?,
    };
    let size = size.map_err(|e| oserror::from_io(&e.into(), None, None))?;
    Ok(Value::tuple(vec![
        Value::Int(size.ws_col.into()),
        Value::Int(size.ws_row.into()),
    ]))
}

/// `cpu_count()`: the CPUs this process may run on, or None when unknown.
pub fn cpu_count(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("cpu_count", a, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

/// `strerror(code)`: the C library's message for an errno.
pub fn strerror(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("strerror", a, 1, 1)?;
    let code = args::int(&a[0], "")?;
    let code = i32::try_from(code).map_err(|_| {
        PyErr::new(
            ExcKind::OverflowError,
            "signed integer is greater than maximum",
        )
    })?;
    Ok(Value::string(oserror::strerror(code)))
}

/// `open(path, flags, mode)`: opens a file at the system level and returns its
/// descriptor.
pub fn open(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    use rustix::fs::OFlags;
    args::count("open", a, 3, 3)?;
    let path = path_arg(vm, &a[0], "open", Accepts::Path)?;
    let flags = args::int(&a[1], "")?;
    let mode = args::int(&a[2], "")?;
    let flags = OFlags::from_bits_retain(flags as u32);
    let access = flags & OFlags::ACCMODE;
    let mut opts = fs::OpenOptions::new();
    opts.read(access != OFlags::WRONLY)
        .write(access != OFlags::RDONLY)
        // The creation flags go through as given (std refuses O_CREAT without write
        // access, which the system allows).
        .custom_flags((flags - OFlags::ACCMODE).bits() as i32)
        .mode(mode as u32);
    let file = opts
        .open(&path)
        .map_err(|e| oserror::from_io(&e, Some(Value::str(&path)), None))?;
    Ok(Value::Int(fds::add(file)))
}

/// `close(fd)`.
pub fn close(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("close", a, 1, 1)?;
    drop(fds::take(args::int(&a[0], "")?)?);
    Ok(Value::None)
}

/// `fstat(fd)`: the fields of an `os.stat_result` for an open descriptor.
pub fn fstat(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("fstat", a, 1, 1)?;
    fds::with(args::int(&a[0], "")?, |f| {
        let meta = f.metadata().map_err(|e| oserror::from_io(&e, None, None))?;
        Ok(super::files::stat_fields(&meta))
    })
}
