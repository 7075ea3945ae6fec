//! A nesting limit on the finished AST, so later stages may recurse over it safely.
//!
//! The LR parser keeps its stack on the heap, so it happily builds a tree 100 000
//! levels deep from `1+1+1+...` or `- - - ... 1`. Walking such a tree recursively (in
//! the compiler, or just dropping it) would overflow the Rust stack, so after parsing
//! [`check_depth`] measures the depth with an explicit stack and rejects trees deeper
//! than [`MAX_DEPTH`], as CPython rejects them ("maximum recursion depth exceeded
//! during compilation"). A rejected tree is taken apart iteratively ([`dismantle`]),
//! because its ordinary recursive `Drop` could overflow too.

use super::ast::*;
use super::SyntaxError;

/// Deepest nesting of statements and expressions accepted (CPython fails somewhere
/// between 1 000 and 5 000 levels, depending on the construct).
pub(crate) const MAX_DEPTH: usize = 1500;

/// A node of either kind, for the explicit-stack walks.
#[derive(Clone, Copy)]
enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

/// Returns the module unchanged, or an error at the first node nested too deeply.
pub(crate) fn check_depth(module: Module) -> Result<Module, SyntaxError> {
    match deepest(module.body.iter().map(Node::Stmt).collect()) {
        None => Ok(module),
        Some(span) => {
            dismantle(module.body, Vec::new());
            Err(too_deep(span))
        }
    }
}

/// Returns the expression (an `eval()` input) unchanged, or an error at the first node
/// nested too deeply.
pub(crate) fn check_expr_depth(expr: Expr) -> Result<Expr, SyntaxError> {
    match deepest(vec![Node::Expr(&expr)]) {
        None => Ok(expr),
        Some(span) => {
            dismantle(Vec::new(), vec![expr]);
            Err(too_deep(span))
        }
    }
}

/// The span of the first node under `roots` nested deeper than [`MAX_DEPTH`].
fn deepest(roots: Vec<Node>) -> Option<Span> {
    let mut stack: Vec<(Node, usize)> = roots.into_iter().map(|n| (n, 1)).collect();
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            return Some(match node {
                Node::Stmt(s) => s.span,
                Node::Expr(e) => e.span,
            });
        }
        let mut push = |child| stack.push((child, depth + 1));
        match node {
            Node::Stmt(s) => stmt_children(s, &mut push),
            Node::Expr(e) => expr_children(e, &mut push),
        }
    }
    None
}

fn too_deep(span: Span) -> SyntaxError {
    SyntaxError::syntax("too many nested expressions or statements", span)
}

fn stmt_children<'a>(s: &'a Stmt, push: &mut impl FnMut(Node<'a>)) {
    let exprs = |es: &'a [Expr], push: &mut dyn FnMut(Node<'a>)| {
        es.iter().for_each(|e| push(Node::Expr(e)));
    };
    let stmts = |ss: &'a [Stmt], push: &mut dyn FnMut(Node<'a>)| {
        ss.iter().for_each(|s| push(Node::Stmt(s)));
    };
    let params = |p: &'a Params, push: &mut dyn FnMut(Node<'a>)| {
        let all = p
            .args
            .iter()
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg);
        for param in all {
            param
                .default
                .iter()
                .chain(&param.annotation)
                .for_each(|e| push(Node::Expr(e)));
        }
    };
    match &s.node {
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => push(Node::Expr(e)),
        StmtKind::Assign { targets, value } => {
            exprs(targets, push);
            push(Node::Expr(value));
        }
        StmtKind::AugAssign { target, value, .. } => {
            push(Node::Expr(target));
            push(Node::Expr(value));
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            push(Node::Expr(target));
            push(Node::Expr(annotation));
            value.iter().for_each(|v| push(Node::Expr(v)));
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            push(Node::Expr(test));
            stmts(body, push);
            stmts(orelse, push);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            push(Node::Expr(target));
            push(Node::Expr(iter));
            stmts(body, push);
            stmts(orelse, push);
        }
        StmtKind::FunctionDef(f) => {
            params(&f.params, push);
            stmts(&f.body, push);
            exprs(&f.decorators, push);
            f.returns.iter().for_each(|e| push(Node::Expr(e)));
        }
        StmtKind::ClassDef(c) => {
            exprs(&c.bases, push);
            c.keywords.iter().for_each(|k| push(Node::Expr(&k.value)));
            stmts(&c.body, push);
            exprs(&c.decorators, push);
        }
        StmtKind::Delete(targets) => exprs(targets, push),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts(body, push);
            for h in handlers {
                h.typ.iter().for_each(|e| push(Node::Expr(e)));
                stmts(&h.body, push);
            }
            stmts(orelse, push);
            stmts(finalbody, push);
        }
        StmtKind::Raise { exc, cause } => {
            exc.iter().chain(cause).for_each(|e| push(Node::Expr(e)));
        }
        StmtKind::Assert { test, msg } => {
            push(Node::Expr(test));
            msg.iter().for_each(|e| push(Node::Expr(e)));
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                push(Node::Expr(&item.context));
                item.target.iter().for_each(|e| push(Node::Expr(e)));
            }
            stmts(body, push);
        }
        StmtKind::Return(None)
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
    }
}

fn expr_children<'a>(e: &'a Expr, push: &mut impl FnMut(Node<'a>)) {
    let mut one = |e: &'a Expr| push(Node::Expr(e));
    match &e.node {
        ExprKind::BinOp { left, right, .. } => {
            one(left);
            one(right);
        }
        ExprKind::UnaryOp { operand: x, .. }
        | ExprKind::Starred(x)
        | ExprKind::YieldFrom(x)
        | ExprKind::Await(x)
        | ExprKind::Yield(Some(x)) => one(x),
        ExprKind::BoolOp { values: xs, .. }
        | ExprKind::Tuple(xs)
        | ExprKind::List(xs)
        | ExprKind::Set(xs) => xs.iter().for_each(one),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            one(left);
            comparators.iter().for_each(one);
        }
        ExprKind::IfExp { test, body, orelse } => {
            one(test);
            one(body);
            one(orelse);
        }
        ExprKind::Lambda { params, body } => {
            let all = params
                .args
                .iter()
                .chain(&params.vararg)
                .chain(&params.kwonly);
            all.chain(&params.kwarg)
                .for_each(|p| p.default.iter().for_each(&mut one));
            one(body);
        }
        ExprKind::Call { func, args } => {
            one(func);
            for arg in args {
                match arg {
                    Arg::Positional(x) | Arg::Starred(x) | Arg::DoubleStarred(x) => one(x),
                    Arg::Keyword(k) => one(&k.value),
                }
            }
        }
        ExprKind::Attribute { value, .. } => one(value),
        ExprKind::Subscript { value, index } => {
            one(value);
            one(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            lower.iter().chain(upper).chain(step).for_each(|x| one(x));
        }
        ExprKind::NamedExpr { target, value } => {
            one(target);
            one(value);
        }
        ExprKind::MatchAs { pattern, .. } => one(pattern),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                k.iter().for_each(&mut one);
                one(v);
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            one(elt);
            comprehension_children(generators, &mut one);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            one(key);
            one(value);
            comprehension_children(generators, &mut one);
        }
        ExprKind::FString(parts) => fstring_children(parts, &mut one),
        ExprKind::Name(_)
        | ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imaginary(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::True
        | ExprKind::False
        | ExprKind::None
        | ExprKind::Ellipsis
        | ExprKind::Yield(None) => {}
    }
}

fn comprehension_children<'a>(generators: &'a [Comprehension], one: &mut impl FnMut(&'a Expr)) {
    for g in generators {
        one(&g.target);
        one(&g.iter);
        g.ifs.iter().for_each(&mut *one);
    }
}

fn fstring_children<'a>(parts: &'a [FStringPart], one: &mut impl FnMut(&'a Expr)) {
    for part in parts {
        if let FStringPart::Field { expr, spec, .. } = part {
            one(expr);
            fstring_children(spec, one);
        }
    }
}

/// Drops a tree without recursion: each node's children are moved onto a work list
/// before the (now shallow) node itself is dropped.
fn dismantle(mut stmts: Vec<Stmt>, mut exprs: Vec<Expr>) {
    loop {
        if let Some(s) = stmts.pop() {
            take_stmt(s, &mut stmts, &mut exprs);
        } else if let Some(e) = exprs.pop() {
            take_expr(e, &mut exprs);
        } else {
            break;
        }
    }
}

fn take_params(params: Params, exprs: &mut Vec<Expr>) {
    let all = params
        .args
        .into_iter()
        .chain(params.vararg)
        .chain(params.kwonly);
    for p in all.chain(params.kwarg) {
        exprs.extend(p.default.into_iter().chain(p.annotation));
    }
}

fn take_stmt(s: Stmt, stmts: &mut Vec<Stmt>, exprs: &mut Vec<Expr>) {
    match s.node {
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            exprs.push(test);
            stmts.extend(body.into_iter().chain(orelse));
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            exprs.extend([target, iter]);
            stmts.extend(body.into_iter().chain(orelse));
        }
        StmtKind::FunctionDef(f) => {
            let f = *f;
            take_params(f.params, exprs);
            stmts.extend(f.body);
            exprs.extend(f.decorators.into_iter().chain(f.returns));
        }
        StmtKind::ClassDef(c) => {
            let c = *c;
            exprs.extend(c.bases.into_iter().chain(c.decorators));
            exprs.extend(c.keywords.into_iter().map(|k| k.value));
            stmts.extend(c.body);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts.extend(body.into_iter().chain(orelse).chain(finalbody));
            for h in handlers {
                exprs.extend(h.typ);
                stmts.extend(h.body);
            }
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                exprs.extend(std::iter::once(item.context).chain(item.target));
            }
            stmts.extend(body);
        }
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => exprs.push(e),
        StmtKind::Assign { targets, value } => {
            exprs.extend(targets);
            exprs.push(value);
        }
        StmtKind::AugAssign { target, value, .. } => exprs.extend([target, value]),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            exprs.extend([target, annotation].into_iter().chain(value));
        }
        StmtKind::Delete(targets) => exprs.extend(targets),
        StmtKind::Raise { exc, cause } => exprs.extend(exc.into_iter().chain(cause)),
        StmtKind::Assert { test, msg } => exprs.extend(std::iter::once(test).chain(msg)),
        StmtKind::Return(None)
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
    }
}

fn take_comprehensions(generators: Vec<Comprehension>, exprs: &mut Vec<Expr>) {
    for g in generators {
        exprs.extend([g.target, g.iter].into_iter().chain(g.ifs));
    }
}

fn take_fstring(parts: Vec<FStringPart>, exprs: &mut Vec<Expr>) {
    let mut parts = parts;
    while let Some(part) = parts.pop() {
        if let FStringPart::Field { expr, spec, .. } = part {
            exprs.push(*expr);
            parts.extend(spec);
        }
    }
}

fn take_expr(e: Expr, exprs: &mut Vec<Expr>) {
    match e.node {
        ExprKind::BinOp { left, right, .. } => exprs.extend([*left, *right]),
        ExprKind::UnaryOp { operand: x, .. }
        | ExprKind::Starred(x)
        | ExprKind::YieldFrom(x)
        | ExprKind::Await(x)
        | ExprKind::Yield(Some(x))
        | ExprKind::Attribute { value: x, .. } => exprs.push(*x),
        ExprKind::BoolOp { values: xs, .. }
        | ExprKind::Tuple(xs)
        | ExprKind::List(xs)
        | ExprKind::Set(xs) => exprs.extend(xs),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            exprs.push(*left);
            exprs.extend(comparators);
        }
        ExprKind::IfExp { test, body, orelse } => exprs.extend([*test, *body, *orelse]),
        ExprKind::Lambda { params, body } => {
            take_params(*params, exprs);
            exprs.push(*body);
        }
        ExprKind::Call { func, args } => {
            exprs.push(*func);
            exprs.extend(args.into_iter().map(|arg| match arg {
                Arg::Positional(x) | Arg::Starred(x) | Arg::DoubleStarred(x) => x,
                Arg::Keyword(k) => k.value,
            }));
        }
        ExprKind::Subscript { value, index } => exprs.extend([*value, *index]),
        ExprKind::Slice { lower, upper, step } => {
            exprs.extend(lower.into_iter().chain(upper).chain(step).map(|x| *x));
        }
        ExprKind::NamedExpr { target, value } => exprs.extend([*target, *value]),
        ExprKind::MatchAs { pattern, .. } => exprs.push(*pattern),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                exprs.extend(k.into_iter().chain(std::iter::once(v)));
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            exprs.push(*elt);
            take_comprehensions(generators, exprs);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            exprs.extend([*key, *value]);
            take_comprehensions(generators, exprs);
        }
        ExprKind::FString(parts) => take_fstring(parts, exprs),
        ExprKind::Name(_)
        | ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imaginary(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::True
        | ExprKind::False
        | ExprKind::None
        | ExprKind::Ellipsis
        | ExprKind::Yield(None) => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::parse;

    #[test]
    fn long_operator_chains_are_rejected_without_overflow() {
        let src = format!("x = 1{}\n", "+1".repeat(100_000));
        let err = parse(&src).unwrap_err();
        assert_eq!(err.message, "too many nested expressions or statements");
        let src = format!("x = {}1\n", "-".repeat(100_000));
        assert!(parse(&src).is_err());
    }

    #[test]
    fn moderate_nesting_is_fine() {
        let src = format!("x = 1{}\n", "+1".repeat(1000));
        assert!(parse(&src).is_ok());
    }
}
