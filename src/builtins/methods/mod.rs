//! Native methods of the built-in types, looked up by name. Each type has a static
//! table; `find` picks the table by the receiver's type.

mod dict;
mod list;
mod misc;
mod set;
mod str;

use std::rc::Rc;

use crate::objects::class::{BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::Value;

/// The native method `name` of `obj`'s type, if it has one.
pub fn find(obj: &Value, name: &str) -> Option<&'static MethodDef> {
    table_of(obj)?.iter().find(|m| m.name == name)
}

/// The names of the native methods of `obj`'s type.
pub fn names_of(obj: &Value) -> Vec<&'static str> {
    table_of(obj).map_or_else(Vec::new, |t| t.iter().map(|m| m.name).collect())
}

fn table_of(obj: &Value) -> Option<&'static [MethodDef]> {
    let table: &'static [MethodDef] = match obj {
        Value::Str(_) => str::METHODS,
        Value::List(_) => list::METHODS,
        Value::Tuple(_) => list::TUPLE_METHODS,
        Value::Dict(_) => dict::METHODS,
        Value::Set(_) => set::METHODS,
        Value::Generator(_) => misc::GENERATOR_METHODS,
        Value::Iter(_) => misc::ITER_METHODS,
        Value::File(_) => crate::builtins::io::METHODS,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => misc::INT_METHODS,
        Value::Float(_) => misc::FLOAT_METHODS,
        Value::Range(_) => misc::RANGE_METHODS,
        Value::DictView(_) => misc::VIEW_METHODS,
        Value::Slice(_) => misc::SLICE_METHODS,
        _ => return None,
    };
    Some(table)
}

/// An unbound native method looked up on a built-in class (`str.upper`, `dict.fromkeys`).
pub fn find_for_class(c: &Rc<Class>, name: &str) -> Option<&'static MethodDef> {
    let table: &'static [MethodDef] = match c.builtin? {
        BuiltinType::Str => str::METHODS,
        BuiltinType::List => list::METHODS,
        BuiltinType::Tuple => list::TUPLE_METHODS,
        BuiltinType::Dict => dict::METHODS,
        BuiltinType::Set | BuiltinType::FrozenSet => set::METHODS,
        BuiltinType::Int | BuiltinType::Bool => misc::INT_METHODS,
        BuiltinType::Float => misc::FLOAT_METHODS,
        BuiltinType::Exception => misc::EXCEPTION_METHODS,
        BuiltinType::Object => misc::OBJECT_METHODS,
        _ => return None,
    };
    table.iter().find(|m| m.name == name)
}
