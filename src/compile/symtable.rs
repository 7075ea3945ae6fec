//! The symbol table pass: for every scope (module, function, lambda, class,
//! comprehension, generator expression) decide whether each name is local, global,
//! free or a cell, and whether a function is a generator. Runs before code generation.

use std::collections::{HashMap, HashSet};

use indexmap::IndexSet;

use crate::syntax::ast::*;

/// What kind of scope a code object has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The top level of a file, `-c` string or REPL input.
    Module,
    /// A class body.
    Class,
    /// A `def` or `lambda`.
    Function,
    /// A list/set/dict comprehension or generator expression body.
    Comprehension,
}

/// How a name is accessed in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A fast local slot.
    Local,
    /// A local that inner scopes capture (lives in a cell).
    Cell,
    /// Captured from an enclosing function.
    Free,
    /// Module global (declared, or never bound in any enclosing function).
    Global,
    /// Looked up in the class namespace, then globals, then builtins.
    Name,
}

/// The analysed names of one scope.
#[derive(Debug, Default)]
pub struct Scope {
    /// Kind of the scope (None only for the default value).
    pub kind: Option<ScopeKind>,
    /// Parameter names in order (positional, `*args`, keyword-only, `**kwargs`).
    pub params: Vec<String>,
    /// Names bound in this scope, in order of first binding.
    pub bound: IndexSet<String>,
    /// Names read in this scope.
    pub used: IndexSet<String>,
    /// `global` declarations.
    pub globals: HashSet<String>,
    /// `nonlocal` declarations.
    pub nonlocals: HashSet<String>,
    /// Where a `nonlocal` statement first declared each of its names, for the error
    /// when no enclosing function binds it.
    pub nonlocal_spans: HashMap<String, Span>,
    /// Locals that inner scopes capture.
    pub cells: IndexSet<String>,
    /// Names captured from enclosing scopes.
    pub frees: IndexSet<String>,
    /// The body contains `yield` (not counting nested scopes).
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits (`await`, `async for`, or an
    /// inner comprehension that does): its code runs as a coroutine, or as an async
    /// generator when it is also a generator.
    pub is_coroutine: bool,
    /// Inner scopes, in source order.
    pub children: Vec<usize>,
}

impl Scope {
    /// How `name` is accessed in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        let kind = self.kind.unwrap_or(ScopeKind::Module);
        if self.cells.contains(name) && kind != ScopeKind::Class {
            NameScope::Cell
        } else if self.frees.contains(name)
            && (kind != ScopeKind::Class || !self.bound.contains(name))
        {
            NameScope::Free
        } else if self.globals.contains(name) {
            NameScope::Global
        } else if kind == ScopeKind::Class || kind == ScopeKind::Module {
            NameScope::Name
        } else if self.bound.contains(name) {
            NameScope::Local
        } else {
            NameScope::Global
        }
    }
}

/// An error found while building the table (a SyntaxError at `span`).
#[derive(Debug)]
pub struct SymError {
    /// The message, as CPython words it.
    pub message: String,
    /// Where.
    pub span: Span,
}

/// All scopes of a module; scope 0 is the module. Scopes are keyed by the address of
/// the AST node that creates them so code generation can find them.
#[derive(Debug, Default)]
pub struct SymTable {
    /// Every scope.
    pub scopes: Vec<Scope>,
    /// AST node address → scope index.
    pub by_node: HashMap<usize, usize>,
}

/// The address of an AST node, used as a scope key.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Builds the symbol table of a module.
pub fn build(module: &Module) -> Result<SymTable, SymError> {
    build_with(|b| b.body(&module.body))
}

/// Builds the symbol table of an `eval()` expression: a module scope holding it.
pub fn build_expr(expr: &Expr) -> Result<SymTable, SymError> {
    build_with(|b| b.expr(expr))
}

/// Builds a table whose module scope `visit` fills in.
fn build_with(
    visit: impl FnOnce(&mut Builder) -> Result<(), SymError>,
) -> Result<SymTable, SymError> {
    let mut b = Builder {
        table: SymTable::default(),
        stack: vec![],
    };
    let root = b.push(ScopeKind::Module, 0);
    visit(&mut b)?;
    b.stack.pop();
    b.resolve(root, &HashSet::new())?;
    Ok(b.table)
}

struct Builder {
    table: SymTable,
    stack: Vec<usize>,
}

impl Builder {
    fn push(&mut self, kind: ScopeKind, key: usize) -> usize {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope {
            kind: Some(kind),
            ..Scope::default()
        });
        if let Some(&parent) = self.stack.last() {
            self.table.scopes[parent].children.push(id);
        }
        self.table.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("scope");
        &mut self.table.scopes[id]
    }

    fn bind(&mut self, name: &str) {
        self.cur().bound.insert(name.to_string());
    }

    fn use_name(&mut self, name: &str) {
        self.cur().used.insert(name.to_string());
    }

    fn body(&mut self, stmts: &[Stmt]) -> Result<(), SymError> {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SymError> {
        match &s.node {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                targets.iter().try_for_each(|t| self.target(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.node {
                    self.use_name(n);
                }
                self.target(target)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if self.cur().kind != Some(ScopeKind::Function) {
                    self.expr(annotation)?;
                }
                self.target(target)
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_statement("'async for'", s.span)?;
                }
                self.expr(iter)?;
                self.target(target)?;
                self.body(body)?;
                self.body(orelse)
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => Ok(()),
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().try_for_each(|d| self.expr(d))?;
                self.params_defaults(&f.params)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                self.function(node_key(&**f), &f.params, |b| {
                    b.cur().is_coroutine = f.is_async;
                    b.body(&f.body)
                })
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().try_for_each(|d| self.expr(d))?;
                c.bases.iter().try_for_each(|e| self.expr(e))?;
                c.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                self.bind(&c.name);
                self.push(ScopeKind::Class, node_key(&**c));
                self.body(&c.body)?;
                self.stack.pop();
                Ok(())
            }
            StmtKind::Return(v) => v.iter().try_for_each(|e| self.expr(e)),
            StmtKind::Global(names) => {
                for n in names {
                    if self.cur().bound.contains(n) || self.cur().used.contains(n) {
                        return Err(SymError {
                            message: format!("name '{n}' is used prior to global declaration"),
                            span: s.span,
                        });
                    }
                    self.cur().globals.insert(n.clone());
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                if self.cur().kind == Some(ScopeKind::Module) {
                    return Err(SymError {
                        message: "nonlocal declaration not allowed at module level".into(),
                        span: s.span,
                    });
                }
                for n in names {
                    self.cur().nonlocals.insert(n.clone());
                    self.cur().nonlocal_spans.entry(n.clone()).or_insert(s.span);
                }
                Ok(())
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.target(t)),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.body(&h.body)?;
                }
                self.body(orelse)?;
                self.body(finalbody)
            }
            StmtKind::Raise { exc, cause } => exc
                .iter()
                .chain(cause.iter())
                .try_for_each(|e| self.expr(e)),
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|e| self.expr(e))
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let local = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&local);
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.bind(a.asname.as_ref().unwrap_or(&a.name).clone().as_str());
                }
                Ok(())
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.async_statement("'async with'", s.span)?;
                }
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.body(body)
            }
        }
    }

    fn params_defaults(&mut self, p: &Params) -> Result<(), SymError> {
        let all = p
            .args
            .iter()
            .chain(p.kwonly.iter())
            .chain(p.vararg.iter())
            .chain(p.kwarg.iter());
        for a in all {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
            if let Some(an) = &a.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }

    fn function(
        &mut self,
        key: usize,
        params: &Params,
        body: impl FnOnce(&mut Self) -> Result<(), SymError>,
    ) -> Result<(), SymError> {
        self.push(ScopeKind::Function, key);
        let names: Vec<String> = params
            .args
            .iter()
            .chain(params.vararg.iter())
            .chain(params.kwonly.iter())
            .chain(params.kwarg.iter())
            .map(|p| p.name.clone())
            .collect();
        for n in &names {
            self.bind(n);
        }
        self.cur().params = names;
        body(self)?;
        self.stack.pop();
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), SymError> {
        match &t.node {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|i| self.target(i))
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    /// A comprehension's scope (`genexp`: a generator expression's).
    fn comprehension(
        &mut self,
        key: usize,
        span: Span,
        generators: &[Comprehension],
        elts: &[&Expr],
        genexp: bool,
    ) -> Result<(), SymError> {
        // The first iterable is evaluated in the enclosing scope (eagerly, as in CPython).
        self.expr(&generators[0].iter)?;
        let id = self.push(ScopeKind::Comprehension, key);
        self.table.scopes[id].is_generator = genexp;
        self.bind(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            self.target(&g.target)?;
            g.ifs.iter().try_for_each(|c| self.expr(c))?;
        }
        elts.iter().try_for_each(|e| self.expr(e))?;
        self.stack.pop();
        if self.table.scopes[id].is_coroutine && !genexp {
            // The comprehension's call is awaited where it stands (an async generator
            // expression is not: it is only created there).
            self.awaits_here(
                span,
                "asynchronous comprehension outside of an asynchronous function",
            )?;
        }
        Ok(())
    }

    /// Records an `await` in the current scope: a comprehension becomes asynchronous;
    /// anywhere but an `async def`, `message` is the error (except at module and class
    /// level, "'await' outside function"; the comprehension messages stand there).
    fn awaits_here(&mut self, span: Span, message: &str) -> Result<(), SymError> {
        let s = self.cur();
        match s.kind {
            Some(ScopeKind::Comprehension) => {
                s.is_coroutine = true;
                Ok(())
            }
            Some(ScopeKind::Function) if s.is_coroutine => Ok(()),
            Some(ScopeKind::Function) => Err(SymError {
                message: message.into(),
                span,
            }),
            _ if message.starts_with("'await'") => Err(SymError {
                message: "'await' outside function".into(),
                span,
            }),
            _ => Err(SymError {
                message: message.into(),
                span,
            }),
        }
    }

    /// The check of an `async for`/`async with` statement: only in an `async def`.
    fn async_statement(&mut self, what: &str, span: Span) -> Result<(), SymError> {
        let s = self.cur();
        if s.kind == Some(ScopeKind::Function) && s.is_coroutine {
            return Ok(());
        }
        Err(SymError {
            message: format!("{what} outside async function"),
            span,
        })
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SymError> {
        match &e.node {
            ExprKind::Name(n) => {
                self.use_name(n);
                Ok(())
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imaginary(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => Ok(()),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v)),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                comparators.iter().try_for_each(|c| self.expr(c))
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Lambda { params, body } => {
                self.params_defaults(params)?;
                self.function(node_key(e), params, |b| b.expr(body))
            }
            ExprKind::Call { func, args } => {
                self.expr(func)?;
                if let ExprKind::Name(n) = &func.node {
                    if n == "super" && args.is_empty() {
                        self.use_name("__class__");
                    }
                }
                for a in args {
                    match a {
                        Arg::Positional(x) | Arg::Starred(x) | Arg::DoubleStarred(x) => {
                            self.expr(x)?
                        }
                        Arg::Keyword(k) => self.expr(&k.value)?,
                    }
                }
                Ok(())
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => lower
                .iter()
                .chain(upper.iter())
                .chain(step.iter())
                .try_for_each(|x| self.expr(x)),
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Await(v) => {
                self.awaits_here(e.span, "'await' outside async function")?;
                self.expr(v)
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.named_target(target)
            }
            ExprKind::MatchAs { pattern, .. } => self.expr(pattern),
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                items.iter().try_for_each(|i| self.expr(i))
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let genexp = matches!(e.node, ExprKind::GeneratorExp { .. });
                self.comprehension(node_key(e), e.span, generators, &[elt], genexp)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(node_key(e), e.span, generators, &[key, value], false),
            ExprKind::Yield(v) => {
                self.mark_generator(e.span)?;
                v.iter().try_for_each(|x| self.expr(x))
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.span)?;
                if self.cur().is_coroutine {
                    return Err(SymError {
                        message: "'yield from' inside async function".into(),
                        span: e.span,
                    });
                }
                self.expr(v)
            }
        }
    }

    /// A walrus target binds in the nearest enclosing non-comprehension scope.
    fn named_target(&mut self, target: &Expr) -> Result<(), SymError> {
        let ExprKind::Name(n) = &target.node else {
            return self.target(target);
        };
        let comps: Vec<usize> = self
            .stack
            .iter()
            .rev()
            .take_while(|&&id| self.table.scopes[id].kind == Some(ScopeKind::Comprehension))
            .copied()
            .collect();
        if comps.is_empty() {
            self.bind(n);
            return Ok(());
        }
        let owner = self.stack[self.stack.len() - 1 - comps.len()];
        self.table.scopes[owner].bound.insert(n.clone());
        let owner_is_module = self.table.scopes[owner].kind == Some(ScopeKind::Module);
        for id in comps {
            let s = &mut self.table.scopes[id];
            if owner_is_module {
                s.globals.insert(n.clone());
            } else {
                s.nonlocals.insert(n.clone());
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), SymError> {
        for p in parts {
            if let FStringPart::Field { expr, spec, .. } = p {
                self.expr(expr)?;
                self.fstring(spec)?;
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, span: Span) -> Result<(), SymError> {
        let kind = self.cur().kind;
        match kind {
            Some(ScopeKind::Function) => {
                self.cur().is_generator = true;
                Ok(())
            }
            Some(ScopeKind::Comprehension) if self.cur().is_generator => Err(SymError {
                message: "'yield' inside generator expression".into(),
                span,
            }),
            Some(ScopeKind::Comprehension) => Err(SymError {
                message: "'yield' inside list comprehension".into(),
                span,
            }),
            _ => Err(SymError {
                message: "'yield' outside function".into(),
                span,
            }),
        }
    }

    /// Decides cells and free variables; returns the names `id` needs from its parent.
    fn resolve(
        &mut self,
        id: usize,
        enclosing: &HashSet<String>,
    ) -> Result<IndexSet<String>, SymError> {
        let kind = self.table.scopes[id].kind.unwrap_or(ScopeKind::Module);
        let function_like = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension);
        let mut visible = enclosing.clone();
        {
            let s = &self.table.scopes[id];
            for g in &s.globals {
                visible.remove(g);
            }
            if function_like {
                for n in s.bound.iter().chain(s.nonlocals.iter()) {
                    if !s.globals.contains(n) {
                        visible.insert(n.clone());
                    }
                }
            }
            let unbound = s
                .nonlocals
                .iter()
                .filter(|n| !enclosing.contains(*n))
                .map(|n| (s.nonlocal_spans.get(n).copied().unwrap_or_default(), n))
                .min_by_key(|(span, _)| span.start);
            if let Some((span, n)) = unbound {
                return Err(SymError {
                    message: format!("no binding for nonlocal '{n}' found"),
                    span,
                });
            }
        }
        if kind == ScopeKind::Module {
            visible.clear();
        }
        if kind == ScopeKind::Class {
            // Methods that call super() capture the class through an implicit cell.
            visible.insert("__class__".into());
        }
        let children = self.table.scopes[id].children.clone();
        let mut needed_by_children = IndexSet::new();
        for c in children {
            needed_by_children.extend(self.resolve(c, &visible)?);
        }
        let s = &mut self.table.scopes[id];
        let mut frees = IndexSet::new();
        for n in &needed_by_children {
            let local_here = function_like
                && s.bound.contains(n)
                && !s.nonlocals.contains(n)
                && !s.globals.contains(n);
            let class_cell = kind == ScopeKind::Class && n == "__class__";
            if local_here || class_cell {
                s.cells.insert(n.clone());
            } else {
                frees.insert(n.clone());
            }
        }
        for n in &s.nonlocals {
            frees.insert(n.clone());
        }
        for n in &s.used {
            let local = function_like && s.bound.contains(n);
            if !local && !s.globals.contains(n) && enclosing.contains(n) {
                frees.insert(n.clone());
            }
        }
        if kind == ScopeKind::Module {
            frees.clear();
        }
        s.frees = frees.clone();
        Ok(frees)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The symbol table of `source`, which must parse and analyse.
    fn table(source: &str) -> SymTable {
        let module = crate::syntax::parse(source).expect("parses");
        build(&module).expect("analyses")
    }

    /// The message of the SyntaxError the analysis of `source` reports.
    fn error(source: &str) -> String {
        let module = crate::syntax::parse(source).expect("parses");
        build(&module).expect_err("is rejected").message
    }

    /// Scope `path` below the module: `&[0, 1]` is the second child of the first child.
    fn scope<'t>(t: &'t SymTable, path: &[usize]) -> &'t Scope {
        let id = path.iter().fold(0, |id, &i| t.scopes[id].children[i]);
        &t.scopes[id]
    }

    /// checks that a function's assigned names are locals and its other names
    /// globals, and that the module's names go through the name ops (`LoadName`: an
    /// `exec` with separate locals stores them there)
    #[test]
    fn function_locals_and_globals() {
        let t = table("x = 1\ndef f(a):\n    b = a + x\n    return b\n");
        let module = scope(&t, &[]);
        let f = scope(&t, &[0]);
        assert_eq!(module.lookup("x"), NameScope::Name);
        assert_eq!(f.kind, Some(ScopeKind::Function));
        assert_eq!(f.params, ["a"]);
        assert_eq!(f.lookup("a"), NameScope::Local);
        assert_eq!(f.lookup("b"), NameScope::Local);
        assert_eq!(f.lookup("x"), NameScope::Global);
    }

    /// checks that `global` makes an assigned name global instead of local
    #[test]
    fn global_declaration_overrides_assignment() {
        let t = table("def f():\n    global n\n    n = 1\n    m = 2\n");
        let f = scope(&t, &[0]);
        assert_eq!(f.lookup("n"), NameScope::Global);
        assert_eq!(f.lookup("m"), NameScope::Local);
    }

    /// checks that a name a nested function reads is a cell outside and free inside
    #[test]
    fn captured_name_is_cell_then_free() {
        let t = table(
            "def outer():\n    v = 1\n    def inner():\n        return v\n    return inner\n",
        );
        let outer = scope(&t, &[0]);
        let inner = scope(&t, &[0, 0]);
        assert_eq!(outer.lookup("v"), NameScope::Cell);
        assert_eq!(inner.lookup("v"), NameScope::Free);
        assert!(!inner.bound.contains("v"));
    }

    /// checks that `nonlocal` rebinds the enclosing function's cell, not a new local
    #[test]
    fn nonlocal_is_free_in_inner_and_cell_in_outer() {
        let t = table(
            "def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n    return inc\n",
        );
        let outer = scope(&t, &[0]);
        let inc = scope(&t, &[0, 0]);
        assert_eq!(outer.lookup("n"), NameScope::Cell);
        assert_eq!(inc.lookup("n"), NameScope::Free);
        assert!(inc.frees.contains("n"));
    }

    /// checks that `nonlocal` without a binding in an enclosing function is rejected
    #[test]
    fn nonlocal_without_binding_is_an_error() {
        assert_eq!(
            error("def f():\n    def g():\n        nonlocal q\n        q = 1\n"),
            "no binding for nonlocal 'q' found"
        );
    }

    /// checks that `global` after a use of the name is rejected
    #[test]
    fn global_after_use_is_an_error() {
        assert_eq!(
            error("def f():\n    print(z)\n    global z\n"),
            "name 'z' is used prior to global declaration"
        );
    }

    /// checks that `yield` makes its function a generator but not the enclosing one
    #[test]
    fn generator_detected_by_own_yield_only() {
        let t = table(
            "def outer():\n    def gen():\n        yield 1\n    return gen\ndef plain():\n    return 1\n",
        );
        assert!(!scope(&t, &[0]).is_generator);
        assert!(scope(&t, &[0, 0]).is_generator);
        assert!(!scope(&t, &[1]).is_generator);
    }

    /// checks that `yield from` alone also makes a generator
    #[test]
    fn yield_from_makes_a_generator() {
        let t = table("def g():\n    x = yield from range(3)\n");
        assert!(scope(&t, &[0]).is_generator);
    }

    /// checks that `yield` at module level is rejected
    #[test]
    fn yield_outside_function_is_an_error() {
        assert_eq!(error("yield 1\n"), "'yield' outside function");
    }

    /// checks that a comprehension has its own scope: its loop variable does not leak
    #[test]
    fn comprehension_has_its_own_scope() {
        let t = table("def f(xs):\n    return [y * 2 for y in xs]\n");
        let f = scope(&t, &[0]);
        let comp = scope(&t, &[0, 0]);
        assert_eq!(comp.kind, Some(ScopeKind::Comprehension));
        assert_eq!(comp.lookup("y"), NameScope::Local);
        assert!(!f.bound.contains("y"));
        assert!(!comp.is_generator);
    }

    /// checks that a generator expression is a comprehension scope marked as a generator
    #[test]
    fn generator_expression_is_a_generator_scope() {
        let t = table("g = (i for i in range(3))\n");
        let genexp = scope(&t, &[0]);
        assert_eq!(genexp.kind, Some(ScopeKind::Comprehension));
        assert!(genexp.is_generator);
        assert!(!scope(&t, &[]).bound.contains("i"));
    }

    /// checks that class-body names are looked up by name and are not visible in methods
    #[test]
    fn class_names_not_visible_in_methods() {
        let t = table("class C:\n    k = 1\n    def m(self):\n        return k\n");
        let class = scope(&t, &[0]);
        let method = scope(&t, &[0, 0]);
        assert_eq!(class.kind, Some(ScopeKind::Class));
        assert_eq!(class.lookup("k"), NameScope::Name);
        assert_eq!(method.lookup("k"), NameScope::Global);
        assert!(!class.cells.contains("k"));
    }

    /// checks that a function's names are visible through a class body to its methods
    #[test]
    fn function_names_visible_through_class_body() {
        let t = table(
            "def f():\n    v = 1\n    class C:\n        def m(self):\n            return v\n    return C\n",
        );
        let f = scope(&t, &[0]);
        let method = scope(&t, &[0, 0, 0]);
        assert_eq!(f.lookup("v"), NameScope::Cell);
        assert_eq!(method.lookup("v"), NameScope::Free);
    }
}
