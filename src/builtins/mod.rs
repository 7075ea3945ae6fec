//! Builtins: the functions and types every program sees, the native methods of the
//! built-in types, `open()`, and the built-in modules (`sys`, `itertools`, `inspect`).
//! The layer above the VM; [`install`] puts it into an interpreter (docs/architecture.md).

pub mod codecs;
mod construct;
mod dynamic;
mod functions;
pub mod io;
pub mod methods;
pub mod modules;
pub mod oserror;

use std::cell::RefCell;
use std::rc::Rc;

pub use functions::sort_values as functions_sort;

use crate::objects::class::{types, Types};
use crate::objects::frame::Deliver;
use crate::objects::func::Builtin;
use crate::objects::{Class, ExcKind, KwArgs, Namespace, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Installs the builtins into an interpreter: the built-in types' methods and
/// constructors (once per thread, as the types are), then the builtins namespace.
pub fn install(vm: &mut Vm) {
    let t = types();
    if t.object.constructor.get().is_none() {
        install_types(&t);
    }
    let mut ns = vm.builtins.borrow_mut();
    for def in functions::FUNCTIONS {
        ns.insert(
            def.name.into(),
            Value::Builtin(Rc::new(Builtin { def, bound: None })),
        );
    }
    for c in [&t.property, &t.staticmethod, &t.classmethod]
        .into_iter()
        .chain(named_types(&t))
    {
        ns.insert(c.name.clone(), Value::Class(c.clone()));
    }
    for c in &t.exceptions {
        ns.insert(c.name.clone(), Value::Class(c.clone()));
    }
    let os_error = Value::Class(t.exc(crate::objects::ExcKind::OSError));
    ns.insert("IOError".into(), os_error.clone());
    ns.insert("EnvironmentError".into(), os_error);
    ns.insert("NotImplemented".into(), not_implemented());
    ns.insert("Ellipsis".into(), singleton(types().ellipsis.clone()));
    ns.insert("__name__".into(), Value::str("builtins"));
    drop(ns);
    modules::register(vm);
}

/// The built-in types that are names in `builtins` and construct through
/// [`construct::construct`].
fn named_types(t: &Types) -> [&Rc<Class>; 15] {
    [
        &t.object,
        &t.type_,
        &t.bool_,
        &t.int,
        &t.float,
        &t.str_,
        &t.bytes,
        &t.bytearray,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
    ]
}

/// Fills the built-in classes' dicts and constructor slots.
fn install_types(t: &Types) {
    methods::install(t);
    t.property.add_methods(functions::PROPERTY_METHODS);
    let unnamed = [
        &t.none,
        &t.function,
        &t.builtin_function,
        &t.method,
        &t.generator,
        &t.module,
        &t.frame,
        &t.code,
        &t.cell,
        &t.iterator,
    ];
    for c in named_types(t)
        .into_iter()
        .chain(unnamed)
        .chain(&t.dict_views)
    {
        c.constructor.set(Some(construct::construct));
    }
    t.property
        .constructor
        .set(Some(|vm, _, a, kw| functions::property(vm, &a, &kw)));
    t.staticmethod
        .constructor
        .set(Some(|vm, _, a, kw| functions::staticmethod(vm, &a, &kw)));
    t.classmethod
        .constructor
        .set(Some(|vm, _, a, kw| functions::classmethod(vm, &a, &kw)));
}

thread_local! {
    static NOT_IMPLEMENTED: Value = singleton(types().notimpl.clone());
}

/// The one instance of a singleton class (`NotImplemented`, `Ellipsis`).
fn singleton(class: Rc<Class>) -> Value {
    Value::Instance(Rc::new(crate::objects::Instance {
        class,
        dict: RefCell::new(Namespace::default()),
        exc: None,
        base: None,
    }))
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    NOT_IMPLEMENTED.with(|v| v.clone())
}

/// `__build_class__(body, name, *bases, **kw)`: runs the class body in a fresh
/// namespace, creates the class and fills the `__class__` cell for `super()`.
fn build_class(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (Some(Value::Function(body)), Some(Value::Str(name))) = (a.first(), a.get(1)) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "__build_class__: bad arguments",
        ));
    };
    if kw.iter().any(|(k, _)| &**k == "metaclass") {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "metaclasses are not supported",
        ));
    }
    let mut bases = Vec::new();
    for b in &a[2..] {
        match b {
            Value::Class(c) => bases.push(c.clone()),
            other => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("bases must be types, not {}", other.type_name()),
                ))
            }
        }
    }
    check_bases(&bases)?;
    if bases.is_empty() {
        bases.push(types().object.clone());
    }
    let ns = Rc::new(RefCell::new(Namespace::default()));
    ns.borrow_mut().insert("__module__".into(), body.module());
    let mut frame = vm.frame_for_call(body, vec![], vec![])?;
    frame.class_ns = Some(ns.clone());
    frame.deliver = Deliver::Native;
    let cell = vm.run_frame(frame)?;
    let qualname: Rc<str> = ns
        .borrow()
        .get("__qualname__")
        .and_then(|q| q.as_str().map(Rc::from))
        .unwrap_or_else(|| Rc::from(name.as_str()));
    let mut dict = std::mem::take(&mut *ns.borrow_mut());
    // Defining __eq__ without __hash__ sets __hash__ to None (instances unhashable).
    if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
        dict.insert("__hash__".into(), Value::None);
    }
    let class =
        Class::user(Rc::from(name.as_str()), qualname, bases.clone(), dict).ok_or_else(|| {
            let names: Vec<&str> = bases.iter().map(|b| &*b.name).collect();
            PyErr::new(
                ExcKind::TypeError,
                format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ),
            )
        })?;
    if let Value::Cell(c) = cell {
        *c.borrow_mut() = Value::Class(class.clone());
    }
    let owner = Value::Class(class.clone());
    let members: Vec<(Rc<str>, Value)> = class
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (name, value) in members {
        if let Value::Instance(d) = &value {
            if d.class.builtin.is_none() && d.class.lookup_slot("__set_name__").is_some() {
                let m = vm.get_attr(&value, "__set_name__")?;
                vm.call(&m, vec![owner.clone(), Value::str(&name)], vec![])?;
            }
        }
    }
    // The parent's __init_subclass__ (implicitly a class method) sees the new class.
    if let Some(init_sub) = class
        .mro_tail
        .iter()
        .find_map(|c| c.dict.borrow().get("__init_subclass__").cloned())
    {
        let f = match init_sub {
            Value::Instance(cm) if Rc::ptr_eq(&cm.class, &types().classmethod) => cm
                .dict
                .borrow()
                .get("__func__")
                .cloned()
                .unwrap_or_default(),
            other => other,
        };
        vm.call(&f, vec![owner.clone()], kw.to_vec())?;
    }
    Ok(owner)
}

/// Refuses the bases a class cannot have: built-in types CPython does not allow as
/// a base (`bool`, `range`, ...), those genpy does not support yet, and bases whose
/// instances would hold different built-in values (`class X(list, dict)`).
fn check_bases(bases: &[Rc<Class>]) -> PyResult<()> {
    use crate::objects::class::BuiltinType as B;
    let mut layout: Option<&Rc<Class>> = None;
    for c in bases {
        let held = match c.builtin {
            None | Some(B::Object) => c.base_type.as_ref(),
            Some(B::Exception) => None,
            Some(k) if k.holds_values() => Some(c),
            Some(
                B::Bool
                | B::NoneType
                | B::Range
                | B::Slice
                | B::Function
                | B::BuiltinFunction
                | B::Method
                | B::Generator
                | B::Frame
                | B::Code
                | B::Cell,
            ) => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("type '{}' is not an acceptable base type", c.name),
                ))
            }
            Some(_) => {
                return Err(PyErr::new(
                    ExcKind::NotImplementedError,
                    format!(
                        "subclassing the built-in type '{}' is not supported",
                        c.name
                    ),
                ))
            }
        };
        let conflict = match (layout, held) {
            (Some(a), Some(b)) => !Rc::ptr_eq(a, b),
            _ => false,
        } || (held.is_some() && bases.iter().any(|b| b.exc_kind.is_some()));
        if conflict {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "multiple bases have instance lay-out conflict",
            ));
        }
        layout = layout.or(held);
    }
    Ok(())
}

/// The class and receiver of a zero-argument `super()` call, read from the calling frame.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let frame = vm
        .frames
        .last()
        .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "super(): no arguments"))?;
    let code = &frame.code;
    let class = code
        .freevars
        .iter()
        .position(|f| &**f == "__class__")
        .map(|i| frame.cells[code.cellvars.len() + i].borrow().clone())
        .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "super(): __class__ cell not found"))?;
    if code.argcount == 0 {
        return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
    }
    let receiver = match code.cell_params.iter().find(|(_, p)| *p == 0) {
        Some((ci, _)) => frame.cells[*ci].borrow().clone(),
        None => frame.locals[0].clone(),
    };
    Ok((class, receiver))
}

/// A `super` proxy object.
fn make_super(cls: Value, obj: Value) -> PyResult<Value> {
    let mut dict = Namespace::default();
    dict.insert("__thisclass__".into(), cls);
    dict.insert("__self__".into(), obj);
    Ok(Value::Instance(Rc::new(crate::objects::Instance {
        class: types().super_.clone(),
        dict: RefCell::new(dict),
        exc: None,
        base: None,
    })))
}
