//! The builtin functions (`print`, `len`, `next`, `sorted`, ...).

use crate::objects::NameKeys;
use std::rc::Rc;

use crate::objects::args;
use crate::objects::class::types;
use crate::objects::func::{MethodDef, Special};
use crate::objects::int::{is_int, to_big, to_radix};
use crate::objects::iter::NativeIter;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, TupleData, Value};
use crate::vm::consume::{Consumer, Sink};
use crate::vm::Vm;

/// Every builtin function, installed into the builtins namespace.
pub static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("print", print),
    MethodDef::new("len", len),
    MethodDef::new("repr", repr),
    MethodDef::new("ascii", ascii),
    MethodDef::new("iter", iter),
    MethodDef::special("next", next, Special::Next),
    MethodDef::new("abs", abs),
    MethodDef::new("min", min),
    MethodDef::new("max", max),
    MethodDef::new("sum", sum),
    MethodDef::new("sorted", sorted),
    MethodDef::new("reversed", reversed),
    MethodDef::new("enumerate", enumerate),
    MethodDef::new("zip", zip),
    MethodDef::new("map", map),
    MethodDef::new("filter", filter),
    MethodDef::new("any", any),
    MethodDef::new("all", all),
    MethodDef::new("isinstance", isinstance),
    MethodDef::new("issubclass", issubclass),
    MethodDef::new("ord", ord),
    MethodDef::new("chr", chr),
    MethodDef::new("divmod", divmod),
    MethodDef::new("pow", pow),
    MethodDef::new("round", round),
    MethodDef::new("hex", hex),
    MethodDef::new("bin", bin),
    MethodDef::new("oct", oct),
    MethodDef::new("callable", callable),
    MethodDef::new("getattr", getattr),
    MethodDef::new("setattr", setattr),
    MethodDef::new("hasattr", hasattr),
    MethodDef::new("delattr", delattr),
    MethodDef::new("id", id),
    MethodDef::new("hash", hash),
    MethodDef::new("format", format),
    MethodDef::new("open", super::io::open),
    MethodDef::new("super", super_),
    MethodDef::new("input", input),
    MethodDef::new("help", super::help::help),
    MethodDef::new("vars", super::dynamic::vars),
    MethodDef::new("globals", super::dynamic::globals),
    MethodDef::new("locals", super::dynamic::locals),
    MethodDef::new("dir", super::dynamic::dir),
    MethodDef::new("compile", super::dynamic::compile),
    MethodDef::new("eval", super::dynamic::eval),
    MethodDef::new("exec", super::dynamic::exec),
    MethodDef::new("__import__", super::dynamic::import),
    MethodDef::new("__build_class__", super::build_class),
    MethodDef::new("exit", exit),
    MethodDef::new("quit", exit),
];

/// The text `print` writes: the values' `str()`s between `sep`s, then `end`.
fn print_line(vm: &mut Vm, a: &[Value], sep: &str, end: &str) -> PyResult<String> {
    let mut line = String::new();
    for (i, v) in a.iter().enumerate() {
        if i > 0 {
            line.push_str(sep);
        }
        match v {
            Value::Str(s) => line.push_str(s.as_str()),
            other => line.push_str(&vm.str_of(other)?),
        }
    }
    line.push_str(end);
    Ok(line)
}

fn print(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::only_kwargs("print", kw, &["sep", "end", "file", "flush"])?;
    let text_of = |name: &str, default: &str| -> PyResult<String> {
        match args::kwarg(kw, name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(PyErr::new(
                ExcKind::TypeError,
                format!("{name} must be None or a string, not {}", other.type_name()),
            )),
        }
    };
    let sep = text_of("sep", " ")?;
    let end = text_of("end", "\n")?;
    let target = match args::kwarg(kw, "file") {
        None | Some(Value::None) => vm.sys_dict.borrow().get_name("stdout").cloned(),
        Some(target) => Some(target.clone()),
    };
    let flush = match args::kwarg(kw, "flush") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let file = match target {
        // As CPython: nothing to print to when sys.stdout is None.
        Some(Value::None) => return Ok(Value::None),
        Some(t) if !super::io::std::is_stdout(&t) => t,
        _ => {
            let line = print_line(vm, a, &sep, &end)?;
            vm.write_out(&line)?;
            if flush {
                vm.out
                    .try_flush()
                    .map_err(|e| super::oserror::from_io(&e, None, None))?;
            }
            return Ok(Value::None);
        }
    };
    if let Some(f) = file.downcast::<super::io::text::TextFile>() {
        f.write(&print_line(vm, a, &sep, &end)?)?;
        if flush {
            f.flush()?;
        }
        return Ok(Value::None);
    }
    // Any other object: one write() per piece, as CPython calls it.
    let write = vm.get_attr(&file, "write")?;
    for (i, v) in a.iter().enumerate() {
        if i > 0 {
            vm.call(&write, vec![Value::str(&sep)], vec![])?;
        }
        let text = match v {
            Value::Str(_) => v.clone(),
            other => Value::string(vm.str_of(other)?),
        };
        vm.call(&write, vec![text], vec![])?;
    }
    vm.call(&write, vec![Value::str(&end)], vec![])?;
    if flush {
        let f = vm.get_attr(&file, "flush")?;
        vm.call(&f, vec![], vec![])?;
    }
    Ok(Value::None)
}

/// `len(v)`.
pub fn len_of(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::DictView(d) => d.dict.borrow().len(),
        Value::Set(s) => s.len(),
        Value::Range(r) => crate::objects::int::range_len(r.0, r.1, r.2) as usize,
        Value::Native(n) => n.length().ok_or_else(|| no_len(v))??,
        _ if crate::objects::class::has_user_slots(v) => match vm.lookup_method(v, "__len__") {
            Some(m) => {
                let r = vm.call(&m, vec![], vec![])?;
                let n = args::int(&r, "")?;
                if n < 0 {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        "__len__() should return >= 0",
                    ));
                }
                n as usize
            }
            None => return Err(no_len(v)),
        },
        _ => return Err(no_len(v)),
    })
}

fn no_len(v: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("object of type '{}' has no len()", v.type_name()),
    )
}

fn len(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("len", a, 1, 1)?;
    Ok(Value::Int(len_of(vm, &a[0])? as i64))
}

fn repr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("repr", a, 1, 1)?;
    Ok(Value::string(vm.repr(&a[0])?))
}

fn ascii(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("ascii", a, 1, 1)?;
    Ok(Value::string(crate::vm::repr::ascii(&vm.repr(&a[0])?)))
}

fn iter(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("iter", a, 1, 2)?;
    match a {
        [func, sentinel] => {
            if !matches!(
                func,
                Value::Function(_)
                    | Value::Builtin(_)
                    | Value::BoundMethod(_)
                    | Value::Class(_)
                    | Value::Instance(_)
            ) {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "iter(v, w): v must be callable",
                ));
            }
            Ok(NativeIter::Callable {
                func: func.clone(),
                sentinel: sentinel.clone(),
            }
            .into_value())
        }
        _ => vm.get_iter(a[0].clone()),
    }
}

fn next(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("next", a, 1, 2)?;
    let it = &a[0];
    let iterator = match it {
        Value::Iter(_) | Value::Instance(_) => true,
        Value::Generator(g) => g.is_iterator(),
        Value::Native(n) => n.is_iterator(),
        _ => false,
    };
    if !iterator {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("'{}' object is not an iterator", it.type_name()),
        ));
    }
    if let Value::Generator(g) = it {
        return match vm.resume_nested(g, crate::vm::generator::Resume::Send(Value::None))? {
            crate::objects::frame::Outcome::Yielded(v) => Ok(v),
            crate::objects::frame::Outcome::Returned(r) => match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(PyErr::stop_iteration(r)),
            },
        };
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::bare(ExcKind::StopIteration)),
        },
    }
}

fn abs(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("abs", a, 1, 1)?;
    Ok(match &a[0] {
        Value::Int(i) => i.checked_abs().map_or_else(
            || Value::from_bigint(num_bigint::BigInt::from(*i) * -1),
            Value::Int,
        ),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => {
            use num_traits::Signed;
            Value::from_bigint(b.abs())
        }
        Value::Float(f) => Value::Float(f.abs()),
        Value::Instance(_) | Value::Native(_) => match vm.lookup_method(&a[0], "__abs__") {
            Some(m) => return vm.call(&m, vec![], vec![]),
            None if crate::objects::class::builtin_part(&a[0], "__abs__").is_some() => {
                let base = crate::objects::class::builtin_part(&a[0], "__abs__")
                    .cloned()
                    .unwrap_or_default();
                return abs(vm, &[base], &[]);
            }
            None => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("bad operand type for abs(): '{}'", a[0].type_name()),
                ))
            }
        },
        other => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("bad operand type for abs(): '{}'", other.type_name()),
            ))
        }
    })
}

fn min_max(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, want_less: bool) -> PyResult<Value> {
    args::only_kwargs(name, kw, &["key", "default"])?;
    let key = args::kwarg(kw, "key")
        .filter(|k| !matches!(k, Value::None))
        .cloned();
    let items = match a.len() {
        0 => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("{name} expected at least 1 argument, got 0"),
            ))
        }
        1 => vm.collect(&a[0])?,
        _ if args::kwarg(kw, "default").is_some() => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("Cannot specify a default for {name}() with multiple positional arguments"),
            ))
        }
        _ => a.to_vec(),
    };
    let mut best: Option<(Value, Value)> = None;
    for v in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![v.clone()], vec![])?,
            None => v.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                if want_less {
                    vm.lt(&k, bk)?
                } else {
                    // `item > best`, as CPython asks (its error names `>`).
                    let r = vm.compare_op(crate::objects::operator::CmpOp::Gt, &k, bk)?;
                    vm.truthy(&r)?
                }
            }
        };
        if better {
            best = Some((k, v));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match args::kwarg(kw, "default") {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::new(
                ExcKind::ValueError,
                format!("{name}() arg is an empty sequence"),
            )),
        },
    }
}

fn min(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    min_max(vm, a, kw, "min", true)
}

fn max(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    min_max(vm, a, kw, "max", false)
}

fn sum(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("sum", a, 1, 2)?;
    let total = a
        .get(1)
        .or_else(|| args::kwarg(kw, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    match total {
        Value::Str(_) => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "sum() can't sum {} [use b''.join(seq) instead]",
                    total.type_name()
                ),
            ))
        }
        _ => {}
    }
    let it = vm.get_iter(a[0].clone())?;
    match vm.consume(&it, Consumer::new(Sink::Sum(total)))?.sink {
        Sink::Sum(total) => Ok(total),
        _ => unreachable!("the sink given"),
    }
}

/// `any` (`want` true) and `all` (`want` false) of an iterable: whether an item
/// has the truth value `want`.
fn find_truth(vm: &mut Vm, iterable: &Value, want: bool) -> PyResult<bool> {
    let it = vm.get_iter(iterable.clone())?;
    match vm
        .consume(&it, Consumer::new(Sink::Truth { want, found: false }))?
        .sink
    {
        Sink::Truth { found, .. } => Ok(found),
        _ => unreachable!("the sink given"),
    }
}

/// Sorts values in place with an optional key, stably (merge sort, fallible compares).
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keyed: Vec<(Value, Value)> = match key {
        Some(f) => {
            let mut out = Vec::with_capacity(items.len());
            for v in items {
                out.push((vm.call(f, vec![v.clone()], vec![])?, v));
            }
            out
        }
        None => items.into_iter().map(|v| (v.clone(), v)).collect(),
    };
    let mut keyed = keyed;
    if reverse {
        keyed.reverse();
    }
    let sorted = merge_sort(vm, keyed)?;
    let mut out: Vec<Value> = sorted.into_iter().map(|(_, v)| v).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

fn merge_sort(vm: &mut Vm, mut v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    if v.len() <= 1 {
        return Ok(v);
    }
    let right = v.split_off(v.len() / 2);
    let left = merge_sort(vm, v)?;
    let right = merge_sort(vm, right)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
    while let (Some(a), Some(b)) = (l.peek(), r.peek()) {
        if vm.lt(&b.0, &a.0)? {
            out.push(r.next().expect("peeked"));
        } else {
            out.push(l.next().expect("peeked"));
        }
    }
    out.extend(l);
    out.extend(r);
    Ok(out)
}

fn sorted(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("sorted", a, 1, 1)?;
    args::only_kwargs("sort", kw, &["key", "reverse"])?;
    let items = vm.collect(&a[0])?;
    let key = args::kwarg(kw, "key")
        .filter(|k| !matches!(k, Value::None))
        .cloned();
    let reverse = match args::kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    Ok(Value::list(sort_values(vm, items, key.as_ref(), reverse)?))
}

fn reversed(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("reversed", a, 1, 1)?;
    Ok(match &a[0] {
        Value::List(l) => {
            let n = l.borrow().len();
            NativeIter::Reversed(l.clone(), n).into_value()
        }
        // A range runs backwards from its last item, without a list of its items.
        Value::Range(r) => {
            let left = crate::objects::int::range_len(r.0, r.1, r.2);
            NativeIter::Range {
                next: r.0.wrapping_add((left - 1).wrapping_mul(r.2)),
                step: r.2.wrapping_neg(),
                left,
            }
            .into_value()
        }
        Value::Native(n) if n.downcast::<crate::objects::bigrange::BigRange>().is_some() => n
            .downcast::<crate::objects::bigrange::BigRange>()
            .map(crate::objects::bigrange::BigRange::reversed)
            .unwrap_or_default(),
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
            let mut items = vm.collect(&a[0])?;
            items.reverse();
            NativeIter::Seq(Rc::new(TupleData(items)), 0, "reversed").into_value()
        }
        v if crate::objects::class::has_user_slots(v) => {
            if let Some(m) = vm.lookup_method(&a[0], "__reversed__") {
                return vm.call(&m, vec![], vec![]);
            }
            let n = len_of(vm, &a[0])?;
            let mut items = Vec::with_capacity(n);
            for i in (0..n).rev() {
                items.push(vm.get_item(&a[0], &Value::Int(i as i64))?);
            }
            NativeIter::Seq(Rc::new(TupleData(items)), 0, "reversed").into_value()
        }
        Value::Dict(d) => {
            let mut keys: Vec<Value> = d.borrow().keys().map(|k| k.value.clone()).collect();
            keys.reverse();
            NativeIter::Seq(Rc::new(TupleData(keys)), 0, "dict_reversekeyiterator").into_value()
        }
        Value::DictView(view) => {
            let mut items = view.items();
            items.reverse();
            let name = match view.kind {
                crate::objects::dict::ViewKind::Keys => "dict_reversekeyiterator",
                crate::objects::dict::ViewKind::Values => "dict_reversevalueiterator",
                crate::objects::dict::ViewKind::Items => "dict_reverseitemiterator",
            };
            NativeIter::Seq(Rc::new(TupleData(items)), 0, name).into_value()
        }
        Value::Native(_) => match vm.lookup_method(&a[0], "__reversed__") {
            Some(m) => return vm.call(&m, vec![], vec![]),
            None => return Err(not_reversible(&a[0])),
        },
        other => return Err(not_reversible(other)),
    })
}

fn not_reversible(v: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("'{}' object is not reversible", v.type_name()),
    )
}

fn enumerate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("enumerate", a, 1, 2)?;
    let inner = vm.get_iter(a[0].clone())?;
    let count = a
        .get(1)
        .or_else(|| args::kwarg(kw, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    Ok(NativeIter::Enumerate { inner, count }.into_value())
}

fn zip(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::only_kwargs("zip", kw, &["strict"])?;
    let strict = match args::kwarg(kw, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(a.len());
    for v in a {
        iters.push(vm.get_iter(v.clone())?);
    }
    Ok(NativeIter::Zip { iters, strict }.into_value())
}

fn map(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "map() must have at least two arguments.",
        ));
    }
    let mut iters = Vec::with_capacity(a.len() - 1);
    for v in &a[1..] {
        iters.push(vm.get_iter(v.clone())?);
    }
    Ok(NativeIter::Map {
        func: a[0].clone(),
        iters,
    }
    .into_value())
}

fn filter(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("filter", a, 2, 2)?;
    let inner = vm.get_iter(a[1].clone())?;
    Ok(NativeIter::Filter {
        func: a[0].clone(),
        inner,
    }
    .into_value())
}

fn any(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("any", a, 1, 1)?;
    find_truth(vm, &a[0], true).map(Value::Bool)
}

fn all(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("all", a, 1, 1)?;
    find_truth(vm, &a[0], false).map(|found| Value::Bool(!found))
}

/// `isinstance(obj, cls)` / `issubclass(obj, cls)` for each class of `cls` (a
/// class or a tuple of them, nested): a metaclass's `__instancecheck__` or
/// `__subclasscheck__` answers for its classes, `test` for the others.
fn class_check(
    vm: &mut Vm,
    obj: &Value,
    cls: &Value,
    test: &dyn Fn(&Rc<crate::objects::Class>) -> bool,
    fname: &str,
) -> PyResult<bool> {
    match cls {
        Value::Class(c) if test(c) => Ok(true),
        Value::Class(c) => {
            let hook = if fname == "isinstance" {
                "__instancecheck__"
            } else {
                "__subclasscheck__"
            };
            match c.metaclass.as_ref().and_then(|m| m.lookup_slot(hook)) {
                Some(Value::Function(_)) => {
                    let m = vm.get_attr(cls, hook)?;
                    let r = vm.call(&m, vec![obj.clone()], vec![])?;
                    vm.truthy(&r)
                }
                _ => Ok(false),
            }
        }
        Value::Tuple(t) => {
            for c in t.iter() {
                if class_check(vm, obj, c, test, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // `isinstance(x, int | str)`.
        Value::Native(n) if n.downcast::<crate::objects::union::UnionType>().is_some() => {
            let members = n
                .downcast::<crate::objects::union::UnionType>()
                .and_then(|u| u.classes())
                .ok_or_else(|| parameterized(fname))?;
            Ok(members.iter().any(test))
        }
        Value::Native(n)
            if n.downcast::<crate::objects::generic::GenericAlias>()
                .is_some() =>
        {
            Err(parameterized(fname))
        }
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            if fname == "isinstance" {
                "isinstance() arg 2 must be a type, a tuple of types, or a union".to_string()
            } else {
                format!("{fname}() arg 2 must be a class, a tuple of classes, or a union")
            },
        )),
    }
}

/// CPython's TypeError for `isinstance(x, list[int])`.
fn parameterized(fname: &str) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("{fname}() argument 2 cannot be a parameterized generic"),
    )
}

fn isinstance(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isinstance", a, 2, 2)?;
    let cls = types().class_of(&a[0]);
    Ok(Value::Bool(class_check(
        vm,
        &a[0],
        &a[1],
        &|c| cls.is_subclass(c),
        "isinstance",
    )?))
}

fn issubclass(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("issubclass", a, 2, 2)?;
    let Value::Class(sub) = &a[0] else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "issubclass() arg 1 must be a class",
        ));
    };
    let sub = sub.clone();
    Ok(Value::Bool(class_check(
        vm,
        &a[0],
        &a[1],
        &|c| sub.is_subclass(c),
        "issubclass",
    )?))
}

fn ord(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("ord", a, 1, 1)?;
    if let Some(b) = a[0].as_bytes() {
        return match *b {
            [c] => Ok(Value::Int(i64::from(c))),
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                ),
            )),
        };
    }
    match &a[0] {
        Value::Str(s) if s.char_len() == 1 => Ok(Value::Int(s.char_at(0) as i64)),
        Value::Str(s) => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            ),
        )),
        other => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "ord() expected string of length 1, but {} found",
                other.type_name()
            ),
        )),
    }
}

fn chr(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("chr", a, 1, 1)?;
    let i = args::int(&a[0], "")?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(PyErr::new(
            ExcKind::ValueError,
            "chr() arg not in range(0x110000)",
        )),
    }
}

fn divmod(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("divmod", a, 2, 2)?;
    if matches!((&a[0], &a[1]), (Value::Float(_), _) | (_, Value::Float(_)))
        && crate::objects::int::num_eq(&a[1], &Value::Int(0))
    {
        return Err(PyErr::new(ExcKind::ZeroDivisionError, "float divmod()"));
    }
    if matches!(a[0], Value::Instance(_) | Value::Native(_))
        || matches!(a[1], Value::Instance(_) | Value::Native(_))
    {
        // Instances answer with __divmod__ / __rdivmod__; subclasses of the numbers
        // without them divide as their values.
        if let Some(v) = vm.binary_dunders(&a[0], &a[1], "__divmod__", "__rdivmod__")? {
            return Ok(v);
        }
        let numeric = |v: &Value| crate::objects::class::builtin_part(v, "__divmod__").is_some();
        if !numeric(&a[0]) && !numeric(&a[1]) {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    a[0].type_name(),
                    a[1].type_name()
                ),
            ));
        }
    }
    let q = vm.binary_op(crate::objects::operator::BinOp::FloorDiv, &a[0], &a[1])?;
    let r = vm.binary_op(crate::objects::operator::BinOp::Mod, &a[0], &a[1])?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("pow", a, 2, 3)?;
    match a.get(2) {
        None | Some(Value::None) => {
            vm.binary_op(crate::objects::operator::BinOp::Pow, &a[0], &a[1])
        }
        Some(m) => {
            if a.iter()
                .any(|v| crate::objects::complex::as_complex(v).is_some())
            {
                return Err(PyErr::new(ExcKind::ValueError, "complex modulo"));
            }
            // Instances of int subclasses take part as their values.
            let int = |v| crate::objects::class::int_part(v).unwrap_or(v);
            let (x, y, m) = (int(&a[0]), int(&a[1]), int(m));
            if !(is_int(x) && is_int(y) && is_int(m)) {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            crate::objects::int::pow_mod(
                &to_big(x).unwrap_or_default(),
                &to_big(y).unwrap_or_default(),
                &to_big(m).unwrap_or_default(),
            )
        }
    }
}

fn round(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("round", a, 1, 2)?;
    let nd = a
        .get(1)
        .or_else(|| args::kwarg(kw, "ndigits"))
        .filter(|v| !matches!(v, Value::None));
    match (&a[0], nd) {
        (Value::Float(f), None) => crate::objects::float::float_to_int(f.round_ties_even()),
        (Value::Float(f), Some(n)) => Ok(Value::Float(crate::objects::float::round_digits(
            *f,
            args::int(n, "")?,
        ))),
        (v, None) if is_int(v) => Ok(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        }),
        (v, Some(n)) if is_int(v) => {
            let n = args::int(n, "")?;
            if n >= 0 {
                return Ok(v.clone());
            }
            // Round half to even, on the exact integer.
            use num_integer::Integer;
            let x = to_big(v).unwrap_or_default();
            let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
            let (q, r) = x.div_mod_floor(&p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && q.is_odd()) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        (Value::Instance(_), _) => match vm.lookup_method(&a[0], "__round__") {
            Some(m) => vm.call(&m, a[1..].to_vec(), vec![]),
            None if crate::objects::class::builtin_part(&a[0], "__round__").is_some() => {
                let mut args = a.to_vec();
                args[0] = crate::objects::class::builtin_part(&a[0], "__round__")
                    .cloned()
                    .unwrap_or_default();
                round(vm, &args, kw)
            }
            None => Err(PyErr::new(
                ExcKind::TypeError,
                format!("type {} doesn't define __round__ method", a[0].type_name()),
            )),
        },
        (other, _) => Err(PyErr::new(
            ExcKind::TypeError,
            format!("type {} doesn't define __round__ method", other.type_name()),
        )),
    }
}

fn radix(vm: &mut Vm, a: &[Value], name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    args::count(name, a, 1, 1)?;
    match to_big(&vm.index_dunder(&a[0])?) {
        Some(b) => Ok(Value::string(to_radix(&b, base, prefix))),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "'{}' object cannot be interpreted as an integer",
                a[0].type_name()
            ),
        )),
    }
}

fn hex(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    radix(vm, a, "hex", 16, "0x")
}

fn bin(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    radix(vm, a, "bin", 2, "0b")
}

fn oct(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    radix(vm, a, "oct", 8, "0o")
}

fn callable(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("callable", a, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &a[0])))
}

/// `callable(v)`.
pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::Builtin(_)
        | Value::BoundMethod(_)
        | Value::Class(_)
        | Value::NativeMethod(_) => true,
        Value::Instance(_) => vm.lookup_method(v, "__call__").is_some(),
        _ => false,
    }
}

fn getattr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("getattr", a, 2, 3)?;
    let name = a[1]
        .as_str()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "attribute name must be string"))?;
    match vm.get_attr(&a[0], name) {
        Err(e) if e.matches(ExcKind::AttributeError) && a.len() == 3 => Ok(a[2].clone()),
        r => r,
    }
}

fn setattr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("setattr", a, 3, 3)?;
    let name = a[1]
        .as_str()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "attribute name must be string"))?;
    vm.set_attr(&a[0], name, a[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("hasattr", a, 2, 2)?;
    let name = a[1]
        .as_str()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "attribute name must be string"))?;
    match vm.get_attr(&a[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("delattr", a, 2, 2)?;
    let name = a[1]
        .as_str()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "attribute name must be string"))?;
    vm.del_attr(&a[0], name)?;
    Ok(Value::None)
}

fn id(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("id", a, 1, 1)?;
    Ok(Value::Int(
        a[0].heap_ptr()
            .unwrap_or_else(|| crate::objects::dict::py_hash(&a[0]).unwrap_or(0) as usize)
            as i64,
    ))
}

fn hash(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("hash", a, 1, 1)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}

fn format(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("format", a, 1, 2)?;
    let spec = a.get(1).and_then(|s| s.as_str()).unwrap_or("");
    Ok(Value::string(vm.format(&a[0], spec)?))
}

/// `super()` and `super(C, obj)`: a proxy bound to `obj` that looks up the MRO after `C`.
fn super_(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (cls, obj) = match a {
        [c, o] => (c.clone(), o.clone()),
        [] => super::zero_arg_super(vm)?,
        _ => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "super() takes 0 or 2 arguments",
            ))
        }
    };
    super::make_super(cls, obj)
}

fn wrapper(class: Rc<crate::objects::Class>, attrs: Vec<(&str, Value)>) -> Value {
    let mut dict = crate::objects::Namespace::default();
    for (k, v) in attrs {
        dict.insert(k.into(), v);
    }
    Value::Instance(crate::objects::gc::tracked_instance(
        crate::objects::Instance {
            class,
            dict: crate::objects::Attrs::new(dict),
            exc: None,
            base: None,
        },
    ))
}

pub fn property(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let arg = |i: usize, name: &str| {
        a.get(i)
            .or_else(|| args::kwarg(kw, name))
            .cloned()
            .unwrap_or_default()
    };
    Ok(wrapper(
        types().property.clone(),
        vec![
            ("fget", arg(0, "fget")),
            ("fset", arg(1, "fset")),
            ("fdel", arg(2, "fdel")),
        ],
    ))
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy of the property with
/// one accessor replaced (the decorator forms).
pub static PROPERTY_METHODS: &[MethodDef] = &[
    MethodDef::new("getter", property_getter),
    MethodDef::new("setter", property_setter),
    MethodDef::new("deleter", property_deleter),
];

fn property_with(a: &[Value], which: &str) -> PyResult<Value> {
    args::method_count(which, a, 1, 1)?;
    let Value::Instance(p) = &a[0] else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a 'property' object",
        ));
    };
    let key = match which {
        "getter" => "fget",
        "setter" => "fset",
        _ => "fdel",
    };
    let attrs: Vec<(&str, Value)> = ["fget", "fset", "fdel"]
        .into_iter()
        .map(|k| {
            let v = if k == key {
                a[1].clone()
            } else {
                p.dict.get(k).unwrap_or_default()
            };
            (k, v)
        })
        .collect();
    Ok(wrapper(types().property.clone(), attrs))
}

fn property_getter(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    property_with(a, "getter")
}

fn property_setter(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    property_with(a, "setter")
}

fn property_deleter(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    property_with(a, "deleter")
}

pub fn staticmethod(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("staticmethod", a, 1, 1)?;
    Ok(wrapper(
        types().staticmethod.clone(),
        vec![("__func__", a[0].clone())],
    ))
}

pub fn classmethod(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("classmethod", a, 1, 1)?;
    Ok(wrapper(
        types().classmethod.clone(),
        vec![("__func__", a[0].clone())],
    ))
}

fn input(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("input", a, 0, 1)?;
    if let Some(p) = a.first() {
        let p = vm.str_of(p)?;
        vm.write_out(&p)?;
    }
    vm.out.flush();
    // Through sys.stdin, so input() and sys.stdin share one buffer (and a program may
    // replace sys.stdin, with an io.StringIO say).
    let stdin = vm.sys_dict.borrow().get_name("stdin").cloned();
    let line = match stdin {
        None | Some(Value::None) => {
            return Err(PyErr::new(ExcKind::RuntimeError, "input(): lost sys.stdin"))
        }
        Some(f) => match f.downcast::<super::io::text::TextFile>() {
            Some(file) => Value::string(file.readline(None)?),
            None => {
                let readline = vm.get_attr(&f, "readline")?;
                vm.call(&readline, vec![], vec![])?
            }
        },
    };
    let text = line.as_str().unwrap_or_default();
    if text.is_empty() {
        return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"));
    }
    Ok(Value::str(text.strip_suffix('\n').unwrap_or(text)))
}

/// `exit()` / `quit()`: raise SystemExit.
fn exit(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("exit", a, 0, 1)?;
    Err(PyErr::with_args(
        types().exc(ExcKind::SystemExit),
        a.to_vec(),
    ))
}
