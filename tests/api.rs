//! Tests of the library API that the CLI and REPL stand on: running source with
//! captured output, the error kinds, and the REPL's decision to run or read more.

use genpy::repl::{input_state, InputState};
use genpy::vm::output::Output;
use genpy::{Interpreter, RunError};

fn run(src: &str) -> (String, Result<(), RunError>) {
    let mut interp = Interpreter::with_output(vec!["test".into()], Output::captured());
    let r = interp.run_source(src, "<test>");
    assert!(interp.finish(), "stdout was written");
    (interp.take_output(), r)
}

/// Checks that a generator's output is captured in order, shutdown included.
#[test]
fn captured_output_includes_shutdown_finalizers() {
    let src = "def g():\n    try:\n        yield 1\n    finally:\n        print('closed')\nx = g()\nprint(next(x))\n";
    let (out, r) = run(src);
    assert!(r.is_ok());
    assert_eq!(out, "1\nclosed\n");
}

/// Checks that an uncaught exception becomes RunError::Exception with the traceback.
#[test]
fn uncaught_exception_reports_traceback() {
    let (out, r) = run("print('before')\n1/0\n");
    assert_eq!(out, "before\n");
    match r {
        Err(RunError::Exception(text)) => {
            assert!(
                text.starts_with("Traceback (most recent call last):"),
                "{text}"
            );
            assert!(
                text.trim_end()
                    .ends_with("ZeroDivisionError: division by zero"),
                "{text}"
            );
        }
        other => panic!("expected an exception, got {other:?}"),
    }
}

/// Checks that syntax errors are rendered and end with the CPython line.
#[test]
fn syntax_error_is_rendered() {
    let (_, r) = run("def f(:\n");
    match r {
        Err(RunError::Syntax(text)) => assert!(
            text.trim_end()
                .lines()
                .last()
                .unwrap_or("")
                .starts_with("SyntaxError: "),
            "{text}"
        ),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

/// Checks that sys.exit(n) is an exit status, not a traceback.
#[test]
fn sys_exit_gives_status() {
    let (_, r) = run("import sys\nsys.exit(4)\n");
    assert!(matches!(r, Err(RunError::Exit(4))), "{r:?}");
}

/// Checks that REPL inputs echo reprs and keep state between inputs.
#[test]
fn interactive_inputs_share_state_and_echo() {
    let mut interp = Interpreter::with_output(vec![String::new()], Output::captured());
    interp
        .run_interactive("g = (i * i for i in range(3))\n")
        .expect("define");
    interp.run_interactive("next(g)\n").expect("next");
    interp.run_interactive("None\n").expect("none");
    interp.run_interactive("list(g)\n").expect("list");
    assert_eq!(interp.take_output(), "0\n[1, 4]\n");
}

/// Checks when the REPL runs input and when it asks for more.
#[test]
fn repl_input_state() {
    assert_eq!(input_state("x = 1\n"), InputState::Complete);
    assert_eq!(input_state("def f():\n"), InputState::NeedMore);
    assert_eq!(
        input_state("def f():\n    return 1\n"),
        InputState::NeedMore
    );
    assert_eq!(
        input_state("def f():\n    return 1\n\n"),
        InputState::Complete
    );
    assert_eq!(input_state("x = (1,\n"), InputState::NeedMore);
    assert_eq!(input_state("x = )\n"), InputState::Complete);
}

/// Checks that generator misuse gets genpy's help line above CPython's final line.
#[test]
fn generator_errors_carry_help_above_the_final_line() {
    let (_, r) = run("def g():\n    yield 1\nx = g()\nx.send(3)\n");
    let Err(RunError::Exception(text)) = r else {
        panic!("expected an exception, got {r:?}");
    };
    let lines: Vec<&str> = text.trim_end().lines().collect();
    assert_eq!(
        lines[lines.len() - 1],
        "TypeError: can't send non-None value to a just-started generator"
    );
    assert!(
        lines[lines.len() - 2].starts_with("  help: call next(g)"),
        "{text}"
    );
}

/// Checks the help lines of the misuses of generators learners meet first: asking
/// for a length, an index or a sum, iterating an uncalled generator function, and
/// `next()` past the end.
#[test]
fn generator_misuse_gets_a_help_line() {
    let def = "def g():\n    yield 1\n";
    for (src, help) in [
        ("len(g())\n", "  help: generators are lazy and single-pass"),
        ("g()[0]\n", "  help: generators are lazy and single-pass"),
        (
            "g() + g()\n",
            "  help: generators are lazy and single-pass: they do not add",
        ),
        (
            "for x in g:\n    pass\n",
            "  help: a function is not iterable: call it",
        ),
        (
            "x = g()\nnext(x)\nnext(x)\n",
            "  help: next() found the iterator exhausted",
        ),
        (
            "def f(n):\n    return f(n - 1)\nf(3)\n",
            "  help: a function that calls itself needs a base case",
        ),
    ] {
        let (_, r) = run(&format!("{def}{src}"));
        let Err(RunError::Exception(text)) = r else {
            panic!("{src}: expected an exception, got {r:?}");
        };
        let lines: Vec<&str> = text.trim_end().lines().collect();
        assert!(lines[lines.len() - 2].starts_with(help), "{src}: {text}");
    }
}

/// Checks that a traceback through code made by `compile()` names the filename given.
#[test]
fn compiled_code_traceback_names_its_file() {
    let (_, r) = run("exec(compile('x = 1\\n1/0\\n', 'boom.py', 'exec'))\n");
    match r {
        Err(RunError::Exception(text)) => {
            assert!(
                text.contains("File \"boom.py\", line 2, in <module>"),
                "{text}"
            );
        }
        other => panic!("expected an exception, got {other:?}"),
    }
}

/// Runs the `genpy` binary with these arguments; stdin is empty.
fn genpy(args: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_genpy"))
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run genpy")
}

/// Runs `genpy -c CODE` and returns its exit status and stderr.
fn genpy_c(code: &str) -> (Option<i32>, String) {
    let out = genpy(&["-c".as_ref(), code.as_ref()]);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Checks that `sys.exit(n)` exits as CPython's does: `n` truncated to a C int (-1
/// when it does not fit a C long), of which the OS keeps the low 8 bits.
#[test]
fn sys_exit_status_is_cpythons() {
    for (arg, status) in [
        ("-1", 255),
        ("259", 3),
        ("2**40", 0),
        ("-2**31-1", 255),
        ("2**63", 255),
        ("True", 1),
        ("None", 0),
    ] {
        let (code, err) = genpy_c(&format!("import sys\nsys.exit({arg})"));
        assert_eq!(code, Some(status), "sys.exit({arg}): {err}");
        assert_eq!(err, "", "sys.exit({arg})");
    }
    assert_eq!(
        genpy_c("import sys\nsys.exit('msg')"),
        (Some(1), "msg\n".into())
    );
}

/// Checks that a traceback written to a full or closed stderr neither panics nor
/// changes the exit status.
#[test]
fn unwritable_stderr_keeps_the_exit_status() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_genpy"))
        .args(["-c", "raise ValueError"])
        .stderr(full)
        .status()
        .expect("run genpy");
    assert_eq!(status.code(), Some(1));
    let closed = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "exec '{}' -c 'raise ValueError' 2>&-",
            env!("CARGO_BIN_EXE_genpy")
        ))
        .status()
        .expect("run sh");
    assert_eq!(closed.code(), Some(1));
}

/// Checks that arguments that are not UTF-8 reach the program (with U+FFFD for the
/// bad bytes), a script path that is not UTF-8 is opened, and a `-c` command that is
/// not UTF-8 is refused with CPython's message.
#[test]
fn non_utf8_arguments_do_not_panic() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"a\xffb");
    let out = genpy(&[
        "-c".as_ref(),
        "import sys; print(sys.argv[1:])".as_ref(),
        bad,
    ]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "['a\u{fffd}b']\n");
    let dir = std::env::temp_dir().join(format!("genpy-api-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join(std::ffi::OsStr::from_bytes(b"s\xff.py"));
    std::fs::write(&script, "print('ran')\n").expect("write script");
    let out = genpy(&[script.as_os_str()]);
    std::fs::remove_dir_all(&dir).expect("remove temp dir");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ran\n");
    let out = genpy(&["-c".as_ref(), std::ffi::OsStr::from_bytes(b"print('\xff')")]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Unable to decode the command from the command line:\n\
         UnicodeEncodeError: 'utf-8' codec can't encode character '\\udcff' in position 7: \
         surrogates not allowed\n"
    );
}

/// Checks that a syntax error far along a very long line (past the 65535 columns
/// miette can lay out) is shown clipped around the error, with its real column, and
/// ends with CPython's line.
#[test]
fn syntax_error_on_a_very_long_line_is_clipped() {
    let code = format!("x = 1{} $ 2", " ".repeat(100_000));
    let (status, err) = genpy_c(&code);
    assert_eq!(status, Some(1), "{err}");
    assert!(err.contains("<string>:1:100007"), "{err}");
    assert!(err.contains("│ ...") && err.contains(" $ 2\n"), "{err}");
    assert!(err.len() < 2000, "{err}");
    assert!(err.ends_with("\nSyntaxError: invalid syntax\n"), "{err}");
}

/// Checks that genpy starts (its interpreter thread's stack reserved) under a 1 GB
/// address-space limit, as `ulimit -v 1000000` sets it.
#[test]
fn runs_under_a_1gb_memory_limit() {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v 1000000 && exec '{}' -c 'print(1)'",
            env!("CARGO_BIN_EXE_genpy")
        ))
        .output()
        .expect("run sh");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
}
