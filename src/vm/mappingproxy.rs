//! `mappingproxy`: the read-only live view a class's `__dict__` is (CPython's), and
//! what `types.MappingProxyType(d)` makes of a dict. Reads go to the class namespace
//! (or the dict) as it is at the time, so a later `setattr(C, ...)` is seen; item
//! assignment and deletion raise CPython's TypeError.

use std::rc::Rc;

use super::Vm;
use crate::objects::args;
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::dict::namespace_to_dict;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{DictData, ExcKind, KwArgs, MethodDef, PyErr, PyResult, Value};

/// What a proxy shows.
#[derive(Debug)]
enum Target {
    /// A class's namespace (`C.__dict__`).
    Class(Rc<Class>),
    /// A dict (`types.MappingProxyType(d)`).
    Dict(Rc<DictData>),
}

/// A `mappingproxy` object.
#[derive(Debug)]
pub struct MappingProxy(Target);

thread_local! {
    static CLASS: Rc<Class> = {
        let c = Class::native(
            "builtins",
            "mappingproxy",
            BuiltinType::Native,
            vec![types().object.clone()],
            None,
        );
        c.add_methods(METHODS);
        c.constructor.set(Some(|_, _, a, kw| new(&a, &kw)));
        c
    };
}

/// The class `mappingproxy` (`types.MappingProxyType`).
pub fn class() -> Rc<Class> {
    CLASS.with(Rc::clone)
}

/// `C.__dict__`: a live view of the class's namespace.
pub fn of_class(c: &Rc<Class>) -> Value {
    Native::value(MappingProxy(Target::Class(c.clone())))
}

/// `mappingproxy(mapping)`: of a dict (a subclass's dict included); other mappings
/// are not supported.
fn new(a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("mappingproxy", a, 1, 1)?;
    args::only_kwargs("mappingproxy", kw, &["mapping"])?;
    let dict = match &a[0] {
        Value::Dict(d) => d.clone(),
        Value::Instance(i) if matches!(i.base.as_deref(), Some(Value::Dict(_))) => {
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                "mappingproxy() of a dict subclass is not supported",
            ))
        }
        Value::List(_) | Value::Tuple(_) | Value::Int(_) | Value::Str(_) | Value::None => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "mappingproxy() argument must be a mapping, not {}",
                    a[0].type_name()
                ),
            ))
        }
        _ => {
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                "mappingproxy() of a mapping other than a dict is not supported",
            ))
        }
    };
    Ok(Native::value(MappingProxy(Target::Dict(dict))))
}

impl MappingProxy {
    /// The mapping's contents now, as a dict: the dict itself, or a new dict of the
    /// class namespace.
    fn mapping(&self) -> PyResult<Value> {
        match &self.0 {
            Target::Class(c) => namespace_to_dict(&c.dict.borrow()),
            Target::Dict(d) => Ok(Value::Dict(d.clone())),
        }
    }
}

impl NativeObject for MappingProxy {
    fn class(&self) -> Rc<Class> {
        class()
    }

    fn type_name(&self) -> &'static str {
        "mappingproxy"
    }

    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        Some(
            self.mapping()
                .and_then(|m| vm.repr(&m))
                .map(|r| format!("mappingproxy({r})")),
        )
    }

    fn iter(&self) -> Option<Value> {
        let keys: Vec<Value> = match &self.0 {
            Target::Class(c) => c.dict.borrow().keys().map(|k| Value::str(k)).collect(),
            Target::Dict(d) => d.borrow().keys().map(|k| k.value.clone()).collect(),
        };
        let keys = Rc::new(crate::objects::TupleData(keys));
        Some(crate::objects::NativeIter::Seq(keys, 0, "dict_keyiterator").into_value())
    }

    fn length(&self) -> Option<PyResult<usize>> {
        Some(Ok(match &self.0 {
            Target::Class(c) => c.dict.borrow().len(),
            Target::Dict(d) => d.borrow().len(),
        }))
    }

    fn contains(&self, vm: &mut Vm, needle: &Value) -> Option<PyResult<bool>> {
        Some(match &self.0 {
            Target::Class(c) => Ok(needle
                .as_str()
                .is_some_and(|k| c.dict.borrow().contains_key(k))),
            Target::Dict(d) => vm.contains(&Value::Dict(d.clone()), needle),
        })
    }

    fn getitem(&self, vm: &mut Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(match &self.0 {
            Target::Class(c) => {
                let found = key.as_str().and_then(|k| c.dict.borrow().get(k).cloned());
                found.ok_or_else(|| {
                    PyErr::with_args(types().exc(ExcKind::KeyError), vec![key.clone()])
                })
            }
            Target::Dict(d) => vm.get_item(&Value::Dict(d.clone()), key),
        })
    }

    fn setitem(&self, _: &mut Vm, _: &Value, _: Value) -> Option<PyResult<()>> {
        Some(Err(read_only("item assignment")))
    }

    fn delitem(&self, _: &mut Vm, _: &Value) -> Option<PyResult<()>> {
        Some(Err(read_only("item deletion")))
    }

    fn equals(&self, vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        let mine = match self.mapping() {
            Ok(m) => m,
            Err(e) => return Some(Err(e)),
        };
        let other = match other.downcast::<MappingProxy>() {
            Some(p) => match p.mapping() {
                Ok(m) => m,
                Err(e) => return Some(Err(e)),
            },
            None => other.clone(),
        };
        Some(vm.eq(&mine, &other))
    }
}

/// `TypeError: 'mappingproxy' object does not support item assignment`.
fn read_only(what: &str) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("'mappingproxy' object does not support {what}"),
    )
}

/// The proxy a method was called on.
fn this(a: &[Value]) -> PyResult<&MappingProxy> {
    a.first()
        .and_then(|v| v.downcast::<MappingProxy>())
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a 'mappingproxy'"))
}

/// Calls the dict method `name` on the proxy's mapping, with `a[1..]`.
fn delegate(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    let mapping = this(a)?.mapping()?;
    let method = vm
        .lookup_method(&mapping, name)
        .ok_or_else(|| PyErr::new(ExcKind::AttributeError, name.to_string()))?;
    vm.call(&method, a[1..].to_vec(), vec![])
}

fn keys(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("keys", a, 0, 0)?;
    delegate(vm, a, "keys")
}

fn values(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("values", a, 0, 0)?;
    delegate(vm, a, "values")
}

fn items(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("items", a, 0, 0)?;
    delegate(vm, a, "items")
}

fn get(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("get", a, 1, 2)?;
    delegate(vm, a, "get")
}

fn copy(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("copy", a, 0, 0)?;
    delegate(vm, a, "copy")
}

/// `str(proxy)` is the str of the mapping, as in CPython.
fn str_(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mapping = this(a)?.mapping()?;
    Ok(Value::string(vm.str_of(&mapping)?))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("keys", keys),
    MethodDef::new("values", values),
    MethodDef::new("items", items),
    MethodDef::new("get", get),
    MethodDef::new("copy", copy),
    MethodDef::new("__str__", str_),
];
