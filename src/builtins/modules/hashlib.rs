//! `_hashlib`, the native half of `lib/hashlib.py`: `digest(name, data)`, the
//! MD5, SHA-1 or SHA-2 digest of a bytes-like object, for the algorithms `names()`
//! lists.

use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static HASHLIB: &[MethodDef] = &[
    MethodDef::new("digest", digest),
    MethodDef::new("names", names),
];

/// The algorithms `digest` computes, by hashlib name.
const NAMES: &[&str] = &["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

/// Builds the `_hashlib` module.
pub fn module() -> Value {
    native_module("_hashlib", HASHLIB, vec![])
}

/// `names()`: the algorithm names `digest` accepts.
fn names(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("names", a, 0, 0)?;
    Ok(Value::list(NAMES.iter().map(|n| Value::str(n)).collect()))
}

/// `digest(name, data)`: the digest of `data` by the algorithm `name`.
fn digest(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("digest", a, 2, 2)?;
    let Some(name) = a[0].as_str() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "the algorithm name must be a str",
        ));
    };
    let Some(data) = a[1].as_bytes() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "object supporting the buffer API required",
        ));
    };
    let out = match name {
        "md5" => Md5::digest(&*data).to_vec(),
        "sha1" => Sha1::digest(&*data).to_vec(),
        "sha224" => Sha224::digest(&*data).to_vec(),
        "sha256" => Sha256::digest(&*data).to_vec(),
        "sha384" => Sha384::digest(&*data).to_vec(),
        "sha512" => Sha512::digest(&*data).to_vec(),
        other => {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("unsupported hash type {other}"),
            ))
        }
    };
    Ok(Value::bytes(out))
}
