//! The methods of `BaseExceptionGroup` (and so `ExceptionGroup`): `derive`, `split`
//! and `subgroup`. Construction with CPython's checks is
//! `objects::exc::new_exception_group`; `message` and `exceptions` are attributes of
//! the exception's state; `except*` uses [`split`] through the VM's exception
//! matching (`CheckEgMatch`).

use crate::objects::class::types;
use crate::objects::{ExcKind, KwArgs, MethodDef, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Puts the methods into the class's dict.
pub fn install() {
    types()
        .exc(ExcKind::BaseExceptionGroup)
        .add_methods(METHODS);
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("derive", derive),
    MethodDef::new("split", split_method),
    MethodDef::new("subgroup", subgroup),
];

/// The group a method was called on.
fn receiver(a: &[Value], name: &str) -> PyResult<PyErr> {
    a.first()
        .and_then(PyErr::from_value)
        .filter(|e| e.data().group.is_some())
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!("descriptor '{name}' requires a 'BaseExceptionGroup' object"),
            )
        })
}

/// `derive(excs)`: a BaseExceptionGroup with this one's message and `excs`.
fn derive(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    crate::objects::args::method_count("derive", a, 1, 1)?;
    let eg = receiver(a, "derive")?;
    let message = eg.data().group.clone().unwrap_or_default().0;
    let class = Value::Class(types().exc(ExcKind::BaseExceptionGroup));
    vm.call(&class, vec![message, a[1].clone()], vec![])
}

/// What `split` and `subgroup` test each exception with.
enum Condition {
    /// An exception type or a tuple of them: isinstance.
    Types(Vec<std::rc::Rc<crate::objects::Class>>),
    /// A predicate called on each exception (groups included).
    Predicate(Value),
}

impl Condition {
    fn new(vm: &mut Vm, v: &Value) -> PyResult<Condition> {
        let base = types().exc(ExcKind::BaseException);
        let exception_type = |v: &Value| match v {
            Value::Class(c) if c.is_subclass(&base) => Some(c.clone()),
            _ => None,
        };
        if let Some(c) = exception_type(v) {
            return Ok(Condition::Types(vec![c]));
        }
        if let Value::Tuple(items) = v {
            if let Some(classes) = items.iter().map(exception_type).collect() {
                return Ok(Condition::Types(classes));
            }
        }
        if !matches!(v, Value::Class(_)) && super::functions::is_callable(vm, v) {
            return Ok(Condition::Predicate(v.clone()));
        }
        Err(PyErr::new(
            ExcKind::TypeError,
            "expected a function, exception type or tuple of exception types",
        ))
    }

    fn matches(&self, vm: &mut Vm, e: &PyErr) -> PyResult<bool> {
        match self {
            Condition::Types(classes) => Ok(classes.iter().any(|c| e.class().is_subclass(c))),
            Condition::Predicate(f) => {
                let r = vm.call(f, vec![e.value()], vec![])?;
                vm.truthy(&r)
            }
        }
    }
}

/// The parts of a group that match a condition and that do not (either may be None),
/// nested as in the group; whole groups that match are kept as they are.
pub struct Split {
    /// The matching part.
    pub matched: Option<PyErr>,
    /// The rest (only when asked for).
    pub rest: Option<PyErr>,
}

/// Splits `e` (a group, or for `except*` any exception) by `condition`.
pub fn split(vm: &mut Vm, e: &PyErr, condition: &Value, with_rest: bool) -> PyResult<Split> {
    let condition = Condition::new(vm, condition)?;
    split_by(vm, e, &condition, with_rest)
}

fn split_by(vm: &mut Vm, e: &PyErr, cond: &Condition, with_rest: bool) -> PyResult<Split> {
    if cond.matches(vm, e)? {
        return Ok(Split {
            matched: Some(e.clone()),
            rest: None,
        });
    }
    let group = e.data().group.clone();
    let members = match &group {
        Some((_, Value::Tuple(t))) => t.to_vec(),
        _ => {
            return Ok(Split {
                matched: None,
                rest: with_rest.then(|| e.clone()),
            })
        }
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for m in &members {
        let Some(member) = PyErr::from_value(m) else {
            continue;
        };
        let part = split_by(vm, &member, cond, with_rest)?;
        matched.extend(part.matched.map(|p| p.value()));
        rest.extend(part.rest.map(|p| p.value()));
    }
    Ok(Split {
        matched: derive_and_copy(vm, e, matched)?,
        rest: if with_rest {
            derive_and_copy(vm, e, rest)?
        } else {
            None
        },
    })
}

/// `e.derive(members)` with `e`'s traceback, cause, context and notes; None for no
/// members.
fn derive_and_copy(vm: &mut Vm, e: &PyErr, members: Vec<Value>) -> PyResult<Option<PyErr>> {
    if members.is_empty() {
        return Ok(None);
    }
    // The class's own `derive` (a subclass may override it), called unbound.
    let method = e.class().lookup("derive").ok_or_else(|| {
        PyErr::new(ExcKind::AttributeError, "exception group has no derive()")
    })?;
    let made = vm.call(&method, vec![e.value(), Value::list(members)], vec![])?;
    let Some(group) = PyErr::from_value(&made).filter(|g| g.data().group.is_some()) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "derive must return an instance of BaseExceptionGroup",
        ));
    };
    {
        let from = e.data();
        let mut to = group.data_mut();
        to.traceback = from.traceback.clone();
        to.cause = from.cause.clone();
        to.context = from.context.clone();
        to.suppress_context = from.suppress_context;
    }
    let notes = e.0.dict.borrow().get("__notes__").cloned();
    if let Some(notes) = notes {
        let copied = Value::list(vm.collect(&notes)?);
        group.0.dict.borrow_mut().insert("__notes__".into(), copied);
    }
    Ok(Some(group))
}

fn optional(e: Option<PyErr>) -> Value {
    e.map_or(Value::None, |e| e.value())
}

/// `split(condition)`: `(match, rest)`.
fn split_method(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    crate::objects::args::method_count("split", a, 1, 1)?;
    let eg = receiver(a, "split")?;
    let parts = split(vm, &eg, &a[1], true)?;
    Ok(Value::tuple(vec![
        optional(parts.matched),
        optional(parts.rest),
    ]))
}

/// `subgroup(condition)`: the matching part, or None.
fn subgroup(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    crate::objects::args::method_count("subgroup", a, 1, 1)?;
    let eg = receiver(a, "subgroup")?;
    Ok(optional(split(vm, &eg, &a[1], false)?.matched))
}
