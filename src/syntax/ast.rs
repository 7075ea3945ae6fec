//! The abstract syntax tree: what the parser produces and the compiler consumes.
//!
//! Every statement and expression carries a byte [`Span`] into the source, so the
//! compiler can attach a location to each op it emits and diagnostics can point at
//! the exact expression.

use num_bigint::BigInt;

pub use crate::source::Span;

/// A node with its source span.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    /// The node itself.
    pub node: T,
    /// Where it is in the source.
    pub span: Span,
}

/// An expression with its span.
pub type Expr = Spanned<ExprKind>;
/// A statement with its span.
pub type Stmt = Spanned<StmtKind>;

/// A whole source file (or REPL input, or `-c` string).
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// Top-level statements in order.
    pub body: Vec<Stmt>,
}

/// A statement.
///
/// Fields are named as in CPython's `ast` module; each variant's doc shows the syntax.
#[derive(Clone, Debug, PartialEq)]
#[allow(missing_docs)]
pub enum StmtKind {
    /// An expression evaluated for its effect (`f(x)`, `yield v`).
    Expr(Expr),
    /// `t1 = t2 = value`: every target receives the same value, left to right.
    Assign { targets: Vec<Expr>, value: Expr },
    /// `target op= value`.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; the annotation is evaluated only at module/class level.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    /// `if test: body elif ...: ... else: orelse` (an `elif` is a nested `If` in `orelse`).
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `while test: body else: orelse`.
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for target in iter: body else: orelse` (`async for` when `is_async`).
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `pass`.
    Pass,
    /// `def name(params): body`, with decorators.
    FunctionDef(Box<FunctionDef>),
    /// `class name(bases, keywords): body`, with decorators.
    ClassDef(Box<ClassDef>),
    /// `return [value]`.
    Return(Option<Expr>),
    /// `global a, b`.
    Global(Vec<String>),
    /// `nonlocal a, b`.
    Nonlocal(Vec<String>),
    /// `del t1, t2`.
    Delete(Vec<Expr>),
    /// `try: body except ...: ... else: orelse finally: finalbody`.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `raise [exc [from cause]]`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `assert test[, msg]`.
    Assert { test: Expr, msg: Option<Expr> },
    /// `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from module import a, b as c` (`names` is empty for `import *`, see `star`);
    /// `from ..m import x` has `level` 2 and `module` "m" (empty in `from . import x`).
    ImportFrom {
        module: String,
        level: u32,
        names: Vec<Alias>,
        star: bool,
    },
    /// `with a as x, b: body` (`async with` when `is_async`).
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
}

/// A `def` statement (also used for the body of a lambda by the compiler).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    /// The function's name.
    pub name: String,
    /// Span of the name in the `def` line.
    pub name_span: Span,
    /// The parameter list.
    pub params: Params,
    /// The statements of the body.
    pub body: Vec<Stmt>,
    /// Decorator expressions, outermost first (as written top to bottom).
    pub decorators: Vec<Expr>,
    /// The return annotation, if any (evaluated, then ignored).
    pub returns: Option<Expr>,
    /// `async def`: calling the function makes a coroutine (or an async generator).
    pub is_async: bool,
}

/// A `class` statement.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    /// The class's name.
    pub name: String,
    /// Span of the name in the `class` line.
    pub name_span: Span,
    /// Base class expressions.
    pub bases: Vec<Expr>,
    /// Keyword arguments in the class line (`metaclass=...`).
    pub keywords: Vec<Keyword>,
    /// The statements of the class body.
    pub body: Vec<Stmt>,
    /// Decorator expressions, outermost first.
    pub decorators: Vec<Expr>,
}

/// A parameter list: `def f(a, b=1, /, c=2, *args, d, e=3, **kw)`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params {
    /// Positional parameters, positional-only ones first.
    pub args: Vec<Param>,
    /// How many of `args` are positional-only (before `/`).
    pub posonly: usize,
    /// `*args`, if present.
    pub vararg: Option<Param>,
    /// Keyword-only parameters (after `*` or `*args`).
    pub kwonly: Vec<Param>,
    /// `**kwargs`, if present.
    pub kwarg: Option<Param>,
}

/// One parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// The parameter's name.
    pub name: String,
    /// Default value expression, evaluated at `def` time.
    pub default: Option<Expr>,
    /// Annotation expression (ignored).
    pub annotation: Option<Expr>,
    /// Span of the parameter.
    pub span: Span,
}

/// One `except` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// The exception type expression; `None` for a bare `except:`.
    pub typ: Option<Expr>,
    /// The name in `except E as name`.
    pub name: Option<String>,
    /// The handler's statements.
    pub body: Vec<Stmt>,
    /// Span of the `except ...:` line.
    pub span: Span,
    /// `except*` (the handler of an exception group's matching part).
    pub star: bool,
}

/// A name in an import statement: `name [as asname]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// The dotted name imported.
    pub name: String,
    /// The local name it is bound to, if renamed.
    pub asname: Option<String>,
    /// Span of the alias.
    pub span: Span,
}

/// One item of a `with` statement.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context: Expr,
    /// The `as` target, if any.
    pub target: Option<Expr>,
}

/// A keyword argument `name=value` (in calls and class lines).
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The keyword.
    pub name: String,
    /// The value.
    pub value: Expr,
}

/// One argument in a call.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// `f(x)`.
    Positional(Expr),
    /// `f(*xs)`.
    Starred(Expr),
    /// `f(name=x)`.
    Keyword(Keyword),
    /// `f(**kw)`.
    DoubleStarred(Expr),
}

/// One `for ... in ... if ...` clause of a comprehension or generator expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// The loop target.
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// The `if` conditions, in order.
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
}

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    /// Literal text (escapes and `{{`/`}}` already processed).
    Literal(String),
    /// A replacement field `{expr!conv:spec}`.
    Field {
        /// The expression.
        expr: Box<Expr>,
        /// `'r'`, `'s'` or `'a'` after `!`.
        conversion: Option<char>,
        /// The format spec after `:`, itself a sequence of parts (it may contain fields).
        spec: Vec<FStringPart>,
        /// For `{expr=}`: the literal text `expr=` to print before the value.
        debug_text: Option<String>,
    },
}

/// Binary operators (also used by augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `@`
    MatMul,
    /// `/`
    Div,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `~x`
    Invert,
    /// `not x`
    Not,
}

/// Short-circuit boolean operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    /// `and`
    And,
    /// `or`
    Or,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

/// An expression.
///
/// Fields are named as in CPython's `ast` module; each variant's doc shows the syntax.
#[derive(Clone, Debug, PartialEq)]
#[allow(missing_docs)]
pub enum ExprKind {
    /// A variable reference (or assignment target).
    Name(String),
    /// An integer literal of any size.
    Int(BigInt),
    /// A float literal.
    Float(f64),
    /// An imaginary literal like `2j`.
    Imaginary(f64),
    /// A string literal (adjacent literals already concatenated).
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// An f-string (possibly concatenated with plain strings around it).
    FString(Vec<FStringPart>),
    /// `True`.
    True,
    /// `False`.
    False,
    /// `None`.
    None,
    /// `...`.
    Ellipsis,
    /// `left op right`.
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    /// `op operand`.
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `a and b and c` / `a or b`.
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `a < b <= c`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `lambda params: body`.
    Lambda {
        params: Box<Params>,
        body: Box<Expr>,
    },
    /// `func(args)`.
    Call { func: Box<Expr>, args: Vec<Arg> },
    /// `value.attr`.
    Attribute { value: Box<Expr>, attr: String },
    /// `value[index]` (a slice index is an `ExprKind::Slice`; `a[1:2, 3]` is a Tuple of them).
    Subscript { value: Box<Expr>, index: Box<Expr> },
    /// `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `*value` in a display or an assignment target.
    Starred(Box<Expr>),
    /// `target := value`.
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    /// `pattern as name`, valid only inside a `case` pattern (the parser accepts it
    /// in parentheses, brackets, call arguments and dict values; the compiler
    /// refuses it anywhere else, at `as_span`).
    MatchAs {
        pattern: Box<Expr>,
        name: String,
        as_span: Span,
    },
    /// `(a, b)` or `a, b`.
    Tuple(Vec<Expr>),
    /// `[a, b]`.
    List(Vec<Expr>),
    /// `{a, b}`.
    Set(Vec<Expr>),
    /// `{k: v, **m}`; a `None` key means `**value`.
    Dict(Vec<(Option<Expr>, Expr)>),
    /// `[elt for ...]`.
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`.
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`.
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`: a lazy generator object.
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `yield [value]` (as an expression; a statement wraps it in `StmtKind::Expr`).
    Yield(Option<Box<Expr>>),
    /// `yield from value`.
    YieldFrom(Box<Expr>),
    /// `await value` (not supported: compiles to NotImplementedError).
    Await(Box<Expr>),
}
