//! `dict` methods.

use std::rc::Rc;

use crate::objects::args;
use crate::objects::class::types;
use crate::objects::dict::{DictView, ViewKind};
use crate::objects::func::MethodDef;
use crate::objects::{Dict, DictData, ExcKind, HashKey, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The methods of `dict`.
pub static METHODS: &[MethodDef] = &[
    MethodDef::new("get", get),
    MethodDef::no_args("items", items),
    MethodDef::no_args("keys", keys),
    MethodDef::no_args("values", values),
    MethodDef::new("setdefault", setdefault),
    MethodDef::new("pop", pop),
    MethodDef::no_args("popitem", popitem),
    MethodDef::new("update", update),
    MethodDef::no_args("clear", clear),
    MethodDef::no_args("copy", copy),
    MethodDef::class_method("fromkeys", fromkeys),
    MethodDef::new("__len__", len),
    MethodDef::new("__contains__", contains),
    MethodDef::new("__init__", init),
];

fn this(a: &[Value]) -> PyResult<Rc<DictData>> {
    match a.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a 'dict' object",
        )),
    }
}

fn key_error(k: &Value) -> PyErr {
    PyErr::with_args(types().exc(ExcKind::KeyError), vec![k.clone()])
}

fn get(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("get", a, 1, 2)?;
    let d = this(a)?;
    let k = vm.dict_key(&d, a[1].clone())?;
    let found = d.borrow().get(&k).cloned();
    Ok(found.unwrap_or_else(|| a.get(2).cloned().unwrap_or_default()))
}

fn view(a: &[Value], kind: ViewKind) -> PyResult<Value> {
    Ok(Value::DictView(Rc::new(DictView {
        dict: this(a)?,
        kind,
    })))
}

fn items(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    view(a, ViewKind::Items)
}

fn keys(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    view(a, ViewKind::Keys)
}

fn values(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    view(a, ViewKind::Values)
}

fn setdefault(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("setdefault", a, 1, 2)?;
    let d = this(a)?;
    let k = vm.dict_key(&d, a[1].clone())?;
    let default = a.get(2).cloned().unwrap_or_default();
    let v = d.borrow_mut().entry(k).or_insert(default).clone();
    Ok(v)
}

fn pop(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("pop", a, 1, 2)?;
    let d = this(a)?;
    let k = vm.dict_key(&d, a[1].clone())?;
    let removed = d.borrow_mut().shift_remove(&k);
    vm.dict_shrunk();
    match (removed, a.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(key_error(&a[1])),
    }
}

fn popitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    let last = d.borrow_mut().pop();
    vm.dict_shrunk();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(PyErr::new(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

/// `dict.__init__(self, [src], **kw)`: adds the items as `update` does (how a
/// subclass's instance gets them: `Registry(a=1)`).
fn init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("dict", a.get(1..).unwrap_or_default(), 0, 1)?;
    fill(vm, a, kw)
}

fn update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_positional("update", a, 0, 1)?;
    fill(vm, a, kw)
}

/// Adds the items of `a[1]` (a mapping or an iterable of pairs) and of `kw` to `a[0]`.
fn fill(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    let mut tmp = Dict::default();
    if let Some(src) = a.get(1) {
        vm.update_dict(&mut tmp, src)?;
    }
    for (k, v) in kw {
        tmp.insert(HashKey::new(Value::str(k))?, v.clone());
    }
    vm.dict_extend(&d, tmp)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let old = std::mem::take(&mut *this(a)?.borrow_mut());
    vm.dict_shrunk();
    drop(old);
    Ok(Value::None)
}

fn copy(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::dict(this(a)?.borrow().clone()))
}

fn fromkeys(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("fromkeys", a, 1, 2)?;
    let (iterable, value) = (&a[1], a.get(2).cloned().unwrap_or_default());
    let mut d = Dict::default();
    for k in vm.collect(iterable)? {
        let k = vm.new_dict_key(&d, k)?;
        d.insert(k, value.clone());
    }
    Ok(Value::dict(d))
}

fn len(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.borrow().len() as i64))
}

fn contains(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__contains__", a, 1, 1)?;
    let d = this(a)?;
    Ok(Value::Bool(vm.dict_contains(&d, &a[1])?))
}
