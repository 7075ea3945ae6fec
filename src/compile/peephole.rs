//! A peephole pass over finished code: fuses hot op pairs into superinstructions.

use crate::objects::code::Op;

/// Peephole pass: fuses hot op pairs into superinstructions, leaving a `Nop` in the
/// second slot so no jump target or line-table index moves. A pair is fused only when
/// nothing jumps to its second op and both ops have the same exception handler.
pub(super) fn fuse_ops(ops: &mut [Op], handler_of_op: &[Option<usize>]) {
    let mut targets = vec![false; ops.len() + 1];
    for op in ops.iter() {
        if let Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::Send(t) = *op
        {
            targets[t as usize] = true;
        }
    }
    let mut i = 0;
    while i + 1 < ops.len() {
        if targets[i + 1] || handler_of_op[i] != handler_of_op[i + 1] {
            i += 1;
            continue;
        }
        let fused = match (ops[i], ops[i + 1]) {
            (Op::LoadFast(a), Op::LoadFast(b)) if a <= u16::MAX as u32 && b <= u16::MAX as u32 => {
                Some(Op::LoadFast2(a as u16, b as u16))
            }
            (Op::LoadFast(a), Op::LoadConst(c)) if a <= u16::MAX as u32 && c <= u16::MAX as u32 => {
                Some(Op::LoadFastConst(a as u16, c as u16))
            }
            (Op::Compare(c), Op::PopJumpIfFalse(t)) => Some(Op::CompareJumpIfFalse(c, t)),
            (Op::YieldValue(0), Op::Pop) => Some(Op::YieldValue(2)),
            _ => None,
        };
        match fused {
            Some(op) => {
                ops[i] = op;
                ops[i + 1] = Op::Nop;
                i += 2;
            }
            None => i += 1,
        }
    }
}
