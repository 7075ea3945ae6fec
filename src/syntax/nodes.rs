//! Node builders and checks called from the grammar's actions.
//!
//! The grammar stays LR(1) by parsing permissive shapes and checking them here, the
//! way CPython's own grammar has "invalid_*" rules: a comma-separated list of
//! expressions becomes assignment targets only once the `=` is seen ([`target`]), a
//! parameter list is a flat list of items validated in order ([`params`]), and call
//! arguments are checked for CPython's ordering rules ([`call_args`]). Every error is
//! a `SyntaxError` with CPython's message and the span of the offending node.

use std::collections::HashSet;

use super::ast::*;
pub(crate) use super::patterns::{match_statement, Case};
use super::SyntaxError;

/// An expression node spanning `l..r`.
pub(crate) fn expr(node: ExprKind, l: usize, r: usize) -> Expr {
    Spanned {
        node,
        span: Span::new(l, r),
    }
}

/// A statement node spanning `l..r`.
pub(crate) fn stmt(node: StmtKind, l: usize, r: usize) -> Stmt {
    Spanned {
        node,
        span: Span::new(l, r),
    }
}

/// `left op right`.
pub(crate) fn binop(left: Expr, op: BinOp, right: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        l,
        r,
    )
}

/// `a op b op c` for `and`/`or`.
pub(crate) fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

/// A comparison chain `a < b <= c`.
pub(crate) fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    let left = Box::new(left);
    expr(
        ExprKind::Compare {
            left,
            ops,
            comparators,
        },
        l,
        r,
    )
}

/// Items of a comma-separated list, and whether it is a tuple (it has a comma).
pub(crate) type CommaList<T> = (Vec<T>, bool);

/// An unparenthesised list (`a, b` after `return`, `for`, `=`...): a tuple if it has a
/// comma, else its single item.
pub(crate) fn tuple_or_single((mut items, is_tuple): CommaList<Expr>, l: usize, r: usize) -> Expr {
    match items.pop() {
        Some(only) if !is_tuple && items.is_empty() => only,
        last => {
            items.extend(last);
            expr(ExprKind::Tuple(items), l, r)
        }
    }
}

/// A parenthesised list: a tuple if it has a comma, else a grouping (which keeps the
/// inner expression's span, as in CPython's AST). `(*a)` is an error.
pub(crate) fn paren(list: CommaList<Expr>, l: usize, r: usize) -> Result<Expr, SyntaxError> {
    let e = tuple_or_single(list, l, r);
    if let ExprKind::Starred(_) = e.node {
        return Err(SyntaxError::syntax(
            "cannot use starred expression here",
            e.span,
        ));
    }
    Ok(e)
}

/// Rejects a bare `*x` where a value is needed (`*a` as a statement, `x = *a`).
/// A `try` statement with handlers, which must be all `except` or all `except*`.
pub(crate) fn try_except(
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    let star = handlers.first().is_some_and(|h| h.star);
    if let Some(odd) = handlers.iter().find(|h| h.star != star) {
        let keyword = if odd.star { "except*" } else { "except" };
        let start = odd.span.start as usize;
        return Err(SyntaxError::syntax(
            "cannot have both 'except' and 'except*' on the same 'try'",
            Span::new(start, start + keyword.len()),
        ));
    }
    Ok(stmt(
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
        l,
        r,
    ))
}

pub(crate) fn no_bare_starred(e: Expr) -> Result<Expr, SyntaxError> {
    if let ExprKind::Starred(_) = e.node {
        return Err(SyntaxError::syntax(
            "can't use starred expression here",
            e.span,
        ));
    }
    Ok(e)
}

/// Where a target appears, which decides CPython's wording of errors.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    /// Left of `=` in an assignment statement.
    Assign,
    /// A `for`, `with ... as` or comprehension target.
    Store,
    /// A `del` target.
    Del,
}

/// How CPython names an expression that cannot be a target.
fn describe(e: &ExprKind) -> &'static str {
    match e {
        ExprKind::Call { .. } => "function call",
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imaginary(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::None => "None",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::MatchAs { .. } => "pattern",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Starred(_) => "starred",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        _ => "expression",
    }
}

/// Checks that `e` can be assigned to (or deleted) and returns it unchanged.
pub(crate) fn target(e: Expr, ctx: Ctx) -> Result<Expr, SyntaxError> {
    check_target(&e, ctx, true)?;
    Ok(e)
}

fn check_target(e: &Expr, ctx: Ctx, top: bool) -> Result<(), SyntaxError> {
    let verb = if ctx == Ctx::Del {
        "delete"
    } else {
        "assign to"
    };
    let fail = |message: String| Err(SyntaxError::syntax(message, e.span));
    match &e.node {
        ExprKind::Name(name) if name == "__debug__" => fail(format!("cannot {verb} __debug__")),
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for item in items {
                check_target(item, ctx, false)?;
            }
            let starred = items
                .iter()
                .filter(|i| matches!(i.node, ExprKind::Starred(_)))
                .count();
            if starred > 1 {
                return fail("multiple starred expressions in assignment".into());
            }
            Ok(())
        }
        ExprKind::Starred(_) if ctx == Ctx::Del => fail("cannot delete starred".into()),
        ExprKind::Starred(_) if top => {
            fail("starred assignment target must be in a list or tuple".into())
        }
        ExprKind::Starred(inner) => check_target(inner, ctx, false),
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) if ctx == Ctx::Assign && top => {
            fail("assignment to yield expression not possible".into())
        }
        ExprKind::True | ExprKind::False | ExprKind::None => {
            fail(format!("cannot {verb} {}", describe(&e.node)))
        }
        other if ctx == Ctx::Assign && top => fail(format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            describe(other)
        )),
        other => fail(format!("cannot {verb} {}", describe(other))),
    }
}

/// An expression statement, or an assignment `t1 = t2 = value` when `rest` is not empty.
pub(crate) fn expr_or_assign(
    first: Expr,
    rest: Vec<Expr>,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    let mut all = vec![first];
    all.extend(rest);
    let value = no_bare_starred(all.pop().unwrap_or_else(|| expr(ExprKind::None, l, r)))?;
    if all.is_empty() {
        return Ok(stmt(StmtKind::Expr(value), l, r));
    }
    let targets = all
        .into_iter()
        .map(|t| target(t, Ctx::Assign))
        .collect::<Result<_, _>>()?;
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

/// `target op= value`; only a name, attribute or subscript may be the target.
pub(crate) fn aug_assign(
    target: Expr,
    op: BinOp,
    value: Expr,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    match target.node {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            check_target(&target, Ctx::Store, true)?;
        }
        ref other => {
            let message = format!(
                "'{}' is an illegal expression for augmented assignment",
                describe(other)
            );
            return Err(SyntaxError::syntax(message, target.span));
        }
    }
    let value = no_bare_starred(value)?;
    Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
}

/// `target: annotation [= value]`; only a single name, attribute or subscript.
pub(crate) fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    let message = match target.node {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(_) => Some("only single target (not tuple) can be annotated"),
        ExprKind::List(_) => Some("only single target (not list) can be annotated"),
        _ => Some("illegal target for annotation"),
    };
    if let Some(message) = message {
        return Err(SyntaxError::syntax(message, target.span));
    }
    let target = self::target(target, Ctx::Store)?;
    let value = value.map(no_bare_starred).transpose()?;
    Ok(stmt(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        },
        l,
        r,
    ))
}

/// `del a, b[0], (c, d)`.
pub(crate) fn delete(items: Vec<Expr>, l: usize, r: usize) -> Result<Stmt, SyntaxError> {
    let targets = items
        .into_iter()
        .map(|t| target(t, Ctx::Del))
        .collect::<Result<_, _>>()?;
    Ok(stmt(StmtKind::Delete(targets), l, r))
}

/// One item of a parameter list as written, before validation.
pub(crate) enum ParamItem {
    /// `name[: ann][= default]`.
    Plain(Param),
    /// `*` (bare, with its span) or `*name[: ann]`.
    Star(Option<Param>, Span),
    /// `**name[: ann]`.
    DoubleStar(Param),
    /// `/`.
    Slash(Span),
}

/// Validates a parameter list in order and builds [`Params`], with CPython's errors.
pub(crate) fn params(items: Vec<ParamItem>) -> Result<Params, SyntaxError> {
    let mut params = Params::default();
    let mut star: Option<Span> = None;
    let mut slash_seen = false;
    let mut default_seen = false;
    for item in items {
        if let Some(kwarg) = &params.kwarg {
            let span = match &item {
                ParamItem::Plain(p) | ParamItem::DoubleStar(p) | ParamItem::Star(Some(p), _) => {
                    p.span
                }
                ParamItem::Star(None, span) | ParamItem::Slash(span) => *span,
            };
            let message = "arguments cannot follow var-keyword argument";
            return Err(SyntaxError::syntax(message, span.to(kwarg.span)));
        }
        match item {
            ParamItem::Plain(p) if star.is_some() => params.kwonly.push(p),
            ParamItem::Plain(p) => {
                if p.default.is_some() {
                    default_seen = true;
                } else if default_seen {
                    let message = "non-default argument follows default argument";
                    return Err(SyntaxError::syntax(message, p.span));
                }
                params.args.push(p);
            }
            ParamItem::Slash(span) => {
                let message = if slash_seen {
                    "/ may appear only once"
                } else if star.is_some() {
                    "/ must be ahead of *"
                } else if params.args.is_empty() {
                    "at least one argument must precede /"
                } else {
                    slash_seen = true;
                    params.posonly = params.args.len();
                    continue;
                };
                return Err(SyntaxError::syntax(message, span));
            }
            ParamItem::Star(p, span) => {
                if star.is_some() {
                    return Err(SyntaxError::syntax("* argument may appear only once", span));
                }
                star = Some(span);
                params.vararg = p;
            }
            ParamItem::DoubleStar(p) => params.kwarg = Some(p),
        }
    }
    if let (Some(span), None) = (star, &params.vararg) {
        if params.kwonly.is_empty() {
            return Err(SyntaxError::syntax(
                "named arguments must follow bare *",
                span,
            ));
        }
    }
    let mut seen = HashSet::new();
    let all = params
        .args
        .iter()
        .chain(&params.vararg)
        .chain(&params.kwonly)
        .chain(&params.kwarg);
    for p in all {
        if !seen.insert(p.name.as_str()) {
            let message = format!("duplicate argument '{}' in function definition", p.name);
            return Err(SyntaxError::syntax(message, p.span));
        }
    }
    Ok(params)
}

/// The span of a call argument's value.
fn arg_span(arg: &Arg) -> Span {
    match arg {
        Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => e.span,
        Arg::Keyword(k) => k.value.span,
    }
}

/// Checks call arguments (each flagged if it is an unparenthesised generator
/// expression) against CPython's ordering rules. A generator expression that is the
/// sole argument takes the span of the call's parentheses `parens`, as in CPython.
pub(crate) fn call_args(
    (mut items, is_tuple): CommaList<(Arg, bool)>,
    parens: Span,
) -> Result<Vec<Arg>, SyntaxError> {
    let lone = items.len() == 1 && !is_tuple;
    if let Some((arg, _)) = items.iter().find(|(_, genexp)| *genexp && !lone) {
        let message = "Generator expression must be parenthesized";
        return Err(SyntaxError::syntax(message, arg_span(arg)));
    }
    if let [(Arg::Positional(genexp), true)] = items.as_mut_slice() {
        genexp.span = parens;
    }
    let mut keyword = false;
    let mut double_star = false;
    let mut names = HashSet::new();
    let args: Vec<Arg> = items.into_iter().map(|(arg, _)| arg).collect();
    for arg in &args {
        let message = match arg {
            Arg::Positional(_) if double_star => {
                "positional argument follows keyword argument unpacking".to_string()
            }
            Arg::Positional(_) if keyword => "positional argument follows keyword argument".into(),
            Arg::Starred(_) if double_star => {
                "iterable argument unpacking follows keyword argument unpacking".into()
            }
            Arg::Keyword(k) if !names.insert(k.name.as_str()) => {
                format!("keyword argument repeated: {}", k.name)
            }
            Arg::Keyword(_) => {
                keyword = true;
                continue;
            }
            Arg::DoubleStarred(_) => {
                double_star = true;
                continue;
            }
            Arg::Positional(_) | Arg::Starred(_) => continue,
        };
        return Err(SyntaxError::syntax(message, arg_span(arg)));
    }
    Ok(args)
}

/// Splits a class line's arguments into bases and keywords.
pub(crate) fn class_args(args: Vec<Arg>) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    let mut bases = Vec::new();
    let mut keywords = Vec::new();
    for arg in args {
        match arg {
            Arg::Positional(e) => bases.push(e),
            Arg::Starred(e) => {
                let span = e.span;
                bases.push(Spanned {
                    node: ExprKind::Starred(Box::new(e)),
                    span,
                });
            }
            Arg::Keyword(k) => keywords.push(k),
            Arg::DoubleStarred(e) => {
                let message = "genpy does not support '**' in a class definition";
                return Err(SyntaxError::syntax(message, e.span));
            }
        }
    }
    Ok((bases, keywords))
}

/// Attaches decorators to the `def` or `class` statement they precede.
pub(crate) fn decorate(decorators: Vec<Expr>, mut def: Stmt) -> Stmt {
    match &mut def.node {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    def
}

/// The `async` form of a `def`, `for` or `with` statement, spanning from `async`.
pub(crate) fn make_async(mut s: Stmt, l: usize) -> Stmt {
    match &mut s.node {
        StmtKind::FunctionDef(f) => f.is_async = true,
        StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => *is_async = true,
        _ => unreachable!("only def, for and with are written `async`"),
    }
    s.span.start = l as u32;
    s
}
