//! The file-system path protocol (PEP 519): `os.fspath` and the path arguments of
//! `open()` and the `os` functions, which take a str or an object whose type has
//! `__fspath__` (a `pathlib.Path`, an `os.DirEntry`).

use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// `os.fspath(v)`: a str as it is, else what its type's `__fspath__` returns (which
/// must be a str). `None` when `v` is neither a str nor path-like, so each caller
/// words its own TypeError, as CPython's do.
pub fn fspath(vm: &mut Vm, v: &Value) -> Option<PyResult<Value>> {
    if v.as_str().is_some() {
        return Some(Ok(v.clone()));
    }
    let method = vm.lookup_method(v, "__fspath__")?;
    Some(vm.call(&method, vec![], vec![]).and_then(|path| {
        if path.as_str().is_some() {
            Ok(path)
        } else {
            Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    v.type_name(),
                    path.type_name()
                ),
            ))
        }
    }))
}

/// `os.fspath(v)` with CPython's TypeError for what is not a path: "expected str,
/// bytes or os.PathLike object, not int".
pub fn fspath_or_error(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    fspath(vm, v).unwrap_or_else(|| {
        Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "expected str, bytes or os.PathLike object, not {}",
                v.type_name()
            ),
        ))
    })
}

/// The path `v` names as a Rust string (what `open()` takes), with
/// [`fspath_or_error`]'s TypeError.
pub fn path_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let path = fspath_or_error(vm, v)?;
    Ok(path.as_str().unwrap_or_default().to_string())
}
