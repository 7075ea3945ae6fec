//! Code generation for statements, and the bookkeeping every code object needs: the
//! op and span vectors, constants, names, the block stack used to unwind `break`,
//! `continue` and `return` through `finally`/`with`, and the exception table, built
//! from the handler active at each emitted op (CPython 3.11's zero-cost scheme).

use std::collections::HashMap;
use std::rc::Rc;

use indexmap::IndexSet;

use super::symtable::{self, node_key, NameScope, ScopeKind, SymTable};
use super::CompileError;
use crate::objects::code::{flags, Code, ExcEntry, GlobalCache, Op};
use crate::objects::globals::name_key;
use crate::objects::Value;
use crate::source::SourceFile;
use crate::syntax::ast::*;

pub(super) type CResult<T> = Result<T, CompileError>;

/// A block the compiler is inside, for unwinding `break`, `continue` and `return`.
pub(super) enum FBlock<'a> {
    /// A loop; `for` loops keep their iterator on the stack.
    Loop {
        is_for: bool,
        start: usize,
        breaks: Vec<usize>,
    },
    /// A `try` body with `except` clauses.
    TryExcept,
    /// A `try` body with a `finally` clause.
    TryFinally(&'a [Stmt]),
    /// The exceptional path of a `finally` body: `[prev, exc]` on the stack.
    FinallyEnd,
    /// An `except` clause body: `[prev]` on the stack.
    HandlerCleanup(Option<String>),
    /// An `except*` clause body: `[prev, orig, raised, rest]` on the stack; no
    /// `break`, `continue` or `return` may leave it.
    ExceptStarBody,
    /// A `with` body: the `__exit__` (`async with`: `__aexit__`) callable on the stack.
    With { is_async: bool },
    /// A pending return value on the stack while an inlined `finally` runs.
    PopValue,
}

pub(super) struct BlockEntry<'a> {
    pub(super) block: FBlock<'a>,
    /// How many handlers were active when the block was entered.
    pub(super) active_base: usize,
}

/// One code object under construction.
pub(super) struct Unit<'a> {
    pub(super) scope: usize,
    pub(super) name: Rc<str>,
    pub(super) qualname: Rc<str>,
    pub(super) ops: Vec<Op>,
    pub(super) spans: Vec<Span>,
    pub(super) handler_of_op: Vec<Option<usize>>,
    pub(super) consts: Vec<Value>,
    /// The index of each int, str, bool and None constant, so that adding one is not
    /// a scan of `consts` (a module with thousands of constants compiled quadratically).
    const_index: HashMap<ConstKey, u32>,
    pub(super) names: IndexSet<Rc<str>>,
    pub(super) varnames: IndexSet<Rc<str>>,
    pub(super) cellvars: Vec<Rc<str>>,
    pub(super) freevars: Vec<Rc<str>>,
    /// Handler targets (op index) and stack depths, by handler id.
    pub(super) handlers: Vec<(usize, u32)>,
    pub(super) active: Vec<usize>,
    pub(super) blocks: Vec<BlockEntry<'a>>,
    pub(super) span: Span,
    pub(super) argcount: usize,
    pub(super) posonly: usize,
    pub(super) kwonly: usize,
    pub(super) flags: u32,
    pub(super) first_line: usize,
    /// The enclosing class's name, for private-name mangling (`__x` → `_C__x`).
    pub(super) private: Option<Rc<str>>,
}

/// A constant that equal constants share one slot for.
#[derive(PartialEq, Eq, Hash)]
enum ConstKey {
    Int(i64),
    Str(Rc<str>),
    None,
    Bool(bool),
}

/// The compiler's state for one module.
pub(super) struct Compiler<'a> {
    table: SymTable,
    source: Rc<SourceFile>,
    pub(super) unit: Unit<'a>,
    outer: Vec<Unit<'a>>,
    interactive: bool,
    /// One shared `Rc<str>` per identifier, so the VM's global cache can compare
    /// names by pointer.
    interned: std::collections::HashMap<String, Rc<str>>,
    /// One shared dict key per identifier, for the same reason (`GlobalCache::key`).
    name_keys: std::collections::HashMap<Rc<str>, crate::objects::HashKey>,
    /// `from __future__ import annotations` (PEP 563): class-body annotations are
    /// kept as their source text instead of being evaluated.
    future_annotations: bool,
}

/// Compiles a parsed module. `interactive` makes expression statements print their
/// value (REPL input).
pub(super) fn compile_module(
    module: &Module,
    source: Rc<SourceFile>,
    interactive: bool,
) -> CResult<Rc<Code>> {
    let table = symtable::build(module)?;
    compile_toplevel(table, source, interactive, |c| {
        c.future_annotations = module.body.iter().any(|s| {
            matches!(&s.node, StmtKind::ImportFrom { module, names, .. }
                if module == "__future__" && names.iter().any(|a| a.name == "annotations"))
        });
        if let (
            false,
            Some(Stmt {
                node:
                    StmtKind::Expr(
                        doc @ Spanned {
                            node: ExprKind::Str(_),
                            ..
                        },
                    ),
                span,
            }),
        ) = (interactive, module.body.first())
        {
            // A module's docstring is its `__doc__`, as CPython stores it.
            c.at(*span, |c| {
                c.expr(doc)?;
                c.store_name("__doc__");
                Ok(())
            })?;
            return c
                .body(&module.body[1..])
                .map(|()| c.load_const(Value::None));
        }
        c.body(&module.body)?;
        c.load_const(Value::None);
        Ok(())
    })
}

/// Compiles a parsed `eval()` expression into a `<module>` code object returning its
/// value.
pub(super) fn compile_expression(expr: &Expr, source: Rc<SourceFile>) -> CResult<Rc<Code>> {
    let table = symtable::build_expr(expr)?;
    compile_toplevel(table, source, false, |c| c.expr(expr))
}

/// Compiles a `<module>` code object: `body` emits the code that leaves the return
/// value on the stack.
fn compile_toplevel<'a>(
    table: SymTable,
    source: Rc<SourceFile>,
    interactive: bool,
    body: impl FnOnce(&mut Compiler<'a>) -> CResult<()>,
) -> CResult<Rc<Code>> {
    let unit = Unit::new(0, "<module>".into(), "<module>".into(), 1);
    let mut c = Compiler {
        table,
        source,
        unit,
        outer: vec![],
        interactive,
        interned: Default::default(),
        name_keys: Default::default(),
        future_annotations: false,
    };
    body(&mut c)?;
    c.emit(Op::ReturnValue);
    Ok(Rc::new(c.finish_unit()))
}

impl<'a> Unit<'a> {
    fn new(scope: usize, name: Rc<str>, qualname: Rc<str>, first_line: usize) -> Unit<'a> {
        Unit {
            scope,
            name,
            qualname,
            ops: vec![],
            spans: vec![],
            handler_of_op: vec![],
            consts: vec![],
            const_index: HashMap::new(),
            names: IndexSet::new(),
            varnames: IndexSet::new(),
            cellvars: vec![],
            freevars: vec![],
            handlers: vec![],
            active: vec![],
            blocks: vec![],
            span: Span::default(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            first_line,
            private: None,
        }
    }
}

impl<'a> Compiler<'a> {
    // ----- emission -------------------------------------------------------------

    /// Emits an op at the current span; returns its index (for jump patching).
    pub(super) fn emit(&mut self, op: Op) -> usize {
        let u = &mut self.unit;
        u.ops.push(op);
        u.spans.push(u.span);
        u.handler_of_op.push(u.active.last().copied());
        u.ops.len() - 1
    }

    /// Index of the next op to be emitted.
    pub(super) fn here(&self) -> usize {
        self.unit.ops.len()
    }

    /// Points the jump at `at` to `target`.
    pub(super) fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        self.unit.ops[at] = match self.unit.ops[at] {
            Op::Jump(_) => Op::Jump(t),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
            Op::ForIter(_) => Op::ForIter(t),
            Op::Send(_) => Op::Send(t),
            other => other,
        };
    }

    /// Points the jump at `at` to the next op.
    pub(super) fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    /// Adds a constant, reusing an equal int, str, bool or None constant.
    pub(super) fn const_index(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::Int(i) => Some(ConstKey::Int(*i)),
            Value::Str(s) => Some(ConstKey::Str(s.as_str().into())),
            Value::None => Some(ConstKey::None),
            Value::Bool(b) => Some(ConstKey::Bool(*b)),
            _ => None,
        };
        if let Some(&i) = key.as_ref().and_then(|k| self.unit.const_index.get(k)) {
            return i;
        }
        self.unit.consts.push(v);
        let i = (self.unit.consts.len() - 1) as u32;
        if let Some(k) = key {
            self.unit.const_index.insert(k, i);
        }
        i
    }

    /// Emits `LoadConst`.
    pub(super) fn load_const(&mut self, v: Value) {
        let i = self.const_index(v);
        self.emit(Op::LoadConst(i));
    }

    /// Interns a name for `LoadGlobal`/`LoadAttr`/...
    pub(super) fn name_index(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        let name = mangled.as_deref().unwrap_or(name);
        self.raw_name_index(name)
    }

    /// CPython's private-name mangling inside a class: `__x` becomes `_Class__x`.
    fn mangle(&self, name: &str) -> Option<String> {
        let class = self.unit.private.as_deref()?;
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return None;
        }
        let stripped = class.trim_start_matches('_');
        (!stripped.is_empty()).then(|| format!("_{stripped}{name}"))
    }

    /// Interns a name without mangling (module names in imports).
    pub(super) fn raw_name_index(&mut self, name: &str) -> u32 {
        let rc = self
            .interned
            .entry(name.to_string())
            .or_insert_with(|| name.into())
            .clone();
        let (i, _) = self.unit.names.insert_full(rc);
        i as u32
    }

    /// Runs `f` with the current span set to `span`.
    pub(super) fn at<T>(
        &mut self,
        span: Span,
        f: impl FnOnce(&mut Self) -> CResult<T>,
    ) -> CResult<T> {
        let saved = std::mem::replace(&mut self.unit.span, span);
        let r = f(self);
        self.unit.span = saved;
        r
    }

    pub(super) fn error<T>(&self, message: &str, span: Span) -> CResult<T> {
        Err(CompileError {
            message: message.into(),
            span,
        })
    }

    // ----- names ---------------------------------------------------------------

    pub(super) fn scope_of(&self, name: &str) -> NameScope {
        self.table.scopes[self.unit.scope].lookup(name)
    }

    fn cell_index(&self, name: &str) -> u32 {
        if let Some(i) = self.unit.cellvars.iter().position(|c| &**c == name) {
            return i as u32;
        }
        let f = self
            .unit
            .freevars
            .iter()
            .position(|c| &**c == name)
            .unwrap_or(0);
        (self.unit.cellvars.len() + f) as u32
    }

    fn local_index(&mut self, name: &str) -> u32 {
        let (i, _) = self.unit.varnames.insert_full(name.into());
        i as u32
    }

    /// Emits a load of variable `name`.
    pub(super) fn load_name(&mut self, name: &str) {
        let op = match self.scope_of(name) {
            NameScope::Local => Op::LoadFast(self.local_index(name)),
            NameScope::Cell | NameScope::Free => Op::LoadDeref(self.cell_index(name)),
            NameScope::Global => Op::LoadGlobal(self.name_index(name)),
            NameScope::Name => Op::LoadName(self.name_index(name)),
        };
        self.emit(op);
    }

    /// Emits a store to variable `name`.
    pub(super) fn store_name(&mut self, name: &str) {
        let op = match self.scope_of(name) {
            NameScope::Local => Op::StoreFast(self.local_index(name)),
            NameScope::Cell | NameScope::Free => Op::StoreDeref(self.cell_index(name)),
            NameScope::Global => Op::StoreGlobal(self.name_index(name)),
            NameScope::Name => Op::StoreName(self.name_index(name)),
        };
        self.emit(op);
    }

    pub(super) fn delete_name(&mut self, name: &str) {
        let op = match self.scope_of(name) {
            NameScope::Local => Op::DeleteFast(self.local_index(name)),
            NameScope::Cell | NameScope::Free => Op::DeleteDeref(self.cell_index(name)),
            NameScope::Global => Op::DeleteGlobal(self.name_index(name)),
            NameScope::Name => Op::DeleteName(self.name_index(name)),
        };
        self.emit(op);
    }

    // ----- code units --------------------------------------------------------------

    /// Qualified-name prefix for a scope defined inside the current unit.
    fn child_qualname(&self, name: &str) -> Rc<str> {
        let kind = self.table.scopes[self.unit.scope].kind;
        match kind {
            Some(ScopeKind::Module) | None => name.into(),
            Some(ScopeKind::Class) => format!("{}.{name}", self.unit.qualname).into(),
            _ => format!("{}.<locals>.{name}", self.unit.qualname).into(),
        }
    }

    /// Starts compiling a nested scope created by the AST node at `key`.
    pub(super) fn enter_unit(&mut self, key: usize, name: &str, span: Span) {
        let scope = self.table.by_node[&key];
        let qualname = self.child_qualname(name);
        let line = self.source.line_of(span.start);
        let mut unit = Unit::new(scope, name.into(), qualname, line);
        unit.span = span;
        unit.private = if self.table.scopes[scope].kind == Some(ScopeKind::Class) {
            Some(name.into())
        } else {
            self.unit.private.clone()
        };
        let s = &self.table.scopes[scope];
        for p in &s.params {
            unit.varnames.insert(p.as_str().into());
        }
        unit.cellvars = s.cells.iter().map(|c| c.as_str().into()).collect();
        unit.freevars = s.frees.iter().map(|c| c.as_str().into()).collect();
        if s.is_generator || s.is_coroutine {
            unit.flags |= flags::GENERATOR;
        }
        if s.is_coroutine {
            unit.flags |= match s.is_generator {
                true => flags::ASYNC_GENERATOR,
                false => flags::COROUTINE,
            };
        }
        if s.kind == Some(ScopeKind::Class) {
            unit.flags |= flags::CLASS_BODY;
        }
        let outer = std::mem::replace(&mut self.unit, unit);
        self.outer.push(outer);
    }

    /// Declares the hidden `.0` parameter (the iterator) of a comprehension unit.
    pub(super) fn begin_comprehension_unit(&mut self) {
        self.unit.argcount = 1;
        self.unit.varnames.clear();
        self.unit.varnames.insert(".0".into());
    }

    /// Finishes the current unit, returning to its parent.
    pub(super) fn leave_unit(&mut self) -> Rc<Code> {
        let code = self.finish_unit();
        self.unit = self.outer.pop().expect("parent unit");
        Rc::new(code)
    }

    fn finish_unit(&mut self) -> Code {
        let u = &mut self.unit;
        let mut exc_table: Vec<ExcEntry> = Vec::new();
        for (i, h) in u.handler_of_op.iter().enumerate() {
            let Some(h) = *h else { continue };
            let (target, depth) = u.handlers[h];
            match exc_table.last_mut() {
                Some(e) if e.end == i as u32 && e.target == target as u32 && e.depth == depth => {
                    e.end += 1
                }
                _ => exc_table.push(ExcEntry {
                    start: i as u32,
                    end: i as u32 + 1,
                    target: target as u32,
                    depth,
                }),
            }
        }
        let varnames: Vec<Rc<str>> = u.varnames.iter().cloned().collect();
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, c)| {
                let nparams = u.argcount
                    + u.kwonly
                    + (u.flags & flags::VARARGS != 0) as usize
                    + (u.flags & flags::VARKEYWORDS != 0) as usize;
                varnames[..nparams.min(varnames.len())]
                    .iter()
                    .position(|v| v == c)
                    .map(|pi| (ci, pi))
            })
            .collect();
        super::peephole::fuse_ops(&mut u.ops, &u.handler_of_op);
        let global_cache = u
            .names
            .iter()
            .map(|n| {
                let key = self.name_keys.entry(n.clone());
                GlobalCache::new(key.or_insert_with(|| name_key(n)).clone())
            })
            .collect();
        let method_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        let attr_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        Code {
            global_cache,
            method_cache,
            attr_cache,
            name: u.name.clone(),
            qualname: u.qualname.clone(),
            source: self.source.clone(),
            ops: std::mem::take(&mut u.ops),
            spans: std::mem::take(&mut u.spans),
            consts: std::mem::take(&mut u.consts),
            names: u.names.iter().cloned().collect(),
            varnames,
            cellvars: std::mem::take(&mut u.cellvars),
            freevars: std::mem::take(&mut u.freevars),
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            exc_table,
            first_line: u.first_line,
        }
    }

    /// Pushes the value of an annotation: the expression's value, or under
    /// `from __future__ import annotations` (PEP 563) its source text.
    fn annotation(&mut self, annotation: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            let text =
                &self.source.text[annotation.span.start as usize..annotation.span.end as usize];
            self.load_const(Value::str(text));
            return Ok(());
        }
        self.expr(annotation)
    }

    /// Emits the closure tuple (if any) and `MakeFunction` for `code`, with `extra` flags
    /// for defaults already on the stack.
    pub(super) fn make_function(&mut self, code: Rc<Code>, extra: u32) {
        let mut fl = extra;
        if !code.freevars.is_empty() {
            for name in code.freevars.clone().iter() {
                let i = self.cell_index(name);
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            fl |= 8;
        }
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction(fl));
    }

    /// Compiles a function or lambda: defaults, annotations (the parameters' and the
    /// `returns` one), body unit, closure, `MakeFunction`.
    pub(super) fn function(
        &mut self,
        key: usize,
        name: &str,
        params: &'a Params,
        returns: Option<&'a Expr>,
        span: Span,
        body: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let mut fl = 0;
        let defaults: Vec<&Expr> = params
            .args
            .iter()
            .filter_map(|p| p.default.as_ref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            fl |= 1;
        }
        let kwdefaults: Vec<&Param> = params
            .kwonly
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kwdefaults.is_empty() {
            for p in &kwdefaults {
                self.load_const(Value::str(&p.name));
                self.expr(p.default.as_ref().expect("default"))?;
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            fl |= 2;
        }
        // `__annotations__`, in CPython's order: positional, *args, keyword-only,
        // **kwargs, then "return".
        let annotated: Vec<(&str, &'a Expr)> = params
            .args
            .iter()
            .chain(params.vararg.iter())
            .chain(params.kwonly.iter())
            .chain(params.kwarg.iter())
            .filter_map(|p| p.annotation.as_ref().map(|a| (p.name.as_str(), a)))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        if !annotated.is_empty() {
            for (name, annotation) in &annotated {
                self.load_const(Value::str(name));
                self.annotation(annotation)?;
            }
            self.emit(Op::BuildMap(annotated.len() as u32));
            fl |= 4;
        }
        self.enter_unit(key, name, span);
        self.unit.argcount = params.args.len();
        self.unit.posonly = params.posonly;
        self.unit.kwonly = params.kwonly.len();
        // co_varnames order: positional, keyword-only, *args, **kwargs.
        self.unit.varnames.clear();
        for p in params.args.iter().chain(params.kwonly.iter()) {
            self.unit.varnames.insert(p.name.as_str().into());
        }
        if let Some(v) = &params.vararg {
            self.unit.varnames.insert(v.name.as_str().into());
            self.unit.flags |= flags::VARARGS;
        }
        if let Some(k) = &params.kwarg {
            self.unit.varnames.insert(k.name.as_str().into());
            self.unit.flags |= flags::VARKEYWORDS;
        }
        body(self)?;
        let code = self.leave_unit();
        self.make_function(code, fl);
        Ok(())
    }

    // ----- statements ----------------------------------------------------------------

    pub(super) fn body(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.at(s.span, |c| c.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match &s.node {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                if self.interactive && self.outer.is_empty() {
                    self.emit(Op::PrintExpr);
                } else {
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                // In a class body, `x: T` records T in `__annotations__` (CPython's
                // SETUP_ANNOTATIONS made it empty when the body began).
                let in_class = self.table.scopes[self.unit.scope].kind == Some(ScopeKind::Class);
                if let (true, ExprKind::Name(name)) = (in_class, &target.node) {
                    self.annotation(annotation)?;
                    let a = self.name_index("__annotations__");
                    self.emit(Op::LoadName(a));
                    self.load_const(Value::str(name));
                    self.emit(Op::StoreSubscr);
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.body(body)?;
                if orelse.is_empty() {
                    self.patch_here(jf);
                } else {
                    let j = self.emit(Op::Jump(0));
                    self.patch_here(jf);
                    self.body(orelse)?;
                    self.patch_here(j);
                }
            }
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => self.for_loop(target, iter, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.async_for_loop(target, iter, body, orelse)?,
            StmtKind::Break => self.break_continue(true, s.span)?,
            StmtKind::Continue => self.break_continue(false, s.span)?,
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::FunctionDef(f) => self.function_def(f)?,
            StmtKind::ClassDef(c) => self.class_def(c)?,
            StmtKind::Return(v) => {
                let kind = self.table.scopes[self.unit.scope].kind;
                if !matches!(kind, Some(ScopeKind::Function)) {
                    return self.error("'return' outside function", s.span);
                }
                if v.is_some() && self.unit.flags & flags::ASYNC_GENERATOR != 0 {
                    return self.error("'return' with value in async generator", s.span);
                }
                self.leave_check(0, s.span)?;
                match v {
                    Some(e) => self.expr(e)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_blocks(0, true)?;
                self.emit(Op::ReturnValue);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs(n));
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let j = self.emit(Op::PopJumpIfTrue(0));
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::RaiseVarargs(1));
                self.patch_here(j);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.import_name(0, &a.name, None);
                    match &a.asname {
                        Some(n) => {
                            // `import a.b.c as d` binds a.b.c, reached from the top
                            // package `a` that the import pushed.
                            for part in a.name.split('.').skip(1) {
                                let i = self.raw_name_index(part);
                                self.emit(Op::ImportFrom(i));
                                self.emit(Op::Swap(2));
                                self.emit(Op::Pop);
                            }
                            self.store_name(n);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                level,
                names,
                star,
            } => {
                if *star {
                    self.import_name(*level, module, Some(vec![Value::str("*")]));
                    self.emit(Op::ImportStar);
                } else {
                    let fromlist = names.iter().map(|a| Value::str(&a.name)).collect();
                    self.import_name(*level, module, Some(fromlist));
                    for a in names {
                        let n = self.name_index(&a.name);
                        self.emit(Op::ImportFrom(n));
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                    }
                    self.emit(Op::Pop);
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with_stmt(items, body, *is_async)?,
        }
        Ok(())
    }

    /// `ImportName` of `module` with CPython's operands on the stack: the level of a
    /// relative import and the fromlist (None for a plain `import`).
    fn import_name(&mut self, level: u32, module: &str, fromlist: Option<Vec<Value>>) {
        self.load_const(Value::Int(level.into()));
        self.load_const(fromlist.map_or(Value::None, Value::tuple));
        let i = self.raw_name_index(module);
        self.emit(Op::ImportName(i));
    }

    fn function_def(&mut self, f: &'a FunctionDef) -> CResult<()> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.function(
            node_key(f),
            &f.name,
            &f.params,
            f.returns.as_ref(),
            f.name_span,
            |c| {
                if let Some(StmtKind::Expr(Spanned {
                    node: ExprKind::Str(doc),
                    ..
                })) = f.body.first().map(|s| &s.node)
                {
                    c.const_index(Value::str(doc));
                    c.unit.flags |= flags::DOCSTRING;
                }
                c.body(&f.body)?;
                c.load_const(Value::None);
                c.emit(Op::ReturnValue);
                Ok(())
            },
        )?;
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    fn class_def(&mut self, cd: &'a ClassDef) -> CResult<()> {
        for d in &cd.decorators {
            self.expr(d)?;
        }
        self.emit(Op::LoadBuildClass);
        self.enter_unit(node_key(cd), &cd.name, cd.name_span);
        let qualname = self.unit.qualname.clone();
        self.load_const(Value::str(&qualname));
        let q = self.name_index("__qualname__");
        self.emit(Op::StoreName(q));
        if has_annotations(&cd.body) {
            self.emit(Op::BuildMap(0));
            let a = self.name_index("__annotations__");
            self.emit(Op::StoreName(a));
        }
        // A class's docstring is its `__doc__`, stored before the rest of the body.
        let body = match cd.body.first() {
            Some(Spanned {
                node:
                    StmtKind::Expr(
                        doc @ Spanned {
                            node: ExprKind::Str(_),
                            ..
                        },
                    ),
                ..
            }) => {
                self.expr(doc)?;
                self.store_name("__doc__");
                &cd.body[1..]
            }
            _ => &cd.body[..],
        };
        self.body(body)?;
        if self.unit.cellvars.iter().any(|c| &**c == "__class__") {
            let i = self.cell_index("__class__");
            self.emit(Op::LoadClosure(i));
        } else {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.leave_unit();
        self.make_function(code, 0);
        self.load_const(Value::str(&cd.name));
        for b in &cd.bases {
            self.expr(b)?;
        }
        let n = 2 + cd.bases.len() as u32;
        if cd.keywords.is_empty() {
            self.emit(Op::Call(n));
        } else {
            let mut names = vec![];
            for k in &cd.keywords {
                self.expr(&k.value)?;
                names.push(Value::str(&k.name));
            }
            self.load_const(Value::tuple(names));
            self.emit(Op::CallKw(n + cd.keywords.len() as u32));
        }
        for _ in &cd.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&cd.name);
        Ok(())
    }

    // ----- assignment targets ------------------------------------------------------

    /// Stores the value on top of the stack into `t`.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.node {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.at(t.span, |c| Ok(c.emit(Op::StoreAttr(i))))?;
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.at(t.span, |c| Ok(c.emit(Op::StoreSubscr)))?;
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.node, ExprKind::Starred(_)));
                match star {
                    None => {
                        self.at(t.span, |c| {
                            Ok(c.emit(Op::UnpackSequence(items.len() as u32)))
                        })?;
                    }
                    Some(p) => {
                        if items
                            .iter()
                            .filter(|i| matches!(i.node, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return self
                                .error("multiple starred expressions in assignment", t.span);
                        }
                        let after = items.len() - p - 1;
                        self.at(t.span, |c| {
                            Ok(c.emit(Op::UnpackEx((p | (after << 8)) as u32)))
                        })?;
                    }
                }
                for i in items {
                    match &i.node {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(i)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return self.error(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                )
            }
            _ => return self.error("cannot assign to expression", t.span),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.node {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return self.error("cannot delete expression", t.span),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        match &target.node {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.emit(Op::Inplace(op.into()));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Copy(1));
                let i = self.name_index(attr);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::Inplace(op.into()));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.emit(Op::Subscr);
                self.expr(value)?;
                self.emit(Op::Inplace(op.into()));
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                )
            }
        }
        Ok(())
    }
}

/// True when a class body annotates a name (`x: int`) anywhere outside its nested
/// functions and classes: the body then starts with an empty `__annotations__`.
fn has_annotations(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.node {
        StmtKind::AnnAssign { target, .. } => matches!(target.node, ExprKind::Name(_)),
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}
