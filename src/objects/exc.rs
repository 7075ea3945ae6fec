//! Exceptions: the built-in hierarchy, the state an exception instance carries
//! (args, traceback, cause, context) and [`PyErr`], the Rust error type every fallible
//! operation returns.

use std::cell::RefCell;
use std::rc::Rc;

use super::class::{types, Class, Instance};
use super::Value;
use crate::objects::code::Code;
use crate::source::Span;

/// The built-in exception classes genpy defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum ExcKind {
    BaseException,
    Exception,
    StopIteration,
    GeneratorExit,
    KeyboardInterrupt,
    SystemExit,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    LookupError,
    IndexError,
    KeyError,
    TypeError,
    ValueError,
    NameError,
    UnboundLocalError,
    AttributeError,
    RuntimeError,
    RecursionError,
    NotImplementedError,
    AssertionError,
    OSError,
    FileNotFoundError,
    ImportError,
    ModuleNotFoundError,
    SyntaxError,
    EOFError,
    MemoryError,
    UnicodeError,
    StopAsyncIteration,
    IsADirectoryError,
    PermissionError,
    FileExistsError,
    IndentationError,
    TabError,
    Warning,
    UserWarning,
    DeprecationWarning,
    UnicodeDecodeError,
    FloatingPointError,
    TimeoutError,
    ConnectionError,
    BrokenPipeError,
    ConnectionAbortedError,
    ConnectionRefusedError,
    ConnectionResetError,
    InterruptedError,
    NotADirectoryError,
    BlockingIOError,
    ChildProcessError,
    ProcessLookupError,
    SystemError,
    BufferError,
    ReferenceError,
    UnicodeEncodeError,
    RuntimeWarning,
    SyntaxWarning,
    FutureWarning,
    PendingDeprecationWarning,
    ResourceWarning,
    ImportWarning,
    UnicodeWarning,
    BytesWarning,
    EncodingWarning,
    BaseExceptionGroup,
    ExceptionGroup,
}

impl ExcKind {
    /// Every built-in exception: kind, name, parent. Parents come before children.
    pub const TABLE: &'static [(ExcKind, &'static str, Option<ExcKind>)] = {
        use ExcKind::*;
        &[
            (BaseException, "BaseException", None),
            (Exception, "Exception", Some(BaseException)),
            (StopIteration, "StopIteration", Some(Exception)),
            (GeneratorExit, "GeneratorExit", Some(BaseException)),
            (KeyboardInterrupt, "KeyboardInterrupt", Some(BaseException)),
            (SystemExit, "SystemExit", Some(BaseException)),
            (ArithmeticError, "ArithmeticError", Some(Exception)),
            (
                ZeroDivisionError,
                "ZeroDivisionError",
                Some(ArithmeticError),
            ),
            (OverflowError, "OverflowError", Some(ArithmeticError)),
            (LookupError, "LookupError", Some(Exception)),
            (IndexError, "IndexError", Some(LookupError)),
            (KeyError, "KeyError", Some(LookupError)),
            (TypeError, "TypeError", Some(Exception)),
            (ValueError, "ValueError", Some(Exception)),
            (NameError, "NameError", Some(Exception)),
            (UnboundLocalError, "UnboundLocalError", Some(NameError)),
            (AttributeError, "AttributeError", Some(Exception)),
            (RuntimeError, "RuntimeError", Some(Exception)),
            (RecursionError, "RecursionError", Some(RuntimeError)),
            (
                NotImplementedError,
                "NotImplementedError",
                Some(RuntimeError),
            ),
            (AssertionError, "AssertionError", Some(Exception)),
            (OSError, "OSError", Some(Exception)),
            (FileNotFoundError, "FileNotFoundError", Some(OSError)),
            (ImportError, "ImportError", Some(Exception)),
            (
                ModuleNotFoundError,
                "ModuleNotFoundError",
                Some(ImportError),
            ),
            (SyntaxError, "SyntaxError", Some(Exception)),
            (EOFError, "EOFError", Some(Exception)),
            (MemoryError, "MemoryError", Some(Exception)),
            (UnicodeError, "UnicodeError", Some(ValueError)),
            (StopAsyncIteration, "StopAsyncIteration", Some(Exception)),
            (IsADirectoryError, "IsADirectoryError", Some(OSError)),
            (PermissionError, "PermissionError", Some(OSError)),
            (FileExistsError, "FileExistsError", Some(OSError)),
            (IndentationError, "IndentationError", Some(SyntaxError)),
            (TabError, "TabError", Some(IndentationError)),
            (Warning, "Warning", Some(Exception)),
            (UserWarning, "UserWarning", Some(Warning)),
            (DeprecationWarning, "DeprecationWarning", Some(Warning)),
            (UnicodeDecodeError, "UnicodeDecodeError", Some(UnicodeError)),
            (
                FloatingPointError,
                "FloatingPointError",
                Some(ArithmeticError),
            ),
            (TimeoutError, "TimeoutError", Some(OSError)),
            (ConnectionError, "ConnectionError", Some(OSError)),
            (BrokenPipeError, "BrokenPipeError", Some(ConnectionError)),
            (
                ConnectionAbortedError,
                "ConnectionAbortedError",
                Some(ConnectionError),
            ),
            (
                ConnectionRefusedError,
                "ConnectionRefusedError",
                Some(ConnectionError),
            ),
            (
                ConnectionResetError,
                "ConnectionResetError",
                Some(ConnectionError),
            ),
            (InterruptedError, "InterruptedError", Some(OSError)),
            (NotADirectoryError, "NotADirectoryError", Some(OSError)),
            (BlockingIOError, "BlockingIOError", Some(OSError)),
            (ChildProcessError, "ChildProcessError", Some(OSError)),
            (ProcessLookupError, "ProcessLookupError", Some(OSError)),
            (SystemError, "SystemError", Some(Exception)),
            (BufferError, "BufferError", Some(Exception)),
            (ReferenceError, "ReferenceError", Some(Exception)),
            (UnicodeEncodeError, "UnicodeEncodeError", Some(UnicodeError)),
            (RuntimeWarning, "RuntimeWarning", Some(Warning)),
            (SyntaxWarning, "SyntaxWarning", Some(Warning)),
            (FutureWarning, "FutureWarning", Some(Warning)),
            (
                PendingDeprecationWarning,
                "PendingDeprecationWarning",
                Some(Warning),
            ),
            (ResourceWarning, "ResourceWarning", Some(Warning)),
            (ImportWarning, "ImportWarning", Some(Warning)),
            (UnicodeWarning, "UnicodeWarning", Some(Warning)),
            (BytesWarning, "BytesWarning", Some(Warning)),
            (EncodingWarning, "EncodingWarning", Some(Warning)),
            (
                BaseExceptionGroup,
                "BaseExceptionGroup",
                Some(BaseException),
            ),
            // Also a subclass of Exception (`Types::new` adds the second base).
            (ExceptionGroup, "ExceptionGroup", Some(BaseExceptionGroup)),
        ]
    };
}

/// One line of a traceback: a code object and the span of the op that was running.
#[derive(Clone, Debug)]
pub struct TbEntry {
    /// The code that was running.
    pub code: Rc<Code>,
    /// The span of the failing op.
    pub span: Span,
    /// The locals of a frame the exception ended, kept alive while the traceback is,
    /// as CPython's traceback keeps its frames (this decides when generators that were
    /// local to that frame are finalized).
    pub keep_alive: Vec<Value>,
}

/// The state of an exception instance.
#[derive(Clone, Debug, Default)]
pub struct ExcData {
    /// `e.args`.
    pub args: Vec<Value>,
    /// Frames the exception passed through, innermost first.
    pub traceback: Vec<TbEntry>,
    /// `__cause__` (set by `raise ... from ...`).
    pub cause: Option<Value>,
    /// `__context__` (the exception being handled when this one was raised).
    pub context: Option<Value>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// For a NameError raised by genpy: what a "Did you mean" is chosen from.
    pub missing_name: Option<MissingName>,
    /// For an exception group: its `message` and `exceptions` (a tuple).
    pub group: Option<(Value, Value)>,
}

/// A name that was not found, and the names in scope where it was looked up, kept so
/// that a "Did you mean: 'x'?" is chosen only if the NameError is printed.
#[derive(Clone, Debug)]
pub struct MissingName {
    /// The name not found.
    pub name: Rc<str>,
    /// The names in scope, in the order a suggestion is looked for: the frame's
    /// locals, its globals, the builtins.
    pub scopes: Vec<Vec<Rc<str>>>,
}

/// A raised Python exception: always an instance of a BaseException subclass.
#[derive(Clone, Debug)]
pub struct PyErr(pub Rc<Instance>);

impl PyErr {
    /// A new built-in exception with one string argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(types().exc(kind), vec![Value::string(msg.into())])
    }

    /// A new exception of `class` with the given args.
    pub fn with_args(class: Rc<Class>, args: Vec<Value>) -> PyErr {
        PyErr(new_exception(class, args))
    }

    /// A new built-in exception with no arguments.
    pub fn bare(kind: ExcKind) -> PyErr {
        PyErr::with_args(types().exc(kind), vec![])
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(value: Value) -> PyErr {
        let args = if matches!(value, Value::None) {
            vec![]
        } else {
            vec![value]
        };
        PyErr::with_args(types().exc(ExcKind::StopIteration), args)
    }

    /// The exception as a Python value.
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }

    /// The exception's class.
    pub fn class(&self) -> &Rc<Class> {
        &self.0.class
    }

    /// True when the exception is an instance of the built-in `kind` (or a subclass).
    #[inline]
    pub fn matches(&self, kind: ExcKind) -> bool {
        super::class::with_types(|t| self.0.class.is_subclass(&t.exceptions[kind as usize]))
    }

    /// The exception's state.
    pub fn data(&self) -> std::cell::Ref<'_, ExcData> {
        self.0.exc.as_ref().expect("exception instance").borrow()
    }

    /// Mutable exception state.
    pub fn data_mut(&self) -> std::cell::RefMut<'_, ExcData> {
        self.0
            .exc
            .as_ref()
            .expect("exception instance")
            .borrow_mut()
    }

    /// `StopIteration.value`: the first arg, or None.
    pub fn stop_value(&self) -> Value {
        self.data().args.first().cloned().unwrap_or(Value::None)
    }

    /// Wraps an exception value raised by Python code; None if it is not an exception.
    pub fn from_value(v: &Value) -> Option<PyErr> {
        match v {
            Value::Instance(i) if i.exc.is_some() => Some(PyErr(i.clone())),
            _ => None,
        }
    }
}

impl ExcKind {
    /// The OSError subclass CPython raises for `errno` (Linux numbering, PEP 3151).
    pub fn for_errno(errno: i64) -> ExcKind {
        match errno {
            1 | 13 => ExcKind::PermissionError,
            2 => ExcKind::FileNotFoundError,
            3 => ExcKind::ProcessLookupError,
            4 => ExcKind::InterruptedError,
            10 => ExcKind::ChildProcessError,
            11 | 114 | 115 => ExcKind::BlockingIOError,
            17 => ExcKind::FileExistsError,
            20 => ExcKind::NotADirectoryError,
            21 => ExcKind::IsADirectoryError,
            32 | 108 => ExcKind::BrokenPipeError,
            103 => ExcKind::ConnectionAbortedError,
            104 => ExcKind::ConnectionResetError,
            110 => ExcKind::TimeoutError,
            111 => ExcKind::ConnectionRefusedError,
            _ => ExcKind::OSError,
        }
    }
}

/// An instance of OSError `class` (or a subclass) made from `args` by CPython's
/// rules: `OSError` itself becomes the subclass for an int errno (`OSError(2, "x")`
/// is a FileNotFoundError); two to five arguments are `errno, strerror[, filename[,
/// winerror[, filename2]]]`, kept as attributes (None otherwise), and with a
/// filename `args` keeps only the first two.
pub fn new_os_error(class: Rc<Class>, mut args: Vec<Value>) -> Rc<Instance> {
    let mut class = class;
    let numbered = (2..=5).contains(&args.len());
    if let (true, Value::Int(errno)) = (numbered, args.first().unwrap_or(&Value::None)) {
        let os_error = types().exc(ExcKind::OSError);
        if Rc::ptr_eq(&class, &os_error) {
            class = types().exc(ExcKind::for_errno(*errno));
        }
    }
    let arg = |i: usize| match numbered {
        true => args.get(i).cloned().unwrap_or_default(),
        false => Value::None,
    };
    let attrs = [
        ("errno", arg(0)),
        ("strerror", arg(1)),
        ("filename", arg(2)),
        ("filename2", arg(4)),
    ];
    if numbered && !matches!(attrs[2].1, Value::None) {
        args.truncate(2);
    }
    let inst = new_exception(class, args);
    for (name, value) in attrs {
        inst.dict.set(name, value);
    }
    inst
}

/// An instance of BaseExceptionGroup `class` (or a subclass) made from
/// `(message, exceptions)` with CPython's checks; `BaseExceptionGroup` itself becomes
/// `ExceptionGroup` when every member is an `Exception`.
pub fn new_exception_group(class: Rc<Class>, args: Vec<Value>) -> Result<Rc<Instance>, PyErr> {
    let type_error = |msg: String| PyErr::new(ExcKind::TypeError, msg);
    let [message, exceptions] = args.as_slice() else {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if message.as_str().is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.type_name()
        )));
    }
    let members: Vec<Value> = match exceptions {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => {
            return Err(type_error(
                "second argument (exceptions) must be a sequence".into(),
            ))
        }
    };
    if members.is_empty() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let t = types();
    let exception = t.exc(ExcKind::Exception);
    let mut all_exceptions = true;
    for (i, m) in members.iter().enumerate() {
        let Some(e) = PyErr::from_value(m) else {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("Item {i} of second argument (exceptions) is not an exception"),
            ));
        };
        all_exceptions &= e.class().is_subclass(&exception);
    }
    let mut class = class;
    if Rc::ptr_eq(&class, &t.exc(ExcKind::BaseExceptionGroup)) {
        if all_exceptions {
            class = t.exc(ExcKind::ExceptionGroup);
        }
    } else if !all_exceptions && class.is_subclass(&exception) {
        return Err(type_error(
            if Rc::ptr_eq(&class, &t.exc(ExcKind::ExceptionGroup)) {
                "Cannot nest BaseExceptions in an ExceptionGroup".into()
            } else {
                format!("Cannot nest BaseExceptions in '{}'", class.name)
            },
        ));
    }
    let inst = new_exception(class, args.clone());
    if let Some(data) = &inst.exc {
        data.borrow_mut().group = Some((message.clone(), Value::tuple(members)));
    }
    Ok(inst)
}

/// Creates an exception instance of `class` (which must derive from BaseException).
pub fn new_exception(class: Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
    super::gc::tracked_instance(Instance {
        class,
        dict: super::Attrs::default(),
        exc: Some(Box::new(RefCell::new(ExcData {
            args,
            ..ExcData::default()
        }))),
        base: None,
    })
}

/// The message of a `UnicodeDecodeError`/`UnicodeEncodeError` made from its five args
/// (`'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`); `None`
/// when the args are not those five.
pub fn unicode_error_message(args: &[Value]) -> Option<String> {
    let [enc, object, start, end, reason] = args else {
        return None;
    };
    let (enc, reason) = (enc.as_str()?, reason.as_str()?);
    let (start, end) = (start.as_i64()? as usize, end.as_i64()? as usize);
    if let Some(b) = object.as_bytes() {
        return Some(match b.get(start) {
            Some(byte) if end == start + 1 => format!(
                "'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
            ),
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end.saturating_sub(1)
            ),
        });
    }
    let s = object.as_str()?;
    Some(match s.chars().nth(start) {
        Some(c) if end == start + 1 => format!(
            "'{enc}' codec can't encode character '{}' in position {start}: {reason}",
            super::str::escape_char(c)
        ),
        _ => format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end.saturating_sub(1)
        ),
    })
}
