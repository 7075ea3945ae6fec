//! `_codecs`, the native part of `lib/codecs.py`: the canonical name of an encoding
//! as `builtins/codecs.rs` knows it (the text codecs themselves are reached through
//! `str.encode` and `bytes.decode`).

use super::native_module;
use crate::builtins::codecs::Encoding;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{KwArgs, PyResult, Value};
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[MethodDef::new("lookup_name", lookup_name)];

/// Builds the `_codecs` module.
pub fn module() -> Value {
    native_module("_codecs", FUNCS, vec![])
}

/// `lookup_name(encoding)`: the codec's name (`codecs.lookup(e).name`), or
/// LookupError for an unknown encoding.
fn lookup_name(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("lookup_name", kw)?;
    args::count("lookup_name", a, 1, 1)?;
    let name = args::str(&a[0], "lookup_name()")?;
    Ok(Value::str(Encoding::lookup(name)?.codec_name()))
}
