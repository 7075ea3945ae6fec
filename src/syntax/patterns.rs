//! The `match` statement, turned into an `if`/`elif` chain as it is parsed.
//!
//! The grammar parses each `case` pattern as an expression; [`match_statement`]
//! turns each pattern into a test expression that binds its captures with `:=`
//! while it matches: the subject is kept in a hidden variable (`__match<N>__`, named
//! by the statement's offset), literals compare with `==` (`None`, `True`, `False`
//! with `is`), dotted names by `==`, `|` is `or`, and sequence, mapping and class
//! patterns call the helpers of the `_match` module (`lib/_match.py`), which return
//! the list of values the sub-patterns are matched against, or None.
//!
//! `p as name` (at the top, or inside parentheses, brackets, class arguments and
//! mapping values) tests `p`, then binds the value it matched.
//!
//! The hidden variables are deleted before the body of the case that matched runs
//! (or after none matched). Difference from CPython: a capture is bound as soon as
//! its part of the pattern matched (CPython binds a case's names once the whole
//! pattern has).

use super::ast::*;
use super::nodes::{expr, stmt};
use super::SyntaxError;

/// One `case pattern [if guard]: body`.
pub(crate) struct Case {
    /// The pattern, parsed as an expression (a tuple for `case a, b:`, a `MatchAs`
    /// for `case p as name:`).
    pub pattern: Expr,
    /// The guard.
    pub guard: Option<Expr>,
    /// The block.
    pub body: Vec<Stmt>,
}

/// `match subject: cases` as `if <case 1 test>: body elif ...`.
pub(crate) fn match_statement(
    subject: Expr,
    cases: Vec<Case>,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    let mut b = Builder {
        prefix: format!("__match{l}"),
        temps: 0,
        span: subject.span,
    };
    let subject_var = format!("{}__", b.prefix);
    let mut tests = Vec::new();
    for case in &cases {
        let target = b.name(&subject_var);
        let mut parts = vec![b.pattern(&case.pattern, target)?];
        if let Some(guard) = &case.guard {
            parts.push(guard.clone());
        }
        tests.push(b.all(parts));
    }
    // The first test binds every temporary (so that all can be deleted whichever
    // parts of the patterns ran), then evaluates the subject once, into its variable.
    let temps: Vec<String> = (1..=b.temps).map(|i| b.temp_name(i)).collect();
    let first = tests.remove(0);
    let mut prologue: Vec<Expr> = temps
        .iter()
        .map(|t| b.capture(t, b.node(ExprKind::None)))
        .collect();
    prologue.push(b.capture(&subject_var, subject));
    prologue.push(first);
    tests.insert(0, b.all(prologue));
    // The hidden variables are deleted before a case's body runs, or after no case
    // matched, so the namespace holds only what CPython's would.
    let hidden: Vec<Expr> = std::iter::once(&subject_var)
        .chain(&temps)
        .map(|n| b.name(n))
        .collect();
    let forget = stmt(StmtKind::Delete(hidden), l, r);
    let mut orelse = vec![forget.clone()];
    for (test, case) in tests.into_iter().zip(cases).rev() {
        let mut body = vec![forget.clone()];
        body.extend(case.body);
        let chained = stmt(StmtKind::If { test, body, orelse }, l, r);
        orelse = vec![chained];
    }
    Ok(orelse.pop().expect("a match statement has a case"))
}

/// Makes the test expressions of one `match` statement.
struct Builder {
    /// The start of its hidden variables' names.
    prefix: String,
    /// How many temporaries it has used.
    temps: usize,
    /// The span given to the nodes it makes (the subject's).
    span: Span,
}

impl Builder {
    fn node(&self, kind: ExprKind) -> Expr {
        expr(kind, self.span.start as usize, self.span.end as usize)
    }

    fn name(&self, n: &str) -> Expr {
        self.node(ExprKind::Name(n.to_string()))
    }

    fn temp(&mut self) -> String {
        self.temps += 1;
        self.temp_name(self.temps)
    }

    /// The name of temporary number `i`.
    fn temp_name(&self, i: usize) -> String {
        format!("{}_{}__", self.prefix, i)
    }

    fn compare(&self, left: Expr, op: CmpOp, right: Expr) -> Expr {
        self.node(ExprKind::Compare {
            left: Box::new(left),
            ops: vec![op],
            comparators: vec![right],
        })
    }

    /// `(name := value) is name`: binds, and is always true.
    fn capture(&self, name: &str, value: Expr) -> Expr {
        let bind = self.node(ExprKind::NamedExpr {
            target: Box::new(self.name(name)),
            value: Box::new(value),
        });
        self.compare(bind, CmpOp::Is, self.name(name))
    }

    fn all(&self, mut parts: Vec<Expr>) -> Expr {
        if parts.len() == 1 {
            return parts.pop().expect("one part");
        }
        self.node(ExprKind::BoolOp {
            op: BoolOp::And,
            values: parts,
        })
    }

    fn item(&self, list: &str, i: usize) -> Expr {
        self.node(ExprKind::Subscript {
            value: Box::new(self.name(list)),
            index: Box::new(self.node(ExprKind::Int(i.into()))),
        })
    }

    /// `__import__("_match").helper(args...)`.
    fn helper(&self, helper: &str, args: Vec<Expr>) -> Expr {
        let import = self.node(ExprKind::Call {
            func: Box::new(self.name("__import__")),
            args: vec![Arg::Positional(self.node(ExprKind::Str("_match".into())))],
        });
        self.node(ExprKind::Call {
            func: Box::new(self.node(ExprKind::Attribute {
                value: Box::new(import),
                attr: helper.into(),
            })),
            args: args.into_iter().map(Arg::Positional).collect(),
        })
    }

    /// `(tmp := helper(...)) is not None and <each sub-pattern on tmp[i]>`.
    fn destructure(&mut self, call: Expr, subpatterns: Vec<&Expr>) -> Result<Expr, SyntaxError> {
        let tmp = self.temp();
        let bind = self.node(ExprKind::NamedExpr {
            target: Box::new(self.name(&tmp)),
            value: Box::new(call),
        });
        let mut parts = vec![self.compare(bind, CmpOp::IsNot, self.node(ExprKind::None))];
        for (i, p) in subpatterns.into_iter().enumerate() {
            let value = self.item(&tmp, i);
            let test = self.pattern(p, value)?;
            if !matches!(test.node, ExprKind::True) {
                parts.push(test);
            }
        }
        Ok(self.all(parts))
    }

    fn strs(&self, names: &[String]) -> Expr {
        self.node(ExprKind::Tuple(
            names
                .iter()
                .map(|n| self.node(ExprKind::Str(n.clone())))
                .collect(),
        ))
    }

    /// The test that `value` matches `p`.
    fn pattern(&mut self, p: &Expr, value: Expr) -> Result<Expr, SyntaxError> {
        Ok(match &p.node {
            ExprKind::Name(n) if n == "_" => self.node(ExprKind::True),
            ExprKind::Name(n) => self.capture(n, value),
            ExprKind::None | ExprKind::True | ExprKind::False => {
                self.compare(value, CmpOp::Is, p.clone())
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Attribute { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Neg, ..
            } => self.compare(value, CmpOp::Eq, p.clone()),
            ExprKind::BinOp {
                op: BinOp::BitOr, ..
            } => {
                let mut alternatives = Vec::new();
                self.alternatives(p, &value, &mut alternatives)?;
                self.node(ExprKind::BoolOp {
                    op: BoolOp::Or,
                    values: alternatives,
                })
            }
            ExprKind::List(items) | ExprKind::Tuple(items) => self.sequence(items, value)?,
            ExprKind::Dict(entries) => self.mapping(entries, value)?,
            ExprKind::Call { func, args } => self.class(func, args, value)?,
            ExprKind::MatchAs { pattern, name, .. } => self.as_pattern(pattern, name, value)?,
            _ => return Err(SyntaxError::syntax("invalid pattern", p.span)),
        })
    }

    /// `pattern as name`: `value` matches `pattern`, then is bound to `name`.
    fn as_pattern(&mut self, pattern: &Expr, name: &str, value: Expr) -> Result<Expr, SyntaxError> {
        if name == "_" {
            return Err(SyntaxError::syntax(
                "cannot use '_' as a target",
                pattern.span,
            ));
        }
        let test = self.pattern(pattern, value.clone())?;
        let bind = self.capture(name, value);
        Ok(match test.node {
            ExprKind::True => bind,
            _ => self.all(vec![test, bind]),
        })
    }

    fn alternatives(
        &mut self,
        p: &Expr,
        value: &Expr,
        out: &mut Vec<Expr>,
    ) -> Result<(), SyntaxError> {
        match &p.node {
            ExprKind::BinOp {
                left,
                op: BinOp::BitOr,
                right,
            } => {
                self.alternatives(left, value, out)?;
                self.alternatives(right, value, out)
            }
            _ => {
                let test = self.pattern(p, value.clone())?;
                out.push(test);
                Ok(())
            }
        }
    }

    fn sequence(&mut self, items: &[Expr], value: Expr) -> Result<Expr, SyntaxError> {
        let star = items
            .iter()
            .position(|i| matches!(i.node, ExprKind::Starred(_)));
        if let Some(second) = items
            .iter()
            .skip(star.map_or(items.len(), |s| s + 1))
            .find(|i| matches!(i.node, ExprKind::Starred(_)))
        {
            return Err(SyntaxError::syntax(
                "multiple starred names in sequence pattern",
                second.span,
            ));
        }
        let before = star.unwrap_or(items.len());
        let after = star.map_or(0, |s| items.len() - s - 1);
        let int = |n: usize| self.node(ExprKind::Int(n.into()));
        let has_star = self.node(if star.is_some() {
            ExprKind::True
        } else {
            ExprKind::False
        });
        let call = self.helper("seq", vec![value, int(before), int(after), has_star]);
        let subpatterns = items
            .iter()
            .map(|i| match &i.node {
                ExprKind::Starred(inner) => inner.as_ref(),
                _ => i,
            })
            .collect();
        self.destructure(call, subpatterns)
    }

    fn mapping(
        &mut self,
        entries: &[(Option<Expr>, Expr)],
        value: Expr,
    ) -> Result<Expr, SyntaxError> {
        let mut keys = Vec::new();
        let mut subpatterns = Vec::new();
        let mut rest = None;
        for (key, pattern) in entries {
            match key {
                Some(k) => {
                    keys.push(k.clone());
                    subpatterns.push(pattern);
                }
                None => rest = Some(pattern),
            }
        }
        let has_rest = self.node(if rest.is_some() {
            ExprKind::True
        } else {
            ExprKind::False
        });
        subpatterns.extend(rest);
        let keys = self.node(ExprKind::Tuple(keys));
        let call = self.helper("mapping", vec![value, keys, has_rest]);
        self.destructure(call, subpatterns)
    }

    fn class(&mut self, func: &Expr, args: &[Arg], value: Expr) -> Result<Expr, SyntaxError> {
        let mut positional = Vec::new();
        let mut names = Vec::new();
        let mut keyword = Vec::new();
        for a in args {
            match a {
                Arg::Positional(p) if names.is_empty() => positional.push(p),
                Arg::Keyword(k) => {
                    names.push(k.name.clone());
                    keyword.push(&k.value);
                }
                Arg::Positional(p) => {
                    return Err(SyntaxError::syntax(
                        "positional patterns follow keyword patterns",
                        p.span,
                    ))
                }
                Arg::Starred(e) | Arg::DoubleStarred(e) => {
                    return Err(SyntaxError::syntax("invalid pattern", e.span))
                }
            }
        }
        let npos = self.node(ExprKind::Int(positional.len().into()));
        let call = self.helper("cls", vec![value, func.clone(), npos, self.strs(&names)]);
        positional.extend(keyword);
        self.destructure(call, positional)
    }
}
