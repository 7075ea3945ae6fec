//! Namespaces seen from Python: `globals()`, `locals()`, `vars()`, `dir()`, and
//! `eval()`/`exec()`, which compile a string with genpy's own front end and run it in a
//! namespace built from the given dicts (or the caller's globals and locals).

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::args;
use crate::objects::{ExcKind, HashKey, KwArgs, Namespace, PyErr, PyResult, Value};
use crate::syntax::ast::{ExprKind, Spanned, StmtKind};
use crate::vm::Vm;

/// Name of the hidden variable `eval` stores its result in.
const RESULT: &str = "__genpy_eval_result__";

/// The namespace code runs in: the globals dict given (or the caller's globals), with
/// the locals given (or the caller's locals, inside a function) laid over a copy.
fn namespace(
    vm: &mut Vm,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<(Rc<RefCell<Namespace>>, bool)> {
    let dict_ns = |d: &Value| -> PyResult<Namespace> {
        let Value::Dict(d) = d else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("globals must be a dict, not {}", d.type_name()),
            ));
        };
        let mut ns = Namespace::default();
        for (k, v) in d.borrow().iter() {
            if let Value::Str(s) = &k.value {
                ns.insert(s.as_str().into(), v.clone());
            }
        }
        Ok(ns)
    };
    match (globals, locals) {
        (Some(g), l) if !matches!(g, Value::None) => {
            let mut ns = dict_ns(g)?;
            if let Some(l) = l.filter(|l| !matches!(l, Value::None)) {
                ns.extend(dict_ns(l)?);
            }
            Ok((Rc::new(RefCell::new(ns)), false))
        }
        _ => {
            let frame = vm
                .frames
                .last()
                .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "no frame"))?;
            let at_module = frame.class_ns.is_none() && &*frame.code.name == "<module>";
            if at_module {
                return Ok((frame.globals.clone(), true));
            }
            let mut ns = frame.globals.borrow().clone();
            for (k, v) in frame_locals(vm) {
                ns.insert(k, v);
            }
            Ok((Rc::new(RefCell::new(ns)), false))
        }
    }
}

/// Copies a namespace back into the globals dict the caller passed.
fn write_back(ns: &Namespace, globals: Option<&Value>) -> PyResult<()> {
    if let Some(Value::Dict(d)) = globals {
        let mut d = d.borrow_mut();
        for (k, v) in ns {
            if &**k != RESULT {
                d.insert(HashKey::new(Value::str(k))?, v.clone());
            }
        }
    }
    Ok(())
}

fn source_arg<'a>(a: &'a [Value], fname: &str) -> PyResult<&'a str> {
    a[0].as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("{fname}() arg 1 must be a string, bytes or code object"),
        )
    })
}

fn syntax_error(e: crate::syntax::SyntaxError) -> PyErr {
    PyErr::new(ExcKind::SyntaxError, e.message)
}

/// `exec(source, globals=None, locals=None)`.
pub fn exec(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("exec", a, 1, 3)?;
    let src = source_arg(a, "exec")?;
    let module = crate::syntax::parse(src).map_err(syntax_error)?;
    let file = Rc::new(crate::source::SourceFile::new("<string>", src));
    let code = crate::compile::compile_module(&module, file, false)
        .map_err(|e| PyErr::new(ExcKind::SyntaxError, e.message))?;
    let (ns, _) = namespace(vm, a.get(1), a.get(2))?;
    vm.run_module(code, ns.clone())?;
    write_back(&ns.borrow(), a.get(1))?;
    Ok(Value::None)
}

/// `eval(expression, globals=None, locals=None)`.
pub fn eval(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("eval", a, 1, 3)?;
    let src = source_arg(a, "eval")?.trim();
    let mut module = crate::syntax::parse(src).map_err(syntax_error)?;
    let [Spanned {
        node: StmtKind::Expr(expr),
        span,
    }] = module.body.as_slice()
    else {
        return Err(PyErr::new(ExcKind::SyntaxError, "invalid syntax"));
    };
    let target = Spanned {
        node: ExprKind::Name(RESULT.to_string()),
        span: *span,
    };
    module.body = vec![Spanned {
        node: StmtKind::Assign {
            targets: vec![target],
            value: expr.clone(),
        },
        span: *span,
    }];
    let file = Rc::new(crate::source::SourceFile::new("<string>", src));
    let code = crate::compile::compile_module(&module, file, false)
        .map_err(|e| PyErr::new(ExcKind::SyntaxError, e.message))?;
    let (ns, shared) = namespace(vm, a.get(1), a.get(2))?;
    vm.run_module(code, ns.clone())?;
    let result = ns.borrow_mut().shift_remove(RESULT).unwrap_or_default();
    if !shared {
        write_back(&ns.borrow(), a.get(1))?;
    }
    Ok(result)
}

pub fn vars(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("vars", a, 0, 1)?;
    match a.first() {
        Some(v) => vm.get_attr(v, "__dict__"),
        None => globals(vm, a, &[]),
    }
}
pub fn globals(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = vm.frames.last().map(|f| f.globals.clone());
    match g {
        Some(g) => crate::objects::dict::namespace_to_dict(&g.borrow()),
        None => Ok(Value::Dict(Rc::default())),
    }
}

/// The bound local variables of the running frame as (name, value) pairs; at module
/// level, the globals.
pub fn frame_locals(vm: &Vm) -> Vec<(Rc<str>, Value)> {
    let Some(frame) = vm.frames.last() else {
        return Vec::new();
    };
    if let Some(ns) = &frame.class_ns {
        return ns
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
    }
    if &*frame.code.name == "<module>" {
        return frame
            .globals
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
    }
    let code = &frame.code;
    let mut out: Vec<(Rc<str>, Value)> = code
        .varnames
        .iter()
        .zip(&frame.locals)
        .filter(|(_, v)| !matches!(v, Value::Undef))
        .map(|(n, v)| (n.clone(), v.clone()))
        .collect();
    for (n, c) in code.cellvars.iter().chain(&code.freevars).zip(&frame.cells) {
        let v = c.borrow().clone();
        if !matches!(v, Value::Undef) {
            out.push((n.clone(), v));
        }
    }
    out
}
pub fn locals(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("locals", a, 0, 0)?;
    let mut d = crate::objects::Dict::default();
    for (k, v) in frame_locals(vm) {
        d.insert(crate::objects::HashKey::new(Value::str(&k))?, v);
    }
    Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
}
pub fn dir(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("dir", a, 0, 1)?;
    let mut names: Vec<String> = match a.first() {
        Some(obj) => crate::vm::attr::dir_names(obj),
        None => frame_locals(vm)
            .into_iter()
            .map(|(k, _)| k.to_string())
            .collect(),
    };
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}
