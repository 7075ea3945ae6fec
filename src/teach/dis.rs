//! The disassembler behind `genpy dis` (and its alias `genpy --dis`): one line per op,
//! named as CPython 3.11 names it where genpy's op has a CPython equivalent, with the
//! source lines interleaved, jump targets marked `>>` and CPython's `ExceptionTable:`
//! section. It teaches generators: a generator's code starts with the pseudo-op
//! `RETURN_GENERATOR`, every `YIELD_VALUE` is followed by what the suspended frame keeps
//! (live locals, the value stack by description) and a `RESUME` pseudo-op at the index
//! where execution continues.
//!
//! Two exhaustive `match`es over `Op` (no `_ =>`), so a new op does not compile until it
//! is both printed ([`op_text`]) and given a stack effect ([`edges`]). The stack at each op
//! comes from abstract interpretation along those edges; the live locals from two
//! dataflow passes over the same edges (docs/architecture.md).

use crate::objects::code::{flags, Code, Op};
use crate::objects::operator::{BinOp, CmpOp, UnaryOp};
use crate::objects::Value;

/// A legend for learners, printed before the listing by `genpy dis --explain`.
pub const LEGEND: &str = "\
How to read this listing (genpy's bytecode, with CPython 3.11's op names where they match):
  LINE: TEXT        a source line; the ops under it were compiled from it
  >>                a jump target: a jump or an exception handler goes to this op
  --                a pseudo-op: genpy runs no op there; the line shows what happens
  RETURN_GENERATOR  calling a generator function runs none of its body: the call creates a
                    generator object holding a fresh frame, stopped before its first op
                    (genpy does this inside the call; CPython 3.11 has a real op for it)
  RESUME            where a suspended frame continues: 0 on the first next(), 1 after a
                    `yield`, 2 after a `yield` inside `yield from`
  YIELD_VALUE       suspends the frame: the value on top of the stack goes to whoever called
                    next() or send(), and the frame waits inside the generator object
  SEND              the step of `yield from`: sends a value to the delegate (the inner
                    generator or iterator); when the delegate returns, jumps with its result
  FOR_ITER          calls next() on the iterator on top of the stack; when it is exhausted,
                    pops it and jumps past the loop
  the frame keeps   at each YIELD_VALUE, what stays alive while the generator is suspended:
                    the locals assigned before that point and read after it, and the values
                    on the stack. That is all the state a generator has.
  ExceptionTable    START to END -> TARGET [DEPTH]: an exception raised by an op from START
                    to END (inclusive) jumps to TARGET with the stack cut to DEPTH items

";

/// Width of the op-name column.
const NAME_WIDTH: usize = 26;

fn simple(name: &str) -> String {
    name.to_string()
}

fn operand(name: &str, arg: u32) -> String {
    format!("{name:<NAME_WIDTH$} {arg}")
}

fn described(name: &str, arg: u32, what: &str) -> String {
    format!("{name:<NAME_WIDTH$} {arg} ({what})")
}

fn constant(code: &Code, name: &str, i: u32) -> String {
    described(name, i, &const_text(code, i))
}

/// A short text for constant `i` of `code`.
fn const_text(code: &Code, i: u32) -> String {
    match code.consts.get(i as usize) {
        Some(Value::Str(s)) => crate::objects::str::repr_str(s.as_str()),
        Some(Value::Bytes(b)) => crate::objects::bytes::repr_bytes(b),
        Some(Value::Int(n)) => n.to_string(),
        Some(Value::Float(f)) => crate::objects::float::repr_float(*f),
        Some(Value::None) => "None".into(),
        Some(Value::Bool(b)) => if *b { "True" } else { "False" }.into(),
        Some(Value::Code(c)) => format!("<code object {}>", c.name),
        Some(Value::Tuple(_)) => "(...)".into(),
        Some(other) => other.builtin_type_name().into(),
        None => "?".into(),
    }
}

/// The name of local `i`.
fn local_name(code: &Code, i: usize) -> &str {
    code.varnames.get(i).map_or("?", |n| n)
}

fn local(code: &Code, name: &str, i: u32) -> String {
    described(name, i, local_name(code, i as usize))
}

fn global(code: &Code, name: &str, i: u32) -> String {
    described(name, i, code.names.get(i as usize).map_or("?", |n| n))
}

fn cell(code: &Code, name: &str, i: u32) -> String {
    let i_us = i as usize;
    let n = code
        .cellvars
        .get(i_us)
        .or_else(|| code.freevars.get(i_us.wrapping_sub(code.cellvars.len())))
        .map_or("?", |n| n);
    described(name, i, n)
}

/// A jump from op `at` to `target`: CPython 3.11 names the direction
/// (`JUMP_FORWARD`/`JUMP_BACKWARD`, `POP_JUMP_FORWARD_IF_FALSE`, ...): the name is
/// `first`, the direction, then `rest`.
fn jump(first: &str, rest: &str, at: usize, target: u32) -> String {
    let dir = if target as usize > at {
        "FORWARD"
    } else {
        "BACKWARD"
    };
    let name = format!("{first}{dir}{rest}");
    described(&name, target, &format!("to {target}"))
}

/// A jump whose name does not say its direction.
fn plain_jump(name: &str, target: u32) -> String {
    described(name, target, &format!("to {target}"))
}

/// CPython 3.11's `BINARY_OP` argument (`NB_ADD`, ..., `NB_INPLACE_*` = 13 more).
fn binary(op: BinOp, inplace: bool) -> String {
    let nb = match op {
        BinOp::Add => 0,
        BinOp::BitAnd => 1,
        BinOp::FloorDiv => 2,
        BinOp::LShift => 3,
        BinOp::MatMul => 4,
        BinOp::Mul => 5,
        BinOp::Mod => 6,
        BinOp::BitOr => 7,
        BinOp::Pow => 8,
        BinOp::RShift => 9,
        BinOp::Sub => 10,
        BinOp::Div => 11,
        BinOp::BitXor => 12,
    };
    if inplace {
        described("BINARY_OP", nb + 13, &format!("{}=", op.symbol()))
    } else {
        described("BINARY_OP", nb, op.symbol())
    }
}

/// CPython 3.11's name and argument for a comparison: `COMPARE_OP` (its `cmp_op`
/// index), `IS_OP` or `CONTAINS_OP` (1 when inverted).
fn comparison(c: CmpOp) -> (&'static str, u32) {
    match c {
        CmpOp::Lt => ("COMPARE_OP", 0),
        CmpOp::LtE => ("COMPARE_OP", 1),
        CmpOp::Eq => ("COMPARE_OP", 2),
        CmpOp::NotEq => ("COMPARE_OP", 3),
        CmpOp::Gt => ("COMPARE_OP", 4),
        CmpOp::GtE => ("COMPARE_OP", 5),
        CmpOp::Is => ("IS_OP", 0),
        CmpOp::IsNot => ("IS_OP", 1),
        CmpOp::In => ("CONTAINS_OP", 0),
        CmpOp::NotIn => ("CONTAINS_OP", 1),
    }
}

fn unary(u: UnaryOp) -> String {
    simple(match u {
        UnaryOp::Neg => "UNARY_NEGATIVE",
        UnaryOp::Pos => "UNARY_POSITIVE",
        UnaryOp::Invert => "UNARY_INVERT",
        UnaryOp::Not => "UNARY_NOT",
    })
}

/// A superinstruction with two operands (genpy's own name).
fn pair(name: &str, a: u16, b: u16, what: &str) -> String {
    format!("{name:<NAME_WIDTH$} {a}, {b} ({what})")
}

/// Op `i` as text: its name and operand.
fn op_text(code: &Code, i: usize) -> String {
    match code.ops[i] {
        Op::Nop => simple("NOP"),
        Op::Pop => simple("POP_TOP"),
        Op::Copy(n) => operand("COPY", n),
        Op::Swap(n) => operand("SWAP", n),
        Op::LoadConst(c) => constant(code, "LOAD_CONST", c),
        Op::LoadFast(n) => local(code, "LOAD_FAST", n),
        Op::StoreFast(n) => local(code, "STORE_FAST", n),
        Op::DeleteFast(n) => local(code, "DELETE_FAST", n),
        Op::LoadDeref(n) => cell(code, "LOAD_DEREF", n),
        Op::StoreDeref(n) => cell(code, "STORE_DEREF", n),
        Op::DeleteDeref(n) => cell(code, "DELETE_DEREF", n),
        Op::LoadClosure(n) => cell(code, "LOAD_CLOSURE", n),
        Op::LoadGlobal(n) => global(code, "LOAD_GLOBAL", n),
        Op::StoreGlobal(n) => global(code, "STORE_GLOBAL", n),
        Op::DeleteGlobal(n) => global(code, "DELETE_GLOBAL", n),
        Op::LoadName(n) => global(code, "LOAD_NAME", n),
        Op::StoreName(n) => global(code, "STORE_NAME", n),
        Op::DeleteName(n) => global(code, "DELETE_NAME", n),
        Op::LoadAttr(n) => global(code, "LOAD_ATTR", n),
        Op::StoreAttr(n) => global(code, "STORE_ATTR", n),
        Op::DeleteAttr(n) => global(code, "DELETE_ATTR", n),
        Op::LoadMethod(n) => global(code, "LOAD_METHOD", n),
        Op::CallMethod(n) => operand("CALL", n),
        Op::Subscr => simple("BINARY_SUBSCR"),
        Op::StoreSubscr => simple("STORE_SUBSCR"),
        Op::DeleteSubscr => simple("DELETE_SUBSCR"),
        Op::BuildSlice(n) => operand("BUILD_SLICE", n),
        Op::Binary(b) => binary(b, false),
        Op::Inplace(b) => binary(b, true),
        Op::Unary(u) => unary(u),
        Op::Compare(c) => {
            let (name, arg) = comparison(c);
            described(name, arg, c.symbol())
        }
        Op::Jump(t) => jump("JUMP_", "", i, t),
        Op::PopJumpIfFalse(t) => jump("POP_JUMP_", "_IF_FALSE", i, t),
        Op::PopJumpIfTrue(t) => jump("POP_JUMP_", "_IF_TRUE", i, t),
        Op::JumpIfFalseOrPop(t) => plain_jump("JUMP_IF_FALSE_OR_POP", t),
        Op::JumpIfTrueOrPop(t) => plain_jump("JUMP_IF_TRUE_OR_POP", t),
        Op::GetIter => simple("GET_ITER"),
        Op::ForIter(t) => plain_jump("FOR_ITER", t),
        Op::BuildTuple(n) => operand("BUILD_TUPLE", n),
        Op::BuildList(n) => operand("BUILD_LIST", n),
        Op::BuildSet(n) => operand("BUILD_SET", n),
        Op::BuildMap(n) => operand("BUILD_MAP", n),
        Op::BuildString(n) => operand("BUILD_STRING", n),
        Op::ListAppend(n) => operand("LIST_APPEND", n),
        Op::SetAdd(n) => operand("SET_ADD", n),
        Op::MapAdd(n) => operand("MAP_ADD", n),
        Op::ListExtend(n) => operand("LIST_EXTEND", n),
        Op::SetUpdate(n) => operand("SET_UPDATE", n),
        Op::DictUpdate(n) => operand("DICT_UPDATE", n),
        Op::DictMerge(n) => operand("DICT_MERGE", n),
        Op::ListToTuple => simple("LIST_TO_TUPLE"),
        Op::FormatValue(n) => operand("FORMAT_VALUE", n),
        Op::UnpackSequence(n) => operand("UNPACK_SEQUENCE", n),
        Op::UnpackEx(n) => operand("UNPACK_EX", n),
        Op::Call(n) => operand("CALL", n),
        Op::CallKw(n) => operand("CALL_KW", n),
        Op::CallEx(n) => operand("CALL_FUNCTION_EX", n),
        Op::MakeFunction(n) => operand("MAKE_FUNCTION", n),
        Op::LoadBuildClass => simple("LOAD_BUILD_CLASS"),
        Op::ReturnValue => simple("RETURN_VALUE"),
        Op::YieldValue(n) => described(
            "YIELD_VALUE",
            n,
            match n {
                1 => "inside yield from",
                2 => "a yield statement",
                _ => "a yield expression",
            },
        ),
        Op::Send(t) => plain_jump("SEND", t),
        Op::GetYieldFromIter => simple("GET_YIELD_FROM_ITER"),
        Op::PushExcInfo => simple("PUSH_EXC_INFO"),
        Op::PopExcept => simple("POP_EXCEPT"),
        Op::CheckExcMatch => simple("CHECK_EXC_MATCH"),
        Op::CheckEgMatch => simple("CHECK_EG_MATCH"),
        Op::PrepReraiseStar => simple("PREP_RERAISE_STAR"),
        Op::Reraise => simple("RERAISE"),
        Op::PopExceptReraise => simple("POP_EXCEPT_AND_RERAISE"),
        Op::RaiseVarargs(n) => operand("RAISE_VARARGS", n),
        Op::BeforeWith => simple("BEFORE_WITH"),
        Op::BeforeAsyncWith => simple("BEFORE_ASYNC_WITH"),
        Op::GetAwaitable(n) => operand("GET_AWAITABLE", n),
        Op::GetAIter => simple("GET_AITER"),
        Op::GetANext => simple("GET_ANEXT"),
        Op::EndAsyncFor => simple("END_ASYNC_FOR"),
        Op::WithExceptStart => simple("WITH_EXCEPT_START"),
        Op::ImportName(n) => global(code, "IMPORT_NAME", n),
        Op::ImportFrom(n) => global(code, "IMPORT_FROM", n),
        Op::ImportStar => simple("IMPORT_STAR"),
        Op::PrintExpr => simple("PRINT_EXPR"),
        Op::LoadAssertionError => simple("LOAD_ASSERTION_ERROR"),
        Op::LoadFast2(a, b) => pair(
            "LOAD_FAST__LOAD_FAST",
            a,
            b,
            &format!(
                "{}, {}",
                local_name(code, a as usize),
                local_name(code, b as usize)
            ),
        ),
        Op::LoadFastConst(a, c) => pair(
            "LOAD_FAST__LOAD_CONST",
            a,
            c,
            &format!(
                "{}, {}",
                local_name(code, a as usize),
                const_text(code, c as u32)
            ),
        ),
        Op::CompareJumpIfFalse(c, t) => described(
            "COMPARE_AND_JUMP",
            t,
            &format!("{}, to {t} if false", c.symbol()),
        ),
    }
}

/// True when op `i` is the `Nop` a superinstruction left in its second slot (the
/// listing skips it; the VM never runs it).
fn fused_nop(code: &Code, i: usize) -> bool {
    i > 0
        && code.ops[i] == Op::Nop
        && matches!(
            code.ops[i - 1],
            Op::LoadFast2(..)
                | Op::LoadFastConst(..)
                | Op::CompareJumpIfFalse(..)
                | Op::YieldValue(2)
        )
}

/// What a value-stack slot holds, as the notes at a suspension point describe it.
#[derive(Clone, Debug, PartialEq)]
enum Slot {
    /// The iterator of the `for` (or comprehension `for`) on a line.
    Iterator(usize),
    /// The delegate of the `yield from` on a line.
    Delegate(usize),
    /// The `__exit__` of the `with` on a line.
    WithExit(usize),
    /// The exception being handled.
    Exception,
    /// The exception that was being handled when the current handler started.
    PrevException,
    /// The value `send()` delivered to a `yield`, not yet used.
    Sent,
    /// An operand of an expression still being evaluated, pushed on a line.
    Partial(usize),
}

impl Slot {
    fn describe(&self) -> String {
        match self {
            Slot::Iterator(l) => format!("the iterator of the `for` on line {l}"),
            Slot::Delegate(l) => format!("the delegate of `yield from` on line {l}"),
            Slot::WithExit(l) => format!("the `__exit__` of the `with` on line {l}"),
            Slot::Exception => "the exception being handled".into(),
            Slot::PrevException => "the exception handled before it".into(),
            Slot::Sent => "the value sent in".into(),
            Slot::Partial(l) => format!("a half-built expression (line {l})"),
        }
    }
}

/// The slots of a stack, bottom first, with a run of operands of one expression
/// counted ("2 values of a half-built expression (line 3)").
fn describe_stack(stack: &[Slot]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut k = 0;
    while k < stack.len() {
        let run = stack[k..].iter().take_while(|s| **s == stack[k]).count();
        parts.push(match (&stack[k], run) {
            (Slot::Partial(l), 2..) => {
                format!("{run} values of a half-built expression (line {l})")
            }
            (slot, _) => slot.describe(),
        });
        k += run.max(1);
    }
    parts.join(", ")
}

/// How one edge out of an op changes the value stack.
#[derive(Debug)]
enum Effect {
    /// Pops this many items, then pushes the slots.
    Pop(usize, Vec<Slot>),
    /// Pushes a copy of the n-th item from the top.
    Copy(usize),
    /// Swaps the top with the n-th item from the top.
    Swap(usize),
    /// An exception edge: cuts the stack to this depth and pushes the exception.
    Handler(usize),
}

/// One way control can leave an op: the op it goes to and what the stack becomes.
#[derive(Debug)]
struct Edge {
    to: usize,
    effect: Effect,
}

/// Every edge out of op `i`: where control goes next (fall-through, jump, the resume
/// point of a yield; none after a return or raise), then the exception handler that
/// covers `i`, if any. This is the table of stack effects, one case per op, following
/// the stack notation of `Op`'s docs.
fn edges(code: &Code, i: usize) -> Vec<Edge> {
    let line = code.line_of_op(i);
    let values = |n: usize| vec![Slot::Partial(line); n];
    let go = |to: usize, pop: usize, push: Vec<Slot>| Edge {
        to,
        effect: Effect::Pop(pop, push),
    };
    let next = |pop: usize, push: usize| vec![go(i + 1, pop, values(push))];
    let n = |k: u32| k as usize;
    let mut out = match code.ops[i] {
        Op::Nop | Op::DeleteFast(_) | Op::DeleteDeref(_) | Op::DeleteGlobal(_) => next(0, 0),
        Op::DeleteName(_) => next(0, 0),
        Op::Copy(k) => vec![Edge {
            to: i + 1,
            effect: Effect::Copy(n(k)),
        }],
        Op::Swap(k) => vec![Edge {
            to: i + 1,
            effect: Effect::Swap(n(k)),
        }],
        Op::LoadConst(_)
        | Op::LoadFast(_)
        | Op::LoadDeref(_)
        | Op::LoadClosure(_)
        | Op::LoadGlobal(_)
        | Op::LoadName(_)
        | Op::LoadBuildClass
        | Op::LoadAssertionError
        | Op::ImportFrom(_)
        | Op::WithExceptStart => next(0, 1),
        Op::Pop
        | Op::StoreFast(_)
        | Op::StoreDeref(_)
        | Op::StoreGlobal(_)
        | Op::StoreName(_)
        | Op::DeleteAttr(_)
        | Op::ListAppend(_)
        | Op::SetAdd(_)
        | Op::ListExtend(_)
        | Op::SetUpdate(_)
        | Op::DictUpdate(_)
        | Op::DictMerge(_)
        | Op::PopExcept
        | Op::ImportStar
        | Op::PrintExpr => next(1, 0),
        Op::LoadAttr(_) | Op::GetIter | Op::Unary(_) | Op::ListToTuple | Op::GetAIter => next(1, 1),
        // `[aiter] -> [aiter, awaitable]`.
        Op::GetANext => next(0, 1),
        // `[aiter, exc] -> []` (or the exception raised again).
        Op::EndAsyncFor => next(2, 0),
        // `[exc, type] -> [exc, matches]`.
        Op::CheckExcMatch => next(1, 1),
        // `[rest, type] -> [rest, match]`.
        Op::CheckEgMatch => next(2, 2),
        // `[orig, excs] -> [exc]`.
        Op::PrepReraiseStar => next(2, 1),
        Op::StoreAttr(_) | Op::DeleteSubscr | Op::MapAdd(_) => next(2, 0),
        Op::Subscr | Op::Binary(_) | Op::Inplace(_) | Op::Compare(_) | Op::ImportName(_) => {
            next(2, 1)
        }
        Op::StoreSubscr => next(3, 0),
        Op::LoadMethod(_) => next(1, 2),
        Op::CallMethod(k) => next(n(k) + 2, 1),
        Op::BuildSlice(k)
        | Op::BuildTuple(k)
        | Op::BuildList(k)
        | Op::BuildSet(k)
        | Op::BuildString(k) => next(n(k), 1),
        Op::BuildMap(k) => next(2 * n(k), 1),
        Op::FormatValue(k) => next(1 + n(k >> 2 & 1), 1),
        Op::UnpackSequence(k) => next(1, n(k)),
        Op::UnpackEx(k) => next(1, n(k & 0xff) + n(k >> 8) + 1),
        Op::Call(k) => next(n(k) + 1, 1),
        Op::CallKw(k) => next(n(k) + 2, 1),
        Op::CallEx(k) => next(2 + n(k & 1), 1),
        Op::MakeFunction(fl) => next(
            1 + n(fl & 1) + n(fl >> 1 & 1) + n(fl >> 2 & 1) + n(fl >> 3 & 1),
            1,
        ),
        Op::Jump(t) => vec![go(n(t), 0, vec![])],
        Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
            vec![go(i + 1, 1, vec![]), go(n(t), 1, vec![])]
        }
        Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
            vec![go(i + 1, 1, vec![]), go(n(t), 0, vec![])]
        }
        Op::ForIter(t) => vec![
            go(i + 1, 1, vec![Slot::Iterator(line), Slot::Partial(line)]),
            go(n(t), 1, vec![]),
        ],
        // `[sub, v] -> [sub, yielded]`, or `[result]` at the target.
        Op::Send(t) => vec![go(i + 1, 1, values(1)), go(n(t), 2, values(1))],
        Op::GetYieldFromIter | Op::GetAwaitable(_) => {
            vec![go(i + 1, 1, vec![Slot::Delegate(line)])]
        }
        Op::PushExcInfo => vec![go(i + 1, 1, vec![Slot::PrevException, Slot::Exception])],
        Op::BeforeWith | Op::BeforeAsyncWith => vec![go(
            i + 1,
            1,
            vec![Slot::WithExit(line), Slot::Partial(line)],
        )],
        // A `yield` statement resumes past the `Pop` fused into it, the value sent unused.
        Op::YieldValue(2) => vec![go(i + 2, 1, vec![])],
        Op::YieldValue(_) => vec![go(i + 1, 1, vec![Slot::Sent])],
        Op::ReturnValue | Op::Reraise | Op::PopExceptReraise | Op::RaiseVarargs(_) => vec![],
        Op::LoadFast2(..) | Op::LoadFastConst(..) => vec![go(i + 2, 0, values(2))],
        Op::CompareJumpIfFalse(_, t) => vec![go(i + 2, 2, vec![]), go(n(t), 2, vec![])],
    };
    if let Some(h) = code.handler_for(i) {
        out.push(Edge {
            to: h.target as usize,
            effect: Effect::Handler(h.depth as usize),
        });
    }
    out
}

/// The stack after `effect` on `stack`.
fn apply(stack: &[Slot], effect: &Effect) -> Vec<Slot> {
    let mut s = stack.to_vec();
    let len = s.len();
    match effect {
        Effect::Pop(n, push) => {
            s.truncate(len.saturating_sub(*n));
            s.extend(push.iter().cloned());
        }
        Effect::Copy(n) => {
            if let Some(v) = len.checked_sub(*n).and_then(|k| s.get(k)).cloned() {
                s.push(v);
            }
        }
        Effect::Swap(n) => {
            if (1..=len).contains(n) {
                s.swap(len - 1, len - n);
            }
        }
        Effect::Handler(depth) => {
            s.truncate(*depth);
            s.push(Slot::Exception);
        }
    }
    s
}

/// The value stack on entry to each op (`None` where no edge reaches), by abstract
/// interpretation from op 0 along every edge. The first stack to reach an op is kept:
/// the compiler gives every path into an op the same depth.
fn stacks(code: &Code) -> Vec<Option<Vec<Slot>>> {
    let len = code.ops.len();
    let mut at: Vec<Option<Vec<Slot>>> = vec![None; len];
    if len == 0 {
        return at;
    }
    at[0] = Some(Vec::new());
    let mut work = vec![0];
    while let Some(i) = work.pop() {
        let Some(stack) = at[i].clone() else { continue };
        for e in edges(code, i) {
            if e.to < len && at[e.to].is_none() {
                at[e.to] = Some(apply(&stack, &e.effect));
                work.push(e.to);
            }
        }
    }
    at
}

/// The locals op `op` reads and the local it assigns. `DeleteFast` counts as a read (it
/// fails on an unbound local, so the value matters until then).
fn local_access(op: Op) -> (Vec<usize>, Option<usize>) {
    match op {
        Op::LoadFast(a) | Op::DeleteFast(a) => (vec![a as usize], None),
        Op::LoadFast2(a, b) => (vec![a as usize, b as usize], None),
        Op::LoadFastConst(a, _) => (vec![a as usize], None),
        Op::StoreFast(a) => (vec![], Some(a as usize)),
        _ => (vec![], None),
    }
}

/// For each op, the locals the frame keeps across it if it suspends there.
///
/// The approximation: a local is kept when it *may* be assigned on some path from the
/// start to the op (parameters are assigned at the start) and *may* be read on some
/// path from one of the op's edges (its resume point or its exception handler) before
/// being assigned again. Both are dataflow passes over [`edges`], so loops and jumps
/// count; cells (captured variables) live in the frame regardless and are listed apart.
fn kept_locals(code: &Code) -> Vec<Vec<usize>> {
    let len = code.ops.len();
    let nvars = code.varnames.len();
    let succ: Vec<Vec<usize>> = (0..len)
        .map(|i| {
            edges(code, i)
                .into_iter()
                .map(|e| e.to)
                .filter(|&t| t < len)
                .collect()
        })
        .collect();
    let access: Vec<_> = code.ops.iter().map(|&op| local_access(op)).collect();

    // Forward: may be assigned on entry to op i.
    let params = code.argcount
        + code.kwonlyargcount
        + usize::from(code.flags & flags::VARARGS != 0)
        + usize::from(code.flags & flags::VARKEYWORDS != 0);
    let mut assigned = vec![vec![false; nvars]; len];
    if len > 0 {
        assigned[0].iter_mut().take(params).for_each(|a| *a = true);
    }
    let mut work: Vec<usize> = (0..len).collect();
    while let Some(i) = work.pop() {
        let mut out = assigned[i].clone();
        if let Some(a) = access[i].1.filter(|&a| a < nvars) {
            out[a] = true;
        }
        for &t in &succ[i] {
            let mut changed = false;
            for v in 0..nvars {
                if out[v] && !assigned[t][v] {
                    assigned[t][v] = true;
                    changed = true;
                }
            }
            if changed {
                work.push(t);
            }
        }
    }

    // Backward: live on entry to op i, until nothing changes.
    let mut live_in = vec![vec![false; nvars]; len];
    let live_out = |live_in: &[Vec<bool>], i: usize| {
        let mut out = vec![false; nvars];
        for &t in &succ[i] {
            for v in 0..nvars {
                out[v] |= live_in[t][v];
            }
        }
        out
    };
    let mut changed = true;
    while changed {
        changed = false;
        for i in (0..len).rev() {
            let mut now = live_out(&live_in, i);
            if let Some(a) = access[i].1.filter(|&a| a < nvars) {
                now[a] = false;
            }
            for &u in access[i].0.iter().filter(|&&u| u < nvars) {
                now[u] = true;
            }
            if now != live_in[i] {
                live_in[i] = now;
                changed = true;
            }
        }
    }

    (0..len)
        .map(|i| {
            let out = live_out(&live_in, i);
            (0..nvars).filter(|&v| assigned[i][v] && out[v]).collect()
        })
        .collect()
}

/// The notes under a `YIELD_VALUE` at op `i` that resumes at op `to`: what the frame
/// keeps (the locals `kept`, the stack on entry to the yield minus the value yielded),
/// then where it resumes and what the sent value becomes.
fn suspension_notes(
    code: &Code,
    i: usize,
    to: usize,
    stack: &[Slot],
    kept: &[usize],
) -> [String; 2] {
    let mut locals: Vec<String> = kept
        .iter()
        .map(|&v| local_name(code, v).to_string())
        .collect();
    let cells: Vec<&str> = code
        .cellvars
        .iter()
        .chain(code.freevars.iter())
        .map(|c| &**c)
        .collect();
    let mut keeps = match locals.len() {
        0 => "no locals".to_string(),
        1 => format!("the local {}", locals.remove(0)),
        _ => format!("the locals {}", locals.join(", ")),
    };
    match cells.len() {
        0 => {}
        1 => keeps.push_str(&format!(" (and the cell {})", cells[0])),
        _ => keeps.push_str(&format!(" (and the cells {})", cells.join(", "))),
    }
    let held = &stack[..stack.len().saturating_sub(1)];
    let on_stack = if held.is_empty() {
        "nothing".to_string()
    } else {
        describe_stack(held)
    };
    let resume = match code.ops[i] {
        Op::YieldValue(1) => format!(
            "resumes at {to}, back to SEND: it resumes by sending to the delegate again \
             (`send(v)` passes v on)"
        ),
        Op::YieldValue(2) => {
            format!("resumes at {to}; the value sent is discarded (a `yield` statement)")
        }
        _ => {
            let stored = match code.ops.get(to) {
                Some(Op::StoreFast(v)) => {
                    format!(", stored in {}", local_name(code, *v as usize))
                }
                _ => String::new(),
            };
            format!(
                "resumes at {to}; `send(v)` makes v the value of the `yield` expression{stored}"
            )
        }
    };
    let thrown = match code.handler_for(i) {
        Some(h) => format!(
            "; `throw()` or `close()` here goes to the handler at {}",
            h.target
        ),
        None => String::new(),
    };
    [
        format!("suspended: the frame keeps {keeps}; on the stack: {on_stack}"),
        format!("{resume}{thrown}"),
    ]
}

/// Lines as a phrase: "line 3", "lines 3, 5".
fn lines_phrase(lines: &[usize]) -> String {
    let texts: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    match texts.len() {
        1 => format!("line {}", texts[0]),
        _ => format!("lines {}", texts.join(", ")),
    }
}

/// What kind of code object `code` is, and for a generator why it is one.
fn kind(code: &Code) -> String {
    if code.is_generator() {
        use crate::objects::generator::GenKind;
        let what = match code.gen_kind() {
            GenKind::Coroutine => "a coroutine",
            GenKind::AsyncGenerator => "an async generator",
            GenKind::Generator | GenKind::IterableCoroutine => "a generator",
        };
        if &*code.name == "<genexpr>" {
            return format!("{what} expression");
        }
        let (mut yields, mut froms) = (Vec::new(), Vec::new());
        for (i, op) in code.ops.iter().enumerate() {
            let lines = match op {
                Op::YieldValue(1) => &mut froms,
                Op::YieldValue(_) => &mut yields,
                _ => continue,
            };
            let line = code.line_of_op(i);
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
        let mut why = Vec::new();
        if !yields.is_empty() {
            why.push(format!("`yield` on {}", lines_phrase(&yields)));
        }
        if !froms.is_empty() {
            let delegation = match code.gen_kind() {
                GenKind::Coroutine | GenKind::AsyncGenerator => "`await`",
                GenKind::Generator | GenKind::IterableCoroutine => "`yield from`",
            };
            why.push(format!("{delegation} on {}", lines_phrase(&froms)));
        }
        if why.is_empty() {
            return what.into();
        }
        return format!("{what}: {}", why.join(", "));
    }
    match &*code.name {
        "<module>" => "a module".into(),
        "<lambda>" => "a lambda".into(),
        "<listcomp>" => "a list comprehension".into(),
        "<setcomp>" => "a set comprehension".into(),
        "<dictcomp>" => "a dict comprehension".into(),
        _ if code.flags & flags::CLASS_BODY != 0 => "a class body".into(),
        _ => "a function".into(),
    }
}

/// One listing line: the jump-target mark, the index (or `--` for a pseudo-op), the text.
fn row(out: &mut String, mark: &str, index: &str, text: &str) {
    out.push_str(&format!("     {mark:>2} {index:>4} {text}\n"));
}

/// A note under an op, indented past the index column.
fn note(out: &mut String, text: &str) {
    out.push_str(&format!("{:15}{text}\n", ""));
}

/// A source line before the first op compiled from it.
fn source_line(out: &mut String, code: &Code, line: usize) {
    out.push_str(&format!(
        "{line:>4}: {}\n",
        code.source.line_text(line).trim()
    ));
}

/// True when op `i` starts the `return None` the compiler adds at the end of every
/// body, which has the line of the `def` (or line 1 for a module).
fn implicit_return(code: &Code, i: usize) -> bool {
    i + 2 == code.ops.len()
        && code.ops[i + 1] == Op::ReturnValue
        && matches!(code.ops[i], Op::LoadConst(c)
            if matches!(code.consts.get(c as usize), Some(Value::None)))
}

/// Every op index some jump or exception handler goes to.
fn jump_targets(code: &Code) -> Vec<bool> {
    let mut targets = vec![false; code.ops.len() + 1];
    for (i, op) in code.ops.iter().enumerate() {
        let fall = i + match op {
            Op::LoadFast2(..)
            | Op::LoadFastConst(..)
            | Op::CompareJumpIfFalse(..)
            | Op::YieldValue(2) => 2,
            _ => 1,
        };
        for e in edges(code, i) {
            if e.to != fall && e.to < targets.len() {
                targets[e.to] = true;
            }
        }
    }
    targets
}

/// A whole code object and, after it, every code object among its constants.
pub fn disassemble(code: &Code) -> String {
    let mut out = format!(
        "Disassembly of <code object {} (line {})>: {}\n",
        code.qualname,
        code.first_line,
        kind(code)
    );
    let stacks = stacks(code);
    let kept = if code.is_generator() {
        kept_locals(code)
    } else {
        Vec::new()
    };
    let targets = jump_targets(code);
    let mut last_line = 0;
    if code.is_generator() {
        source_line(&mut out, code, code.first_line);
        last_line = code.first_line;
        row(
            &mut out,
            "",
            "--",
            &described(
                "RETURN_GENERATOR",
                0,
                &if &*code.name == "<genexpr>" {
                    "pseudo-op: evaluating the generator expression creates the generator \
                     here; no code runs yet"
                        .to_string()
                } else {
                    format!(
                        "pseudo-op: calling {} creates the generator here; no code runs yet",
                        code.name
                    )
                },
            ),
        );
        row(
            &mut out,
            "",
            "--",
            &described("RESUME", 0, "pseudo-op: the first next() starts at 0"),
        );
    }
    for i in 0..code.ops.len() {
        if fused_nop(code, i) {
            continue;
        }
        let line = code.line_of_op(i);
        if line != last_line && implicit_return(code, i) && line == code.first_line {
            out.push_str(&format!(
                "{line:>4}: (the implicit `return None` at the end of the body)\n"
            ));
            last_line = line;
        } else if line != last_line {
            source_line(&mut out, code, line);
            last_line = line;
        }
        let mark = if targets[i] { ">>" } else { "" };
        row(&mut out, mark, &i.to_string(), &op_text(code, i));
        if let Op::YieldValue(n) = code.ops[i] {
            let stack = stacks[i].as_deref().unwrap_or_default();
            let to = edges(code, i).first().map_or(i + 1, |e| e.to);
            let keeps = kept.get(i).map_or(&[][..], |k| k);
            for text in suspension_notes(code, i, to, stack, keeps) {
                note(&mut out, &text);
            }
            let arg = if n == 1 { 2 } else { 1 };
            row(
                &mut out,
                "",
                "--",
                &described(
                    "RESUME",
                    arg,
                    &format!("pseudo-op: execution continues at {to}"),
                ),
            );
        }
    }
    if !code.exc_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exc_table {
            out.push_str(&format!(
                "  {} to {} -> {} [{}]\n",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth
            ));
        }
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::{compile_source, Mode};
    use std::rc::Rc;

    /// The first function code object compiled from `src`.
    fn function(src: &str) -> Rc<Code> {
        let module = compile_source(src, "<test>", Mode::Exec).expect("compiles");
        module
            .consts
            .iter()
            .find_map(|c| match c {
                Value::Code(c) => Some(c.clone()),
                _ => None,
            })
            .expect("a function")
    }

    /// The stack on entry to the first `YieldValue` of `code`, and its index.
    fn at_yield(code: &Code) -> (usize, Vec<Slot>) {
        let i = code
            .ops
            .iter()
            .position(|op| matches!(op, Op::YieldValue(_)))
            .expect("a yield");
        (i, stacks(code)[i].clone().expect("reachable"))
    }

    #[test]
    fn straight_line_code_ends_with_one_value_returned() {
        let code = function("def f(a, b):\n    return a + b * 2\n");
        let s = stacks(&code);
        let ret = code
            .ops
            .iter()
            .position(|op| *op == Op::ReturnValue)
            .expect("return");
        assert_eq!(s[0].as_deref(), Some(&[][..]));
        assert_eq!(s[ret].as_ref().map(Vec::len), Some(1));
    }

    #[test]
    fn a_yield_in_a_for_keeps_the_iterator() {
        let code = function("def g(xs):\n    for x in xs:\n        yield x\n");
        let (_, stack) = at_yield(&code);
        assert_eq!(stack, vec![Slot::Iterator(2), Slot::Partial(3)]);
    }

    #[test]
    fn yield_from_keeps_the_delegate() {
        let code = function("def g(xs):\n    r = yield from xs\n");
        let (_, stack) = at_yield(&code);
        assert_eq!(stack, vec![Slot::Delegate(2), Slot::Partial(2)]);
    }

    #[test]
    fn a_yield_inside_a_call_keeps_the_half_built_call() {
        let code = function("def g():\n    print(1, (yield 2))\n");
        let (_, stack) = at_yield(&code);
        assert_eq!(stack, vec![Slot::Partial(2); 3]);
        assert_eq!(
            describe_stack(&stack[..2]),
            "2 values of a half-built expression (line 2)"
        );
    }

    #[test]
    fn the_stack_after_a_handler_starts_with_the_exception() {
        let code = function("def g():\n    try:\n        yield 1\n    finally:\n        pass\n");
        let handler = code.exc_table[0].target as usize;
        assert_eq!(stacks(&code)[handler], Some(vec![Slot::Exception]));
    }

    #[test]
    fn kept_locals_are_assigned_before_and_read_after() {
        let code = function(
            "def g(a, unused):\n    b = a + 1\n    c = 0\n    yield\n    c = 5\n    return b + c\n",
        );
        let (i, _) = at_yield(&code);
        let names: Vec<&str> = kept_locals(&code)[i]
            .iter()
            .map(|&v| local_name(&code, v))
            .collect();
        assert_eq!(names, vec!["b"]);
    }

    #[test]
    fn a_loop_keeps_what_the_next_iteration_reads() {
        let code =
            function("def g(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n");
        let (i, _) = at_yield(&code);
        let names: Vec<&str> = kept_locals(&code)[i]
            .iter()
            .map(|&v| local_name(&code, v))
            .collect();
        assert_eq!(names, vec!["n", "i"]);
    }

    #[test]
    fn fused_nops_are_hidden_and_jump_targets_marked() {
        let code = function("def g(n):\n    while n > 0:\n        n -= 1\n");
        let listing = disassemble(&code);
        assert!(!listing.contains("NOP"), "{listing}");
        assert!(
            listing.contains(">>    0 LOAD_FAST__LOAD_CONST"),
            "{listing}"
        );
    }
}
