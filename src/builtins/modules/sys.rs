//! `sys`: argv, exit, the recursion limit, the standard streams (builtins/io/std.rs),
//! `maxsize`, `_getframe`; `path` and
//! `modules` are the VM's (the import system's own list and dict). The struct
//! sequences (`version_info`, ...), `implementation` and `exception()` are Python,
//! made on first use (`lib/sys.py`, `lib/_sysinfo.py`).

use super::module_in;
use crate::objects::args;
use crate::objects::class::types;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[
    MethodDef::new("exit", exit),
    MethodDef::new("setrecursionlimit", setrecursionlimit),
    MethodDef::new("getrecursionlimit", getrecursionlimit),
    MethodDef::new("exc_info", exc_info),
    MethodDef::new("getsizeof", getsizeof),
    MethodDef::new("intern", intern),
    MethodDef::new("_getframe", getframe),
];

/// Builds the `sys` module around the namespace the VM made for it.
pub fn module(vm: &mut Vm) -> Value {
    let argv = Value::list(vm.argv.iter().map(|a| Value::str(a)).collect());
    let stdout = crate::builtins::io::std::std_stream(false);
    let stderr = crate::builtins::io::std::std_stream(true);
    let stdin = crate::builtins::io::std::stdin();
    let builtin_names = Value::tuple(
        vm.builtin_module_names()
            .into_iter()
            .map(Value::str)
            .collect(),
    );
    module_in(
        vm.sys_dict.clone(),
        "sys",
        FUNCS,
        vec![
            ("argv", argv),
            ("stdin", stdin.clone()),
            ("stdout", stdout.clone()),
            ("stderr", stderr.clone()),
            ("__stdin__", stdin),
            ("__stdout__", stdout),
            ("__stderr__", stderr),
            ("maxsize", Value::Int(i64::MAX)),
            ("version", Value::str("3.11.7 (genpy)")),
            ("platform", Value::str("linux")),
            ("builtin_module_names", builtin_names),
        ],
    )
}

/// `sys._getframe(depth=0)`: the frame object of the caller, or of the frame `depth`
/// calls below it (a negative depth counts as 0, as in CPython).
fn getframe(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("_getframe", a, 0, 1)?;
    let depth = match a.first() {
        Some(v) => args::int(v, "")?.max(0) as usize,
        None => 0,
    };
    match vm.frames.len().checked_sub(depth + 1) {
        Some(i) => Ok(vm.frame_object(i)),
        None => Err(PyErr::new(
            ExcKind::ValueError,
            "call stack is not deep enough",
        )),
    }
}

fn exit(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("exit", a, 0, 1)?;
    Err(PyErr::with_args(
        types().exc(ExcKind::SystemExit),
        a.to_vec(),
    ))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("setrecursionlimit", a, 1, 1)?;
    let n = args::int(&a[0], "")?;
    if n < 1 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn exc_info(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(match vm.current_handled() {
        Some(e) => Value::tuple(vec![
            Value::Class(e.class().clone()),
            e.value(),
            crate::objects::traceback::traceback_value(&e.data().traceback),
        ]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn getsizeof(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("getsizeof", a, 1, 1)?;
    Ok(Value::Int(super::sizeof::getsizeof(&a[0]) as i64))
}

fn intern(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("intern", a, 1, 1)?;
    Ok(a[0].clone())
}
