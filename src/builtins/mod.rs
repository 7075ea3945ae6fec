//! Builtins: the functions and types every program sees, the native methods of the
//! built-in types, `open()`, and the built-in modules (`sys`, `itertools`, `inspect`).
//! The layer above the VM; [`install`] puts it into an interpreter (docs/architecture.md).

pub mod codecs;
mod complex;
mod construct;
mod dynamic;
mod exceptiongroup;
pub mod fds;
pub mod fspath;
mod functions;
pub mod help;
pub mod io;
pub mod methods;
pub mod modules;
pub use crate::objects::oserror;

use crate::objects::NameKeys;
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
        ns.set_name(
            def.name,
            Value::Builtin(Rc::new(Builtin { def, bound: None })),
        );
    }
    for c in [&t.property, &t.staticmethod, &t.classmethod]
        .into_iter()
        .chain(named_types(&t))
    {
        ns.set_name(&c.name, Value::Class(c.clone()));
    }
    for c in &t.exceptions {
        ns.set_name(&c.name, Value::Class(c.clone()));
    }
    let os_error = Value::Class(t.exc(crate::objects::ExcKind::OSError));
    ns.set_name("IOError", os_error.clone());
    ns.set_name("EnvironmentError", os_error);
    ns.set_name(
        "complex",
        Value::Class(crate::objects::complex::complex_class()),
    );
    ns.set_name("NotImplemented", not_implemented());
    ns.set_name("Ellipsis", singleton(types().ellipsis.clone()));
    ns.set_name("__name__", Value::str("builtins"));
    drop(ns);
    vm.native_docs = help::docs::DOCS;
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
    complex::install();
    exceptiongroup::install();
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
        dict: crate::objects::Attrs::default(),
        exc: None,
        base: None,
    }))
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    NOT_IMPLEMENTED.with(|v| v.clone())
}

/// `__build_class__(body, name, *bases, **kw)`: finds the metaclass, prepares the
/// namespace (`__prepare__`), runs the class body in it, and makes the class: by
/// `type.__new__` for plain classes, else by calling the metaclass (or whatever
/// callable `metaclass=` names) with the name, bases and namespace.
fn build_class(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (Some(Value::Function(body)), Some(Value::Str(name))) = (a.first(), a.get(1)) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "__build_class__: bad arguments",
        ));
    };
    let explicit = kw
        .iter()
        .find(|(k, _)| &**k == "metaclass")
        .map(|(_, v)| v.clone());
    let kw: Vec<(Rc<str>, Value)> = kw
        .iter()
        .filter(|(k, _)| &**k != "metaclass")
        .cloned()
        .collect();
    let mut bases = Vec::new();
    for b in &a[2..] {
        match b {
            Value::Class(c) => bases.push(c.clone()),
            // `class Registry(dict[str, int])`: the alias's class (its __mro_entries__).
            Value::Native(n)
                if n.downcast::<crate::objects::generic::GenericAlias>()
                    .is_some() =>
            {
                if let Some(g) = n.downcast::<crate::objects::generic::GenericAlias>() {
                    bases.push(g.origin.clone());
                }
            }
            other => match vm.lookup_method(other, "__mro_entries__") {
                // `class Stack(Generic[T])`: an object standing for the classes it names.
                Some(m) => {
                    let entries = vm.call(&m, vec![Value::tuple(a[2..].to_vec())], vec![])?;
                    let Value::Tuple(ref entries) = entries else {
                        return Err(PyErr::new(
                            ExcKind::TypeError,
                            "__mro_entries__ must return a tuple",
                        ));
                    };
                    for e in entries.iter() {
                        match e {
                            Value::Class(c) => bases.push(c.clone()),
                            e => {
                                return Err(PyErr::new(
                                    ExcKind::TypeError,
                                    format!("bases must be types, not {}", e.type_name()),
                                ))
                            }
                        }
                    }
                }
                None => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("bases must be types, not {}", other.type_name()),
                    ))
                }
            },
        }
    }
    let bases_tuple = Value::tuple(bases.iter().cloned().map(Value::Class).collect());
    let resolved =
        bases.len() == a.len() - 2 && a[2..].iter().all(|b| matches!(b, Value::Class(_)));
    // A metaclass that is not a class (a function) is called as it is.
    let meta = match explicit {
        Some(Value::Class(ref m)) => vm.metaclass_for(Some(m.clone()), &bases)?.map(Value::Class),
        Some(callable) => Some(callable),
        None => vm.metaclass_for(None, &bases)?.map(Value::Class),
    };
    // The namespace the body runs in: the mapping the metaclass's `__prepare__`
    // returns (stored into through its `__setitem__`), else a plain namespace.
    let mapping = match &meta {
        Some(Value::Class(m)) if m.lookup("__prepare__").is_some() => {
            let prepare = vm.get_attr(&Value::Class(m.clone()), "__prepare__")?;
            let args = vec![Value::Str(name.clone()), bases_tuple.clone()];
            let ns = vm.call(&prepare, args, kw.clone())?;
            if !matches!(ns, Value::Dict(_) | Value::Instance(_) | Value::Native(_)) {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "{}.__prepare__() must return a mapping, not {}",
                        m.name,
                        ns.type_name()
                    ),
                ));
            }
            Some(ns)
        }
        _ => None,
    };
    let ns = crate::objects::gc::tracked_dict_rc(Default::default());
    let mut entries = vec![("__module__", body.module())];
    if !resolved {
        entries.push(("__orig_bases__", Value::tuple(a[2..].to_vec())));
    }
    for (k, v) in entries {
        match &mapping {
            Some(m) => vm.set_item(m, Value::str(k), v)?,
            None => {
                ns.borrow_mut().set_name(k, v);
            }
        }
    }
    let mut frame = vm.frame_for_call(body, vec![], vec![])?;
    frame.class_ns = Some(ns.clone());
    frame.class_mapping = mapping.clone();
    frame.deliver = Deliver::Native;
    let cell = vm.run_frame(frame)?;
    if let Value::Cell(_) = cell {
        match &mapping {
            Some(m) => vm.set_item(m, Value::str("__classcell__"), cell)?,
            None => {
                ns.borrow_mut().set_name("__classcell__", cell);
            }
        }
    }
    match meta {
        None => {
            let mut dict = Namespace::default();
            for (k, v) in std::mem::take(&mut *ns.borrow_mut()) {
                dict.insert(namespace_key(&k.value)?, v);
            }
            let class = vm.make_class(None, name.as_str(), bases, dict, kw)?;
            Ok(Value::Class(class))
        }
        Some(meta) => {
            let ns = mapping.unwrap_or(Value::Dict(ns));
            vm.call(&meta, vec![Value::Str(name.clone()), bases_tuple, ns], kw)
        }
    }
}

/// A class namespace's key from a dict key (`__prepare__`'s dict, `type()`'s third
/// argument): attribute names are strings.
pub fn namespace_key(k: &Value) -> PyResult<Rc<str>> {
    k.as_str().map(Rc::from).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("attribute name must be string, not '{}'", k.type_name()),
        )
    })
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
    Ok(Value::Instance(crate::objects::gc::tracked_instance(
        crate::objects::Instance {
            class: types().super_.clone(),
            dict: crate::objects::Attrs::new(dict),
            exc: None,
            base: None,
        },
    )))
}
