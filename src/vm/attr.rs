//! Attribute access: instances (with properties, static and class methods, and
//! `__getattr__`), classes, modules, functions, generators and their frames, and the
//! native methods of built-in types.

use crate::objects::NameKeys;
use std::rc::Rc;

use super::Vm;
use crate::objects::class::{types, BuiltinType, Class, Instance};
use crate::objects::func::FUNCTION_SLOTS;
use crate::objects::generator::GenState;
use crate::objects::{Builtin, ExcKind, MethodDef, PyErr, PyResult, Value};

/// True for the `property` class (compared without cloning the type registry).
fn is_property(c: &Rc<Class>) -> bool {
    crate::objects::class::with_types(|t| Rc::ptr_eq(c, &t.property))
}

/// `cls.mro()`.
static MRO_METHOD: crate::objects::MethodDef = crate::objects::MethodDef::new("mro", class_mro);

/// `cls.__subclasses__()`.
static SUBCLASSES_METHOD: crate::objects::MethodDef =
    crate::objects::MethodDef::new("__subclasses__", class_subclasses);

fn class_subclasses(_: &mut Vm, a: &[Value], _: &crate::objects::KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.live_subclasses().into_iter().map(Value::Class).collect(),
        )),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "__subclasses__() needs a class",
        )),
    }
}

fn class_mro(_: &mut Vm, a: &[Value], _: &crate::objects::KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Class(c)) => Ok(Value::list(c.mro().into_iter().map(Value::Class).collect())),
        _ => Err(PyErr::new(ExcKind::TypeError, "mro() needs a class")),
    }
}

/// The dunder names every object has (part of `dir()`, so of the suggestions).
const OBJECT_DUNDERS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// What `dir(obj)` would list, sorted (the candidates for a suggestion): the names in
/// the dicts of the object (instances, modules) and of its class's MRO.
pub fn dir_names(obj: &Value) -> Vec<String> {
    let mut names: Vec<String> = match obj {
        Value::Module(m) => m
            .dict
            .borrow()
            .names()
            .map(|(k, _)| k.to_string())
            .collect(),
        Value::Class(c) => class_names(c),
        Value::Instance(inst) => {
            let mut v: Vec<String> = inst.dict.names().iter().map(|k| k.to_string()).collect();
            v.extend(class_names(&inst.class));
            v.extend(["__dict__", "__module__", "__weakref__"].map(String::from));
            v
        }
        other => {
            let mut v = class_names(&types().class_of(other));
            v.extend(data_attribute_names(other).iter().map(|n| n.to_string()));
            v
        }
    };
    names.sort();
    names.dedup();
    names
}

/// The data attributes [`Vm::special_attr`] answers for a value of a built-in type
/// (computed, so in no dict), for `dir()` and the suggestions; a unit test checks that
/// each one resolves.
fn data_attribute_names(v: &Value) -> &'static [&'static str] {
    match v {
        Value::Generator(g) => super::coroutine::data_attribute_names(g.kind.get()),
        Value::FrameView(_) | Value::CallFrame(_) => &[
            "f_back",
            "f_code",
            "f_globals",
            "f_lasti",
            "f_lineno",
            "f_locals",
            "f_trace",
        ],
        Value::Function(_) => &[
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ],
        Value::Code(_) => &[
            "co_argcount",
            "co_filename",
            "co_firstlineno",
            "co_name",
            "co_qualname",
            "co_varnames",
        ],
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            &["denominator", "imag", "numerator", "real"]
        }
        Value::Float(_) => &["imag", "real"],
        Value::Range(_) | Value::Slice(_) => &["start", "step", "stop"],
        _ => &[],
    }
}

/// The names in the dicts along `c`'s MRO, and the dunders every object has.
fn class_names(c: &Rc<Class>) -> Vec<String> {
    let mut v: Vec<String> = c
        .mro()
        .iter()
        .flat_map(|k| {
            k.dict
                .borrow()
                .keys()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    v.extend(OBJECT_DUNDERS.iter().map(|s| s.to_string()));
    v
}

/// `def` bound to its receiver: `obj` for a method (the built-in value it holds, see
/// [`unwrap_receiver`]), the class for a class method.
fn bind_native(def: &'static MethodDef, obj: &Value, cls: &Rc<Class>) -> Value {
    let receiver = if def.class_method {
        Value::Class(cls.clone())
    } else {
        native_base(def, obj).unwrap_or_else(|| obj.clone())
    };
    Value::Builtin(Rc::new(Builtin {
        def,
        bound: Some(receiver),
    }))
}

/// Gives a native method of a built-in type called on an instance of a subclass of
/// that type (`Stack.append`, `super().append(x)`, `list.append(stack, x)`) the
/// built-in value the instance holds as `args[0]`: each native method expects a value
/// of its own type there. The one place where native methods meet such instances:
/// binding ([`bind_native`]) and unbound calls.
pub(super) fn unwrap_receiver(def: &'static MethodDef, args: &mut [Value]) {
    if let Some(base) = args.first().and_then(|r| native_base(def, r)) {
        args[0] = base;
    }
}

/// The built-in value `obj` holds, when `obj` is an instance of a subclass of a
/// built-in type and `def` is a method of that type (not `object`'s).
fn native_base(def: &'static MethodDef, obj: &Value) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    let base = inst.base.as_deref()?;
    let owner = inst.class.base_type.as_ref()?;
    match owner.lookup_slot(def.name) {
        Some(Value::NativeMethod(d)) if std::ptr::eq(d, def) => Some(base.clone()),
        _ => None,
    }
}

fn no_attr(obj: &Value, name: &str) -> PyErr {
    let msg = match obj {
        Value::Class(c) => format!("type object '{}' has no attribute '{name}'", c.name),
        Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
        _ => format!("'{}' object has no attribute '{name}'", obj.type_name()),
    };
    // Like CPython, keep `obj` and `name`; the suggestion is computed only if the
    // error is printed (hasattr and getattr with a default raise this often).
    let err = PyErr::new(ExcKind::AttributeError, msg);
    err.0.dict.set("obj", obj.clone());
    err.0.dict.set("name", Value::str(name));
    err
}

impl Vm {
    /// True for the `NotImplemented` singleton.
    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if crate::objects::class::with_types(|t| Rc::ptr_eq(&i.class, &t.notimpl)))
    }

    /// Resolves a class attribute found on an instance's class: functions bind,
    /// properties call their getter, static and class methods unwrap.
    fn bind_class_attr(&mut self, attr: Value, obj: &Value, cls: &Rc<Class>) -> PyResult<Value> {
        match &attr {
            Value::Function(_) => Ok(self.bind(attr, obj.clone())),
            Value::NativeMethod(def) => Ok(bind_native(def, obj, cls)),
            Value::Instance(d) => {
                let t = types();
                if Rc::ptr_eq(&d.class, &t.property) {
                    let getter = d.dict.get("fget").unwrap_or_default();
                    if matches!(getter, Value::None) {
                        return Err(PyErr::new(
                            ExcKind::AttributeError,
                            "property has no getter",
                        ));
                    }
                    self.call(&getter, vec![obj.clone()], vec![])
                } else if Rc::ptr_eq(&d.class, &t.staticmethod) {
                    Ok(d.dict.get("__func__").unwrap_or_default())
                } else if Rc::ptr_eq(&d.class, &t.classmethod) {
                    let f = d.dict.get("__func__").unwrap_or_default();
                    Ok(self.bind(f, Value::Class(cls.clone())))
                } else if let Some(get) = d
                    .class
                    .builtin
                    .is_none()
                    .then(|| d.class.lookup_slot("__get__"))
                    .flatten()
                {
                    // A user-defined descriptor: its class's `__get__` is called as
                    // found, with the descriptor first (CPython's slot_tp_descr_get).
                    let args = vec![attr.clone(), obj.clone(), Value::Class(cls.clone())];
                    self.call(&get, args, vec![])
                } else {
                    Ok(attr)
                }
            }
            _ => Ok(attr),
        }
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_attr(obj, inst, name),
            Value::Class(c) => self.class_attr(c, name),
            Value::Module(m) => {
                let hook = {
                    let d = m.dict.borrow();
                    match d.get_name(name) {
                        Some(v) => return Ok(v.clone()),
                        None if name == "__dict__" => return Ok(Value::Dict(m.dict.clone())),
                        None => d.get_name("__getattr__").cloned(),
                    }
                };
                match hook {
                    // PEP 562: a module's own `__getattr__` answers for missing names.
                    Some(f) => self.call(&f, vec![Value::str(name)], Vec::new()),
                    None => Err(no_attr(obj, name)),
                }
            }
            _ => {
                if let Some(v) = self.special_attr(obj, name)? {
                    return Ok(v);
                }
                let cls = self.types.class_of(obj);
                if name == "__class__" {
                    return Ok(Value::Class(cls));
                }
                match (cls.lookup_slot(name), obj) {
                    (Some(v), _) => self.bind_class_attr(v, obj, &cls),
                    // As CPython's method objects: what their type lacks, the function has
                    // (`m.__wrapped__`, attributes set on the function), or its error.
                    (None, Value::BoundMethod(m)) => self.get_attr(&m.func.clone(), name),
                    (None, _) => Err(no_attr(obj, name)),
                }
            }
        }
    }

    fn instance_attr(&mut self, obj: &Value, inst: &Rc<Instance>, name: &str) -> PyResult<Value> {
        let cls = &inst.class;
        if cls.builtin == Some(BuiltinType::Super) {
            return self.super_attr(inst, name);
        }
        let class_attr = cls.lookup(name);
        match &class_attr {
            // Plain values and functions: the instance dict comes first.
            None | Some(Value::Function(_)) => {}
            Some(Value::Instance(d)) => {
                // Data descriptors (properties, classes with __set__) win over the instance.
                let data = is_property(&d.class)
                    || (d.class.builtin.is_none() && d.class.lookup_slot("__set__").is_some());
                if data {
                    return self.bind_class_attr(class_attr.clone().unwrap_or_default(), obj, cls);
                }
            }
            Some(_) => {}
        }
        if let Some(v) = inst.dict.get(name) {
            return Ok(v);
        }
        if let Some(a) = class_attr {
            return self.bind_class_attr(a, obj, cls);
        }
        self.instance_attr_special(obj, inst, name)
    }

    /// The attributes an instance has beyond its dict and class: exception state, `__class__`, `__dict__`, `__getattr__`.
    fn instance_attr_special(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
    ) -> PyResult<Value> {
        let cls = inst.class.clone();
        if let Some(v) = self.exception_attr(inst, name) {
            return Ok(v);
        }
        match name {
            "__class__" => return Ok(Value::Class(cls)),
            "__dict__" if inst.exc.is_none() && slots_forbid(&cls, "__dict__") => {
                return Err(no_attr(obj, name));
            }
            "__dict__" => return Ok(Value::Dict(inst.dict.dict())),
            _ => {}
        }
        if let Some(base) = inst.base.as_deref() {
            // The data attributes of the built-in value (`Big(5).real`).
            if let Some(v) = self.special_attr(base, name)? {
                return Ok(v);
            }
        }
        if let Some(ga) = cls.lookup_slot("__getattr__") {
            return self.call(&ga, vec![obj.clone(), Value::str(name)], vec![]);
        }
        Err(no_attr(obj, name))
    }

    /// `super().name`: the MRO of `type(self)` after the class `super` was given, then
    /// the proxy's own attributes (`__self__`, `__thisclass__`).
    fn super_attr(&mut self, proxy: &Rc<Instance>, name: &str) -> PyResult<Value> {
        let this = proxy.dict.get("__thisclass__").unwrap_or_default();
        let obj = proxy.dict.get("__self__").unwrap_or_default();
        let Value::Class(ref this) = this else {
            return Err(no_attr(&Value::Instance(proxy.clone()), name));
        };
        // `super(C, obj)` walks type(obj)'s MRO when obj is an instance of C (a class
        // whose metaclass is C included), obj's own when obj is a subclass of C.
        let of_instance = types().class_of(&obj);
        let (start, class_receiver) = match &obj {
            Value::Class(c) if !of_instance.is_subclass(this) => (c.clone(), true),
            _ => (of_instance, false),
        };
        let mro = start.mro();
        let pos = mro
            .iter()
            .position(|c| Rc::ptr_eq(c, this))
            .map_or(mro.len(), |p| p + 1);
        for c in &mro[pos..] {
            if let Some(v) = c.dict.borrow().get(name).cloned() {
                return match (class_receiver, &v) {
                    (true, Value::Function(_)) => Ok(v),
                    // `__new__` is a static method: `super().__new__(cls, x)`.
                    (_, Value::NativeMethod(d)) if d.name == "__new__" => Ok(v),
                    _ => self.bind_class_attr(v, &obj, &start),
                };
            }
        }
        if let Some(v) = proxy.dict.get(name) {
            return Ok(v);
        }
        if name == "__class__" {
            return Ok(Value::Class(proxy.class.clone()));
        }
        Err(PyErr::new(
            ExcKind::AttributeError,
            format!("'super' object has no attribute '{name}'"),
        ))
    }

    fn exception_attr(&self, inst: &Instance, name: &str) -> Option<Value> {
        let exc = inst.exc.as_ref()?.borrow();
        Some(match name {
            "args" => Value::tuple(exc.args.clone()),
            "__cause__" => exc.cause.clone().unwrap_or_default(),
            "__context__" => exc.context.clone().unwrap_or_default(),
            "__suppress_context__" => Value::Bool(exc.suppress_context),
            "__traceback__" => crate::objects::traceback::traceback_value(&exc.traceback),
            "message" | "exceptions" if exc.group.is_some() => {
                let (message, exceptions) = exc.group.clone().unwrap_or_default();
                if name == "message" {
                    message
                } else {
                    exceptions
                }
            }
            "value" if inst.class.exc_kind == Some(ExcKind::StopIteration) => {
                exc.args.first().cloned().unwrap_or_default()
            }
            "code" if inst.class.exc_kind == Some(ExcKind::SystemExit) => {
                exc.args.first().cloned().unwrap_or_default()
            }
            _ => return None,
        })
    }

    fn class_attr(&mut self, c: &Rc<Class>, name: &str) -> PyResult<Value> {
        if let Some(v) = c.lookup(name) {
            if let Value::Instance(d) = &v {
                if d.class.builtin.is_none() && d.exc.is_none() {
                    if let Some(get) = d.class.lookup_slot("__get__") {
                        let args = vec![v.clone(), Value::None, Value::Class(c.clone())];
                        return self.call(&get, args, vec![]);
                    }
                }
                let t = types();
                if Rc::ptr_eq(&d.class, &t.staticmethod) {
                    return Ok(d.dict.get("__func__").unwrap_or_default());
                }
                if Rc::ptr_eq(&d.class, &t.classmethod) {
                    let f = d.dict.get("__func__").unwrap_or_default();
                    return Ok(self.bind(f, Value::Class(c.clone())));
                }
            }
            if let Value::NativeMethod(def) = &v {
                if def.class_method {
                    return Ok(bind_native(def, &v, c));
                }
            }
            return Ok(v);
        }
        Ok(match name {
            "__name__" => Value::str(&c.name),
            "__qualname__" => Value::str(&c.qualname),
            "__mro__" => Value::tuple(c.mro().into_iter().map(Value::Class).collect()),
            "mro" => Value::Builtin(Rc::new(Builtin {
                def: &MRO_METHOD,
                bound: Some(Value::Class(c.clone())),
            })),
            "__subclasses__" => Value::Builtin(Rc::new(Builtin {
                def: &SUBCLASSES_METHOD,
                bound: Some(Value::Class(c.clone())),
            })),
            "__bases__" => Value::tuple(c.bases.iter().cloned().map(Value::Class).collect()),
            "__base__" => c.bases.first().cloned().map_or(Value::None, Value::Class),
            "__dict__" => super::mappingproxy::of_class(c),
            "__module__" => Value::str(&c.module),
            "__doc__" if &*c.module == "builtins" => self.native_doc_value(&c.name),
            "__doc__" => Value::None,
            "__class__" => Value::Class(types().class_of(&Value::Class(c.clone()))),
            // `type.__call__` bound to the class: calling it makes an instance.
            "__call__" if c.metaclass.is_none() => Value::Class(c.clone()),
            _ => {
                // The metaclass's attributes: methods bind to the class, properties
                // get it, as an instance's class attributes do.
                if let Some(meta) = c.metaclass.clone() {
                    if let Some(attr) = meta.lookup(name) {
                        return self.bind_class_attr(attr, &Value::Class(c.clone()), &meta);
                    }
                    if let Some(ga @ Value::Function(_)) = meta.lookup_slot("__getattr__") {
                        let args = vec![Value::Class(c.clone()), Value::str(name)];
                        return self.call(&ga, args, vec![]);
                    }
                }
                return Err(no_attr(&Value::Class(c.clone()), name));
            }
        })
    }

    /// Data attributes of built-in objects (not methods).
    fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match (obj, name) {
            // A callable built-in object's `__call__` calls it (CPython's method-wrapper).
            (
                Value::Function(_)
                | Value::BoundMethod(_)
                | Value::Builtin(_)
                | Value::NativeMethod(_),
                "__call__",
            ) => obj.clone(),
            (Value::Function(f), "__name__") => Value::str(&f.name.borrow()),
            (Value::Function(f), "__qualname__") => Value::str(&f.qualname.borrow()),
            (Value::Function(f), "__code__") => Value::Code(f.code.clone()),
            (Value::Function(f), "__defaults__") if !f.defaults.is_empty() => {
                Value::tuple(f.defaults.clone())
            }
            (Value::Function(_), "__defaults__") => Value::None,
            (Value::Function(f), "__globals__") => Value::Dict(f.globals.clone()),
            (Value::Function(f), "__annotations__") => {
                // Made empty on first use, as CPython's, so that it can be filled.
                match f.slots.get("__annotations__") {
                    Some(a) => a,
                    None => {
                        let a = Value::dict(Default::default());
                        f.slots.set("__annotations__", a.clone());
                        a
                    }
                }
            }
            (Value::Function(f), "__kwdefaults__") if !f.kwdefaults.is_empty() => {
                let mut d = crate::objects::Dict::default();
                for (k, v) in &f.kwdefaults {
                    d.insert(crate::objects::HashKey::new(Value::str(k))?, v.clone());
                }
                Value::dict(d)
            }
            (Value::Function(_), "__kwdefaults__") => Value::None,
            (Value::Function(f), "__closure__") if !f.closure.is_empty() => {
                Value::tuple(f.closure.iter().cloned().map(Value::Cell).collect())
            }
            (Value::Function(_), "__closure__") => Value::None,
            (Value::Cell(c), "cell_contents") => match &*c.borrow() {
                Value::Undef => return Err(PyErr::new(ExcKind::ValueError, "Cell is empty")),
                v => v.clone(),
            },
            (Value::Function(f), "__module__") => f.module(),
            (Value::Function(f), "__dict__") => Value::Dict(f.dict.dict()),
            (Value::Function(f), "__doc__") => f.doc(),
            (Value::Function(f), _) => match f.dict.get(name) {
                Some(v) => v,
                None => return Ok(None),
            },
            (Value::Builtin(b), "__name__" | "__qualname__") => Value::str(b.def.name),
            (Value::Builtin(b), "__module__") => match &b.bound {
                Some(Value::Module(m)) => Value::str(&m.name),
                None => self
                    .native_function_module(b.def)
                    .map_or(Value::None, |m| Value::str(&m)),
                Some(_) => Value::None,
            },
            (Value::Builtin(b), "__doc__" | "__text_signature__") => {
                let found = match &b.bound {
                    Some(Value::Module(_)) | None => self.native_function_doc(b.def),
                    Some(Value::Class(c)) => self.native_doc(&format!("{}.{}", c.name, b.def.name)),
                    Some(receiver) => self.native_doc(&format!(
                        "{}.{}",
                        self.types.class_of(receiver).name,
                        b.def.name
                    )),
                };
                match (found, name) {
                    (Some((_, doc)), "__doc__") => Value::str(doc),
                    (Some((Some(sig), _)), _) => Value::str(sig),
                    _ => Value::None,
                }
            }
            (Value::NativeMethod(def), "__doc__") => self.native_method_doc(def),
            (Value::Builtin(b), "__self__") => b.bound.clone().unwrap_or_default(),
            (Value::BoundMethod(m), "__self__") => m.receiver.clone(),
            (Value::BoundMethod(m), "__func__") => m.func.clone(),
            (Value::BoundMethod(m), "__name__" | "__qualname__" | "__doc__") => {
                return self.get_attr(&m.func.clone(), name).map(Some)
            }
            (Value::Generator(g), _) => return Ok(self.generator_attr(g, name)),
            (Value::FrameView(_) | Value::CallFrame(_), _) => return self.frame_attr(obj, name),
            (Value::Code(c), "co_name") => Value::str(&c.name),
            (Value::Code(c), "co_qualname") => Value::str(&c.qualname),
            (Value::Code(c), "co_filename") => Value::str(&c.source.name),
            (Value::Code(c), "co_firstlineno") => Value::Int(c.first_line as i64),
            (Value::Code(c), "co_argcount") => Value::Int(c.argcount as i64),
            (Value::Code(c), "co_varnames") => {
                Value::tuple(c.varnames.iter().map(|v| Value::str(v)).collect())
            }
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => {
                match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                }
            }
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Value::Int(0),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Value::Int(1),
            (Value::Float(_), "real") => obj.clone(),
            (Value::Float(_), "imag") => Value::Float(0.0),
            (Value::Range(r), "start") => Value::Int(r.0),
            (Value::Range(r), "stop") => Value::Int(r.1),
            (Value::Range(r), "step") => Value::Int(r.2),
            (Value::Slice(s), "start") => s.0.clone(),
            (Value::Slice(s), "stop") => s.1.clone(),
            (Value::Slice(s), "step") => s.2.clone(),
            (Value::Native(n), _) if name != "__class__" => match n.attr(name) {
                Some(v) => v,
                None => return Ok(None),
            },
            (_, "__class__") => Value::Class(types().class_of(obj)),
            _ => return Ok(None),
        }))
    }

    fn generator_attr(
        &mut self,
        g: &Rc<crate::objects::generator::Generator>,
        name: &str,
    ) -> Option<Value> {
        let name = Self::generator_attr_name(g, name)?;
        let state = g.state.borrow();
        Some(match name {
            "gi_running" => Value::Bool(matches!(*state, GenState::Running)),
            "gi_suspended" => Value::Bool(matches!(*state, GenState::Suspended(_))),
            "gi_frame" => match *state {
                GenState::Closed => Value::None,
                _ => Value::FrameView(g.clone()),
            },
            "gi_code" => Value::Code(g.code.clone()),
            "gi_yieldfrom" => {
                drop(state);
                g.yieldfrom().unwrap_or_default()
            }
            "__name__" => Value::str(&g.name.borrow()),
            "__qualname__" => Value::str(&g.qualname.borrow()),
            _ => return None,
        })
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst)
                if inst.class.builtin.is_none()
                    && inst.exc.is_none()
                    && inst.class.lookup_slot("__setattr__").is_some() =>
            {
                let m = self.lookup_method(obj, "__setattr__").unwrap_or_default();
                self.call(&m, vec![Value::str(name), value], vec![])?;
                Ok(())
            }
            Value::Instance(inst) => {
                if let Some(ref desc @ Value::Instance(ref d)) = inst.class.lookup(name) {
                    if d.class.builtin.is_none() && !is_property(&d.class) {
                        if let Some(set) = d.class.lookup_slot("__set__") {
                            let set = self.bind_class_attr(set, desc, &d.class)?;
                            self.call(&set, vec![obj.clone(), value], vec![])?;
                            return Ok(());
                        }
                    }
                    if is_property(&d.class) {
                        let setter = d.dict.get("fset").unwrap_or_default();
                        if matches!(setter, Value::None) {
                            return Err(PyErr::new(
                                ExcKind::AttributeError,
                                format!(
                                    "property '{name}' of '{}' object has no setter",
                                    inst.class.name
                                ),
                            ));
                        }
                        self.call(&setter, vec![obj.clone(), value], vec![])?;
                        return Ok(());
                    }
                }
                if let Some(exc) = &inst.exc {
                    let mut e = exc.borrow_mut();
                    match name {
                        "__cause__" => {
                            e.cause = (!matches!(value, Value::None)).then_some(value);
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            e.context = (!matches!(value, Value::None)).then_some(value);
                            return Ok(());
                        }
                        "message" | "exceptions" if e.group.is_some() => {
                            return Err(PyErr::new(ExcKind::AttributeError, "readonly attribute"));
                        }
                        "args" => {
                            e.args = match value {
                                Value::Tuple(ref t) => t.to_vec(),
                                other => vec![other],
                            };
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                if name == "__dict__" && (inst.exc.is_some() || !slots_forbid(&inst.class, name)) {
                    return set_dict_attr(&inst.dict, value);
                }
                if inst.exc.is_none()
                    && !inst.dict.contains(name)
                    && slots_forbid(&inst.class, name)
                {
                    return Err(no_attr(obj, name));
                }
                drop(inst.dict.set(name, value));
                Ok(())
            }
            Value::Class(c) if !c.is_builtin() => {
                let hook = c
                    .metaclass
                    .as_ref()
                    .and_then(|m| m.lookup_slot("__setattr__"));
                if let Some(Value::Function(_)) = hook {
                    let m = self.lookup_method(obj, "__setattr__").unwrap_or_default();
                    self.call(&m, vec![Value::str(name), value], vec![])?;
                    return Ok(());
                }
                c.dict.borrow_mut().insert(name.into(), value);
                crate::objects::class::classes_changed();
                Ok(())
            }
            Value::Function(f) => {
                match name {
                    "__name__" => *f.name.borrow_mut() = value.as_str().unwrap_or("").into(),
                    "__qualname__" => {
                        *f.qualname.borrow_mut() = value.as_str().unwrap_or("").into()
                    }
                    "__dict__" => return set_dict_attr(&f.dict, value),
                    _ if FUNCTION_SLOTS.contains(&name) => drop(f.slots.set(name, value)),
                    _ => drop(f.dict.set(name, value)),
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.borrow_mut().set_name(name, value);
                Ok(())
            }
            Value::Class(c) => Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "cannot set '{name}' attribute of immutable type '{}'",
                    c.name
                ),
            )),
            Value::FrameView(_) | Value::CallFrame(_) => Err(super::frameobj::frame_set_attr(name)),
            _ => Err(self.read_only_attr(obj, name)),
        }
    }

    /// The error of setting or deleting `name` on a built-in object, as CPython words
    /// it: a method of its type is read-only, a data attribute (`int.real`) not
    /// writable, `__class__` not assignable, anything else missing.
    fn read_only_attr(&mut self, obj: &Value, name: &str) -> PyErr {
        let type_name = obj.type_name();
        if name == "__class__" {
            return PyErr::new(
                ExcKind::TypeError,
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            );
        }
        if self.types.class_of(obj).lookup_slot(name).is_some() {
            return PyErr::new(
                ExcKind::AttributeError,
                format!("'{type_name}' object attribute '{name}' is read-only"),
            );
        }
        if matches!(self.special_attr(obj, name), Ok(Some(_))) {
            return PyErr::new(
                ExcKind::AttributeError,
                format!("attribute '{name}' of '{type_name}' objects is not writable"),
            );
        }
        PyErr::new(
            ExcKind::AttributeError,
            format!("'{type_name}' object has no attribute '{name}'"),
        )
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if let (None, Some(Value::Function(_))) =
                (&inst.class.builtin, inst.class.lookup_slot("__delattr__"))
            {
                let m = self.lookup_method(obj, "__delattr__").unwrap_or_default();
                self.call(&m, vec![Value::str(name)], vec![])?;
                return Ok(());
            }
            if let Some(Value::Instance(ref d)) = inst.class.lookup(name) {
                if is_property(&d.class) {
                    let deleter = d.dict.get("fdel").unwrap_or_default();
                    if matches!(deleter, Value::None) {
                        return Err(PyErr::new(
                            ExcKind::AttributeError,
                            format!(
                                "property '{name}' of '{}' object has no deleter",
                                inst.class.name
                            ),
                        ));
                    }
                    self.call(&deleter, vec![obj.clone()], vec![])?;
                    return Ok(());
                }
            }
        }
        let removed = match obj {
            Value::Instance(inst)
                if name == "__dict__"
                    && (inst.exc.is_some() || !slots_forbid(&inst.class, name)) =>
            {
                // The attributes start again empty, as in CPython.
                inst.dict
                    .replace(crate::objects::gc::tracked_dict_rc(Default::default()));
                true
            }
            Value::Instance(inst) => inst.dict.remove(name).is_some(),
            Value::Class(c) if !c.is_builtin() => {
                crate::objects::class::classes_changed();
                c.dict.borrow_mut().shift_remove(name).is_some()
            }
            Value::Function(_) if name == "__dict__" => {
                return Err(PyErr::new(ExcKind::TypeError, "cannot delete __dict__"))
            }
            Value::Function(f) if FUNCTION_SLOTS.contains(&name) => f.slots.remove(name).is_some(),
            Value::Function(f) => f.dict.remove(name).is_some(),
            Value::Module(m) => {
                self.dict_shrunk();
                m.dict.borrow_mut().remove_name(name).is_some()
            }
            _ => false,
        };
        match (removed, obj) {
            (true, _) => Ok(()),
            (
                false,
                Value::Instance(_) | Value::Class(_) | Value::Function(_) | Value::Module(_),
            ) => Err(no_attr(obj, name)),
            (false, _) => Err(self.read_only_attr(obj, name)),
        }
    }

    /// `LoadMethod` of the running code's `names[i]`: a plain function found on the
    /// class, or a native method of a built-in type, is returned unbound with its
    /// receiver, saving the bound-method allocation. Native methods are remembered per
    /// site ([`crate::objects::code::MethodCache`]), so a loop calling `lst.append` looks it up once.
    pub fn load_method(&mut self, obj: Value, i: usize) -> PyResult<(Value, Value)> {
        let code = &self.frames.last().expect("frame").code;
        let name = &code.names[i];
        match &obj {
            Value::Instance(inst) => {
                if let Some(f @ Value::Function(_)) = inst.class.lookup(name) {
                    if !inst.dict.contains(name) {
                        return Ok((f, obj));
                    }
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Function(_) => {}
            _ => {
                let cache = &code.method_cache[i];
                let class = self.types.class_ref(&obj);
                let key = class.map_or(0, |c| Rc::as_ptr(c) as usize);
                if key != 0 && cache.class.get() == key {
                    if let Some(def) = cache.def.get() {
                        return Ok((Value::NativeMethod(def), obj));
                    }
                }
                let found = match class {
                    Some(c) => c.lookup_slot(name),
                    None => self.types.class_of(&obj).lookup_slot(name),
                };
                if let Some(Value::NativeMethod(def)) = found {
                    if !def.class_method {
                        if key != 0 {
                            cache.class.set(key);
                            cache.def.set(Some(def));
                        }
                        return Ok((Value::NativeMethod(def), obj));
                    }
                }
            }
        }
        let name = name.clone();
        let v = self.get_attr(&obj, &name)?;
        Ok((v, Value::Undef))
    }

    /// A special method looked up on the type (not the instance), bound to `obj`.
    pub fn lookup_method(&mut self, obj: &Value, name: &str) -> Option<Value> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.clone();
                let attr = cls.lookup_slot(name)?;
                self.bind_class_attr(attr, obj, &cls).ok()
            }
            // A class whose metaclass defines the special method (`len(Color)`).
            Value::Class(c) if c.metaclass.is_some() => {
                let meta = c.metaclass.clone()?;
                let attr = meta.lookup_slot(name)?;
                self.bind_class_attr(attr, obj, &meta).ok()
            }
            _ => {
                let cls = self.types.class_of(obj);
                match cls.lookup_slot(name)? {
                    Value::NativeMethod(def) => Some(bind_native(def, obj, &cls)),
                    _ => None,
                }
            }
        }
    }
}

/// `obj.__dict__ = value` for an object with attributes `attrs`: `value` must be a
/// dict, which becomes the object's attributes.
pub fn set_dict_attr(attrs: &crate::objects::Attrs, value: Value) -> PyResult<()> {
    match value {
        Value::Dict(d) => {
            attrs.replace(d);
            Ok(())
        }
        Value::Instance(ref i) if matches!(i.base.as_deref(), Some(Value::Dict(_))) => {
            Err(PyErr::new(
                ExcKind::NotImplementedError,
                "setting __dict__ to an instance of a dict subclass is not supported",
            ))
        }
        other => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                other.type_name()
            ),
        )),
    }
}

/// True when instances of `class` have no `__dict__` and `name` is none of their
/// slots: every user class of the MRO defines `__slots__`, none naming `"__dict__"`.
fn slots_forbid(class: &Rc<Class>, name: &str) -> bool {
    let mut is_slot = false;
    for c in std::iter::once(class).chain(class.mro_tail.iter()) {
        if c.builtin.is_some() {
            continue;
        }
        let slots = match c.dict.borrow().get("__slots__") {
            None => return false,
            Some(Value::Str(s)) => vec![Value::Str(s.clone())],
            Some(Value::Tuple(t)) => t.to_vec(),
            Some(Value::List(l)) => l.borrow().clone(),
            Some(_) => return false,
        };
        for s in &slots {
            match s.as_str() {
                Some("__dict__") => return false,
                Some(n) if n == name => is_slot = true,
                _ => {}
            }
        }
    }
    !is_slot
}

#[cfg(test)]
mod tests {
    use super::*;

    /// checks that every data attribute `dir()` lists for a built-in value resolves,
    /// and that `dir()` of a generator shows its `gi_*` attributes.
    #[test]
    fn listed_data_attributes_resolve() {
        let mut vm = crate::build_vm(vec![], crate::vm::output::Output::captured());
        let src = "def g(a=1):\n    yield a\ngen = g()\nnext(gen)\nframe = gen.gi_frame\n";
        let code = crate::compile::compile_source(src, "<test>", crate::compile::Mode::Exec)
            .expect("compiles");
        let globals = crate::objects::Globals::default();
        vm.run_module(code.clone(), globals.clone()).expect("runs");
        let get = |name: &str| globals.borrow().get_name(name).cloned().expect("defined");
        let values = [
            get("gen"),
            get("frame"),
            get("g"),
            Value::Code(code),
            Value::Int(3),
            Value::Float(1.5),
            Value::Range(Rc::new((0, 3, 1))),
        ];
        for v in &values {
            for name in data_attribute_names(v) {
                assert!(
                    vm.get_attr(v, name).is_ok(),
                    "{} has no {name}",
                    v.type_name()
                );
            }
        }
        assert!(dir_names(&values[0]).contains(&"gi_frame".to_string()));
    }
}
