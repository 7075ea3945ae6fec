//! `list` and `tuple` methods.

use std::rc::Rc;

use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::sequence::norm_index;
use crate::objects::{ExcKind, KwArgs, ListData, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The methods of `list`.
pub static METHODS: &[MethodDef] = &[
    MethodDef::new("append", append),
    MethodDef::new("extend", extend),
    MethodDef::new("pop", pop),
    MethodDef::new("insert", insert),
    MethodDef::new("remove", remove),
    MethodDef::new("sort", sort),
    MethodDef::new("index", index),
    MethodDef::new("count", count),
    MethodDef::no_args("reverse", reverse),
    MethodDef::no_args("clear", clear),
    MethodDef::no_args("copy", copy),
    MethodDef::new("__len__", len),
    MethodDef::new("__init__", init),
];

/// The methods of `tuple`.
pub static TUPLE_METHODS: &[MethodDef] = &[
    MethodDef::new("index", index),
    MethodDef::new("count", count),
    MethodDef::new("__len__", len),
];

fn this(a: &[Value]) -> PyResult<Rc<ListData>> {
    match a.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a 'list' object",
        )),
    }
}

/// The items of a list or tuple receiver (a snapshot).
fn items(a: &[Value]) -> PyResult<Vec<Value>> {
    match a.first() {
        Some(Value::List(l)) => Ok(l.borrow().clone()),
        Some(Value::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a 'list' object",
        )),
    }
}

fn append(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("append", a, 1, 1)?;
    this(a)?.borrow_mut().push(a[1].clone());
    Ok(Value::None)
}

/// `list.__init__(self, iterable=())`: replaces the items (how a subclass's instance
/// gets them: `Stack([1, 2])`).
fn init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("list", kw)?;
    args::count("list", a.get(1..).unwrap_or_default(), 0, 1)?;
    let l = this(a)?;
    let new = match a.get(1) {
        Some(v) => vm.collect(v)?,
        None => vec![],
    };
    *l.borrow_mut() = new;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("extend", a, 1, 1)?;
    let l = this(a)?;
    let new = vm.collect(&a[1])?;
    l.borrow_mut().extend(new);
    Ok(Value::None)
}

fn pop(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("pop", a, 0, 1)?;
    let l = this(a)?;
    let mut items = l.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty list"));
    }
    let i = match a.get(1) {
        Some(v) => args::int(v, "")?,
        None => -1,
    };
    let len = items.len();
    let i = norm_index(i, len)
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop index out of range"))?;
    Ok(items.remove(i))
}

fn insert(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("insert", a, 2, 2)?;
    let l = this(a)?;
    let mut items = l.borrow_mut();
    let len = items.len() as i64;
    let i = args::int(&a[1], "")?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(i as usize, a[2].clone());
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("remove", a, 1, 1)?;
    let l = this(a)?;
    let snapshot = l.borrow().clone();
    for (i, v) in snapshot.iter().enumerate() {
        if v.is(&a[1]) || vm.eq(v, &a[1])? {
            l.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(PyErr::new(
        ExcKind::ValueError,
        "list.remove(x): x not in list",
    ))
}

fn sort(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "sort() takes no positional arguments",
        ));
    }
    args::only_kwargs("sort", kw, &["key", "reverse"])?;
    let l = this(a)?;
    let key = args::kwarg(kw, "key")
        .filter(|k| !matches!(k, Value::None))
        .cloned();
    let reverse = match args::kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let items = std::mem::take(&mut *l.borrow_mut());
    let sorted = crate::builtins::functions_sort(vm, items, key.as_ref(), reverse)?;
    *l.borrow_mut() = sorted;
    Ok(Value::None)
}

fn index(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("index", a, 1, 3)?;
    let items = items(a)?;
    let len = items.len() as i64;
    let clamp = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        Ok(match v {
            Some(v) => {
                let n = args::int(v, "")?;
                if n < 0 {
                    (n + len).max(0)
                } else {
                    n.min(len)
                }
            }
            None => d,
        })
    };
    let (start, end) = (clamp(a.get(2), 0)?, clamp(a.get(3), len)?);
    for i in start..end {
        let v = &items[i as usize];
        if v.is(&a[1]) || vm.eq(v, &a[1])? {
            return Ok(Value::Int(i));
        }
    }
    let what = if matches!(a[0], Value::Tuple(_)) {
        "tuple.index(x): x not in tuple".to_string()
    } else {
        format!("{} is not in list", vm.repr(&a[1])?)
    };
    Err(PyErr::new(ExcKind::ValueError, what))
}

fn count(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("count", a, 1, 1)?;
    let mut n = 0;
    for v in items(a)? {
        if v.is(&a[1]) || vm.eq(&v, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::list(this(a)?.borrow().clone()))
}

fn len(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(items(a)?.len() as i64))
}
