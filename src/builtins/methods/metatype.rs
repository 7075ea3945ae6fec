//! The methods of `type` that a metaclass inherits and calls through `super()`:
//! `__new__` (make a class), `__init__`, `__call__` (make an instance), and the
//! default `__instancecheck__` / `__subclasscheck__`.

use crate::objects::NameKeys;
use std::rc::Rc;

use crate::objects::args;
use crate::objects::class::types;
use crate::objects::func::MethodDef;
use crate::objects::{Class, ExcKind, KwArgs, Namespace, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The methods of `type`.
pub static METHODS: &[MethodDef] = &[
    MethodDef::new("__new__", type_new),
    MethodDef::new("__init__", type_init),
    MethodDef::new("__call__", type_call),
    MethodDef::new("__instancecheck__", instancecheck),
    MethodDef::new("__subclasscheck__", subclasscheck),
];

/// The receiver of `type.NAME(cls, ...)`, with CPython's errors when it is missing
/// or not a class.
fn receiver(a: &[Value], name: &str) -> PyResult<Rc<Class>> {
    match a.first() {
        Some(Value::Class(c)) => Ok(c.clone()),
        Some(other) => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "descriptor '{name}' requires a 'type' object but received a '{}'",
                other.type_name()
            ),
        )),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!("descriptor '{name}' of 'type' object needs an argument"),
        )),
    }
}

/// `type.__new__(meta, name, bases, namespace, **kw)`.
fn type_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let meta = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        Some(other) => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "type.__new__(X): X is not a type object ({})",
                    other.type_name()
                ),
            ))
        }
        None => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "type.__new__(): not enough arguments",
            ))
        }
    };
    if a.len() != 4 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                a.len() - 1
            ),
        ));
    }
    class_from_args(vm, &meta, &a[1..], kw)
}

/// `type(name, bases, namespace, **kw)` made by metaclass `meta` (or a more derived
/// metaclass of the bases): the arguments' CPython checks, then `Vm::make_class`.
pub fn class_from_args(vm: &mut Vm, meta: &Rc<Class>, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [name, bases, ns] = a else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "type() takes 1 or 3 arguments",
        ));
    };
    let Value::Str(name) = name else {
        return Err(arg_error(1, "str", name));
    };
    let Value::Tuple(bases) = bases else {
        return Err(arg_error(2, "tuple", bases));
    };
    // A dict, or an instance of a dict subclass (a `__prepare__` namespace).
    let ns = match ns {
        Value::Dict(d) => d.clone(),
        Value::Instance(inst) => match inst.base.as_deref() {
            Some(Value::Dict(d)) => d.clone(),
            _ => return Err(arg_error(3, "dict", ns)),
        },
        _ => return Err(arg_error(3, "dict", ns)),
    };
    let mut classes = Vec::new();
    for b in bases.iter() {
        match b {
            Value::Class(c) => classes.push(c.clone()),
            // CPython finds no metaclass for a base that is not a class.
            _ => return Err(crate::vm::classes::metaclass_conflict()),
        }
    }
    let mut dict = Namespace::default();
    for (k, v) in ns.borrow().iter() {
        dict.insert(super::super::namespace_key(&k.value)?, v.clone());
    }
    if !dict.contains_key("__module__") {
        let module = vm
            .frames
            .last()
            .and_then(|f| f.globals.borrow().get_name("__name__").cloned());
        dict.insert(
            "__module__".into(),
            module.unwrap_or_else(|| Value::str("builtins")),
        );
    }
    let explicit = (!Rc::ptr_eq(meta, &types().type_)).then(|| meta.clone());
    let winner = vm.metaclass_for(explicit, &classes)?;
    // A more derived metaclass of the bases makes the class itself, as in CPython
    // (`type("S", (Sequence,), {})` runs ABCMeta.__new__).
    if let Some(w) = winner.as_ref().filter(|w| !Rc::ptr_eq(w, meta)) {
        let args = vec![
            Value::Str(name.clone()),
            Value::Tuple(bases.clone()),
            a[2].clone(),
        ];
        return vm.call(&Value::Class(w.clone()), args, kw.to_vec());
    }
    let class = vm.make_class(winner, name.as_str(), classes, dict, kw.to_vec())?;
    Ok(Value::Class(class))
}

fn arg_error(n: usize, want: &str, got: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "type.__new__() argument {n} must be {want}, not {}",
            got.type_name()
        ),
    )
}

/// `type.__init__`: the class is complete; any arguments are accepted.
fn type_init(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    receiver(a, "__init__")?;
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: `__new__`, then `__init__` (what calling a
/// class does when its metaclass does not override `__call__`).
fn type_call(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = receiver(a, "__call__")?;
    vm.construct(&cls, a[1..].to_vec(), kw.to_vec())
}

/// `type.__instancecheck__(cls, obj)`: whether `type(obj)` derives from `cls`.
fn instancecheck(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("type.__instancecheck__", a, 1, 1)?;
    let cls = receiver(a, "__instancecheck__")?;
    Ok(Value::Bool(types().class_of(&a[1]).is_subclass(&cls)))
}

/// `type.__subclasscheck__(cls, sub)`: whether `sub` derives from `cls`.
fn subclasscheck(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("type.__subclasscheck__", a, 1, 1)?;
    let cls = receiver(a, "__subclasscheck__")?;
    let Some(Value::Class(sub)) = a.get(1) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "issubclass() arg 1 must be a class",
        ));
    };
    Ok(Value::Bool(sub.is_subclass(&cls)))
}
