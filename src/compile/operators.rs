//! The parser's operators mapped onto the bytecode's own (`objects::operator`), so the
//! layers below the compiler never name the syntax tree.

use crate::objects::operator as op;
use crate::syntax::ast;

impl From<ast::BinOp> for op::BinOp {
    fn from(o: ast::BinOp) -> op::BinOp {
        use ast::BinOp as A;
        match o {
            A::Add => op::BinOp::Add,
            A::Sub => op::BinOp::Sub,
            A::Mul => op::BinOp::Mul,
            A::MatMul => op::BinOp::MatMul,
            A::Div => op::BinOp::Div,
            A::FloorDiv => op::BinOp::FloorDiv,
            A::Mod => op::BinOp::Mod,
            A::Pow => op::BinOp::Pow,
            A::LShift => op::BinOp::LShift,
            A::RShift => op::BinOp::RShift,
            A::BitOr => op::BinOp::BitOr,
            A::BitXor => op::BinOp::BitXor,
            A::BitAnd => op::BinOp::BitAnd,
        }
    }
}

impl From<ast::UnaryOp> for op::UnaryOp {
    fn from(o: ast::UnaryOp) -> op::UnaryOp {
        match o {
            ast::UnaryOp::Neg => op::UnaryOp::Neg,
            ast::UnaryOp::Pos => op::UnaryOp::Pos,
            ast::UnaryOp::Invert => op::UnaryOp::Invert,
            ast::UnaryOp::Not => op::UnaryOp::Not,
        }
    }
}

impl From<ast::CmpOp> for op::CmpOp {
    fn from(o: ast::CmpOp) -> op::CmpOp {
        use ast::CmpOp as A;
        match o {
            A::Eq => op::CmpOp::Eq,
            A::NotEq => op::CmpOp::NotEq,
            A::Lt => op::CmpOp::Lt,
            A::LtE => op::CmpOp::LtE,
            A::Gt => op::CmpOp::Gt,
            A::GtE => op::CmpOp::GtE,
            A::Is => op::CmpOp::Is,
            A::IsNot => op::CmpOp::IsNot,
            A::In => op::CmpOp::In,
            A::NotIn => op::CmpOp::NotIn,
        }
    }
}
