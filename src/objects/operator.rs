//! The bytecode's operators: what `Binary`, `Inplace`, `Unary` and `Compare` ops carry.
//!
//! These are the VM's own enums, not the parser's: the compiler maps each AST operator
//! onto one of them, so nothing below the compiler names the syntax tree
//! (docs/architecture.md, "Layers"). Each knows its symbol and its special methods.

/// An arithmetic or bitwise operator (also the in-place form of augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`, `__add__`
    Add,
    /// `-`, `__sub__`
    Sub,
    /// `*`, `__mul__`
    Mul,
    /// `@`, `__matmul__`
    MatMul,
    /// `/`, `__truediv__`
    Div,
    /// `//`, `__floordiv__`
    FloorDiv,
    /// `%`, `__mod__`
    Mod,
    /// `**`, `__pow__`
    Pow,
    /// `<<`, `__lshift__`
    LShift,
    /// `>>`, `__rshift__`
    RShift,
    /// `|`, `__or__`
    BitOr,
    /// `^`, `__xor__`
    BitXor,
    /// `&`, `__and__`
    BitAnd,
}

impl BinOp {
    /// The operator's symbol, as in error messages and `dis` (`+`, `//`).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }

    /// The special method and its reflected twin (`__add__`, `__radd__`).
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__"),
            BinOp::Sub => ("__sub__", "__rsub__"),
            BinOp::Mul => ("__mul__", "__rmul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__"),
            BinOp::Div => ("__truediv__", "__rtruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__"),
            BinOp::Pow => ("__pow__", "__rpow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__"),
            BinOp::BitOr => ("__or__", "__ror__"),
            BinOp::BitXor => ("__xor__", "__rxor__"),
            BinOp::BitAnd => ("__and__", "__rand__"),
        }
    }
}

/// A unary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`, `__neg__`
    Neg,
    /// `+x`, `__pos__`
    Pos,
    /// `~x`, `__invert__`
    Invert,
    /// `not x` (truth, no special method of its own)
    Not,
}

impl UnaryOp {
    /// The operator's symbol, as in `bad operand type for unary -`.
    pub fn symbol(self) -> &'static str {
        match self {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
            UnaryOp::Not => "not",
        }
    }
}

/// A comparison, identity test or membership test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`, `__eq__`
    Eq,
    /// `!=`, `__ne__`
    NotEq,
    /// `<`, `__lt__`
    Lt,
    /// `<=`, `__le__`
    LtE,
    /// `>`, `__gt__`
    Gt,
    /// `>=`, `__ge__`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`, `__contains__` of the right operand
    In,
    /// `not in`
    NotIn,
}

impl CmpOp {
    /// The operator's symbol, as in error messages and `dis` (`<=`, `not in`).
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}
