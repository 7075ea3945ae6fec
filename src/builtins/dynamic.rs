//! Namespaces seen from Python: `globals()`, `locals()`, `vars()`, `dir()`;
//! `compile()`, which turns source text into a code object with
//! [`compile_source`]; and `eval()`/`exec()`, which run a code object (or a string
//! they compile the same way) with the given dicts as their globals and locals (or
//! the caller's globals and locals): the dicts themselves, so a function defined
//! by the code sees later changes to its globals dict.

use crate::objects::{Globals, NameKeys};
use std::rc::Rc;

use crate::compile::{compile_source, Mode};
use crate::objects::args;
use crate::objects::code::Code;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::import::{source_text, syntax_error};
use crate::vm::Vm;

/// The globals dict `exec`/`eval` run code in: the dict given (which gets a
/// `__builtins__` entry, as in CPython, when it has none), or the caller's globals.
fn globals_arg(vm: &Vm, fname: &str, globals: Option<&Value>) -> PyResult<Globals> {
    match globals {
        Some(Value::Dict(d)) => {
            if !d.borrow().has_name("__builtins__") {
                let builtins = Value::Dict(vm.builtins.clone());
                d.borrow_mut().set_name("__builtins__", builtins);
            }
            Ok(d.clone())
        }
        Some(g) if !matches!(g, Value::None) => Err(PyErr::new(
            ExcKind::TypeError,
            format!("{fname}() globals must be a dict, not {}", g.type_name()),
        )),
        _ => vm
            .frames
            .last()
            .map(|f| f.globals.clone())
            .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "no frame")),
    }
}

/// The mapping names are stored in and read from first, when it is not the globals:
/// the locals given, or (with neither given) a snapshot of the calling function's
/// locals; None at module level or when the locals are the globals.
fn locals_arg(
    vm: &mut Vm,
    globals_given: Option<&Value>,
    locals_given: Option<&Value>,
) -> PyResult<Option<Value>> {
    let given = |v: Option<&Value>| v.filter(|v| !matches!(v, Value::None)).cloned();
    match (given(globals_given), given(locals_given)) {
        (Some(g), Some(l)) if g.is(&l) => Ok(None),
        (_, Some(l)) => Ok(Some(l)),
        (Some(_), None) => Ok(None),
        (None, None) => locals(vm, &[], &[]).map(|l| {
            let at_module = matches!(&l, Value::Dict(d)
                if vm.frames.last().is_some_and(|f| Rc::ptr_eq(d, &f.globals)));
            (!at_module).then_some(l)
        }),
    }
}

/// The text of `exec`/`eval`/`compile`'s source: a str, or bytes decoded as a source
/// file's are; None for any other type.
fn source_arg(source: &Value) -> Option<PyResult<std::borrow::Cow<'_, str>>> {
    if let Some(text) = source.as_str() {
        return Some(Ok(std::borrow::Cow::Borrowed(text)));
    }
    let bytes = source.as_bytes()?;
    Some(source_text(&bytes, "<string>").map(|t| std::borrow::Cow::Owned(t.into_owned())))
}

/// The code `exec()`/`eval()` (named `fname`) runs: a code object as it is, or a
/// string compiled as `<string>` in `mode`.
fn code_arg(source: &Value, fname: &str, mode: Mode) -> PyResult<Rc<Code>> {
    match source {
        Value::Code(code) if !code.freevars.is_empty() => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "code object requires a closure of exactly length {}",
                code.freevars.len()
            ),
        )),
        Value::Code(code) if !code.cellvars.is_empty() => Err(PyErr::new(
            ExcKind::NotImplementedError,
            format!("{fname}() of a code object with cell variables is not supported"),
        )),
        Value::Code(code) => Ok(code.clone()),
        _ => {
            let text = source_arg(source).unwrap_or_else(|| {
                Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("{fname}() arg 1 must be a string, bytes or code object"),
                ))
            })?;
            let text = &*text;
            // Like CPython, eval() ignores the leading spaces and tabs of a string.
            let text = match mode {
                Mode::Eval => text.trim_start_matches([' ', '\t']),
                Mode::Exec | Mode::Interactive => text,
            };
            compile_source(text, "<string>", mode).map_err(|e| syntax_error(&e))
        }
    }
}

/// Runs `code` with the globals and locals `exec`/`eval` (named `fname`) were
/// given, and returns what the code returned.
fn run_in(
    vm: &mut Vm,
    fname: &str,
    code: Rc<Code>,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<Value> {
    let g = globals_arg(vm, fname, globals)?;
    let l = locals_arg(vm, globals, locals)?;
    vm.run_code_in(code, g, l)
}

/// `exec(source, globals=None, locals=None)`.
pub fn exec(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("exec", a, 1, 3)?;
    let code = code_arg(&a[0], "exec", Mode::Exec)?;
    run_in(vm, "exec", code, a.get(1), a.get(2))?;
    Ok(Value::None)
}

/// `eval(expression, globals=None, locals=None)`.
pub fn eval(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("eval", a, 1, 3)?;
    let code = code_arg(&a[0], "eval", Mode::Eval)?;
    run_in(vm, "eval", code, a.get(1), a.get(2))
}

/// `compile()`'s parameters, in order.
const COMPILE_PARAMS: [&str; 6] = [
    "source",
    "filename",
    "mode",
    "flags",
    "dont_inherit",
    "optimize",
];

/// The `compile()` flags CPython 3.11 accepts (the `__future__` features, `ONLY_AST`,
/// `TYPE_COMMENTS`, `ALLOW_TOP_LEVEL_AWAIT`, ...); any other bit is "unrecognised".
const KNOWN_COMPILE_FLAGS: i64 = 0x1fe_7610;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: a
/// `<module>` code object for `exec()` or `eval()`. `dont_inherit` changes nothing
/// (genpy has no `__future__` flags to inherit); flags and optimization levels genpy
/// lacks raise NotImplementedError.
pub fn compile(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let given = compile_args(a, kw)?;
    let [Some(source), Some(filename), Some(mode), flags, dont_inherit, optimize] = given else {
        let missing = given.iter().position(Option::is_none).unwrap_or_default();
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "compile() missing required argument '{}' (pos {})",
                COMPILE_PARAMS[missing],
                missing + 1
            ),
        ));
    };
    // The checks come in CPython's order: argument conversions, then flag, optimize,
    // mode and source values.
    let filename = filename.as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "expected str, bytes or os.PathLike object, not {}",
                filename.type_name()
            ),
        )
    })?;
    let mode = mode.as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "compile() argument 'mode' must be str, not {}",
                mode.type_name()
            ),
        )
    })?;
    let int_or = |v: Option<&Value>, default| v.map_or(Ok(default), |v| args::int(v, ""));
    let flags = int_or(flags, 0)?;
    int_or(dont_inherit, 0)?;
    let optimize = int_or(optimize, -1)?;
    if flags & !KNOWN_COMPILE_FLAGS != 0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "compile(): unrecognised flags",
        ));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "compile(): invalid optimize value",
        ));
    }
    let mode = Mode::from_name(mode).ok_or_else(|| {
        PyErr::new(
            ExcKind::ValueError,
            "compile() mode must be 'exec', 'eval' or 'single'",
        )
    })?;
    let text = source_arg(source).unwrap_or_else(|| {
        Err(PyErr::new(
            ExcKind::TypeError,
            "compile() arg 1 must be a string, bytes or AST object",
        ))
    })?;
    if flags != 0 {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            format!("compile(): flags (here {flags:#x}) are not supported; only 0 is"),
        ));
    }
    if optimize > 0 {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "compile(): optimize levels 1 and 2 are not supported",
        ));
    }
    let code = compile_source(&text, filename, mode).map_err(|e| syntax_error(&e))?;
    Ok(Value::Code(code))
}

/// `compile()`'s arguments by position, from its positional and keyword arguments.
fn compile_args<'a>(a: &'a [Value], kw: &'a KwArgs) -> PyResult<[Option<&'a Value>; 6]> {
    if a.len() > COMPILE_PARAMS.len() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "compile() takes at most 6 positional arguments ({} given)",
                a.len()
            ),
        ));
    }
    args::only_kwargs("compile", kw, &COMPILE_PARAMS)?;
    let mut given: [Option<&Value>; 6] = Default::default();
    for (slot, v) in given.iter_mut().zip(a) {
        *slot = Some(v);
    }
    for (name, v) in kw.iter() {
        let pos = COMPILE_PARAMS
            .iter()
            .position(|p| *p == &**name)
            .unwrap_or_default();
        if given[pos].is_some() {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "argument for compile() given by name ('{name}') and position ({})",
                    pos + 1
                ),
            ));
        }
        given[pos] = Some(v);
    }
    Ok(given)
}

pub fn vars(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("vars", a, 0, 1)?;
    match a.first() {
        Some(v) => vm.get_attr(v, "__dict__"),
        None => locals(vm, a, &[]),
    }
}

/// `globals()`: the running code's globals dict itself.
pub fn globals(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = vm.frames.last().map(|f| f.globals.clone());
    Ok(Value::Dict(g.unwrap_or_default()))
}

/// The bound local variables of the running frame as (name, value) pairs; at module
/// level, the globals.
pub fn frame_locals(vm: &Vm) -> Vec<(Rc<str>, Value)> {
    vm.frames
        .last()
        .map(|f| f.bound_locals())
        .unwrap_or_default()
}
/// `locals()`: the mapping names are stored in (the globals themselves at module
/// level, a class body's namespace, the mapping of an `exec` with separate locals or
/// of a `__prepare__` class body), else the frame's dict of its local variables
/// (`Frame::locals_dict`).
pub fn locals(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("locals", a, 0, 0)?;
    let Some(frame) = vm.frames.last_mut() else {
        return Ok(Value::dict(Default::default()));
    };
    if let Some(mapping) = frame.names_mapping() {
        return Ok(mapping);
    }
    let (d, removed) = frame.locals_dict();
    if removed {
        vm.dict_shrunk();
    }
    Ok(Value::Dict(d))
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

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the import
/// statement's machinery; a relative name is resolved against `globals`.
pub fn import(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    const PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    args::only_kwargs("__import__", kw, &PARAMS)?;
    args::count("__import__", a, 0, 5)?;
    let arg = |i: usize| a.get(i).or_else(|| args::kwarg(kw, PARAMS[i]));
    let Some(name) = arg(0) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "__import__() missing required argument 'name' (pos 1)",
        ));
    };
    let name = args::str(name, "__import__()")?.to_string();
    let level = arg(4).cloned().unwrap_or(Value::Int(0));
    let globals = match arg(1) {
        Some(Value::Dict(g)) => g.clone(),
        _ if matches!(level, Value::Int(0)) => Rc::default(),
        _ => return Err(PyErr::new(ExcKind::TypeError, "globals must be a dict")),
    };
    let fromlist = match arg(3) {
        Some(f) if !matches!(f, Value::None) => Value::tuple(vm.collect(f)?),
        _ => Value::None,
    };
    vm.import_name(&name, &fromlist, &level, &globals)
}
