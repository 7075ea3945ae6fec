//! Classes and instances: user classes with C3 MRO, the built-in types as class
//! objects (so `type(x)`, `isinstance` and subclassing Exception work uniformly), and
//! the per-thread registry of built-in types.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::exc::{ExcData, ExcKind};
use super::func::{Constructor, MethodDef};
use super::generator::GenKind;
use super::{Attrs, Namespace, Value};

/// Which built-in type a class is, for classes the interpreter defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    /// `object`
    Object,
    /// `type`
    Type,
    /// `NoneType`
    NoneType,
    /// `bool`
    Bool,
    /// `int`
    Int,
    /// `float`
    Float,
    /// `str`
    Str,
    /// `bytes`
    Bytes,
    /// `bytearray`
    ByteArray,
    /// `list`
    List,
    /// `tuple`
    Tuple,
    /// `dict`
    Dict,
    /// `set`
    Set,
    /// `frozenset`
    FrozenSet,
    /// `range`
    Range,
    /// `slice`
    Slice,
    /// `function`
    Function,
    /// `builtin_function_or_method`
    BuiltinFunction,
    /// `method`
    Method,
    /// `generator`
    Generator,
    /// `module`
    Module,
    /// `a native iterator type`
    Iterator,
    /// A type implemented outside the core through `NativeObject` (`_io.TextIOWrapper`).
    Native,
    /// `frame`
    Frame,
    /// `code`
    Code,
    /// `cell`
    Cell,
    /// `super` (its instances are the proxies `super()` returns)
    Super,
    /// A built-in exception class (its kind is in `Class::exc_kind`).
    Exception,
}

impl BuiltinType {
    /// True for the built-in types a user class may derive from with its instances
    /// holding a value of the type (`class Stack(list)`).
    pub fn holds_values(self) -> bool {
        use BuiltinType as B;
        matches!(
            self,
            B::Int | B::Float | B::Str | B::List | B::Tuple | B::Dict | B::Set | B::FrozenSet
        )
    }

    /// True for the mutable ones among them, whose `__new__` makes an empty value that
    /// `__init__` fills (`list`, `dict`, `set`).
    pub fn is_mutable_base(self) -> bool {
        matches!(
            self,
            BuiltinType::List | BuiltinType::Dict | BuiltinType::Set
        )
    }
}

/// A class object.
#[derive(Debug)]
pub struct Class {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// Direct bases, in order.
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order after this class itself (C3 linearisation).
    pub mro_tail: Vec<Rc<Class>>,
    /// The class namespace (methods, class attributes).
    pub dict: RefCell<Namespace>,
    /// Set for the interpreter's own types.
    pub builtin: Option<BuiltinType>,
    /// The built-in exception this class is or derives from, if any.
    pub exc_kind: Option<ExcKind>,
    /// The module that defines the class (`builtins`, `itertools`, `__main__`), as
    /// `__module__` and the class's repr show it.
    pub module: Rc<str>,
    /// How calling the class makes an object, for the interpreter's own types (CPython's
    /// `tp_new`); filled in by whoever installs the type's methods. User classes have
    /// none: calling them creates an instance and runs `__init__`.
    pub constructor: Cell<Option<Constructor>>,
    /// For a user class deriving from a built-in type whose instances hold a value of
    /// it (`class Stack(list)`): that built-in class, from which each instance's
    /// [`Instance::base`] is made.
    pub base_type: Option<Rc<Class>>,
    /// The class of this class when it is not `type` (`class X(metaclass=Meta)`, or
    /// inherited from a base).
    pub metaclass: Option<Rc<Class>>,
    /// The user classes deriving directly from this one, in creation order, while
    /// they live (`__subclasses__()`).
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    /// Whether the class has a `__del__`, with the class epoch it was found at
    /// (`epoch << 1 | has`): an instance's drop asks it.
    finalizer: Cell<u64>,
}

/// An instance of a user class (or of an exception class).
#[derive(Debug)]
pub struct Instance {
    /// Its class.
    pub class: Rc<Class>,
    /// Instance attributes (`obj.__dict__`).
    pub dict: Attrs,
    /// Exception state, for instances of BaseException subclasses (boxed: most
    /// instances are not exceptions, and this keeps `Instance` small).
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// The built-in value of an instance of a subclass of a built-in type (the list of
    /// a `class Stack(list)` instance); see [`Class::base_type`].
    pub base: Option<Box<Value>>,
}

impl Drop for Instance {
    /// An instance whose class has a `__del__` is queued for the VM to call it (its
    /// attributes move to the revived instance); else the attributes are freed
    /// through the trashcan, so that a long chain of instances does not recurse.
    fn drop(&mut self) {
        if self.class.has_finalizer() {
            super::gc::instance_dropped(self);
        }
        super::trashcan::release((self.dict.take(), self.base.take()));
    }
}

thread_local! {
    static CLASS_EPOCH: Cell<u32> = const { Cell::new(1) };
}

/// The class epoch: a number that changes whenever any class is created or any class
/// dict changes, so that a cache of what a class lookup found (`AttrCache`) is valid
/// while the epoch it was filled at is current.
#[inline]
pub fn class_epoch() -> u32 {
    CLASS_EPOCH.with(|e| e.get())
}

/// Starts a new class epoch: call it after changing a class dict (creating a class
/// does it), which may change what lookups on it and its subclasses find.
pub fn classes_changed() {
    CLASS_EPOCH.with(|e| e.set(e.get().wrapping_add(1).max(1)));
}

impl Class {
    /// A built-in class with the given bases.
    pub fn builtin(
        name: &str,
        kind: BuiltinType,
        bases: Vec<Rc<Class>>,
        exc: Option<ExcKind>,
    ) -> Rc<Class> {
        Class::native("builtins", name, kind, bases, exc)
    }

    /// An interpreter-defined class of module `module` (`itertools.chain`).
    pub fn native(
        module: &str,
        name: &str,
        kind: BuiltinType,
        bases: Vec<Rc<Class>>,
        exc: Option<ExcKind>,
    ) -> Rc<Class> {
        let mro_tail = c3_tail(&bases).unwrap_or_default();
        // A new class may reuse the address of a freed one that caches still name.
        classes_changed();
        Rc::new(Class {
            name: name.into(),
            qualname: name.into(),
            bases,
            mro_tail,
            dict: RefCell::new(Namespace::default()),
            builtin: Some(kind),
            exc_kind: exc,
            module: module.into(),
            constructor: Cell::new(None),
            base_type: None,
            metaclass: None,
            subclasses: RefCell::new(Vec::new()),
            finalizer: Cell::new(0),
        })
    }

    /// A user class; `None` when the bases admit no consistent MRO. Its module is the
    /// namespace's `__module__` (`builtins` when there is none, for the interpreter's
    /// own Python-level classes such as `property`); `metaclass` is its class when
    /// that is not `type`.
    pub fn user(
        name: Rc<str>,
        qualname: Rc<str>,
        bases: Vec<Rc<Class>>,
        dict: Namespace,
        metaclass: Option<Rc<Class>>,
    ) -> Option<Rc<Class>> {
        let mro_tail = c3_tail(&bases)?;
        let exc_kind = mro_tail.iter().find_map(|c| c.exc_kind);
        let base_type = mro_tail
            .iter()
            .find(|c| c.builtin.is_some_and(BuiltinType::holds_values))
            .cloned();
        let module = match dict.get("__module__") {
            Some(Value::Str(m)) => m.as_str().into(),
            _ => "builtins".into(),
        };
        classes_changed();
        let class = Rc::new(Class {
            name,
            qualname,
            bases,
            mro_tail,
            dict: RefCell::new(dict),
            builtin: None,
            exc_kind,
            module,
            constructor: Cell::new(None),
            base_type,
            metaclass,
            subclasses: RefCell::new(Vec::new()),
            finalizer: Cell::new(0),
        });
        super::gc::track_class(&class);
        for b in &class.bases {
            let mut subs = b.subclasses.borrow_mut();
            // Dropping dead entries now and then keeps `object`'s list short.
            if subs.len() >= 16 && subs.len().is_power_of_two() {
                subs.retain(|w| w.strong_count() > 0);
            }
            subs.push(Rc::downgrade(&class));
        }
        Some(class)
    }

    /// True for the interpreter's own types (`int`, `ValueError`, ...).
    pub fn is_builtin(&self) -> bool {
        self.builtin.is_some()
    }

    /// Name of this class's metaclass.
    pub fn metaclass_name(&self) -> Rc<str> {
        match &self.metaclass {
            Some(m) => m.name.clone(),
            None => "type".into(),
        }
    }

    /// True for a metaclass: a class deriving from `type`, whose instances are classes.
    pub fn is_metaclass(&self) -> bool {
        self.builtin == Some(BuiltinType::Type)
            || self
                .mro_tail
                .iter()
                .any(|c| c.builtin == Some(BuiltinType::Type))
    }

    /// Looks `name` up along the MRO (this class first): what attribute access,
    /// `dir()` and `super()` see, native methods of the built-in types included.
    ///
    /// The dict of `object` holds only dunder names (its methods; Python code cannot
    /// add to a built-in class), so other names skip it: looking up an instance
    /// attribute, which ends every MRO walk in `object`, costs no extra probe.
    pub fn lookup(self: &Rc<Class>, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        let dunder = name.starts_with("__");
        self.mro_tail
            .iter()
            .filter(|c| dunder || c.builtin != Some(BuiltinType::Object))
            .find_map(|c| c.dict.borrow().get(name).cloned())
    }

    /// Looks up a special method the VM dispatches to (`__repr__`, `__init__`,
    /// `__eq__`, ...): the MRO without `object` and the built-in exception classes,
    /// whose methods are what the VM does anyway when a class defines none (as
    /// CPython's inherited slots).
    pub fn lookup_slot(self: &Rc<Class>, name: &str) -> Option<Value> {
        if !self.is_default_behaviour() {
            if let Some(v) = self.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        self.mro_tail
            .iter()
            .filter(|c| !c.is_default_behaviour())
            .find_map(|c| c.dict.borrow().get(name).cloned())
    }

    /// True when the class (or a base) defines `__del__`; cached for the class epoch.
    #[inline]
    pub fn has_finalizer(&self) -> bool {
        let epoch = class_epoch() as u64;
        let cached = self.finalizer.get();
        if cached >> 1 == epoch {
            return cached & 1 == 1;
        }
        self.find_finalizer(epoch)
    }

    /// Looks for `__del__` along the MRO; a class dict being changed right now
    /// answers "maybe" (true, not cached): the VM looks again before calling it.
    #[cold]
    fn find_finalizer(&self, epoch: u64) -> bool {
        let mut has = false;
        for c in std::iter::once(self).chain(self.mro_tail.iter().map(|c| &**c)) {
            if c.is_default_behaviour() {
                continue;
            }
            match c.dict.try_borrow() {
                Ok(d) => has |= d.contains_key("__del__"),
                Err(_) => return true,
            }
        }
        self.finalizer.set(epoch << 1 | has as u64);
        has
    }

    /// True for `object` and the built-in exception classes (see [`Class::lookup_slot`]).
    fn is_default_behaviour(&self) -> bool {
        matches!(
            self.builtin,
            Some(BuiltinType::Object | BuiltinType::Exception)
        )
    }

    /// Puts native methods into the class's dict (CPython's `tp_methods`), as unbound
    /// method descriptors.
    pub fn add_methods(&self, defs: &'static [MethodDef]) {
        classes_changed();
        let mut d = self.dict.borrow_mut();
        for def in defs {
            debug_assert!(
                self.builtin != Some(BuiltinType::Object) || def.name.starts_with("__"),
                "Class::lookup skips {}'s dict for names that are not dunders",
                self.name
            );
            d.insert(def.name.into(), Value::NativeMethod(def));
        }
    }

    /// True when `self` is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other)
            || other.builtin == Some(BuiltinType::Object)
            || self.mro_tail.iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The live direct subclasses, oldest first.
    pub fn live_subclasses(&self) -> Vec<Rc<Class>> {
        self.subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect()
    }

    /// The full MRO, this class first.
    pub fn mro(self: &Rc<Class>) -> Vec<Rc<Class>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro_tail.iter().cloned());
        v
    }
}

/// The value an operation behind special method `dunder` (`len`, `+`, `[]`,
/// `repr`, ...) works on when `v` is an instance of a subclass of a built-in type
/// whose class does not define `dunder`: the built-in value it holds. `None` for every
/// other value, which the operation handles as before.
pub fn builtin_part<'a>(v: &'a Value, dunder: &str) -> Option<&'a Value> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let base = inst.base.as_deref()?;
    match inst.class.lookup_slot(dunder) {
        None | Some(Value::NativeMethod(_)) => Some(base),
        Some(_) => None,
    }
}

/// True for the values whose special methods (`__iter__`, `__len__`, ...) a
/// user-defined class may provide: instances, and classes with a metaclass.
pub fn has_user_slots(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Class(c) => c.metaclass.is_some(),
        _ => false,
    }
}

/// The int value of an instance of a subclass of `int`, which is an int wherever
/// one is required (an index, a count, a slice bound), whatever its class overrides.
pub fn int_part(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i
            .base
            .as_deref()
            .filter(|b| matches!(b, Value::Int(_) | Value::BigInt(_))),
        _ => None,
    }
}

/// C3 linearisation of the bases (the MRO without the class itself).
fn c3_tail(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs.iter().map(|s| s[0].clone()).find(|cand| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, cand)))
        })?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// The built-in type objects, created once per thread.
#[derive(Debug)]
#[allow(missing_docs)]
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub generator: Rc<Class>,
    /// `coroutine`: a generator object of kind Coroutine.
    pub coroutine: Rc<Class>,
    /// `async_generator`: a generator object of kind AsyncGenerator.
    pub async_generator: Rc<Class>,
    pub module: Rc<Class>,
    pub frame: Rc<Class>,
    pub code: Rc<Class>,
    pub cell: Rc<Class>,
    pub notimpl: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    /// Exception classes indexed by `ExcKind as usize`.
    pub exceptions: Vec<Rc<Class>>,
    /// `dict_keys`, `dict_values` and `dict_items`.
    pub dict_views: [Rc<Class>; 3],
    /// Not a Python-visible class: its dict holds the methods every native iterator
    /// has, copied into each iterator class when it is first made.
    pub iterator: Rc<Class>,
    /// One class per native iterator type name (`map`, `zip`, `list_iterator`,
    /// `itertools.count`, ...), keyed by that name.
    iter_classes: RefCell<Vec<(&'static str, Rc<Class>)>>,
}

impl Types {
    fn new() -> Types {
        use BuiltinType as B;
        let object = Class::builtin("object", B::Object, vec![], None);
        let mk = |name: &str, kind: B| Class::builtin(name, kind, vec![object.clone()], None);
        let int = mk("int", B::Int);
        let bool_ = Class::builtin("bool", B::Bool, vec![int.clone()], None);
        let mut exceptions: Vec<Rc<Class>> = Vec::new();
        for (kind, name, parent) in ExcKind::TABLE {
            let mut bases = vec![match parent {
                Some(p) => exceptions[*p as usize].clone(),
                None => object.clone(),
            }];
            if *kind == ExcKind::ExceptionGroup {
                bases.push(exceptions[ExcKind::Exception as usize].clone());
            }
            assert_eq!(
                *kind as usize,
                exceptions.len(),
                "ExcKind::TABLE is in enum order"
            );
            exceptions.push(Class::builtin(name, B::Exception, bases, Some(*kind)));
        }
        Types {
            type_: mk("type", B::Type),
            none: mk("NoneType", B::NoneType),
            bool_,
            int,
            float: mk("float", B::Float),
            str_: mk("str", B::Str),
            bytes: mk("bytes", B::Bytes),
            bytearray: mk("bytearray", B::ByteArray),
            list: mk("list", B::List),
            tuple: mk("tuple", B::Tuple),
            dict: mk("dict", B::Dict),
            set: mk("set", B::Set),
            frozenset: mk("frozenset", B::FrozenSet),
            range: mk("range", B::Range),
            slice: mk("slice", B::Slice),
            function: mk("function", B::Function),
            builtin_function: mk("builtin_function_or_method", B::BuiltinFunction),
            method: mk("method", B::Method),
            generator: mk("generator", B::Generator),
            coroutine: mk("coroutine", B::Generator),
            async_generator: mk("async_generator", B::Generator),
            module: mk("module", B::Module),
            frame: mk("frame", B::Frame),
            code: mk("code", B::Code),
            cell: mk("cell", B::Cell),
            notimpl: Class::user(
                "NotImplementedType".into(),
                "NotImplementedType".into(),
                vec![object.clone()],
                Namespace::default(),
                None,
            )
            .expect("mro"),
            ellipsis: Class::user(
                "ellipsis".into(),
                "ellipsis".into(),
                vec![object.clone()],
                Namespace::default(),
                None,
            )
            .expect("mro"),
            property: Class::user(
                "property".into(),
                "property".into(),
                vec![object.clone()],
                Namespace::default(),
                None,
            )
            .expect("mro"),
            staticmethod: Class::user(
                "staticmethod".into(),
                "staticmethod".into(),
                vec![object.clone()],
                Namespace::default(),
                None,
            )
            .expect("mro"),
            classmethod: Class::user(
                "classmethod".into(),
                "classmethod".into(),
                vec![object.clone()],
                Namespace::default(),
                None,
            )
            .expect("mro"),
            super_: mk("super", B::Super),
            exceptions,
            dict_views: [
                mk("dict_keys", B::Iterator),
                mk("dict_values", B::Iterator),
                mk("dict_items", B::Iterator),
            ],
            iterator: mk("iterator", B::Iterator),
            iter_classes: RefCell::new(Vec::new()),
            object,
        }
    }

    /// The class of any value (`type(v)`).
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        match self.class_ref(v) {
            Some(c) => c.clone(),
            None => match v {
                Value::Native(n) => n.class(),
                _ => self.iter_class(v.builtin_type_name()),
            },
        }
    }

    /// The class of `v` by reference, without touching reference counts (the hot
    /// method lookups use it); `None` for native iterators and native objects, whose
    /// classes are made on demand ([`Types::class_of`] covers every value).
    #[inline]
    pub fn class_ref<'a>(&'a self, v: &'a Value) -> Option<&'a Rc<Class>> {
        Some(match v {
            Value::Instance(i) => &i.class,
            Value::None | Value::Undef => &self.none,
            Value::Bool(_) => &self.bool_,
            Value::Int(_) | Value::BigInt(_) => &self.int,
            Value::Float(_) => &self.float,
            Value::Str(_) => &self.str_,
            Value::Bytes(_) => &self.bytes,
            Value::ByteArray(_) => &self.bytearray,
            Value::List(_) => &self.list,
            Value::Tuple(_) => &self.tuple,
            Value::Dict(_) => &self.dict,
            Value::Set(s) if s.frozen => &self.frozenset,
            Value::Set(_) => &self.set,
            Value::Range(_) => &self.range,
            Value::Slice(_) => &self.slice,
            Value::Function(_) => &self.function,
            Value::Builtin(_) | Value::NativeMethod(_) => &self.builtin_function,
            Value::BoundMethod(_) => &self.method,
            Value::Generator(g) => match g.kind.get() {
                GenKind::Generator | GenKind::IterableCoroutine => &self.generator,
                GenKind::Coroutine => &self.coroutine,
                GenKind::AsyncGenerator => &self.async_generator,
            },
            Value::Class(c) => c.metaclass.as_ref().unwrap_or(&self.type_),
            Value::DictView(view) => &self.dict_views[view.kind as usize],
            Value::Module(_) => &self.module,
            Value::Cell(_) => &self.cell,
            Value::Code(_) => &self.code,
            Value::FrameView(_) | Value::CallFrame(_) => &self.frame,
            Value::Iter(_) | Value::Native(_) => return None,
        })
    }

    /// The class of native iterators named `name` (`zip`, `itertools.count`), created
    /// on first use with the methods and constructor every native iterator has.
    pub fn iter_class(&self, name: &'static str) -> Rc<Class> {
        if let Some((_, c)) = self.iter_classes.borrow().iter().find(|(n, _)| *n == name) {
            return c.clone();
        }
        let (module, short) = name.rsplit_once('.').unwrap_or(("builtins", name));
        let c = Class::native(
            module,
            short,
            BuiltinType::Iterator,
            vec![self.object.clone()],
            None,
        );
        c.dict.replace(self.iterator.dict.borrow().clone());
        c.constructor.set(self.iterator.constructor.get());
        self.iter_classes.borrow_mut().push((name, c.clone()));
        c
    }

    /// The class of a built-in exception.
    pub fn exc(&self, kind: ExcKind) -> Rc<Class> {
        self.exceptions[kind as usize].clone()
    }
}

thread_local! {
    static TYPES: Rc<Types> = Rc::new(Types::new());
}

/// Runs `f` on the built-in types without cloning the registry's `Rc`.
pub fn with_types<R>(f: impl FnOnce(&Types) -> R) -> R {
    TYPES.with(|t| f(t))
}

/// The built-in types of this thread's interpreter.
pub fn types() -> Rc<Types> {
    TYPES.with(|t| t.clone())
}
