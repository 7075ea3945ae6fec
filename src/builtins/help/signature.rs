//! The signature `help()` shows for a Python function, as `inspect.signature` writes
//! it: positional-only parameters before `/`, defaults, `*args`, keyword-only
//! parameters after `*`, `**kwargs`, annotations and the return annotation.

use crate::objects::code::flags;
use crate::objects::func::Function;
use crate::objects::{PyResult, Value};
use crate::vm::Vm;

/// `(x, y=1, *args, k: int = 2, **kw) -> str` for `f`; without the first parameter
/// when `skip_first` (a bound method's `self`).
pub fn of_function(vm: &mut Vm, f: &Function, skip_first: bool) -> PyResult<String> {
    let code = &f.code;
    let annotations = match f.slots.get("__annotations__") {
        Some(Value::Dict(d)) => Some(d),
        _ => None,
    };
    let annotation = |vm: &mut Vm, name: &str| -> PyResult<Option<String>> {
        let Some(d) = &annotations else {
            return Ok(None);
        };
        let found = d
            .borrow()
            .iter()
            .find(|(k, _)| k.value.as_str() == Some(name))
            .map(|(_, v)| v.clone());
        found.map(|v| format_annotation(vm, &v)).transpose()
    };
    let mut params: Vec<String> = Vec::new();
    let positional = code.argcount;
    let first_default = positional - f.defaults.len().min(positional);
    for (i, name) in code.varnames[..positional].iter().enumerate() {
        let default = (i >= first_default).then(|| &f.defaults[i - first_default]);
        let a = annotation(vm, name)?;
        params.push(parameter(vm, name, a, default)?);
        if i + 1 == code.posonlyargcount {
            params.push("/".into());
        }
    }
    let mut next = positional + code.kwonlyargcount;
    if code.flags & flags::VARARGS != 0 {
        let name = &code.varnames[next];
        params.push(match annotation(vm, name)? {
            Some(a) => format!("*{name}: {a}"),
            None => format!("*{name}"),
        });
        next += 1;
    } else if code.kwonlyargcount > 0 {
        params.push("*".into());
    }
    for name in &code.varnames[positional..positional + code.kwonlyargcount] {
        let default = f.kwdefaults.iter().find(|(k, _)| k == name).map(|(_, v)| v);
        let a = annotation(vm, name)?;
        params.push(parameter(vm, name, a, default)?);
    }
    if code.flags & flags::VARKEYWORDS != 0 {
        let name = &code.varnames[next];
        params.push(match annotation(vm, name)? {
            Some(a) => format!("**{name}: {a}"),
            None => format!("**{name}"),
        });
    }
    if skip_first && !params.is_empty() && positional > 0 {
        params.remove(0);
        if params.first().is_some_and(|p| p == "/") {
            params.remove(0);
        }
    }
    let returns = match annotation(vm, "return")? {
        Some(a) => format!(" -> {a}"),
        None => String::new(),
    };
    Ok(format!("({}){returns}", params.join(", ")))
}

/// One parameter: `name`, `name=default` or `name: annotation = default`.
fn parameter(
    vm: &mut Vm,
    name: &str,
    annotation: Option<String>,
    default: Option<&Value>,
) -> PyResult<String> {
    Ok(match (annotation, default) {
        (None, None) => name.to_string(),
        (None, Some(d)) => format!("{name}={}", vm.repr(d)?),
        (Some(a), None) => format!("{name}: {a}"),
        (Some(a), Some(d)) => format!("{name}: {a} = {}", vm.repr(d)?),
    })
}

/// An annotation as `inspect` writes it: a class by its name (qualified by its
/// module unless that is `builtins`), anything else by its repr.
fn format_annotation(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Class(c) if &*c.module == "builtins" => Ok(c.qualname.to_string()),
        Value::Class(c) => Ok(format!("{}.{}", c.module, c.qualname)),
        _ => vm.repr(v),
    }
}

/// A text signature without its first parameter, as `inspect` writes a bound
/// method's: `(self, /, sep=None)` becomes `(sep=None)` (a `/` left first goes
/// too), `(self)` becomes `()`; `(...)` and anything unparsed stay.
pub fn without_first(sig: &str) -> String {
    let Some((params, tail)) = sig.strip_prefix('(').and_then(split_params) else {
        return sig.to_string();
    };
    if params.first().is_some_and(|p| p.trim() == "...") {
        return sig.to_string();
    }
    let mut rest = params.iter().skip(1).map(|p| p.trim()).peekable();
    if rest.peek() == Some(&"/") {
        rest.next();
    }
    format!("({}){tail}", rest.collect::<Vec<_>>().join(", "))
}

/// The parameters of a signature's text after its `(`, split at the commas outside
/// brackets and quotes, and the text after the `)` that closes them; None when
/// nothing closes them.
fn split_params(inner: &str) -> Option<(Vec<&str>, &str)> {
    let mut params = Vec::new();
    let (mut depth, mut quote, mut start) = (0usize, None, 0);
    for (i, ch) in inner.char_indices() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(ch),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')') if depth == 0 => {
                if !inner[start..i].trim().is_empty() {
                    params.push(&inner[start..i]);
                }
                return Some((params, &inner[i + 1..]));
            }
            (None, ')' | ']' | '}') => depth = depth.saturating_sub(1),
            (None, ',') if depth == 0 => {
                params.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    None
}
