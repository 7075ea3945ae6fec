//! A class's help page in pydoc's layout: `class C(bases)`, the signature it is
//! called with, its docstring, its method resolution order, then for the class
//! itself and each class along its MRO but `object` ("defined here", "inherited
//! from B") the sections of the attributes found there first: methods, class
//! methods, static methods, read-only properties, data descriptors (with the
//! `__dict__` and `__weakref__` a class without `__slots__` adds), other data.

use std::rc::Rc;

use super::{builtin_entry, clean_doc, function_entry, indented, native_entry, signature};
use crate::objects::{Class, PyResult, Value};
use crate::vm::Vm;

/// The rule pydoc draws between the sections of a class.
const RULE: &str = "----------------------------------------------------------------------";

/// The kinds of class attribute, in the order of their sections, with the title
/// each section starts with.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Method,
    ClassMethod,
    StaticMethod,
    ReadonlyProperty,
    DataDescriptor,
    Data,
}

impl Kind {
    /// Every kind, in section order.
    const ALL: [Kind; 6] = [
        Kind::Method,
        Kind::ClassMethod,
        Kind::StaticMethod,
        Kind::ReadonlyProperty,
        Kind::DataDescriptor,
        Kind::Data,
    ];

    /// The section title before "defined here" / "inherited from B".
    fn title(self) -> &'static str {
        match self {
            Kind::Method => "Methods",
            Kind::ClassMethod => "Class methods",
            Kind::StaticMethod => "Static methods",
            Kind::ReadonlyProperty => "Readonly properties",
            Kind::DataDescriptor => "Data descriptors",
            Kind::Data => "Data and other attributes",
        }
    }
}

/// One attribute of the class, where it was found along the MRO.
struct Attr {
    name: String,
    /// The class along the MRO whose dict holds it.
    home: Rc<Class>,
    kind: Kind,
    value: Option<Value>,
}

/// The documentation of the descriptors a class without `__slots__` adds.
const INSTANCE_DESCRIPTORS: [(&str, &str); 2] = [
    ("__dict__", "dictionary for instance variables"),
    ("__weakref__", "list of weak references to the object"),
];

/// The page of class `c` (the part after "Help on class ...").
pub fn page(vm: &mut Vm, c: &Rc<Class>) -> PyResult<String> {
    let bases: Vec<String> = parents(vm, c)
        .iter()
        .map(|b| class_name(b, &c.module))
        .collect();
    let mut title = format!("class {}", c.name);
    if !bases.is_empty() {
        title.push_str(&format!("({})", bases.join(", ")));
    }
    let mut contents: Vec<String> = Vec::new();
    if let Some(sig) = call_signature(vm, c)? {
        contents.push(format!("{}{sig}\n", c.name));
    }
    let doc = if &*c.module == "builtins" {
        vm.get_attr(&Value::Class(c.clone()), "__doc__")
            .unwrap_or_default()
    } else {
        c.dict.borrow().get("__doc__").cloned().unwrap_or_default()
    };
    let doc = clean_doc(Some(&doc));
    if !doc.is_empty() {
        contents.push(doc);
    }
    let mro = c.mro();
    if mro.len() > 2 {
        contents.push("Method resolution order:".into());
        contents.extend(
            mro.iter()
                .map(|k| format!("    {}", class_name(k, &c.module))),
        );
        contents.push(String::new());
    }
    let mut rule_needed = false;
    for (i, home) in mro.iter().enumerate() {
        if Rc::ptr_eq(home, &vm.types.object) && !Rc::ptr_eq(c, home) {
            continue;
        }
        let mut attrs = attrs_found_in(vm, &mro, i);
        attrs.sort_by(|a, b| a.name.cmp(&b.name));
        let tag = if i == 0 {
            "defined here".to_string()
        } else {
            format!("inherited from {}", class_name(home, &c.module))
        };
        for kind in Kind::ALL {
            let of_kind: Vec<&Attr> = attrs.iter().filter(|a| a.kind == kind).collect();
            if of_kind.is_empty() {
                continue;
            }
            if rule_needed {
                contents.push(RULE.into());
            }
            rule_needed = true;
            contents.push(format!("{} {tag}:\n", kind.title()));
            for a in of_kind {
                contents.push(entry(vm, c, a)?);
            }
        }
    }
    let contents = contents.join("\n");
    if contents.is_empty() {
        return Ok(format!("{title}\n"));
    }
    let body: Vec<String> = contents
        .trim_end()
        .split('\n')
        .map(|l| format!(" |  {l}"))
        .collect();
    Ok(format!("{title}\n{}\n", body.join("\n")))
}

/// The classes pydoc shows in parentheses after `class C`: its bases, or
/// `builtins.object` for a class that names none.
fn parents(vm: &Vm, c: &Rc<Class>) -> Vec<Rc<Class>> {
    if c.bases.is_empty() && !Rc::ptr_eq(c, &vm.types.object) {
        vec![vm.types.object.clone()]
    } else {
        c.bases.clone()
    }
}

/// `k`'s name as pydoc writes it on the page of a class of module `module`: its
/// qualified name, prefixed by its module when that is another.
pub fn class_name(k: &Class, module: &str) -> String {
    if *k.module == *module {
        k.qualname.to_string()
    } else {
        format!("{}.{}", k.module, k.qualname)
    }
}

/// The attributes of the class whose MRO is `mro` that are found first in
/// `mro[at]`, those pydoc shows: a built-in type's only where CPython's type of
/// that name has them (they are in the documentation table), and the instance
/// descriptors the class adds.
fn attrs_found_in(vm: &Vm, mro: &[Rc<Class>], at: usize) -> Vec<Attr> {
    let home = &mro[at];
    let builtin = &*home.module == "builtins";
    let mut attrs: Vec<Attr> = Vec::new();
    for (name, value) in home.dict.borrow().iter() {
        let shadowed = mro[..at].iter().any(|k| k.dict.borrow().contains_key(name))
            || (at > 0 && &**name == "__annotations__");
        if shadowed || !visible(name) || super::HIDDEN.contains(&&**name) {
            continue;
        }
        if builtin
            && vm
                .native_doc_exact(&format!("{}.{name}", home.name))
                .is_none()
        {
            continue;
        }
        attrs.push(Attr {
            name: name.to_string(),
            home: home.clone(),
            kind: kind_of(vm, value),
            value: Some(value.clone()),
        });
    }
    // A class's `__annotations__` is its own: reading it where only a base has one
    // gives the class an empty one.
    let annotated = mro
        .iter()
        .any(|k| k.dict.borrow().contains_key("__annotations__"));
    if at == 0 && annotated && !home.dict.borrow().contains_key("__annotations__") {
        attrs.push(Attr {
            name: "__annotations__".into(),
            home: home.clone(),
            kind: Kind::Data,
            value: Some(Value::Dict(Default::default())),
        });
    }
    for (name, _) in INSTANCE_DESCRIPTORS {
        let home_of = mro.iter().position(|k| adds_descriptor(vm, k, name));
        if home_of == Some(at) && !attrs.iter().any(|a| a.name == name) {
            attrs.push(Attr {
                name: name.to_string(),
                home: home.clone(),
                kind: Kind::DataDescriptor,
                value: None,
            });
        }
    }
    attrs
}

/// Whether pydoc shows an attribute named `name`: special names and public ones.
fn visible(name: &str) -> bool {
    (name.len() > 4 && name.starts_with("__") && name.ends_with("__")) || !name.starts_with('_')
}

/// The kind of the class attribute `v`.
fn kind_of(vm: &Vm, v: &Value) -> Kind {
    let t = &vm.types;
    match v {
        Value::Function(_) => Kind::Method,
        Value::Builtin(b) if b.def.class_method => Kind::ClassMethod,
        Value::NativeMethod(def) if def.class_method => Kind::ClassMethod,
        Value::Builtin(_) | Value::NativeMethod(_) => Kind::Method,
        Value::Instance(i) if Rc::ptr_eq(&i.class, &t.classmethod) => Kind::ClassMethod,
        Value::Instance(i) if Rc::ptr_eq(&i.class, &t.staticmethod) => Kind::StaticMethod,
        Value::Instance(i) if Rc::ptr_eq(&i.class, &t.property) => match i.dict.get("fset") {
            None | Some(Value::None) => Kind::ReadonlyProperty,
            Some(_) => Kind::DataDescriptor,
        },
        _ => Kind::Data,
    }
}

/// Whether class `k` itself adds the instance descriptor `name` (`__dict__` or
/// `__weakref__`): a Python class without `__slots__` (or naming it in them) whose
/// bases' instances do not have it yet; of the built-in types, `BaseException`
/// has a `__dict__`.
fn adds_descriptor(vm: &Vm, k: &Rc<Class>, name: &str) -> bool {
    if &*k.module == "builtins" {
        return name == "__dict__" && &*k.name == "BaseException";
    }
    let slots = k.dict.borrow().get("__slots__").cloned();
    let wanted = match &slots {
        None => true,
        Some(Value::Str(s)) => s.as_str() == name,
        Some(Value::Tuple(items)) => items.iter().any(|v| v.as_str() == Some(name)),
        Some(Value::List(items)) => items.borrow().iter().any(|v| v.as_str() == Some(name)),
        Some(_) => false,
    };
    wanted && !parents(vm, k).iter().any(|b| has_descriptor(vm, b, name))
}

/// Whether the instances of `k` have the descriptor `name` from `k` or a base.
fn has_descriptor(vm: &Vm, k: &Rc<Class>, name: &str) -> bool {
    k.mro().iter().any(|b| adds_descriptor(vm, b, name))
}

/// One attribute's entry in its section.
fn entry(vm: &mut Vm, c: &Rc<Class>, a: &Attr) -> PyResult<String> {
    let Some(value) = &a.value else {
        let doc = INSTANCE_DESCRIPTORS
            .iter()
            .find(|(n, _)| *n == a.name)
            .map_or("", |(_, d)| d);
        return Ok(format!("{}\n    {doc}\n", a.name));
    };
    let inner = |v: &Value, key: &str| match v {
        Value::Instance(i) => i.dict.get(key),
        _ => None,
    };
    match a.kind {
        Kind::Method | Kind::StaticMethod | Kind::ClassMethod => {
            let func = match a.kind {
                Kind::Method => Some(value.clone()),
                _ => inner(value, "__func__"),
            };
            let note = (a.kind == Kind::ClassMethod).then(|| {
                let meta = vm.types.class_of(&Value::Class(c.clone()));
                format!("from {}", class_name(&meta, &c.module))
            });
            match &func {
                Some(Value::Function(f)) => {
                    let own = f.name.borrow().to_string();
                    let text = function_entry(vm, f, note.as_deref())?;
                    let has_doc = !matches!(f.doc(), Value::None);
                    if own != a.name {
                        let same = c.lookup(&own).is_some_and(|v| v.is(value));
                        let text = if same { first_line(&text) } else { text };
                        return Ok(format!("{} = {text}", a.name));
                    }
                    if has_doc {
                        return Ok(text);
                    }
                    let inherited = inherited_doc(vm, c, &a.name);
                    Ok(format!("{text}{}", indented(&inherited, "    ")))
                }
                Some(_) if &*a.home.module == "builtins" => {
                    let found = vm.native_doc_exact(&format!("{}.{}", a.home.name, a.name));
                    let (sig, doc) = found.map_or((None, None), |(sig, doc)| (sig, Some(doc)));
                    Ok(native_entry(&a.name, sig, doc, None))
                }
                Some(v) => builtin_entry(vm, v, &a.name, None),
                None => Ok(format!("{}(...)\n", a.name)),
            }
        }
        Kind::ReadonlyProperty | Kind::DataDescriptor => {
            let doc = match inner(value, "__doc__") {
                Some(d @ Value::Str(_)) => Some(d),
                _ => match inner(value, "fget") {
                    Some(getter) => vm.get_attr(&getter, "__doc__").ok(),
                    None => None,
                },
            };
            Ok(format!(
                "{}\n{}",
                a.name,
                indented(&clean_doc(doc.as_ref()), "    ")
            ))
        }
        Kind::Data => Ok(format!("{}\n", data_line(&a.name, &vm.repr(value)?))),
    }
}

/// The first line of `text`, with its newline.
fn first_line(text: &str) -> String {
    format!("{}\n", text.lines().next().unwrap_or(""))
}

/// `name = repr`, the repr cut to fit 70 columns with `...` as pydoc cuts it.
pub fn data_line(name: &str, repr: &str) -> String {
    let width = name.chars().count() + 3 + repr.chars().count();
    if width <= 70 {
        return format!("{name} = {repr}");
    }
    let keep = repr.chars().count().saturating_sub(width - 70);
    let cut: String = repr.chars().take(keep).collect();
    format!("{name} = {cut}...")
}

/// The signature a class is called with: a built-in type's from the documentation
/// table, else from the first `__init__` written in Python along its MRO (`self` left out); None when there is none or it takes
/// nothing, where pydoc shows none.
fn call_signature(vm: &mut Vm, c: &Rc<Class>) -> PyResult<Option<String>> {
    if &*c.module == "builtins" {
        let found = vm.native_doc_exact(&c.name).and_then(|(sig, _)| sig);
        return Ok(found.filter(|s| *s != "()").map(String::from));
    }
    let init = c
        .mro()
        .iter()
        .find_map(|k| k.dict.borrow().get("__init__").cloned());
    match &init {
        Some(Value::Function(f)) => {
            let sig = signature::of_function(vm, f, true)?;
            Ok((sig != "()").then_some(sig))
        }
        _ => Ok(None),
    }
}

/// The docstring a method without one inherits, as `inspect.getdoc` finds it: that
/// of the same name further along the class's MRO (a built-in type's from the
/// registered documentation); empty when none has one.
fn inherited_doc(vm: &mut Vm, c: &Rc<Class>, name: &str) -> String {
    for k in c.mro().iter().skip(1) {
        let found = k.dict.borrow().get(name).cloned();
        match &found {
            Some(Value::Function(f)) => {
                let doc = Some(f.doc());
                if doc.as_ref().is_some_and(|d| !matches!(d, Value::None)) {
                    return clean_doc(doc.as_ref());
                }
            }
            _ if &*k.module == "builtins" => {
                if let Some((_, doc)) = vm.native_doc_exact(&format!("{}.{name}", k.name)) {
                    return clean_doc(Some(&Value::str(doc)));
                }
            }
            _ => {}
        }
    }
    String::new()
}
