//! Generates the parser from `grammar/python.lalrpop` into `$OUT_DIR/python.rs`
//! (included by `src/syntax/mod.rs` with `lalrpop_mod!`), and the table of the
//! Python-written standard library in `lib/` into `$OUT_DIR/stdlib.rs` (included by
//! `src/builtins/modules/stdlib.rs`), so that the binary carries its own library.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process_file("grammar/python.lalrpop")
        .expect("grammar/python.lalrpop should generate a parser");
    write_stdlib_table();
}

/// Writes `STDLIB`: one `FrozenModule` per `.py` file under `lib/`, sorted by path.
fn write_stdlib_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect_py_files(&root, &mut files);
    files.sort();
    let mut out = String::from(
        "/// Every module of `lib/`, sorted by path.\npub const STDLIB: &[FrozenModule] = &[\n",
    );
    for file in files {
        let rel = file.strip_prefix(&root).expect("under lib/");
        let rel = rel
            .to_str()
            .expect("lib/ file names are UTF-8")
            .replace('\\', "/");
        let stem = rel.strip_suffix(".py").expect("a .py file");
        let (name, package) = match stem.strip_suffix("/__init__") {
            Some(pkg) => (pkg.replace('/', "."), true),
            None => (stem.replace('/', "."), false),
        };
        writeln!(
            out,
            "    FrozenModule {{ name: {name:?}, path: {rel:?}, source: include_str!({:?}), package: {package} }},",
            file.display().to_string()
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("stdlib.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Adds the `.py` files under `dir` (recursively) to `files`, and asks cargo to rerun
/// this script when any folder changes.
fn collect_py_files(dir: &Path, files: &mut Vec<PathBuf>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let entries = std::fs::read_dir(dir).expect("lib/ is readable");
    for entry in entries {
        let path = entry.expect("lib/ is readable").path();
        if path.is_dir() {
            collect_py_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "py") {
            println!("cargo:rerun-if-changed={}", path.display());
            files.push(path);
        }
    }
}
