//! Exception groups in the VM: splitting a group by a condition (what `split`,
//! `subgroup` and `except*` share), and the two ops of `except*`: `CheckEgMatch`,
//! which hands each clause the part of the exception it matches, and
//! `PrepReraiseStar`, which decides what escapes the clauses (CPython 3.11's rules:
//! the unhandled and re-raised parts of the original group, nested as in it, and the
//! exceptions the clauses raised, together in a new group).

use std::rc::Rc;

use super::Vm;
use crate::objects::class::types;
use crate::objects::exc::new_exception_group;
use crate::objects::{Class, ExcKind, PyErr, PyResult, Value};

/// What `split`, `subgroup` and `except*` test each exception with.
enum Condition {
    /// An exception type or a tuple of them: isinstance.
    Types(Vec<Rc<Class>>),
    /// A predicate called on each exception (groups included).
    Predicate(Value),
    /// Exactly these exceptions (by identity): the leaves `except*` re-raised.
    Leaves(Vec<PyErr>),
}

/// The parts of a group that match a condition and that do not (either may be
/// None), nested as in the group; a whole group that matches is kept as it is.
pub struct Split {
    /// The matching part.
    pub matched: Option<PyErr>,
    /// The rest (only when asked for).
    pub rest: Option<PyErr>,
}

/// The exception classes of an `except*` clause or a `split` condition: a class or a
/// tuple of classes deriving from BaseException, else None.
fn exception_types(v: &Value) -> Option<Vec<Rc<Class>>> {
    let base = types().exc(ExcKind::BaseException);
    let one = |v: &Value| match v {
        Value::Class(c) if c.is_subclass(&base) => Some(c.clone()),
        _ => None,
    };
    match v {
        Value::Tuple(items) => items.iter().map(one).collect(),
        other => one(other).map(|c| vec![c]),
    }
}

fn members(e: &PyErr) -> Option<Vec<Value>> {
    match &e.data().group {
        Some((_, Value::Tuple(t))) => Some(t.to_vec()),
        _ => None,
    }
}

impl Vm {
    /// Splits `e` by `condition` (an exception type, a tuple of them, or a predicate),
    /// as `BaseExceptionGroup.split` does (`with_rest` false for `subgroup`).
    pub fn exception_group_split(
        &mut self,
        e: &PyErr,
        condition: &Value,
        with_rest: bool,
    ) -> PyResult<Split> {
        let cond = match exception_types(condition) {
            Some(classes) => Condition::Types(classes),
            None if !matches!(condition, Value::Class(_) | Value::Tuple(_))
                && self.is_callable_value(condition) =>
            {
                Condition::Predicate(condition.clone())
            }
            None => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "expected a function, exception type or tuple of exception types",
                ))
            }
        };
        self.split_by(e, &cond, with_rest)
    }

    fn stack_pop(&mut self) -> Value {
        let frame = self.frames.last_mut().expect("a running frame");
        frame.stack.pop().expect("an operand")
    }

    fn stack_push(&mut self, v: Value) {
        let frame = self.frames.last_mut().expect("a running frame");
        frame.stack.push(v);
    }

    fn is_callable_value(&mut self, v: &Value) -> bool {
        matches!(
            v,
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::NativeMethod(_)
        ) || self.lookup_method(v, "__call__").is_some()
    }

    fn condition_matches(&mut self, cond: &Condition, e: &PyErr) -> PyResult<bool> {
        match cond {
            Condition::Types(classes) => Ok(classes.iter().any(|c| e.class().is_subclass(c))),
            Condition::Predicate(f) => {
                let r = self.call(f, vec![e.value()], vec![])?;
                self.truthy(&r)
            }
            Condition::Leaves(leaves) => Ok(leaves.iter().any(|l| Rc::ptr_eq(&l.0, &e.0))),
        }
    }

    fn split_by(&mut self, e: &PyErr, cond: &Condition, with_rest: bool) -> PyResult<Split> {
        if self.condition_matches(cond, e)? {
            return Ok(Split {
                matched: Some(e.clone()),
                rest: None,
            });
        }
        let Some(items) = members(e) else {
            return Ok(Split {
                matched: None,
                rest: with_rest.then(|| e.clone()),
            });
        };
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for item in &items {
            let Some(member) = PyErr::from_value(item) else {
                continue;
            };
            let part = self.split_by(&member, cond, with_rest)?;
            matched.extend(part.matched.map(|p| p.value()));
            rest.extend(part.rest.map(|p| p.value()));
        }
        let matched = self.derive_and_copy(e, matched)?;
        let rest = match with_rest {
            true => self.derive_and_copy(e, rest)?,
            false => None,
        };
        Ok(Split { matched, rest })
    }

    /// `e.derive(members)` with `e`'s traceback, cause, context and notes; None for no
    /// members.
    fn derive_and_copy(&mut self, e: &PyErr, members: Vec<Value>) -> PyResult<Option<PyErr>> {
        if members.is_empty() {
            return Ok(None);
        }
        // The class's own `derive` (a subclass may override it), called unbound.
        let method = e.class().lookup("derive").ok_or_else(|| {
            PyErr::new(ExcKind::AttributeError, "exception group has no derive()")
        })?;
        let made = self.call(&method, vec![e.value(), Value::list(members)], vec![])?;
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
        let notes = e.0.dict.get("__notes__");
        if let Some(notes) = notes {
            let copied = Value::list(self.collect(&notes)?);
            group.0.dict.set("__notes__", copied);
        }
        Ok(Some(group))
    }

    /// `CheckEgMatch`: `[rest, type] -> [rest', match]`.
    pub(super) fn check_eg_match(&mut self) -> PyResult<()> {
        let typ = self.stack_pop();
        let exc = self.stack_pop();
        let Some(classes) = exception_types(&typ) else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        };
        let group_class = types().exc(ExcKind::BaseExceptionGroup);
        if classes.iter().any(|c| c.is_subclass(&group_class)) {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        let (rest, matched) = match PyErr::from_value(&exc) {
            None => (Value::None, Value::None),
            Some(e) if e.data().group.is_none() => {
                if classes.iter().any(|c| e.class().is_subclass(c)) {
                    // A naked exception matches wrapped in a group with its traceback.
                    let wrapped = new_exception_group(
                        group_class.clone(),
                        vec![Value::str(""), Value::tuple(vec![e.value()])],
                    )?;
                    let wrapped = PyErr(wrapped);
                    wrapped.data_mut().traceback = e.data().traceback.clone();
                    (Value::None, wrapped.value())
                } else {
                    (exc.clone(), Value::None)
                }
            }
            Some(e) => {
                let parts = self.split_by(&e, &Condition::Types(classes), true)?;
                let value = |p: Option<PyErr>| p.map_or(Value::None, |p| p.value());
                (value(parts.rest), value(parts.matched))
            }
        };
        if let Some(m) = PyErr::from_value(&matched) {
            self.frames.last_mut().expect("a running frame").handled = Some(m);
        }
        self.stack_push(rest);
        self.stack_push(matched);
        Ok(())
    }

    /// `PrepReraiseStar`: `[orig, excs] -> [exc or None]`.
    pub(super) fn prep_reraise_star(&mut self) -> PyResult<()> {
        let excs = self.stack_pop();
        let orig = self.stack_pop();
        let excs: Vec<PyErr> = match &excs {
            Value::List(l) => l.borrow().iter().filter_map(PyErr::from_value).collect(),
            _ => Vec::new(),
        };
        let result = match PyErr::from_value(&orig) {
            _ if excs.is_empty() => None,
            // A naked exception: one clause at most ran, so one exception at most.
            Some(o) if o.data().group.is_none() => excs.into_iter().next(),
            None => excs.into_iter().next(),
            Some(o) => self.reraise_star_result(&o, excs)?,
        };
        self.stack_push(result.map_or(Value::None, |e| e.value()));
        Ok(())
    }

    /// What escapes `except*` clauses over the group `orig`: the parts of `orig` that
    /// were re-raised or not handled (`orig` split down to their leaves), and the
    /// exceptions the clauses raised themselves; several make a new group.
    fn reraise_star_result(&mut self, orig: &PyErr, excs: Vec<PyErr>) -> PyResult<Option<PyErr>> {
        let (reraised, mut raised): (Vec<PyErr>, Vec<PyErr>) =
            excs.into_iter().partition(|e| same_metadata(e, orig));
        let mut leaves = Vec::new();
        for e in &reraised {
            collect_leaves(e, &mut leaves);
        }
        let kept = match leaves.is_empty() {
            true => None,
            false => {
                self.split_by(orig, &Condition::Leaves(leaves), false)?
                    .matched
            }
        };
        if raised.is_empty() {
            return Ok(kept);
        }
        raised.extend(kept);
        if raised.len() == 1 {
            return Ok(raised.pop());
        }
        let members = raised.iter().map(PyErr::value).collect();
        let group = new_exception_group(
            types().exc(ExcKind::ExceptionGroup),
            vec![Value::str(""), Value::list(members)],
        )?;
        Ok(Some(PyErr(group)))
    }
}

/// Whether `e` is a part of `orig` that a clause re-raised: split copies the
/// traceback, cause, context and notes, which a new exception does not share.
fn same_metadata(e: &PyErr, orig: &PyErr) -> bool {
    let (a, b) = (e.data(), orig.data());
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    let same_tb = a.traceback.len() == b.traceback.len()
        && a.traceback
            .iter()
            .zip(&b.traceback)
            .all(|(x, y)| Rc::ptr_eq(&x.code, &y.code) && x.span == y.span);
    let notes = |e: &PyErr| e.0.dict.get("__notes__");
    same_tb
        && same(&a.cause, &b.cause)
        && same(&a.context, &b.context)
        && same(&notes(e), &notes(orig))
}

/// The exceptions at the leaves of `e` (itself when it is no group).
fn collect_leaves(e: &PyErr, out: &mut Vec<PyErr>) {
    match members(e) {
        None => out.push(e.clone()),
        Some(items) => {
            for item in &items {
                if let Some(m) = PyErr::from_value(item) {
                    collect_leaves(&m, out);
                }
            }
        }
    }
}
