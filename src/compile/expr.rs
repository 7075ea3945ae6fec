//! Code generation for expressions: operators, calls, displays, comprehensions and
//! generator expressions (each its own function scope, as in CPython 3.11), f-strings,
//! `yield` and `yield from` (a `Send` loop).

use super::codegen::{CResult, Compiler};
use super::symtable::node_key;
use crate::objects::code::{flags, Op};
use crate::objects::Value;
use crate::syntax::ast::*;

impl<'a> Compiler<'a> {
    /// Compiles an expression, leaving its value on the stack.
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.at(e.span, |c| c.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.node {
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Int(i) => self.load_const(Value::from_bigint(i.clone())),
            ExprKind::Float(f) => self.load_const(Value::Float(*f)),
            ExprKind::Str(s) => self.load_const(Value::str(s)),
            ExprKind::True => self.load_const(Value::Bool(true)),
            ExprKind::False => self.load_const(Value::Bool(false)),
            ExprKind::None => self.load_const(Value::None),
            ExprKind::Ellipsis => self.load_name("Ellipsis"),
            ExprKind::Imaginary(f) => {
                self.load_const(crate::objects::complex::Complex::new(0.0, *f).value())
            }
            ExprKind::Bytes(b) => self.load_const(Value::bytes(b.clone())),
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.await_top(0);
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::Binary((*op).into()));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Op::Unary((*op).into()));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = vec![];
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.expr(body)?;
                let j = self.emit(Op::Jump(0));
                self.patch_here(jf);
                self.expr(orelse)?;
                self.patch_here(j);
            }
            ExprKind::Lambda { params, body } => {
                self.function(node_key(e), "<lambda>", params, None, e.span, |c| {
                    c.expr(body)?;
                    c.emit(Op::ReturnValue);
                    Ok(())
                })?;
            }
            ExprKind::Call { func, args } => self.call(func, args)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::Subscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::Starred(_) => return self.error("can't use starred expression here", e.span),
            ExprKind::MatchAs { as_span, .. } => return self.error("invalid syntax", *as_span),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy(1));
                self.store_target(target)?;
            }
            ExprKind::Tuple(items) => self.sequence(items, SeqKind::Tuple)?,
            ExprKind::List(items) => self.sequence(items, SeqKind::List)?,
            ExprKind::Set(items) => self.sequence(items, SeqKind::Set)?,
            ExprKind::Dict(items) => self.dict(items)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, Comp::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, Comp::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, Comp::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, Comp::Gen(elt))?
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Op::YieldValue(0));
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.yield_from_top();
            }
        }
        Ok(())
    }

    /// Awaits the value on top, leaving the result: `yield from` over the iterator
    /// `GetAwaitable(place)` makes of it.
    pub(super) fn await_top(&mut self, place: u32) {
        self.emit(Op::GetAwaitable(place));
        self.yield_from_top();
    }

    /// The `Send` loop of `yield from` over the iterator on top.
    fn yield_from_top(&mut self) {
        self.load_const(Value::None);
        let send = self.emit(Op::Send(0));
        self.emit(Op::YieldValue(1));
        self.emit(Op::Jump(send as u32));
        self.patch_here(send);
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult<()> {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.emit(Op::Compare(ops[0].into()));
            return Ok(());
        }
        let mut cleanups = vec![];
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < ops.len() {
                self.emit(Op::Swap(2));
                self.emit(Op::Copy(2));
                self.emit(Op::Compare((*op).into()));
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Op::Compare((*op).into()));
            }
        }
        let end = self.emit(Op::Jump(0));
        for c in cleanups {
            self.patch_here(c);
        }
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        self.patch_here(end);
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Arg]) -> CResult<()> {
        let simple = args.iter().all(|a| matches!(a, Arg::Positional(_)));
        let has_star = args
            .iter()
            .any(|a| matches!(a, Arg::Starred(_) | Arg::DoubleStarred(_)));
        if simple {
            if let ExprKind::Attribute { value, attr } = &func.node {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.at(func.span, |c| Ok(c.emit(Op::LoadMethod(i))))?;
                for a in args {
                    if let Arg::Positional(x) = a {
                        self.expr(x)?;
                    }
                }
                self.emit(Op::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.expr(func)?;
        if has_star {
            return self.call_ex(args);
        }
        let mut kwnames = vec![];
        for a in args {
            match a {
                Arg::Positional(x) => {
                    if !kwnames.is_empty() {
                        return self.error("positional argument follows keyword argument", x.span);
                    }
                    self.expr(x)?;
                }
                Arg::Keyword(k) => {
                    if kwnames.iter().any(|n: &Value| n.as_str() == Some(&k.name)) {
                        return self.error(
                            &format!("keyword argument repeated: {}", k.name),
                            k.value.span,
                        );
                    }
                    self.expr(&k.value)?;
                    kwnames.push(Value::str(&k.name));
                }
                _ => unreachable!("star args handled by call_ex"),
            }
        }
        if kwnames.is_empty() {
            self.emit(Op::Call(args.len() as u32));
        } else {
            self.load_const(Value::tuple(kwnames));
            self.emit(Op::CallKw(args.len() as u32));
        }
        Ok(())
    }

    /// A call with `*args` or `**kwargs`: builds a tuple and a dict, then `CallEx`.
    fn call_ex(&mut self, args: &'a [Arg]) -> CResult<()> {
        self.emit(Op::BuildList(0));
        for a in args {
            match a {
                Arg::Positional(x) => {
                    self.expr(x)?;
                    self.emit(Op::ListAppend(1));
                }
                Arg::Starred(x) => {
                    self.expr(x)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {}
            }
        }
        self.emit(Op::ListToTuple);
        let has_kw = args
            .iter()
            .any(|a| matches!(a, Arg::Keyword(_) | Arg::DoubleStarred(_)));
        if has_kw {
            self.emit(Op::BuildMap(0));
            for a in args {
                match a {
                    Arg::Keyword(k) => {
                        self.load_const(Value::str(&k.name));
                        self.expr(&k.value)?;
                        self.emit(Op::BuildMap(1));
                        self.emit(Op::DictMerge(1));
                    }
                    Arg::DoubleStarred(x) => {
                        self.expr(x)?;
                        self.emit(Op::DictMerge(1));
                    }
                    _ => {}
                }
            }
        }
        self.emit(Op::CallEx(has_kw as u32));
        Ok(())
    }

    fn sequence(&mut self, items: &'a [Expr], kind: SeqKind) -> CResult<()> {
        if kind == SeqKind::Set && items.len() > 2 {
            if let Some(frozen) = constant_set(items) {
                // CPython 3.11 compiles a display of three or more constants to a
                // frozenset constant, which its constant merging rebuilds once in
                // iteration order; the set then copies that table.
                self.emit(Op::BuildSet(0));
                self.load_const(frozen);
                self.emit(Op::SetUpdate(1));
                return Ok(());
            }
        }
        let starred = items.iter().any(|i| matches!(i.node, ExprKind::Starred(_)));
        if !starred {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::List => Op::BuildList(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        let is_set = kind == SeqKind::Set;
        self.emit(if is_set {
            Op::BuildSet(0)
        } else {
            Op::BuildList(0)
        });
        for i in items {
            match &i.node {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if is_set {
                        Op::SetUpdate(1)
                    } else {
                        Op::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(if is_set {
                        Op::SetAdd(1)
                    } else {
                        Op::ListAppend(1)
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, items: &'a [(Option<Expr>, Expr)]) -> CResult<()> {
        if items.iter().all(|(k, _)| k.is_some()) {
            for (k, v) in items {
                self.expr(k.as_ref().expect("key"))?;
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(items.len() as u32));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for (k, v) in items {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    /// Compiles a comprehension or generator expression as a nested function called
    /// with the iterator of its first iterable (evaluated here, eagerly).
    fn comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        comp: Comp<'a>,
    ) -> CResult<()> {
        let name = match comp {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        };
        self.enter_unit(node_key(e), name, e.span);
        self.begin_comprehension_unit();
        match comp {
            Comp::List(_) => {
                self.emit(Op::BuildList(0));
            }
            Comp::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            Comp::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        self.comp_loop(generators, 0, &comp)?;
        if matches!(comp, Comp::Gen(_)) {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue);
        let awaited = self.unit.flags & flags::COROUTINE != 0;
        let code = self.leave_unit();
        self.make_function(code, 0);
        self.expr(&generators[0].iter)?;
        self.emit(match generators[0].is_async {
            true => Op::GetAIter,
            false => Op::GetIter,
        });
        self.emit(Op::Call(1));
        if awaited {
            self.await_top(0);
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        generators: &'a [Comprehension],
        i: usize,
        comp: &Comp<'a>,
    ) -> CResult<()> {
        let g = &generators[i];
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(match g.is_async {
                true => Op::GetAIter,
                false => Op::GetIter,
            });
        }
        let start = self.here();
        let step = match g.is_async {
            true => {
                // The stack: the collection being built (but for a generator
                // expression) and one iterator per loop, this one's on top.
                let depth = !matches!(comp, Comp::Gen(_)) as u32 + i as u32 + 1;
                let h = self.push_handler(depth);
                self.emit(Op::GetANext);
                self.await_top(0);
                self.pop_handler(h);
                Err(h)
            }
            false => Ok(self.emit(Op::ForIter(0))),
        };
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit(Op::PopJumpIfFalse(start as u32));
        }
        if i + 1 < generators.len() {
            self.comp_loop(generators, i + 1, comp)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match comp {
                Comp::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                Comp::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                Comp::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                Comp::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue(0));
                    self.emit(Op::Pop);
                }
            }
        }
        self.emit(Op::Jump(start as u32));
        match step {
            Ok(fi) => self.patch_here(fi),
            Err(h) => {
                self.handler_here(h);
                self.emit(Op::EndAsyncFor);
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> CResult<()> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => self.load_const(Value::str(s)),
                FStringPart::Field {
                    expr,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(t) = debug_text {
                        self.load_const(Value::str(t));
                        n += 1;
                    }
                    self.expr(expr)?;
                    let conv = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        None if debug_text.is_some() && spec.is_empty() => 2,
                        _ => 0,
                    };
                    let has_spec = !spec.is_empty();
                    if has_spec {
                        self.fstring(spec)?;
                    }
                    self.emit(Op::FormatValue(conv | if has_spec { 4 } else { 0 }));
                }
            }
            n += 1;
        }
        if n != 1 {
            self.emit(Op::BuildString(n));
        }
        Ok(())
    }
}

/// The frozenset CPython 3.11 makes of a set display whose items are all int, float or
/// str literals, or None when one is not.
fn constant_set(items: &[Expr]) -> Option<Value> {
    use crate::objects::{HashKey, Set};
    let mut keys = Vec::with_capacity(items.len());
    for i in items {
        let v = match &i.node {
            ExprKind::Int(n) => Value::from_bigint(n.clone()),
            ExprKind::Float(f) => Value::Float(*f),
            ExprKind::Str(s) => Value::str(s),
            // CPython folds `-1` into a constant before building the frozenset.
            ExprKind::UnaryOp {
                op: UnaryOp::Neg,
                operand,
            } => match &operand.node {
                ExprKind::Int(n) => Value::from_bigint(-n.clone()),
                ExprKind::Float(f) => Value::Float(-*f),
                _ => return None,
            },
            _ => return None,
        };
        keys.push(HashKey::new(v).ok()?);
    }
    let first = Set::from_keys(true, keys);
    let rebuilt = Set::from_keys(true, first.iter());
    Some(Value::Set(std::rc::Rc::new(rebuilt)))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

/// What a comprehension builds.
enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
