//! Paths and directories: the working directory, listing, making and removing
//! directories and files, renaming, `stat`, permissions and times, links, and the
//! byte-for-byte copy `shutil.copyfile` needs. Every OS error goes through
//! `oserror::from_io` with the path (or both paths) it concerns.

use std::fs;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};

use super::{name_value, path_arg, uint, Accepts};
use crate::builtins::oserror;
use crate::objects::args;
use crate::objects::{KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The OSError for `e` on `path`.
fn error(e: &std::io::Error, path: &str) -> PyErr {
    oserror::from_io(e, Some(Value::str(path)), None)
}

/// The OSError for `e` on the two paths of a rename, link or copy.
fn error2(e: &std::io::Error, src: &str, dst: &str) -> PyErr {
    oserror::from_io(e, Some(Value::str(src)), Some(Value::str(dst)))
}

/// `fspath(path)`: a str as it is, else its `__fspath__()`.
pub fn fspath_fn(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("fspath", a, 1, 1)?;
    crate::builtins::fspath::fspath_or_error(vm, &a[0])
}

/// `getcwd()`.
pub fn getcwd(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("getcwd", a, 0, 0)?;
    let dir = std::env::current_dir().map_err(|e| oserror::from_io(&e, None, None))?;
    name_value(dir.as_os_str())
}

/// `chdir(path)`.
pub fn chdir(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("chdir", a, 1, 1)?;
    let path = path_arg(vm, &a[0], "chdir", Accepts::PathOrFd)?;
    std::env::set_current_dir(&path).map_err(|e| error(&e, &path))?;
    Ok(Value::None)
}

/// `listdir(path)`: the names in the directory, in the order the system lists them.
pub fn listdir(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("listdir", a, 1, 1)?;
    let path = path_arg(vm, &a[0], "listdir", Accepts::PathFdOrNone)?;
    let mut names = Vec::new();
    for entry in fs::read_dir(&path).map_err(|e| error(&e, &path))? {
        let entry = entry.map_err(|e| error(&e, &path))?;
        names.push(name_value(&entry.file_name())?);
    }
    Ok(Value::list(names))
}

/// `mkdir(path, mode)`.
pub fn mkdir(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("mkdir", a, 2, 2)?;
    let path = path_arg(vm, &a[0], "mkdir", Accepts::Path)?;
    let mode = args::int(&a[1], "")?;
    fs::DirBuilder::new()
        .mode(mode as u32)
        .create(&path)
        .map_err(|e| error(&e, &path))?;
    Ok(Value::None)
}

/// `rmdir(path)`.
pub fn rmdir(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("rmdir", a, 1, 1)?;
    let path = path_arg(vm, &a[0], "rmdir", Accepts::Path)?;
    fs::remove_dir(&path).map_err(|e| error(&e, &path))?;
    Ok(Value::None)
}

/// `remove(path, fname)`: unlinks a file (`os.remove` and `os.unlink`, named by
/// `fname` in errors).
pub fn remove(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("remove", a, 2, 2)?;
    let fname = args::str(&a[1], "remove()")?.to_string();
    let path = path_arg(vm, &a[0], &fname, Accepts::Path)?;
    fs::remove_file(&path).map_err(|e| error(&e, &path))?;
    Ok(Value::None)
}

/// `rename(src, dst, fname)`: `os.rename` and `os.replace` (the same call on POSIX,
/// named by `fname` in errors).
pub fn rename(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("rename", a, 3, 3)?;
    let fname = args::str(&a[2], "rename()")?.to_string();
    let src = path_arg(vm, &a[0], &fname, Accepts::Path)?;
    let dst = path_arg(vm, &a[1], &fname, Accepts::Path)?;
    fs::rename(&src, &dst).map_err(|e| error2(&e, &src, &dst))?;
    Ok(Value::None)
}

/// `stat(path, follow_symlinks)`: the 19 fields of an `os.stat_result`, in its order.
pub fn stat(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("stat", a, 2, 2)?;
    let follow = vm.truthy(&a[1])?;
    let fname = if follow { "stat" } else { "lstat" };
    let path = path_arg(vm, &a[0], fname, Accepts::PathOrFd)?;
    let meta = if follow {
        fs::metadata(&path)
    } else {
        fs::symlink_metadata(&path)
    };
    Ok(stat_fields(&meta.map_err(|e| error(&e, &path))?))
}

/// The fields of an `os.stat_result` for `m`: mode, inode, device, links, owner,
/// group, size, the three times in whole seconds, as floats (CPython's
/// `sec + nsec * 1e-9`) and in nanoseconds, block size, blocks and device type.
pub fn stat_fields(m: &fs::Metadata) -> Value {
    let times = [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ];
    let mut fields = vec![
        Value::Int(m.mode().into()),
        uint(m.ino()),
        uint(m.dev()),
        uint(m.nlink()),
        Value::Int(m.uid().into()),
        Value::Int(m.gid().into()),
        uint(m.size()),
    ];
    fields.extend(times.iter().map(|&(s, _)| Value::Int(s)));
    fields.extend(
        times
            .iter()
            .map(|&(s, ns)| Value::Float(s as f64 + ns as f64 * 1e-9)),
    );
    fields.extend(
        times
            .iter()
            .map(|&(s, ns)| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns)),
    );
    fields.extend([uint(m.blksize()), uint(m.blocks()), uint(m.rdev())]);
    Value::tuple(fields)
}

/// `access(path, mode)`: whether the process may use the path so (`F_OK`, `R_OK`,
/// `W_OK`, `X_OK` or'ed together).
pub fn access(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("access", a, 2, 2)?;
    let path = path_arg(vm, &a[0], "access", Accepts::Path)?;
    let mode = args::int(&a[1], "")?;
    let Ok(bits) = u32::try_from(mode) else {
        return Ok(Value::Bool(false));
    };
    let access = rustix::fs::Access::from_bits_retain(bits);
    Ok(Value::Bool(
        rustix::fs::access(path.as_str(), access).is_ok(),
    ))
}

/// `chmod(path, mode)`.
pub fn chmod(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("chmod", a, 2, 2)?;
    let path = path_arg(vm, &a[0], "chmod", Accepts::PathOrFd)?;
    let mode = args::int(&a[1], "")?;
    fs::set_permissions(&path, fs::Permissions::from_mode(mode as u32))
        .map_err(|e| error(&e, &path))?;
    Ok(Value::None)
}

/// `utime(path, times, follow_symlinks)`: `times` is None (now) or the access and
/// modification times in nanoseconds.
pub fn utime(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    use rustix::fs::{AtFlags, Timespec, Timestamps, CWD, UTIME_NOW};
    args::count("utime", a, 3, 3)?;
    let path = path_arg(vm, &a[0], "utime", Accepts::PathOrFd)?;
    let at = |ns: &Value| -> PyResult<Timespec> {
        let ns = args::int(ns, "")?;
        Ok(Timespec {
            tv_sec: ns.div_euclid(1_000_000_000),
            tv_nsec: ns.rem_euclid(1_000_000_000),
        })
    };
    let times = match &a[1] {
        Value::Tuple(t) if t.len() == 2 => Timestamps {
            last_access: at(&t[0])?,
            last_modification: at(&t[1])?,
        },
        _ => {
            let now = Timespec {
                tv_sec: 0,
                tv_nsec: UTIME_NOW,
            };
            Timestamps {
                last_access: now,
                last_modification: now,
            }
        }
    };
    let flags = if vm.truthy(&a[2])? {
        AtFlags::empty()
    } else {
        AtFlags::SYMLINK_NOFOLLOW
    };
    // CPython 3.11's utime names no file in its errors.
    rustix::fs::utimensat(CWD, path.as_str(), &times, flags)
        .map_err(|e| oserror::from_io(&e.into(), None, None))?;
    Ok(Value::None)
}

/// `readlink(path)`: where a symbolic link points.
pub fn readlink(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("readlink", a, 1, 1)?;
    let path = path_arg(vm, &a[0], "readlink", Accepts::Path)?;
    let target = fs::read_link(&path).map_err(|e| error(&e, &path))?;
    name_value(target.as_os_str())
}

/// `symlink(src, dst)`: makes `dst` a symbolic link to `src`.
pub fn symlink(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("symlink", a, 2, 2)?;
    let src = path_arg(vm, &a[0], "symlink", Accepts::Path)?;
    let dst = path_arg(vm, &a[1], "symlink", Accepts::Path)?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| error2(&e, &src, &dst))?;
    Ok(Value::None)
}

/// `link(src, dst)`: makes `dst` a hard link to `src`.
pub fn link(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("link", a, 2, 2)?;
    let src = path_arg(vm, &a[0], "link", Accepts::Path)?;
    let dst = path_arg(vm, &a[1], "link", Accepts::Path)?;
    fs::hard_link(&src, &dst).map_err(|e| error2(&e, &src, &dst))?;
    Ok(Value::None)
}

/// `copyfile(src, dst)`: copies the bytes of file `src` to `dst` (made or truncated;
/// its permissions are not copied), refusing a directory on either side as opening
/// it would in CPython.
pub fn copyfile(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("copyfile", a, 2, 2)?;
    let src = path_arg(vm, &a[0], "copyfile", Accepts::Path)?;
    let dst = path_arg(vm, &a[1], "copyfile", Accepts::Path)?;
    let mut from = fs::File::open(&src).map_err(|e| error(&e, &src))?;
    if from.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(oserror::with_errno(21, Some(Value::str(&src)), None));
    }
    let mut to = fs::File::create(&dst).map_err(|e| error(&e, &dst))?;
    std::io::copy(&mut from, &mut to).map_err(|e| error(&e, &dst))?;
    Ok(Value::None)
}

/// `disk_usage(path)`: the total, used and free bytes of the file system holding
/// `path`, as `shutil.disk_usage` reports them.
pub fn disk_usage(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("disk_usage", a, 1, 1)?;
    let path = path_arg(vm, &a[0], "statvfs", Accepts::PathOrFd)?;
    let st = rustix::fs::statvfs(path.as_str()).map_err(|e| error(&e.into(), &path))?;
    let total = st.f_blocks.saturating_mul(st.f_frsize);
    let used = (st.f_blocks.saturating_sub(st.f_bfree)).saturating_mul(st.f_frsize);
    let free = st.f_bavail.saturating_mul(st.f_frsize);
    Ok(Value::tuple(vec![uint(total), uint(used), uint(free)]))
}
