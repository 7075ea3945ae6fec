//! Code objects: the bytecode the compiler emits and the VM runs, with a span per op
//! (the line table) and a zero-cost exception table (docs/architecture.md).

use std::rc::Rc;

use crate::objects::generator::GenKind;
use crate::objects::operator::{BinOp, CmpOp, UnaryOp};
use crate::objects::Value;
use crate::source::SourceFile;
use crate::source::Span;

/// One bytecode instruction with its inline operand.
///
/// Stack notation in the docs: `[a, b]` means `b` is on top.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// Does nothing.
    Nop,
    /// Discards the top of the stack.
    Pop,
    /// Pushes a copy of the n-th item from the top (1 = top).
    Copy(u32),
    /// Swaps the top with the n-th item from the top.
    Swap(u32),
    /// Pushes `consts[i]`.
    LoadConst(u32),
    /// Pushes local `i`; UnboundLocalError if unbound.
    LoadFast(u32),
    /// Pops into local `i`.
    StoreFast(u32),
    /// Unbinds local `i`.
    DeleteFast(u32),
    /// Pushes the value in cell `i` (cellvars then freevars).
    LoadDeref(u32),
    /// Pops into cell `i`.
    StoreDeref(u32),
    /// Empties cell `i`.
    DeleteDeref(u32),
    /// Pushes cell `i` itself (to build a closure).
    LoadClosure(u32),
    /// Pushes global `names[i]` (then builtins); NameError if missing.
    LoadGlobal(u32),
    /// Pops into global `names[i]`.
    StoreGlobal(u32),
    /// Deletes global `names[i]`.
    DeleteGlobal(u32),
    /// Class-body lookup of `names[i]`: class namespace, then globals, then builtins.
    LoadName(u32),
    /// Pops into the class namespace.
    StoreName(u32),
    /// Deletes from the class namespace.
    DeleteName(u32),
    /// `[obj] -> [obj.names[i]]`.
    LoadAttr(u32),
    /// `[value, obj] -> []`, sets `obj.names[i] = value`.
    StoreAttr(u32),
    /// `[obj] -> []`, deletes `obj.names[i]`.
    DeleteAttr(u32),
    /// `[obj] -> [method, self]` or `[attr, Undef]`; avoids allocating a bound method.
    LoadMethod(u32),
    /// `[method, self|Undef, args...] -> [result]` with n positional args.
    CallMethod(u32),
    /// `[obj, key] -> [obj[key]]`.
    Subscr,
    /// `[value, obj, key] -> []`.
    StoreSubscr,
    /// `[obj, key] -> []`.
    DeleteSubscr,
    /// `[start, stop(, step)] -> [slice]` with 2 or 3 items.
    BuildSlice(u32),
    /// `[a, b] -> [a op b]`.
    Binary(BinOp),
    /// `[a, b] -> [a op= b]` (in place for mutable sequences).
    Inplace(BinOp),
    /// `[a] -> [op a]`.
    Unary(UnaryOp),
    /// `[a, b] -> [a cmp b]`.
    Compare(CmpOp),
    /// Jumps to op `i`.
    Jump(u32),
    /// Pops; jumps if false.
    PopJumpIfFalse(u32),
    /// Pops; jumps if true.
    PopJumpIfTrue(u32),
    /// Jumps if the top is false, else pops it (`and`).
    JumpIfFalseOrPop(u32),
    /// Jumps if the top is true, else pops it (`or`).
    JumpIfTrueOrPop(u32),
    /// `[iterable] -> [iterator]`.
    GetIter,
    /// `[it] -> [it, next]`, or pops `it` and jumps to `i` when exhausted.
    ForIter(u32),
    /// Builds a tuple of the top n items.
    BuildTuple(u32),
    /// Builds a list of the top n items.
    BuildList(u32),
    /// Builds a set of the top n items.
    BuildSet(u32),
    /// Builds a dict of the top 2n items (key, value pairs).
    BuildMap(u32),
    /// Concatenates the top n strs (f-strings).
    BuildString(u32),
    /// `[list, ..., v] -> [list, ...]` appending v to the list n-th from the top.
    ListAppend(u32),
    /// Adds v to the set n-th from the top.
    SetAdd(u32),
    /// `[.., dict, ..., k, v]` stores k: v in the dict n-th from the top.
    MapAdd(u32),
    /// Extends the list n-th from the top with an iterable.
    ListExtend(u32),
    /// Updates the set n-th from the top with an iterable.
    SetUpdate(u32),
    /// Updates the dict n-th from the top with a mapping (`{**m}`, `f(**m)`).
    DictUpdate(u32),
    /// Like `DictUpdate` for call keywords: a repeated key is a TypeError naming the
    /// function (`[f, args, kwargs, ..., mapping]`).
    DictMerge(u32),
    /// `[list] -> [tuple]`.
    ListToTuple,
    /// Formats a value for an f-string: operand bits 0-1 conversion (0 none, 1 str,
    /// 2 repr, 3 ascii), bit 2 a spec str is on top.
    FormatValue(u32),
    /// `[seq] -> [item n-1, ..., item 0]` (item 0 on top).
    UnpackSequence(u32),
    /// Unpacking with a star: low byte = targets before, high byte = after.
    UnpackEx(u32),
    /// `[f, args...] -> [f(args)]` with n positional args.
    Call(u32),
    /// `[f, args..., kwnames] -> [result]`: n args, the last len(kwnames) by keyword.
    CallKw(u32),
    /// `[f, args_tuple(, kwargs_dict)] -> [result]`; operand 1 when a dict is present.
    CallEx(u32),
    /// Makes a function from `[defaults?, kwdefaults?, annotations?, closure?, code]`
    /// (flags 1, 2, 4, 8).
    MakeFunction(u32),
    /// Pushes the builtin `__build_class__`.
    LoadBuildClass,
    /// Returns the top of the stack to the caller.
    ReturnValue,
    /// Suspends the generator, yielding the top; operand 1 inside `yield from`, 2 for a
    /// `yield` statement whose sent value is discarded (the `Nop` after it is skipped).
    YieldValue(u32),
    /// `[sub, v] -> [sub, yielded]` or `[result]` and jump to `i` when `sub` returns.
    Send(u32),
    /// `[iterable] -> [iterator]` for `yield from` (generators stay as they are).
    GetYieldFromIter,
    /// `[exc] -> [prev_handled, exc]`, making exc the handled exception.
    PushExcInfo,
    /// `[prev] -> []`, restoring the handled exception.
    PopExcept,
    /// `[exc, type] -> [exc, matches]`.
    CheckExcMatch,
    /// `[rest, type] -> [rest', match]` for an `except*` clause: the part of `rest` (a
    /// group, or a naked exception, which matches wrapped in a group) that matches
    /// `type` and the part that does not, None where empty; a match becomes the
    /// handled exception.
    CheckEgMatch,
    /// `[orig, excs] -> [exc]` after the `except*` clauses: from the exceptions the
    /// clauses raised and the unmatched rest (a list, with Nones), what to raise (the
    /// re-raised parts of `orig` nested as in it, with the new ones in a group), or
    /// None.
    PrepReraiseStar,
    /// Re-raises the exception on top (no new traceback entry).
    Reraise,
    /// `[prev, exc] -> raise exc` after restoring prev (cleanup of a handler).
    PopExceptReraise,
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    RaiseVarargs(u32),
    /// `[mgr] -> [exit, enter_result]`.
    BeforeWith,
    /// `[mgr] -> [aexit, aenter_result]` for `async with` (the result is awaited next).
    BeforeAsyncWith,
    /// `[obj] -> [iterator]` for `await`: a coroutine, or what `obj.__await__()` returns;
    /// the operand says where `obj` came from (0 `await`, 1 `__aenter__`, 2 `__aexit__`).
    GetAwaitable(u32),
    /// `[obj] -> [obj.__aiter__()]` for `async for`.
    GetAIter,
    /// `[aiter] -> [aiter, awaitable]`: the awaitable of `aiter.__anext__()`.
    GetANext,
    /// `[aiter, exc] -> []` when `exc` is a StopAsyncIteration (the `async for` ends);
    /// otherwise re-raises `exc`.
    EndAsyncFor,
    /// `[exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]`.
    WithExceptStart,
    /// `[level, fromlist] -> [module]`: imports module `names[i]` (relative to the
    /// current package when `level` > 0); pushes the top-level package for a plain
    /// `import a.b` (fromlist None), the module itself otherwise.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]`, falling back to the submodule
    /// `sys.modules["module.name"]`.
    ImportFrom(u32),
    /// `[module] -> []`, copying the names of `__all__` (or the public names) into the
    /// current namespace.
    ImportStar,
    /// REPL: prints the repr of the top (if not None) and pops it.
    PrintExpr,
    /// Pushes the AssertionError class.
    LoadAssertionError,
    /// Superinstruction: `LoadFast(a); LoadFast(b)` (the next op is a `Nop` it skips).
    LoadFast2(u16, u16),
    /// Superinstruction: `LoadFast(a); LoadConst(c)` (skips the `Nop` after it).
    LoadFastConst(u16, u16),
    /// Superinstruction: `Compare(op); PopJumpIfFalse(i)` (skips the `Nop` after it).
    CompareJumpIfFalse(CmpOp, u32),
}

/// Code flags.
pub mod flags {
    /// The function takes `*args`.
    pub const VARARGS: u32 = 1;
    /// The function takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 2;
    /// Calling the function creates a generator.
    pub const GENERATOR: u32 = 4;
    /// The code is a class body (names live in a namespace dict).
    pub const CLASS_BODY: u32 = 8;
    /// `consts[0]` is the docstring.
    pub const DOCSTRING: u32 = 16;
    /// An `async def` without `yield`: calling it creates a coroutine (with GENERATOR).
    pub const COROUTINE: u32 = 128;
    /// An `async def` with `yield`: calling it creates an async generator (with
    /// GENERATOR).
    pub const ASYNC_GENERATOR: u32 = 512;
}

/// One exception-table entry: an exception raised at an op in `start..end` jumps to
/// `target` with the value stack cut to `depth` and the exception pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    /// First protected op.
    pub start: u32,
    /// One past the last protected op.
    pub end: u32,
    /// The handler's first op.
    pub target: u32,
    /// Stack depth to restore before pushing the exception.
    pub depth: u32,
}

/// The dict key of a name, and where `LoadGlobal` last found it: its index in the
/// globals (checked by key before use), or its index in the builtins, valid while
/// the same globals dict has the same length and no key of a dict was removed since
/// (`epoch`).
#[derive(Debug)]
pub struct GlobalCache {
    /// The name as a dict key (shared by the code objects of one compilation, so a
    /// key stored by one is found by pointer by the others).
    pub key: crate::objects::HashKey,
    /// Address of the globals dict the builtin was found for.
    pub globals: std::cell::Cell<usize>,
    /// Index in the module globals.
    pub slot: std::cell::Cell<u32>,
    /// Index in the builtins.
    pub builtin_slot: std::cell::Cell<u32>,
    /// Globals length when the builtin was found (0 = never).
    pub builtin_len: std::cell::Cell<u32>,
    /// Deletion epoch when the builtin was found.
    pub epoch: std::cell::Cell<u32>,
}

impl GlobalCache {
    /// An empty cache for the name whose key is `key`.
    pub fn new(key: crate::objects::HashKey) -> GlobalCache {
        GlobalCache {
            key,
            globals: Default::default(),
            slot: Default::default(),
            builtin_slot: Default::default(),
            builtin_len: Default::default(),
            epoch: Default::default(),
        }
    }
}

/// Where a `LoadMethod` site last found a native method of a built-in type: the
/// class (by address) and the method. The classes of the closed value variants live
/// as long as the thread and their dicts never change once installed, so a hit needs
/// no other check.
#[derive(Debug, Default)]
pub struct MethodCache {
    /// Address of the class the method was found on (0 = empty).
    pub class: std::cell::Cell<usize>,
    /// The method.
    pub def: std::cell::Cell<Option<&'static crate::objects::MethodDef>>,
}

/// What `LoadAttr`/`StoreAttr` learned about the attribute `name` on instances of one
/// class, valid while the class epoch it was filled at is current
/// ([`crate::objects::class::class_epoch`]): that the class (with its MRO) has no
/// attribute of that name, so the instance's own dict alone answers, and where in
/// that dict the name was last found.
#[derive(Debug, Default)]
pub struct AttrCache {
    /// Address of the class (0 = empty).
    pub class: std::cell::Cell<usize>,
    /// The class epoch when filled.
    pub epoch: std::cell::Cell<u32>,
    /// What holds: [`AttrCache::LOAD`] and/or [`AttrCache::STORE`].
    pub kinds: std::cell::Cell<u8>,
    /// Where in the instance dict the name was last found.
    pub index: std::cell::Cell<u32>,
}

impl AttrCache {
    /// A load needs only the instance dict (the class has no attribute `name`).
    pub const LOAD: u8 = 1;
    /// A store goes straight to the instance dict (no attribute `name` and no
    /// `__setattr__` on the class).
    pub const STORE: u8 = 2;

    /// True when the cache says `kind` for `class` in the current epoch.
    #[inline]
    pub fn holds(&self, class: usize, kind: u8) -> bool {
        self.class.get() == class
            && self.kinds.get() & kind != 0
            && self.epoch.get() == crate::objects::class::class_epoch()
    }

    /// Records `kind` for `class` in the current epoch (forgetting other classes).
    pub fn learn(&self, class: usize, kind: u8) {
        let epoch = crate::objects::class::class_epoch();
        if self.class.get() != class || self.epoch.get() != epoch {
            self.class.set(class);
            self.epoch.set(epoch);
            self.kinds.set(0);
        }
        self.kinds.set(self.kinds.get() | kind);
    }
}

/// A compiled function body, module, class body or comprehension.
#[derive(Debug)]
pub struct Code {
    /// One lookup cache per entry of `names`, for `LoadGlobal`.
    pub global_cache: Box<[GlobalCache]>,
    /// One native-method cache per entry of `names`, for `LoadMethod`.
    pub method_cache: Box<[MethodCache]>,
    /// One attribute cache per entry of `names`, for `LoadAttr` and `StoreAttr`.
    pub attr_cache: Box<[AttrCache]>,
    /// `co_name`.
    pub name: Rc<str>,
    /// `co_qualname`.
    pub qualname: Rc<str>,
    /// The source it came from.
    pub source: Rc<SourceFile>,
    /// The instructions.
    pub ops: Vec<Op>,
    /// The span of each instruction (the line table).
    pub spans: Vec<Span>,
    /// Constants.
    pub consts: Vec<Value>,
    /// Global, attribute and class-namespace names.
    pub names: Vec<Rc<str>>,
    /// Local variable names, parameters first.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<Rc<str>>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<Rc<str>>,
    /// For each parameter that is also a cell: (cell index, parameter index).
    pub cell_params: Vec<(usize, usize)>,
    /// Number of positional parameters (including positional-only).
    pub argcount: usize,
    /// Number of positional-only parameters.
    pub posonlyargcount: usize,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: usize,
    /// See [`flags`].
    pub flags: u32,
    /// Handlers, innermost first.
    pub exc_table: Vec<ExcEntry>,
    /// Line of the `def` (or 1 for modules).
    pub first_line: usize,
}

impl Code {
    /// True when calling this code creates a generator, a coroutine or an async
    /// generator (all run by the generator machinery).
    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// What calling this generator code creates.
    pub fn gen_kind(&self) -> GenKind {
        if self.flags & flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if self.flags & flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        }
    }

    /// The line of op `i`.
    pub fn line_of_op(&self, i: usize) -> usize {
        self.spans
            .get(i)
            .map_or(self.first_line, |s| self.source.line_of(s.start))
    }

    /// The handler for an exception raised at op `i`, if any.
    pub fn handler_for(&self, i: usize) -> Option<ExcEntry> {
        let i = i as u32;
        self.exc_table
            .iter()
            .find(|e| e.start <= i && i < e.end)
            .copied()
    }
}
