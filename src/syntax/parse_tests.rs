//! Tests of [`parse`](super::parse): AST shapes, span conventions and error reporting.

use super::ast::*;
use super::{parse, SyntaxErrorKind};

/// The statements of a source that must parse.
fn body(src: &str) -> Vec<Stmt> {
    parse(src)
        .unwrap_or_else(|e| panic!("{src:?} failed: {e}"))
        .body
}

/// The expression of a one-line `x = <expr>` source.
fn value(src: &str) -> Expr {
    match body(src).remove(0).node {
        StmtKind::Assign { value, .. } => value,
        StmtKind::Expr(value) => value,
        other => panic!("not an assignment or expression: {other:?}"),
    }
}

fn text(src: &str, span: Span) -> &str {
    &src[span.start as usize..span.end as usize]
}

#[test]
fn chained_and_unpacking_assignments() {
    let StmtKind::Assign { targets, .. } = &body("a = b = 1\n")[0].node else {
        panic!("expected an assignment");
    };
    assert_eq!(targets.len(), 2);
    let StmtKind::Assign { targets, .. } = &body("a, *b = c\n")[0].node else {
        panic!("expected an assignment");
    };
    let ExprKind::Tuple(items) = &targets[0].node else {
        panic!("expected a tuple target");
    };
    assert!(matches!(items[1].node, ExprKind::Starred(_)));
}

#[test]
fn power_binds_tighter_than_unary_minus() {
    let e = value("x = -2**2\n");
    let ExprKind::UnaryOp {
        op: UnaryOp::Neg,
        operand,
    } = e.node
    else {
        panic!("expected a negation at the top");
    };
    assert!(matches!(
        operand.node,
        ExprKind::BinOp { op: BinOp::Pow, .. }
    ));
    let e = value("x = 2**-1\n");
    assert!(matches!(e.node, ExprKind::BinOp { op: BinOp::Pow, .. }));
}

#[test]
fn yield_forms() {
    assert_eq!(value("x = yield\n").node, ExprKind::Yield(None));
    let ExprKind::BinOp { left, .. } = value("y = (yield x) + 1\n").node else {
        panic!("expected an addition");
    };
    assert!(matches!(left.node, ExprKind::Yield(Some(_))));
    let ExprKind::Yield(Some(v)) = value("yield a, b\n").node else {
        panic!("expected a yield");
    };
    assert!(matches!(v.node, ExprKind::Tuple(_)));
    assert!(matches!(
        value("yield from g\n").node,
        ExprKind::YieldFrom(_)
    ));
}

#[test]
fn sole_generator_argument_spans_the_parentheses() {
    let src = "sum(x for x in y)\n";
    let ExprKind::Call { args, .. } = value(src).node else {
        panic!("expected a call");
    };
    let [Arg::Positional(g)] = args.as_slice() else {
        panic!("expected one positional argument");
    };
    assert!(matches!(g.node, ExprKind::GeneratorExp { .. }));
    assert_eq!(text(src, g.span), "(x for x in y)");
}

#[test]
fn call_arguments_in_order() {
    let ExprKind::Call { args, .. } = value("f(a, *b, c=1, **d,)\n").node else {
        panic!("expected a call");
    };
    assert!(matches!(
        args.as_slice(),
        [
            Arg::Positional(_),
            Arg::Starred(_),
            Arg::Keyword(_),
            Arg::DoubleStarred(_)
        ]
    ));
}

#[test]
fn subscripts_and_slices() {
    let ExprKind::Subscript { index, .. } = value("a[:, 1]\n").node else {
        panic!("expected a subscript");
    };
    let ExprKind::Tuple(items) = index.node else {
        panic!("expected a tuple index");
    };
    assert!(matches!(
        items[0].node,
        ExprKind::Slice {
            lower: None,
            upper: None,
            step: None
        }
    ));
}

#[test]
fn parameters() {
    let StmtKind::FunctionDef(f) =
        &body("def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\n")[0].node
    else {
        panic!("expected a def");
    };
    let p = &f.params;
    assert_eq!((p.args.len(), p.posonly, p.kwonly.len()), (3, 2, 2));
    assert_eq!(p.vararg.as_ref().map(|v| v.name.as_str()), Some("args"));
    assert_eq!(p.kwarg.as_ref().map(|v| v.name.as_str()), Some("kw"));
    let ExprKind::Lambda { params, .. } = value("f = lambda *, a=1: a\n").node else {
        panic!("expected a lambda");
    };
    assert_eq!(params.kwonly.len(), 1);
}

#[test]
fn compound_statement_spans_cover_the_header() {
    let src = "@dec\ndef f(a) -> int:\n    return a\nif x:\n    pass\nelif y:\n    pass\n";
    let stmts = body(src);
    assert_eq!(text(src, stmts[0].span), "def f(a) -> int:");
    let StmtKind::FunctionDef(f) = &stmts[0].node else {
        panic!("expected a def");
    };
    assert_eq!(text(src, f.decorators[0].span), "dec");
    assert_eq!(text(src, f.name_span), "f");
    assert_eq!(text(src, f.body[0].span), "return a");
    let StmtKind::If { orelse, .. } = &stmts[1].node else {
        panic!("expected an if");
    };
    assert_eq!(text(src, orelse[0].span), "elif y:");
}

#[test]
fn with_items() {
    let StmtKind::With { items, .. } = &body("with (a, b as c): pass\n")[0].node else {
        panic!("expected a with");
    };
    assert_eq!(items.len(), 2);
    let StmtKind::With { items, .. } = &body("with (a, b) as c: pass\n")[0].node else {
        panic!("expected a with");
    };
    assert!(matches!(items[0].context.node, ExprKind::Tuple(_)));
}

#[test]
fn imports() {
    let StmtKind::ImportFrom {
        module,
        level,
        names,
        star,
    } = &body("from ..m import (a, b as c,)\n")[0].node
    else {
        panic!("expected an import");
    };
    assert_eq!(
        (module.as_str(), *level, names.len(), *star),
        ("m", 2, 2, false)
    );
    let StmtKind::ImportFrom { module, level, .. } = &body("from .... import x\n")[0].node else {
        panic!("expected an import");
    };
    assert_eq!((module.as_str(), *level), ("", 4));
    assert_eq!(names[1].asname.as_deref(), Some("c"));
    let StmtKind::ImportFrom { star, .. } = &body("from m import *\n")[0].node else {
        panic!("expected an import");
    };
    assert!(*star);
}

#[test]
fn soft_keywords_and_async_statements() {
    assert!(matches!(
        body("match = 3\n")[0].node,
        StmtKind::Assign { .. }
    ));
    assert!(matches!(value("match(x)\n").node, ExprKind::Call { .. }));
    let src = "match p:\n    case [a, *b] if a:\n        pass\n    case _:\n        pass\n";
    // A match statement is an if/elif chain.
    assert!(matches!(body(src)[0].node, StmtKind::If { .. }));
    let src = "async def f():\n    async for x in y:\n        await x\n";
    let StmtKind::FunctionDef(f) = &body(src)[0].node else {
        panic!("not a def")
    };
    assert!(f.is_async);
    assert!(matches!(
        f.body[0].node,
        StmtKind::For { is_async: true, .. }
    ));
}

#[test]
fn strings_concatenate() {
    assert_eq!(value("'a' \"b\"\n").node, ExprKind::Str("ab".into()));
    let ExprKind::FString(parts) = value("'a' f'{b}' 'c'\n").node else {
        panic!("expected an f-string");
    };
    assert_eq!(parts.len(), 3);
}

#[test]
fn errors_have_cpython_kinds_and_messages() {
    use SyntaxErrorKind::*;
    let cases: [(&str, SyntaxErrorKind, &str, bool); 22] = [
        (
            "f() = 1",
            SyntaxError,
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            false,
        ),
        (
            "1 = x",
            SyntaxError,
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
            false,
        ),
        (
            "for f() in x: pass",
            SyntaxError,
            "cannot assign to function call",
            false,
        ),
        (
            "a, b += 1",
            SyntaxError,
            "'tuple' is an illegal expression for augmented assignment",
            false,
        ),
        (
            "x = *a",
            SyntaxError,
            "can't use starred expression here",
            false,
        ),
        ("def f() pass", SyntaxError, "expected ':'", false),
        ("if x pass", SyntaxError, "invalid syntax", false),
        (
            "f(x for x in y, )",
            SyntaxError,
            "Generator expression must be parenthesized",
            false,
        ),
        (
            "f(a=1, b)",
            SyntaxError,
            "positional argument follows keyword argument",
            false,
        ),
        (
            "def f(a=1, b): pass",
            SyntaxError,
            "non-default argument follows default argument",
            false,
        ),
        (
            "from m import a,",
            SyntaxError,
            "trailing comma not allowed without surrounding parentheses",
            false,
        ),
        (
            "if x:\n",
            IndentationError,
            "expected an indented block after 'if' statement on line 1",
            true,
        ),
        ("  x = 1", IndentationError, "unexpected indent", false),
        ("foo(", SyntaxError, "'(' was never closed", true),
        ("def f(:\n", SyntaxError, "invalid syntax", false),
        ("f(a b\n", SyntaxError, "'(' was never closed", true),
        (
            "f(a b c\n",
            SyntaxError,
            "invalid syntax. Perhaps you forgot a comma?",
            false,
        ),
        (
            "print(1\nx = 2\n",
            SyntaxError,
            "'(' was never closed",
            true,
        ),
        (
            "x = '''a",
            SyntaxError,
            "unterminated triple-quoted string literal (detected at line 1)",
            true,
        ),
        ("@dec\n", SyntaxError, "unexpected EOF while parsing", true),
        (
            "try:\n  pass\nx = 1",
            SyntaxError,
            "expected 'except' or 'finally' block",
            false,
        ),
        (
            "if x:\n\ta\n        b",
            TabError,
            "inconsistent use of tabs and spaces in indentation",
            false,
        ),
    ];
    for (src, kind, message, incomplete) in cases {
        let err = parse(src).expect_err(src);
        assert_eq!(
            (err.kind, err.message.as_str(), err.incomplete),
            (kind, message, incomplete),
            "{src:?}"
        );
    }
}

#[test]
fn error_spans_point_at_the_problem() {
    let src = "x = 1\ny = f() = 2\n";
    let err = parse(src).unwrap_err();
    assert_eq!(text(src, err.span), "f()");
    assert_eq!(
        err.to_string(),
        "SyntaxError: cannot assign to function call"
    );
    let src = "x = 1\na, f() = 2, 3\n";
    let err = parse(src).unwrap_err();
    assert_eq!(text(src, err.span), "f()");
    assert_eq!(
        err.to_string(),
        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?"
    );
}
