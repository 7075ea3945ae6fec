//! Keeps genpy's layering one-way (docs/architecture.md, "Layers"): a module may name
//! only the layers below it, so `src/objects` never reaches into the VM's logic and
//! the VM never names the builtins or the parser.
//!
//! The layers, lowest first: `source/`, `syntax/`, `objects/`, `compile/`, `vm/`,
//! `builtins/`, then the front ends (`diag/`, `repl/`, `teach/`, `lib.rs`, `main.rs`).
//! The one exception: `objects/` may name `crate::vm::Vm`, for native-function
//! signatures. And above the compiler nothing but the front ends names the syntax
//! tree: `vm/` and `builtins/` compile source through `compile::compile_source`.
//! Code after a file's `#[cfg(test)]` line (its unit tests, which may set
//! up a whole interpreter) and comments are not checked.
//!
//! A second rule keeps the VM's methods in the VM: only files under `src/vm/` may hold
//! an `impl Vm` block, so no higher layer can hand the run loop a method it calls
//! without naming that layer (the import system once lived in `builtins`).

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first; each entry is the names of `crate::` children it holds.
const LAYERS: &[&[&str]] = &[
    &["source"],
    &["syntax"],
    &["objects"],
    &["compile"],
    &["vm"],
    &["builtins", "stdlib"],
    &["diag", "repl", "teach"],
];

/// What a lower layer may name above it: `objects` may name the `Vm` type.
const ALLOWED: &[(&str, &str)] = &[("objects", "vm::Vm")];

/// Lower layers that a layer may still not name: (from, to).
const SKIPPED: &[(&str, &str)] = &[("vm", "syntax"), ("builtins", "syntax")];

/// The layer of a `crate::` child, if it is one of the layered modules.
fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top-level module a source file belongs to (`src/vm/run.rs` → `vm`).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_string())
}

/// Every `crate::a::b...` path named on `line` (group imports `crate::{a, b::c}` are
/// split into their members).
fn crate_paths(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(i) = rest.find("crate::") {
        let preceded_by_ident = rest[..i]
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        let after = &rest[i + "crate::".len()..];
        rest = after;
        if preceded_by_ident {
            continue;
        }
        if let Some(group) = after.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            out.extend(group[..end].split(',').map(|p| p.trim().to_string()));
        } else {
            let end = after
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(after.len());
            out.push(after[..end].trim_end_matches(':').to_string());
        }
    }
    out
}

/// The violations on one line of a file in module `own`: paths into a higher layer.
fn violations(own: &str, line: &str) -> Vec<String> {
    let Some(own_layer) = layer_of(own) else {
        return Vec::new();
    };
    let code = line.split("//").next().unwrap_or("");
    crate_paths(code)
        .into_iter()
        .filter(|path| {
            let target = path.split("::").next().unwrap_or("");
            let higher =
                layer_of(target).is_some_and(|l| l > own_layer) || SKIPPED.contains(&(own, target));
            let allowed = ALLOWED.iter().any(|(from, what)| {
                *from == own && (path == what || path.starts_with(&format!("{what}::")))
            });
            higher && !allowed
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn lower_layers_never_name_higher_ones() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in &files {
        let Some(own) = module_of(&src, file) else {
            continue;
        };
        let text = fs::read_to_string(file).expect("readable source file");
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            for path in violations(&own, line) {
                found.push(format!(
                    "{}:{}: `{own}` names `crate::{path}`",
                    file.display(),
                    n + 1
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "a lower layer names a higher one:\n{}",
        found.join("\n")
    );
}

/// Whether `line` opens an `impl` block for the VM type.
fn opens_impl_vm(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or("").trim_start();
    ["impl Vm", "impl crate::vm::Vm", "impl vm::Vm"]
        .iter()
        .any(|p| {
            code.strip_prefix(p)
                .is_some_and(|rest| rest.trim_start().starts_with('{'))
        })
}

#[test]
fn only_the_vm_implements_vm_methods() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files
        .iter()
        .filter(|f| module_of(&src, f).as_deref() != Some("vm"))
    {
        let text = fs::read_to_string(file).expect("readable source file");
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            if opens_impl_vm(line) {
                found.push(format!("{}:{}", file.display(), n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "`impl Vm` outside src/vm (move the methods into the VM layer):\n{}",
        found.join("\n")
    );
    assert!(opens_impl_vm("impl Vm {"));
    assert!(opens_impl_vm("    impl crate::vm::Vm {"));
    assert!(!opens_impl_vm("impl VmState {"));
    assert!(!opens_impl_vm("// impl Vm {"));
}

/// checks that the checker itself catches each kind of upward reference, and lets
/// through what the layering allows.
#[test]
fn the_checker_flags_upward_paths() {
    assert_eq!(
        violations("vm", "use crate::builtins::methods;"),
        ["builtins::methods"]
    );
    assert_eq!(
        violations("objects", "use crate::{compile::Mode, source::Span};"),
        ["compile::Mode"]
    );
    assert_eq!(
        violations("objects", "x: crate::vm::generator::Resume"),
        ["vm::generator::Resume"]
    );
    assert!(violations("objects", "use crate::vm::Vm;").is_empty());
    assert!(violations("vm", "use crate::objects::Value; // crate::builtins").is_empty());
    assert!(violations("builtins", "let p = crate::syntax::parse(s);").len() == 1);
    assert!(violations("diag", "use crate::vm::Vm;").is_empty());
}
