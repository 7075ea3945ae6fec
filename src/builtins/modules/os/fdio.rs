//! Bytes through file descriptors: `read`, `write` and `lseek` on the descriptors of
//! `os.open` (and `read` on 0, `write` on 1 and 2: the process's standard streams,
//! unbuffered, as CPython's), and `urandom`.

use std::io::{Read, Seek, SeekFrom, Write};

use crate::builtins::{fds, oserror};
use crate::objects::args;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

fn io_error(e: std::io::Error) -> PyErr {
    oserror::from_io(&e, None, None)
}

/// A buffer of `n` zero bytes, or MemoryError when it cannot be had (as CPython
/// allocates the whole result first).
fn zeroed(n: usize) -> PyResult<Vec<u8>> {
    let mut buf = Vec::new();
    buf.try_reserve_exact(n)
        .map_err(|_| PyErr::bare(ExcKind::MemoryError))?;
    buf.resize(n, 0);
    Ok(buf)
}

/// `read(fd, n)`: up to `n` bytes (empty at the end of the file).
pub fn read(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("read", a, 2, 2)?;
    let fd = args::int(&a[0], "")?;
    let n = args::int(&a[1], "")?;
    let n = usize::try_from(n).map_err(|_| oserror::with_errno(22, None, None))?;
    let mut buf = zeroed(n)?;
    let got = match fd {
        0 => std::io::stdin().lock().read(&mut buf).map_err(io_error)?,
        _ => fds::with(fd, |mut f| f.read(&mut buf).map_err(io_error))?,
    };
    buf.truncate(got);
    Ok(Value::bytes(buf))
}

/// `write(fd, data)`: writes a bytes-like object and returns how many bytes went.
pub fn write(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("write", a, 2, 2)?;
    let fd = args::int(&a[0], "")?;
    let data = a[1].as_bytes().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "a bytes-like object is required, not '{}'",
                a[1].type_name()
            ),
        )
    })?;
    let sent = match fd {
        1 => std::io::stdout().write(&data).map_err(io_error)?,
        2 => std::io::stderr().write(&data).map_err(io_error)?,
        _ => fds::with(fd, |mut f| f.write(&data).map_err(io_error))?,
    };
    Ok(Value::Int(sent as i64))
}

/// `lseek(fd, pos, how)`: moves the descriptor's position (`SEEK_SET`, `SEEK_CUR`
/// or `SEEK_END`) and returns the new one.
pub fn lseek(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("lseek", a, 3, 3)?;
    let fd = args::int(&a[0], "")?;
    let pos = args::int(&a[1], "")?;
    let target = match (args::int(&a[2], "")?, u64::try_from(pos)) {
        (0, Ok(pos)) => SeekFrom::Start(pos),
        (1, _) => SeekFrom::Current(pos),
        (2, _) => SeekFrom::End(pos),
        _ => return Err(oserror::with_errno(22, None, None)),
    };
    let at = fds::with(fd, |mut f| f.seek(target).map_err(io_error))?;
    Ok(Value::Int(at as i64))
}

/// `urandom(n)`: `n` bytes from the system's random source.
pub fn urandom(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("urandom", a, 1, 1)?;
    let n = args::int(&a[0], "")?;
    let n = usize::try_from(n)
        .map_err(|_| PyErr::new(ExcKind::ValueError, "negative argument not allowed"))?;
    let mut buf = zeroed(n)?;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(io_error)?;
    Ok(Value::bytes(buf))
}
