//! The import system, as CPython's for source files (docs/architecture.md, "Imports"):
//! `sys.modules` (a real dict the VM shares with the `sys` module: a module runs once,
//! and deleting its entry makes the next import run it again), `sys.path` (a real list,
//! read at every search), the registry of built-in modules that the builtins' `install`
//! fills, and the steps of an import statement: resolving a relative name, finding a
//! module (`name.py` or the package `name/__init__.py` in each directory of the search
//! path), running it in a fresh module, binding a submodule to its parent, and
//! `from m import x` / `from m import *`. `importlib.import_module` and `reload` call
//! [`Vm::import_module`] and [`Vm::reload`]; `genpy -m` calls [`Vm::find_main_module`].

use crate::objects::globals::globals_of;
use crate::objects::{Globals, NameKeys};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::Vm;
use crate::compile::{compile_source, Mode, SourceError};
use crate::objects::dict::{Dict, HashKey};
use crate::objects::{DictData, ExcKind, Module, PyErr, PyResult, Value};

/// The `sys.path` entry that stands for genpy's own standard library: searching it
/// finds the built-in modules of the registry. It comes after the script's directory
/// and `PYTHONPATH`, as CPython's standard library does.
pub const STDLIB_ENTRY: &str = "<genpy stdlib>";

/// A module built into the interpreter: its name and the native function that builds
/// it. A [`FrozenModule`] of the same name is its Python-written part, run in the
/// module's namespace once `init` has built it.
#[derive(Clone, Copy)]
pub struct BuiltinModule {
    /// The name `import` finds it by.
    pub name: &'static str,
    /// Builds the module value.
    pub init: fn(&mut Vm) -> PyResult<Value>,
}

/// A Python-written module of genpy's standard library, compiled into the binary
/// (the repository's `lib/` folder): found at the [`STDLIB_ENTRY`] of `sys.path`.
#[derive(Clone, Copy)]
pub struct FrozenModule {
    /// The dotted name `import` finds it by (`json`, `json.decoder`).
    pub name: &'static str,
    /// Its path under `lib/` (`json/__init__.py`), shown in `__file__` and tracebacks.
    pub path: &'static str,
    /// Its source text.
    pub source: &'static str,
    /// Whether it is a package (`__init__.py`), so has a `__path__`.
    pub package: bool,
}

/// Where a module was found.
enum Spec {
    /// The built-in module at this index of the registry.
    Builtin(usize),
    /// The Python-written standard-library module at this index of the registry.
    Frozen(usize),
    /// A source file: `name.py`, or a package's `__init__.py` with its directory.
    Source {
        file: PathBuf,
        package_dir: Option<PathBuf>,
    },
    /// A namespace package: the directories named `name` (without `__init__.py`)
    /// found along the path when no module or regular package was.
    Namespace(Vec<PathBuf>),
}

/// What `genpy -m NAME` runs: the file, and the package it belongs to (`__package__`).
pub struct MainModule {
    /// The source file's path.
    pub file: PathBuf,
    /// The parent package's name ("" for a top-level module).
    pub package: String,
}

/// The sys.path CPython starts with, minus the script's directory (the front end sets
/// entry 0): `''`, each entry of `PYTHONPATH` (unless `-E` says to ignore the
/// environment), then genpy's standard library.
pub(super) fn initial_path(use_environment: bool) -> Vec<Value> {
    let mut path = vec![Value::str("")];
    if let (true, Ok(extra)) = (use_environment, std::env::var("PYTHONPATH")) {
        path.extend(extra.split(':').filter(|e| !e.is_empty()).map(Value::str));
    }
    path.push(Value::str(STDLIB_ENTRY));
    path
}

impl Vm {
    /// Starts `sys.path` afresh without `PYTHONPATH` (`genpy -E`: the environment is
    /// ignored). Called before the front end sets the script's directory.
    pub fn ignore_environment(&mut self) {
        self.sys_dict
            .borrow_mut()
            .set_name("path", Value::list(initial_path(false)));
    }
}

/// An ImportError (or ModuleNotFoundError) with its `name` and `path` attributes.
fn import_error(kind: ExcKind, msg: String, name: &str, path: Option<Value>) -> PyErr {
    let err = PyErr::new(kind, msg);
    err.0.dict.set("name", Value::str(name));
    err.0.dict.set("path", path.unwrap_or_default());
    err
}

/// `ModuleNotFoundError: No module named 'name'` (with more after it in `detail`).
fn not_found(name: &str, detail: &str) -> PyErr {
    import_error(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'{detail}"),
        name,
        None,
    )
}

/// The text of a program given as bytes (a module's file, `exec(b"...")`), decoded as
/// PEP 263 says; a SyntaxError naming `file` when the bytes are not in its encoding.
pub fn source_text<'a>(bytes: &'a [u8], file: &str) -> PyResult<std::borrow::Cow<'a, str>> {
    crate::source::encoding::decode(bytes).map_err(|e| {
        let err = PyErr::new(ExcKind::SyntaxError, e.bytes_message(file));
        let line = match e {
            crate::source::encoding::DecodeError::NonUtf8 { line, .. } => line,
            _ => 1,
        };
        let dict = &err.0.dict;
        dict.set("msg", Value::string(e.bytes_message(file)));
        dict.set("filename", Value::str(file));
        dict.set("lineno", Value::Int(line as i64));
        err
    })
}

/// The `SyntaxError` (or IndentationError, TabError) CPython raises for `e`, with its
/// `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno` and `end_offset`: for a
/// module that does not compile, and for `compile()`/`exec()`/`eval()`.
pub fn syntax_error(e: &SourceError) -> PyErr {
    let err = PyErr::new(e.exc_kind(), e.message());
    let span = e.span();
    let (line, offset) = e.position(span.start);
    let (end_line, end_offset) = e.position(span.end);
    let text = e.line_text().map_or(Value::None, Value::string);
    let attrs = [
        ("msg", Value::str(e.message())),
        ("filename", Value::str(&e.source.name)),
        ("lineno", Value::Int(line as i64)),
        ("offset", Value::Int(offset as i64)),
        ("text", text),
        ("end_lineno", Value::Int(end_line as i64)),
        ("end_offset", Value::Int(end_offset as i64)),
    ];
    for (name, value) in attrs {
        err.0.dict.set(name, value);
    }
    err
}

/// The `__file__` of a standard-library module at `path` under `lib/`.
fn frozen_file(path: &str) -> String {
    format!("{STDLIB_ENTRY}/{path}")
}

/// The key of `name` in `sys.modules`.
fn key(name: &str) -> HashKey {
    HashKey::new(Value::str(name)).expect("str is hashable")
}

/// A module's own namespace entry, if it is a module and has it.
fn module_entry(module: &Value, name: &str) -> Option<Value> {
    match module {
        Value::Module(m) => m.dict.borrow().get_name(name).cloned(),
        _ => None,
    }
}

/// A module's `__name__` (its registered name when `__name__` is gone).
fn module_name(m: &Module) -> String {
    match m.dict.borrow().get_name("__name__").and_then(Value::as_str) {
        Some(n) => n.to_string(),
        None => m.name.to_string(),
    }
}

/// CPython's `_resolve_name`: the absolute name of `name` imported `level` dots up
/// from `package`, with its two errors.
fn resolve_name(name: &str, package: &str, level: usize) -> PyResult<String> {
    if package.is_empty() {
        return Err(PyErr::new(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(PyErr::new(
            ExcKind::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = bits[bits.len() - 1];
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// The path a module at `file` shows (`__file__`, tracebacks): absolute, as CPython's.
fn shown_path(file: &Path) -> String {
    file.display().to_string()
}

impl Vm {
    /// Adds a module to the registry of built-in modules (the builtins' `install` does,
    /// for each of genpy's modules).
    pub fn register_module(&mut self, module: BuiltinModule) {
        self.builtin_modules.push(module);
    }

    /// Adds a Python-written standard-library module to the registry.
    pub fn register_frozen(&mut self, module: FrozenModule) {
        self.frozen_modules.push(module);
    }

    /// The names of the registered built-in modules (`sys.builtin_module_names`).
    pub fn builtin_module_names(&self) -> Vec<&'static str> {
        self.builtin_modules.iter().map(|m| m.name).collect()
    }

    /// The dotted names of every standard-library module: the built-in ones and the
    /// Python-written ones of `lib/` (for completing `import` statements).
    pub fn stdlib_module_names(&self) -> Vec<&'static str> {
        let frozen = self.frozen_modules.iter().map(|m| m.name);
        self.builtin_modules
            .iter()
            .map(|m| m.name)
            .chain(frozen)
            .collect()
    }

    /// Loads the built-in module `name` into `sys.modules` without searching
    /// `sys.path` (`sys` and `builtins` are there from the start, as in CPython).
    pub fn preload_builtin(&mut self, name: &str) -> PyResult<Value> {
        match self.builtin_modules.iter().position(|m| m.name == name) {
            Some(i) => self.load(name, Spec::Builtin(i)),
            None => Err(not_found(name, "")),
        }
    }

    /// `sys.modules[name]`, if it is there.
    pub fn loaded_module(&self, name: &str) -> Option<Value> {
        self.modules.borrow().get(&key(name)).cloned()
    }

    /// Registers `module` as `sys.modules[name]`.
    pub fn add_module(&mut self, name: &str, module: Value) {
        self.modules.borrow_mut().insert(key(name), module);
    }

    /// The `ImportName` op and `__import__()`: `import name` (fromlist None) or
    /// `from name import ...`, `level` dots up from the package of `globals`.
    pub fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: &Value,
        globals: &Globals,
    ) -> PyResult<Value> {
        let level = match level {
            Value::Int(l) if *l >= 0 => *l as usize,
            _ => return Err(PyErr::new(ExcKind::ValueError, "level must be >= 0")),
        };
        let abs = if level > 0 {
            let package = package_of(&globals.borrow())?;
            resolve_name(name, &package, level)?
        } else if name.is_empty() {
            return Err(PyErr::new(ExcKind::ValueError, "Empty module name"));
        } else {
            name.to_string()
        };
        let module = self.find_and_load(&abs)?;
        let names = match fromlist {
            Value::Tuple(t) if !t.is_empty() => t.clone(),
            _ => {
                // A plain `import a.b.c` binds the top-level package `a`.
                let first = name.split('.').next().unwrap_or("");
                if level == 0 {
                    return self.find_and_load(first);
                }
                if name.is_empty() {
                    return Ok(module);
                }
                let top = &abs[..abs.len() - (name.len() - first.len())];
                return self.find_and_load(top);
            }
        };
        self.handle_fromlist(&module, &names, false)?;
        Ok(module)
    }

    /// `importlib.import_module(name, package)`: the module itself (not its top-level
    /// package); a name with leading dots is relative to `package`.
    pub fn import_module(&mut self, name: &str, package: Option<&str>) -> PyResult<Value> {
        let level = name.len() - name.trim_start_matches('.').len();
        let abs = if level > 0 {
            let Some(package) = package else {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "the 'package' argument is required to perform a relative import for '{name}'"
                    ),
                ));
            };
            resolve_name(&name[level..], package, level)?
        } else if name.is_empty() {
            return Err(PyErr::new(ExcKind::ValueError, "Empty module name"));
        } else {
            name.to_string()
        };
        self.find_and_load(&abs)
    }

    /// `importlib.reload(module)`: finds the module again and runs its (new) source in
    /// its own namespace; a built-in module is returned as it is.
    pub fn reload(&mut self, module: &Value) -> PyResult<Value> {
        let Value::Module(m) = module else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "reload() argument must be a module",
            ));
        };
        let name = module_name(m);
        if self
            .loaded_module(&name)
            .is_none_or(|v| v.heap_ptr() != module.heap_ptr())
        {
            return Err(import_error(
                ExcKind::ImportError,
                format!("module {name} not in sys.modules"),
                &name,
                None,
            ));
        }
        let path = match name.rsplit_once('.') {
            Some((parent, _)) => match self.loaded_module(parent) {
                Some(p) => Some(self.package_path(&name, parent, &p)?),
                None => {
                    return Err(import_error(
                        ExcKind::ImportError,
                        format!("parent '{parent}' not in sys.modules"),
                        parent,
                        None,
                    ))
                }
            },
            None => None,
        };
        match self.find_spec(&name, path.as_deref()) {
            Some(Spec::Source { file, package_dir }) => {
                self.exec_source(&name, &file, package_dir.as_deref(), &m.dict)?;
            }
            Some(Spec::Builtin(_) | Spec::Frozen(_) | Spec::Namespace(_)) => {}
            None => {
                return Err(import_error(
                    ExcKind::ModuleNotFoundError,
                    format!("spec not found for the module '{name}'"),
                    &name,
                    None,
                ))
            }
        }
        Ok(self.loaded_module(&name).unwrap_or_else(|| module.clone()))
    }

    /// What `genpy -m name` runs (CPython's runpy): the parent packages are imported,
    /// a package runs its `__main__` submodule.
    pub fn find_main_module(&mut self, name: &str) -> PyResult<MainModule> {
        let plain = |msg: String| PyErr::new(ExcKind::ImportError, msg);
        if name.starts_with('.') {
            return Err(plain("Relative module names not supported".into()));
        }
        let path = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let p = self.find_and_load(parent)?;
                Some(self.package_path(name, parent, &p)?)
            }
            None => None,
        };
        match self.find_spec(name, path.as_deref()) {
            Some(
                Spec::Source {
                    package_dir: Some(_),
                    ..
                }
                | Spec::Namespace(_),
            ) => {
                self.find_and_load(name)?;
                let main = format!("{name}.__main__");
                self.find_main_module(&main).map_err(|_| {
                    plain(format!(
                        "No module named {main}; '{name}' is a package and cannot be directly executed"
                    ))
                })
            }
            Some(Spec::Source { file, .. }) => Ok(MainModule {
                file,
                package: name.rsplit_once('.').map_or("", |(p, _)| p).to_string(),
            }),
            Some(Spec::Builtin(_) | Spec::Frozen(_)) => {
                Err(plain(format!("No code object available for {name}")))
            }
            None => Err(plain(format!("No module named {name}"))),
        }
    }

    /// CPython's `_find_and_load`: `sys.modules[name]`, or the module found and run
    /// (its parent packages first), bound as an attribute of its parent.
    fn find_and_load(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.loaded_module(name) {
            if matches!(m, Value::None) {
                return Err(import_error(
                    ExcKind::ModuleNotFoundError,
                    format!("import of {name} halted; None in sys.modules"),
                    name,
                    None,
                ));
            }
            return Ok(m);
        }
        let Some((parent, child)) = name.rsplit_once('.') else {
            let spec = self
                .find_spec(name, None)
                .ok_or_else(|| not_found(name, ""))?;
            return self.load(name, spec);
        };
        let parent_module = self.find_and_load(parent)?;
        // Importing the parent may have imported this module too.
        if let Some(m) = self.loaded_module(name) {
            return Ok(m);
        }
        let path = self.package_path(name, parent, &parent_module)?;
        let spec = self
            .find_spec(name, Some(&path))
            .ok_or_else(|| not_found(name, ""))?;
        let module = self.load(name, spec)?;
        self.set_attr(&parent_module, child, module.clone())?;
        Ok(module)
    }

    /// The `__path__` of package `parent` (where its submodule `name` is searched).
    fn package_path(&self, name: &str, parent: &str, module: &Value) -> PyResult<Vec<Value>> {
        match module_entry(module, "__path__") {
            Some(Value::List(ref l)) => Ok(l.borrow().clone()),
            _ => Err(not_found(name, &format!("; '{parent}' is not a package"))),
        }
    }

    /// Searches for module `name`: in the directories of `path` (a package's
    /// `__path__`) for a submodule, in `sys.path` for a top-level module. In each
    /// directory a package (`name/__init__.py`) comes before a module (`name.py`); a
    /// directory `name/` without `__init__.py` is a portion of a namespace package,
    /// which is what is found when nothing else is. The [`STDLIB_ENTRY`] of sys.path
    /// (and the `__path__` of a standard-library package, under it) finds the built-in
    /// modules, then the Python-written ones.
    fn find_spec(&self, name: &str, path: Option<&[Value]>) -> Option<Spec> {
        let last = name.rsplit('.').next().unwrap_or(name);
        let entries = match path {
            Some(p) => p.to_vec(),
            None => match self.sys_dict.borrow().get_name("path") {
                Some(Value::List(l)) => l.borrow().clone(),
                _ => Vec::new(),
            },
        };
        let cwd = std::env::current_dir().unwrap_or_default();
        let mut portions = Vec::new();
        for entry in &entries {
            let Some(entry) = entry.as_str() else {
                continue;
            };
            if entry == STDLIB_ENTRY || entry.starts_with(&frozen_file("")) {
                if path.is_none() {
                    if let Some(i) = self.builtin_modules.iter().position(|m| m.name == name) {
                        return Some(Spec::Builtin(i));
                    }
                }
                if let Some(i) = self.frozen_modules.iter().position(|m| m.name == name) {
                    return Some(Spec::Frozen(i));
                }
                continue;
            }
            let dir = cwd.join(entry);
            let package_dir = dir.join(last);
            let init = package_dir.join("__init__.py");
            if init.is_file() {
                return Some(Spec::Source {
                    file: init,
                    package_dir: Some(package_dir),
                });
            }
            let file = dir.join(format!("{last}.py"));
            if file.is_file() {
                return Some(Spec::Source {
                    file,
                    package_dir: None,
                });
            }
            if package_dir.is_dir() {
                portions.push(package_dir);
            }
        }
        (!portions.is_empty()).then_some(Spec::Namespace(portions))
    }

    /// Creates and runs the module `name` found at `spec`. It is in `sys.modules`
    /// while it runs (so a circular import sees it partially initialised) and is
    /// removed again if running it fails.
    fn load(&mut self, name: &str, spec: Spec) -> PyResult<Value> {
        let (module, ran) = match spec {
            Spec::Builtin(i) => {
                let def = self.builtin_modules[i];
                let module = (def.init)(self)?;
                self.add_module(name, module.clone());
                let python = self.frozen_modules.iter().find(|m| m.name == name).copied();
                let ran = match (python, &module) {
                    (Some(part), Value::Module(m)) => {
                        let file = frozen_file(part.path);
                        // A Python part that is a package gives the module its `__path__`.
                        if let (true, Some((dir, _))) = (part.package, file.rsplit_once('/')) {
                            let path = Value::list(vec![Value::str(dir)]);
                            m.dict.borrow_mut().set_name("__path__", path);
                        }
                        self.run_text(name, part.source, &file, &m.dict)
                    }
                    _ => Ok(()),
                };
                (module, ran)
            }
            Spec::Frozen(i) => {
                let def = self.frozen_modules[i];
                let file = frozen_file(def.path);
                let dir = def
                    .package
                    .then(|| file.rsplit_once('/').map_or("", |d| d.0));
                let dict = Globals::default();
                let module = Value::Module(Rc::new(Module {
                    name: name.into(),
                    dict: dict.clone(),
                }));
                self.add_module(name, module.clone());
                let ran = self.exec_text(name, def.source, &file, dir, &dict);
                (module, ran)
            }
            Spec::Source { file, package_dir } => {
                let dict = Globals::default();
                let module = Value::Module(Rc::new(Module {
                    name: name.into(),
                    dict: dict.clone(),
                }));
                self.add_module(name, module.clone());
                let ran = self.exec_source(name, &file, package_dir.as_deref(), &dict);
                (module, ran)
            }
            Spec::Namespace(portions) => {
                let path = portions.iter().map(|d| Value::str(&shown_path(d)));
                let dict = globals_of([
                    ("__name__", Value::str(name)),
                    ("__doc__", Value::None),
                    ("__package__", Value::str(name)),
                    ("__spec__", Value::None),
                    ("__file__", Value::None),
                    ("__path__", Value::list(path.collect())),
                ]);
                let module = Value::Module(Rc::new(Module {
                    name: name.into(),
                    dict,
                }));
                self.add_module(name, module.clone());
                (module, Ok(()))
            }
        };
        if let Err(e) = ran {
            self.modules.borrow_mut().shift_remove(&key(name));
            self.dict_shrunk();
            return Err(e);
        }
        // A module may replace itself in sys.modules while it runs.
        Ok(self.loaded_module(name).unwrap_or(module))
    }

    /// Reads a source module's file and runs it in `dict` ([`Vm::exec_text`]).
    fn exec_source(
        &mut self,
        name: &str,
        file: &Path,
        package_dir: Option<&Path>,
        dict: &Globals,
    ) -> PyResult<()> {
        let shown = shown_path(file);
        let bytes = std::fs::read(file).map_err(|e| {
            import_error(
                ExcKind::ImportError,
                format!("cannot read {shown}: {e}"),
                name,
                Some(Value::str(&shown)),
            )
        })?;
        let text = source_text(&bytes, &shown)?;
        let dir = package_dir.map(shown_path);
        self.exec_text(name, &text, &shown, dir.as_deref(), dict)
    }

    /// Sets a module's attributes (`__name__`, `__file__`, `__package__`, and for a
    /// package `__path__` = [`package_dir`]) in `dict` and runs `text` there.
    fn exec_text(
        &mut self,
        name: &str,
        text: &str,
        file: &str,
        package_dir: Option<&str>,
        dict: &Globals,
    ) -> PyResult<()> {
        let package = match package_dir {
            Some(_) => name,
            None => name.rsplit_once('.').map_or("", |(p, _)| p),
        };
        {
            let mut d = dict.borrow_mut();
            d.set_name("__name__", Value::str(name));
            if !d.has_name("__doc__") {
                d.set_name("__doc__", Value::None);
            }
            d.set_name("__package__", Value::str(package));
            d.set_name("__spec__", Value::None);
            d.set_name("__file__", Value::str(file));
            if let Some(dir) = package_dir {
                d.set_name("__path__", Value::list(vec![Value::str(dir)]));
            }
        }
        self.run_text(name, text, file, dict)
    }

    /// Compiles `text` (named `file` in tracebacks) and runs it in the namespace of
    /// module `name`, marked as initialising while it runs.
    fn run_text(&mut self, name: &str, text: &str, file: &str, dict: &Globals) -> PyResult<()> {
        let code = compile_source(text, file, Mode::Exec).map_err(|e| syntax_error(&e))?;
        let name: Rc<str> = name.into();
        self.initializing.push(name.clone());
        let r = self.run_module(code, dict.clone());
        if let Some(i) = self.initializing.iter().rposition(|n| Rc::ptr_eq(n, &name)) {
            self.initializing.remove(i);
        }
        r.map(drop)
    }

    /// CPython's `_handle_fromlist`: for a package, imports each submodule named in
    /// `fromlist` that is not already an attribute (`*` stands for `__all__`).
    fn handle_fromlist(
        &mut self,
        module: &Value,
        fromlist: &[Value],
        recursive: bool,
    ) -> PyResult<()> {
        if module_entry(module, "__path__").is_none() {
            return Ok(());
        }
        let Value::Module(m) = module else {
            return Ok(());
        };
        let package = module_name(m);
        for item in fromlist {
            let Some(x) = item.as_str() else {
                let what = if recursive {
                    format!("{package}.__all__")
                } else {
                    "``from list''".to_string()
                };
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("Item in {what} must be str, not {}", item.type_name()),
                ));
            };
            if x == "*" {
                if let (false, Some(all)) = (recursive, module_entry(module, "__all__")) {
                    let all = self.collect(&all)?;
                    self.handle_fromlist(module, &all, true)?;
                }
                continue;
            }
            if m.dict.borrow().has_name(x) {
                continue;
            }
            let sub = format!("{package}.{x}");
            if let Err(e) = self.find_and_load(&sub) {
                let missing = e.matches(ExcKind::ModuleNotFoundError)
                    && e.0.dict.get("name").as_ref().and_then(Value::as_str) == Some(&sub)
                    && !self
                        .loaded_module(&sub)
                        .is_some_and(|v| matches!(v, Value::None));
                if !missing {
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// The `ImportFrom` op: `module.name` (a module's `__getattr__` included), or the
    /// submodule `sys.modules["module.name"]`,
    /// or CPython's ImportError (naming a partially initialised module in a circular
    /// import).
    pub(crate) fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        let Value::Module(m) = module else {
            return self.get_attr(module, name).map_err(|_| {
                PyErr::new(ExcKind::ImportError, format!("cannot import name '{name}'"))
            });
        };
        match self.get_attr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if !e.matches(ExcKind::AttributeError) => return Err(e),
            Err(_) => {}
        }
        let modname = module_name(m);
        if let Some(v) = self.loaded_module(&format!("{modname}.{name}")) {
            return Ok(v);
        }
        let file = m.dict.borrow().get_name("__file__").cloned();
        let location = match file.as_ref().and_then(Value::as_str) {
            Some(f) => f.to_string(),
            None => "unknown location".to_string(),
        };
        let msg = if self.initializing.iter().any(|n| **n == *modname) {
            format!(
                "cannot import name '{name}' from partially initialized module '{modname}' \
                 (most likely due to a circular import) ({location})"
            )
        } else {
            format!("cannot import name '{name}' from '{modname}' ({location})")
        };
        Err(import_error(ExcKind::ImportError, msg, &modname, file))
    }

    /// The `ImportStar` op: copies the names of `module.__all__` (without one, every
    /// name not starting with `_`) into the running frame's namespace.
    pub(crate) fn import_star(&mut self, module: &Value) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Err(PyErr::new(
                ExcKind::ImportError,
                "from-import-* object has no __dict__ and no __all__",
            ));
        };
        let all = m.dict.borrow().get_name("__all__").cloned();
        let items: Vec<(Rc<str>, Value)> = match all {
            Some(all) => {
                let mut items = Vec::new();
                for n in self.collect(&all)? {
                    let Some(s) = n.as_str() else {
                        return Err(PyErr::new(
                            ExcKind::TypeError,
                            format!(
                                "Item in {}.__all__ must be str, not {}",
                                module_name(m),
                                n.type_name()
                            ),
                        ));
                    };
                    let v = self.get_attr(module, s)?;
                    items.push((s.into(), v));
                }
                items
            }
            None => m
                .dict
                .borrow()
                .names()
                .filter(|(k, _)| !k.starts_with('_'))
                .map(|(k, v)| (k.into(), v.clone()))
                .collect(),
        };
        let Some(frame) = self.frames.last() else {
            return Ok(());
        };
        let mut names = frame
            .class_ns
            .as_ref()
            .unwrap_or(&frame.globals)
            .borrow_mut();
        for (k, v) in items {
            names.set_name(&k, v);
        }
        Ok(())
    }
}

/// CPython's `_calc___package__`: `__package__`, or `__name__` (minus its last part
/// unless the module is a package).
fn package_of(globals: &Dict) -> PyResult<String> {
    match globals.get_name("__package__") {
        Some(Value::None) | None => {}
        Some(p) => {
            return p
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| PyErr::new(ExcKind::TypeError, "package must be a string"))
        }
    }
    let Some(name) = globals.get_name("__name__").and_then(Value::as_str) else {
        return Err(PyErr::new(ExcKind::KeyError, "'__name__' not in globals"));
    };
    if globals.has_name("__path__") {
        return Ok(name.to_string());
    }
    Ok(name.rsplit_once('.').map_or("", |(p, _)| p).to_string())
}

/// A fresh `sys.modules` dict.
pub(super) fn new_modules() -> Rc<DictData> {
    Rc::new(DictData::default())
}
