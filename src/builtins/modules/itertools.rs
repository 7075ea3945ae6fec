//! `itertools`, native part: the lazy core (count, islice, chain, repeat, takewhile,
//! dropwhile); the rest is Python, in `lib/itertools.py`.

use super::native_module;
use crate::objects::args;
use crate::objects::class::types;
use crate::objects::func::MethodDef;
use crate::objects::iter::NativeIter;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[
    MethodDef::new("count", count),
    MethodDef::new("islice", islice),
    MethodDef::new("repeat", repeat),
    MethodDef::new("takewhile", takewhile),
    MethodDef::new("dropwhile", dropwhile),
];

/// The methods of the `itertools.chain` class.
static CHAIN_METHODS: &[MethodDef] = &[MethodDef::class_method(
    "from_iterable",
    chain_from_iterable,
)];

/// Builds the `itertools` module.
pub fn module() -> Value {
    native_module("itertools", FUNCS, vec![("chain", chain_class())])
}

/// `itertools.chain`: a class (the type of the iterators it makes), whose constructor
/// chains its arguments and whose `from_iterable` chains the items of one iterable.
fn chain_class() -> Value {
    let class = types().iter_class("itertools.chain");
    class
        .constructor
        .set(Some(|vm, _, a, kw| chain(vm, &a, &kw)));
    class.add_methods(CHAIN_METHODS);
    Value::Class(class)
}

fn count(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("count", a, 0, 2)?;
    let start = a
        .first()
        .or_else(|| args::kwarg(kw, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    let step = a
        .get(1)
        .or_else(|| args::kwarg(kw, "step"))
        .cloned()
        .unwrap_or(Value::Int(1));
    Ok(NativeIter::Count { next: start, step }.into_value())
}

fn islice_arg(v: &Value, what: &str) -> PyResult<Option<usize>> {
    match v {
        Value::None => Ok(None),
        other => match other.as_i64() {
            Some(n) if n >= 0 => Ok(Some(n as usize)),
            _ => Err(PyErr::new(
                ExcKind::ValueError,
                format!("{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."),
            )),
        },
    }
}

fn islice(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("islice", a, 2, 4)?;
    let inner = vm.get_iter(a[0].clone())?;
    let (start, stop, step) = match a.len() {
        2 => (0, islice_arg(&a[1], "Stop")?, 1),
        _ => (
            islice_arg(&a[1], "Indices")?.unwrap_or(0),
            islice_arg(&a[2], "Stop")?,
            match a.get(3) {
                Some(s) => match islice_arg(s, "Step")? {
                    Some(0) => {
                        return Err(PyErr::new(
                            ExcKind::ValueError,
                            "Step for islice() must be a positive integer or None.",
                        ))
                    }
                    Some(n) => n,
                    None => 1,
                },
                None => 1,
            },
        ),
    };
    let left = stop.map(|s| {
        if s <= start {
            0
        } else {
            (s - start).div_ceil(step)
        }
    });
    Ok(NativeIter::Islice {
        inner,
        skip: start,
        left,
        step,
    }
    .into_value())
}

fn chain(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let rest = vm.get_iter(Value::tuple(a.to_vec()))?;
    Ok(NativeIter::Chain {
        rest,
        current: None,
    }
    .into_value())
}

/// `chain.from_iterable(iterable)`; `a[0]` is the class.
fn chain_from_iterable(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("from_iterable", &a[1..], 1, 1)?;
    let rest = vm.get_iter(a[1].clone())?;
    Ok(NativeIter::Chain {
        rest,
        current: None,
    }
    .into_value())
}

fn repeat(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("repeat", a, 1, 2)?;
    let left = match a.get(1).or_else(|| args::kwarg(kw, "times")) {
        Some(n) => Some(args::int(n, "")?.max(0) as usize),
        None => None,
    };
    Ok(NativeIter::Repeat {
        value: a[0].clone(),
        left,
    }
    .into_value())
}

fn takewhile(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("takewhile", a, 2, 2)?;
    let inner = vm.get_iter(a[1].clone())?;
    Ok(NativeIter::TakeWhile {
        pred: a[0].clone(),
        inner,
        done: false,
    }
    .into_value())
}

fn dropwhile(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("dropwhile", a, 2, 2)?;
    let inner = vm.get_iter(a[1].clone())?;
    Ok(NativeIter::DropWhile {
        pred: a[0].clone(),
        inner,
        dropping: true,
    }
    .into_value())
}
