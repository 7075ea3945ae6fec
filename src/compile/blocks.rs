//! Code generation for control flow that spans blocks: loops, `break`/`continue`,
//! `try`/`except`/`finally`, `with`, and the block stack that unwinds them. Exception
//! handlers are recorded per op (`handler_of_op`) and become the exception table.

use super::codegen::{BlockEntry, CResult, Compiler, FBlock};
use crate::objects::code::Op;
use crate::objects::Value;
use crate::syntax::ast::*;
use num_bigint::BigInt;

impl<'a> Compiler<'a> {
    /// Starts protecting the following ops with a new handler at `depth`.
    pub(super) fn push_handler(&mut self, depth: u32) -> usize {
        let id = self.unit.handlers.len();
        self.unit.handlers.push((usize::MAX, depth));
        self.unit.active.push(id);
        id
    }

    pub(super) fn pop_handler(&mut self, id: usize) {
        let top = self.unit.active.pop();
        debug_assert_eq!(top, Some(id));
    }

    /// After a `PopExcept` has left an exception handler whose block began with
    /// `active_base` handlers active: the ops that follow (name clean-up, the jump
    /// out) are no longer covered by the handler's clean-up entry, whose stack depth
    /// counts the exception just popped. (A jump checks for Ctrl-C and the sandbox
    /// limits, so it can raise.)
    fn leave_cleanup(&mut self, active_base: usize) {
        self.unit.active.truncate(active_base.saturating_sub(1));
    }

    /// Marks the next op as the start of handler `id`'s code.
    pub(super) fn handler_here(&mut self, id: usize) {
        self.unit.handlers[id].0 = self.here();
    }

    pub(super) fn push_block(&mut self, block: FBlock<'a>) {
        let active_base = self.unit.active.len();
        self.unit.blocks.push(BlockEntry { block, active_base });
    }

    pub(super) fn pop_block(&mut self) -> FBlock<'a> {
        self.unit.blocks.pop().expect("block").block
    }

    /// Value-stack depth at statement level: what enclosing blocks keep on the stack.
    pub(super) fn base_depth(&self) -> u32 {
        self.unit
            .blocks
            .iter()
            .map(|b| match b.block {
                FBlock::Loop { is_for: true, .. } => 1,
                FBlock::With { .. } | FBlock::HandlerCleanup(_) | FBlock::PopValue => 1,
                FBlock::FinallyEnd => 2,
                FBlock::ExceptStarBody => 4,
                _ => 0,
            })
            .sum()
    }

    /// Emits the code leaving blocks `from..` (innermost first) for a jump out of them;
    /// `keep_top` preserves a return value on top of the stack.
    pub(super) fn unwind_blocks(&mut self, from: usize, keep_top: bool) -> CResult<()> {
        let saved_active = self.unit.active.clone();
        let mut i = self.unit.blocks.len();
        while i > from {
            i -= 1;
            let base = self.unit.blocks[i].active_base;
            self.unit.active.truncate(base);
            let swap_pop = |c: &mut Self| {
                if keep_top {
                    c.emit(Op::Swap(2));
                }
                c.emit(Op::Pop);
            };
            match &self.unit.blocks[i].block {
                FBlock::Loop { is_for: true, .. } | FBlock::PopValue => swap_pop(self),
                FBlock::Loop { .. } | FBlock::TryExcept => {}
                FBlock::ExceptStarBody => {
                    unreachable!("checked by leave_check: nothing jumps out of an except* body")
                }
                FBlock::With { is_async } => {
                    let is_async = *is_async;
                    if keep_top {
                        self.emit(Op::Swap(2));
                    }
                    self.call_exit_with_nones(is_async);
                }
                FBlock::HandlerCleanup(name) => {
                    let name = name.clone();
                    if keep_top {
                        self.emit(Op::Swap(2));
                    }
                    self.emit(Op::PopExcept);
                    self.leave_cleanup(base);
                    if let Some(n) = name {
                        self.clear_name(&n);
                    }
                }
                FBlock::FinallyEnd => {
                    swap_pop(self);
                    if keep_top {
                        self.emit(Op::Swap(2));
                    }
                    self.emit(Op::PopExcept);
                    self.leave_cleanup(base);
                }
                FBlock::TryFinally(body) => {
                    let body: &'a [Stmt] = body;
                    let rest = self.unit.blocks.split_off(i);
                    if keep_top {
                        self.push_block(FBlock::PopValue);
                    }
                    let r = self.body(body);
                    if keep_top {
                        self.pop_block();
                    }
                    self.unit.blocks.extend(rest);
                    r?;
                }
            }
        }
        self.unit.active = saved_active;
        Ok(())
    }

    /// `exit(None, None, None)` (awaited for an `async with`) and discard the result
    /// (normal exit of a `with`).
    pub(super) fn call_exit_with_nones(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.load_const(Value::None);
        }
        self.emit(Op::Call(3));
        if is_async {
            self.await_top(2);
        }
        self.emit(Op::Pop);
    }

    /// `name = None; del name` after an `except ... as name` clause.
    pub(super) fn clear_name(&mut self, name: &str) {
        self.load_const(Value::None);
        self.store_name(name);
        self.delete_name(name);
    }

    pub(super) fn while_loop(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let start = self.here();
        let always = matches!(test.node, ExprKind::True)
            || matches!(&test.node, ExprKind::Int(i) if *i != BigInt::from(0));
        let exit = if always {
            None
        } else {
            self.expr(test)?;
            Some(self.emit(Op::PopJumpIfFalse(0)))
        };
        self.push_block(FBlock::Loop {
            is_for: false,
            start,
            breaks: vec![],
        });
        self.body(body)?;
        self.emit(Op::Jump(start as u32));
        let FBlock::Loop { breaks, .. } = self.pop_block() else {
            unreachable!("loop block")
        };
        if let Some(e) = exit {
            self.patch_here(e);
        }
        self.loop_else(orelse, breaks)
    }

    pub(super) fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        self.expr(iter)?;
        self.emit(Op::GetIter);
        let start = self.here();
        // At the `for` statement's span, as CPython's FOR_ITER: a traceback through
        // the loop shows its line without an indicator.
        let fi = self.emit(Op::ForIter(0));
        let breaks = self.for_body(start, target, body)?;
        self.patch_here(fi);
        self.loop_else(orelse, breaks)
    }

    /// The part of a `for` or `async for` loop after the next item is on the stack:
    /// the target bound, the body, the jump back to `start`; returns the `break`
    /// jumps to patch past the `else`.
    fn for_body(
        &mut self,
        start: usize,
        target: &'a Expr,
        body: &'a [Stmt],
    ) -> CResult<Vec<usize>> {
        self.push_block(FBlock::Loop {
            is_for: true,
            start,
            breaks: vec![],
        });
        self.store_target(target)?;
        self.body(body)?;
        self.emit(Op::Jump(start as u32));
        let FBlock::Loop { breaks, .. } = self.pop_block() else {
            unreachable!("loop block")
        };
        Ok(breaks)
    }

    /// A loop's `else` block, then its `break` jumps patched to land after it.
    fn loop_else(&mut self, orelse: &'a [Stmt], breaks: Vec<usize>) -> CResult<()> {
        self.body(orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        Ok(())
    }

    /// `async for target in iter: body else: orelse`: each step awaits
    /// `__anext__()`, and a StopAsyncIteration raised there ends the loop
    /// (`EndAsyncFor`, the handler of just those ops).
    pub(super) fn async_for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        self.expr(iter)?;
        self.emit(Op::GetAIter);
        let start = self.here();
        let h = self.push_handler(self.base_depth() + 1);
        self.emit(Op::GetANext);
        self.await_top(0);
        self.pop_handler(h);
        let breaks = self.for_body(start, target, body)?;
        self.handler_here(h);
        self.emit(Op::EndAsyncFor);
        self.loop_else(orelse, breaks)
    }

    /// CPython's error for a `break`, `continue` or `return` that would leave an
    /// `except*` clause (blocks `from..`).
    pub(super) fn leave_check(&self, from: usize, span: Span) -> CResult<()> {
        if self.unit.blocks[from..]
            .iter()
            .any(|b| matches!(b.block, FBlock::ExceptStarBody))
        {
            return self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                span,
            );
        }
        Ok(())
    }

    pub(super) fn break_continue(&mut self, is_break: bool, span: Span) -> CResult<()> {
        let Some(li) = self
            .unit
            .blocks
            .iter()
            .rposition(|b| matches!(b.block, FBlock::Loop { .. }))
        else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return self.error(msg, span);
        };
        self.leave_check(li + 1, span)?;
        self.unwind_blocks(li + 1, false)?;
        let saved_active = self.unit.active.clone();
        let base = self.unit.blocks[li].active_base;
        self.unit.active.truncate(base);
        let FBlock::Loop { is_for, start, .. } = self.unit.blocks[li].block else {
            unreachable!("loop block")
        };
        if is_break {
            if is_for {
                self.emit(Op::Pop);
            }
            let j = self.emit(Op::Jump(0));
            if let FBlock::Loop { breaks, .. } = &mut self.unit.blocks[li].block {
                breaks.push(j);
            }
        } else {
            self.emit(Op::Jump(start as u32));
        }
        self.unit.active = saved_active;
        Ok(())
    }

    pub(super) fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let fin = if finalbody.is_empty() {
            None
        } else {
            let depth = self.base_depth();
            let h = self.push_handler(depth);
            self.push_block(FBlock::TryFinally(finalbody));
            Some(h)
        };
        if handlers.is_empty() {
            self.body(body)?;
        } else if handlers[0].star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        let Some(h) = fin else { return Ok(()) };
        self.pop_block();
        self.pop_handler(h);
        self.body(finalbody)?;
        let end = self.emit(Op::Jump(0));
        // Exceptional path: run the finally body, then re-raise.
        self.handler_here(h);
        self.emit(Op::PushExcInfo);
        let depth = self.base_depth() + 1;
        let cleanup = self.push_handler(depth);
        self.push_block(FBlock::FinallyEnd);
        self.body(finalbody)?;
        self.pop_block();
        self.emit(Op::Reraise);
        self.pop_handler(cleanup);
        self.handler_here(cleanup);
        self.emit(Op::PopExceptReraise);
        self.patch_here(end);
        Ok(())
    }

    /// What `try/except` and `try/except*` compile alike: the body under a handler,
    /// the `else` body, the jump over the handlers, and the handlers' entry
    /// (`PushExcInfo`) under a clean-up handler one deeper. Returns the jumps to
    /// patch to the end and the clean-up handler.
    fn try_prelude(
        &mut self,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<(Vec<usize>, usize)> {
        let depth = self.base_depth();
        let h = self.push_handler(depth);
        self.push_block(FBlock::TryExcept);
        self.body(body)?;
        self.pop_block();
        self.pop_handler(h);
        self.body(orelse)?;
        let ends = vec![self.emit(Op::Jump(0))];
        self.handler_here(h);
        self.emit(Op::PushExcInfo);
        let cleanup = self.push_handler(depth + 1);
        Ok((ends, cleanup))
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let (mut ends, cleanup) = self.try_prelude(body, orelse)?;
        for (i, hd) in handlers.iter().enumerate() {
            if hd.typ.is_none() && i + 1 < handlers.len() {
                return self.error("default 'except:' must be last", hd.span);
            }
            self.at(hd.span, |c| {
                let next = match &hd.typ {
                    Some(t) => {
                        c.expr(t)?;
                        c.emit(Op::CheckExcMatch);
                        Some(c.emit(Op::PopJumpIfFalse(0)))
                    }
                    None => None,
                };
                match &hd.name {
                    Some(n) => c.store_name(n),
                    None => {
                        c.emit(Op::Pop);
                    }
                }
                c.push_block(FBlock::HandlerCleanup(hd.name.clone()));
                c.body(&hd.body)?;
                c.pop_block();
                c.emit(Op::PopExcept);
                let saved_active = c.unit.active.clone();
                c.leave_cleanup(saved_active.len());
                if let Some(n) = &hd.name {
                    c.clear_name(n);
                }
                ends.push(c.emit(Op::Jump(0)));
                c.unit.active = saved_active;
                if let Some(j) = next {
                    c.patch_here(j);
                }
                Ok(())
            })?;
        }
        self.emit(Op::Reraise);
        self.pop_handler(cleanup);
        self.handler_here(cleanup);
        self.emit(Op::PopExceptReraise);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    /// `try: ... except* T as e: ...`: each clause takes the part of the exception
    /// that matches it (`CheckEgMatch`) out of what is left; what the clauses raise is
    /// collected in a list, and `PrepReraiseStar` combines it with the unmatched rest
    /// into what is raised at the end, as CPython 3.11 compiles it.
    fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        use crate::objects::operator::CmpOp;
        let depth = self.base_depth();
        // [prev, exc] -> [prev, orig, raised, rest]
        let (mut ends, cleanup) = self.try_prelude(body, orelse)?;
        self.emit(Op::Copy(1));
        self.emit(Op::BuildList(0));
        self.emit(Op::Swap(2));
        for hd in handlers {
            self.at(hd.span, |c| {
                if let Some(t) = &hd.typ {
                    c.expr(t)?;
                }
                // [.., rest, type] -> [.., rest, match]
                c.emit(Op::CheckEgMatch);
                c.emit(Op::Copy(1));
                c.load_const(Value::None);
                c.emit(Op::Compare(CmpOp::Is));
                let no_match = c.emit(Op::PopJumpIfTrue(0));
                match &hd.name {
                    Some(n) => c.store_name(n),
                    None => {
                        c.emit(Op::Pop);
                    }
                }
                // An exception the clause raises joins the raised list.
                let raised = c.push_handler(depth + 4);
                c.push_block(FBlock::ExceptStarBody);
                c.body(&hd.body)?;
                c.pop_block();
                c.pop_handler(raised);
                if let Some(n) = &hd.name {
                    c.clear_name(n);
                }
                let done = c.emit(Op::Jump(0));
                c.handler_here(raised);
                c.emit(Op::ListAppend(2));
                if let Some(n) = &hd.name {
                    c.clear_name(n);
                }
                let done_raising = c.emit(Op::Jump(0));
                c.patch_here(no_match);
                c.emit(Op::Pop);
                c.patch_here(done);
                c.patch_here(done_raising);
                Ok(())
            })?;
        }
        // The unmatched rest joins the list too: [prev, orig, raised] -> [prev, exc].
        self.emit(Op::ListAppend(1));
        self.emit(Op::PrepReraiseStar);
        self.emit(Op::Copy(1));
        self.load_const(Value::None);
        self.emit(Op::Compare(CmpOp::Is));
        let reraise = self.emit(Op::PopJumpIfFalse(0));
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        ends.push(self.emit(Op::Jump(0)));
        // Raised inside the cleanup handler's range, which restores `prev`.
        self.patch_here(reraise);
        self.emit(Op::Reraise);
        self.pop_handler(cleanup);
        self.handler_here(cleanup);
        self.emit(Op::PopExceptReraise);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    pub(super) fn with_stmt(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&item.context)?;
        if is_async {
            self.emit(Op::BeforeAsyncWith);
            self.await_top(1);
        } else {
            self.emit(Op::BeforeWith);
        }
        let depth = self.base_depth() + 1;
        let h = self.push_handler(depth);
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.push_block(FBlock::With { is_async });
        self.with_stmt(rest, body, is_async)?;
        self.pop_block();
        self.pop_handler(h);
        self.call_exit_with_nones(is_async);
        let end = self.emit(Op::Jump(0));
        self.handler_here(h);
        self.emit(Op::PushExcInfo);
        let cleanup = self.push_handler(depth + 1);
        self.emit(Op::WithExceptStart);
        if is_async {
            self.await_top(2);
        }
        let suppress = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.pop_handler(cleanup);
        self.handler_here(cleanup);
        self.emit(Op::PopExceptReraise);
        self.patch_here(suppress);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.patch_here(end);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::compile::{compile_source, Mode};
    use crate::objects::code::{Code, ExcEntry, Op};

    /// The module code of `source`.
    fn compile(source: &str) -> Code {
        let code = compile_source(source, "<test>", Mode::Exec).expect("compiles");
        Rc::try_unwrap(code).expect("only reference")
    }

    /// The index of the op that loads module-level name `name` (the one occurrence).
    fn load_of(code: &Code, name: &str) -> usize {
        let slot = code
            .names
            .iter()
            .position(|n| &**n == name)
            .expect("name used") as u32;
        let mut found = code
            .ops
            .iter()
            .enumerate()
            .filter(|(_, op)| matches!(op, Op::LoadName(i) if *i == slot));
        let (i, _) = found.next().expect("loaded");
        assert!(found.next().is_none(), "{name} loaded once");
        i
    }

    /// A module code whose exception table is replaced by `entries`.
    fn with_table(entries: &[(u32, u32, u32)]) -> Code {
        let mut code = compile("pass\n");
        code.exc_table = entries
            .iter()
            .map(|&(start, end, target)| ExcEntry {
                start,
                end,
                target,
                depth: 0,
            })
            .collect();
        code
    }

    fn target_at(code: &Code, op: usize) -> Option<u32> {
        code.handler_for(op).map(|e| e.target)
    }

    /// checks that the innermost handler wins where handlers nest
    #[test]
    fn innermost_handler_first() {
        let code = with_table(&[(2, 4, 10), (0, 6, 20)]);
        assert_eq!(target_at(&code, 3), Some(10));
        assert_eq!(target_at(&code, 1), Some(20));
        assert_eq!(target_at(&code, 5), Some(20));
    }

    /// checks that a handler's range includes its start op and excludes its end op
    #[test]
    fn ranges_are_half_open() {
        let code = with_table(&[(2, 4, 10), (0, 6, 20)]);
        assert_eq!(target_at(&code, 2), Some(10));
        assert_eq!(target_at(&code, 4), Some(20));
        assert_eq!(target_at(&code, 0), Some(20));
        assert_eq!(target_at(&code, 6), None);
    }

    /// checks that ops outside every range, and gaps between ranges, have no handler
    #[test]
    fn no_handler_outside_ranges() {
        let code = with_table(&[(3, 5, 10), (7, 9, 20)]);
        assert_eq!(target_at(&code, 2), None);
        assert_eq!(target_at(&code, 5), None);
        assert_eq!(target_at(&code, 6), None);
        assert_eq!(target_at(&code, 9), None);
        assert_eq!(target_at(&code, 100), None);
        assert_eq!(with_table(&[]).handler_for(0), None);
    }

    /// checks that in the compiled table of nested `try` statements the inner body
    /// goes to the inner handler, the outer body to the outer one, and code after
    /// both to none
    #[test]
    fn compiled_nested_try_table() {
        let code = compile(
            "try:\n    before()\n    try:\n        inner()\n    except ValueError:\n        pass\n    \
             between()\nexcept KeyError:\n    pass\nafter()\n",
        );
        let target_of = |name: &str| target_at(&code, load_of(&code, name));
        let outer = target_of("before").expect("outer handler");
        let inner = target_of("inner").expect("inner handler");
        assert_ne!(inner, outer);
        assert_eq!(target_of("between"), Some(outer));
        assert_eq!(target_of("after"), None);
        // An exception in the inner `except` clause runs its cleanup, which the
        // outer handler protects.
        let cleanup = target_of("ValueError").expect("cleanup handler");
        assert_eq!(target_at(&code, cleanup as usize), Some(outer));
    }
}
