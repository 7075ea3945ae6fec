//! Tests of the `genpy` command line that the golden programs cannot express: exit
//! statuses, Ctrl-C (SIGINT), a program whose helper module sits beside it (so `sys.path[0]`, the script's
//! directory, finds it), and `genpy -m MODULE [ARGS]`, which runs a module found on
//! `sys.path` as `__main__` (a package runs its `__main__` submodule), the `genpy dis`
//! first word (the disassembler, unless a file named `dis` exists), and the page of
//! `genpy trace --html`, and what happens when stdout cannot be written. Each test
//! writes its files into a fresh temporary directory and, when python3 is on `PATH`,
//! checks that python3 prints the same.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

static NEXT_DIR: AtomicUsize = AtomicUsize::new(0);

/// A fresh directory holding `files` (path relative to it, text).
fn project(files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "genpy-cli-{}-{}",
        std::process::id(),
        NEXT_DIR.fetch_add(1, Ordering::Relaxed)
    ));
    for (path, text) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    fs::canonicalize(&dir).unwrap()
}

/// Runs `interpreter ARGS` in `cwd`: exit status, stdout and stderr, with the
/// directory's path replaced by `<dir>`.
fn run(interpreter: &str, args: &[&str], cwd: &Path) -> Option<(i32, String, String)> {
    let out = Command::new(interpreter)
        .args(args)
        .current_dir(cwd)
        .env_remove("PYTHONPATH")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let dir = cwd.display().to_string();
    let clean = |b: &[u8]| String::from_utf8_lossy(b).replace(&dir, "<dir>");
    Some((
        out.status.code().unwrap_or(-1),
        clean(&out.stdout),
        clean(&out.stderr),
    ))
}

/// Runs genpy (and python3, if present) and checks genpy's status and stdout, and
/// that python3 agrees.
fn check(dir: &Path, args: &[&str], status: i32, stdout: &str) -> String {
    let (code, out, err) = run(env!("CARGO_BIN_EXE_genpy"), args, dir).expect("genpy runs");
    assert_eq!((code, out.as_str()), (status, stdout), "stderr: {err}");
    if let Some((py_code, py_out, _)) = run("python3", args, dir) {
        assert_eq!(
            (py_code, py_out.as_str()),
            (status, stdout),
            "python3 differs"
        );
    }
    let _ = fs::remove_dir_all(dir);
    err
}

const HELPER: &str = "print('helper imported as', __name__)\nVALUE = 42\nif __name__ == '__main__':\n    print('helper run as the main module')\n";

#[test]
fn a_helper_beside_the_script_is_found() {
    let dir = project(&[
        ("app/main.py", "import sys\nimport helper\nprint(sys.path[0] == __file__.rsplit('/', 1)[0], helper.VALUE)\nprint(helper.__file__)\n"),
        ("app/helper.py", HELPER),
    ]);
    check(
        &dir,
        &["app/main.py"],
        0,
        "helper imported as helper\nTrue 42\n<dir>/app/helper.py\n",
    );
}

#[test]
fn dash_m_runs_a_module_as_main() {
    let dir = project(&[
        ("helper.py", HELPER),
        (
            "tool.py",
            "import sys\nprint(__name__, sys.argv, __file__, repr(__package__))\nprint(sys.path[0])\nimport helper\n",
        ),
    ]);
    check(
        &dir,
        &["-m", "tool", "a", "--flag"],
        0,
        "__main__ ['<dir>/tool.py', 'a', '--flag'] <dir>/tool.py ''\n<dir>\nhelper imported as helper\n",
    );
}

#[test]
fn dash_m_runs_a_package_main_and_a_submodule() {
    let dir = project(&[
        ("pkg/__init__.py", "print('pkg init')\n"),
        (
            "pkg/__main__.py",
            "from . import sub\nprint(__name__, __package__, sub.X)\n",
        ),
        ("pkg/sub.py", "X = 'sub'\nprint('sub as', __name__)\n"),
    ]);
    check(
        &dir,
        &["-m", "pkg"],
        0,
        "pkg init\nsub as pkg.sub\n__main__ pkg sub\n",
    );
    let dir = project(&[
        ("pkg/__init__.py", "print('pkg init')\n"),
        ("pkg/sub.py", "print('sub as', __name__, __package__)\n"),
    ]);
    check(
        &dir,
        &["-m", "pkg.sub"],
        0,
        "pkg init\nsub as __main__ pkg\n",
    );
}

#[test]
fn dash_m_reports_a_missing_module() {
    let dir = project(&[("pkg/__init__.py", "")]);
    let err = check(&dir, &["-m", "nosuch"], 1, "");
    assert!(err.ends_with(": No module named nosuch\n"), "{err}");
    let dir = project(&[("pkg/__init__.py", "")]);
    let err = check(&dir, &["-m", "pkg"], 1, "");
    assert!(
        err.ends_with(
            ": No module named pkg.__main__; 'pkg' is a package and cannot be directly executed\n"
        ),
        "{err}"
    );
}

/// The genpy binary under test.
fn genpy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_genpy"))
}

/// checks that Ctrl-C (SIGINT) interrupts `time.sleep` at once and raises
/// KeyboardInterrupt where the program can catch it.
#[test]
fn sigint_interrupts_sleep() {
    let src = "import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('interrupted')\n";
    let child = genpy()
        .args(["-c", src])
        .stdout(Stdio::piped())
        .spawn()
        .expect("genpy runs");
    std::thread::sleep(Duration::from_millis(500));
    let started = Instant::now();
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let out = child.wait_with_output().expect("genpy ends");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "sleep was not interrupted"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "interrupted\n");
    assert_eq!(out.status.code(), Some(0));
}

/// `genpy ARGS` in `dir`, which must succeed: its stdout.
fn genpy_stdout(dir: &Path, args: &[&str]) -> String {
    let (code, out, err) = run(env!("CARGO_BIN_EXE_genpy"), args, dir).expect("genpy runs");
    assert_eq!(code, 0, "genpy {args:?}: {err}");
    out
}

#[test]
fn dis_disassembles_a_command_and_a_file_like_dash_dash_dis() {
    let dir = project(&[("gen.py", "def g():\n    x = yield 1\n    return x\n")]);
    let listing = genpy_stdout(&dir, &["dis", "-c", "def g():\n    yield 1\n"]);
    assert!(
        listing.contains("a generator: `yield` on line 2") && listing.contains("RETURN_GENERATOR"),
        "{listing}"
    );
    let file = genpy_stdout(&dir, &["dis", "gen.py"]);
    assert_eq!(file, genpy_stdout(&dir, &["--dis", "gen.py"]));
    assert!(file.contains("stored in x"), "{file}");
    let explained = genpy_stdout(&dir, &["dis", "--explain", "gen.py"]);
    assert!(explained.starts_with("How to read this listing") && explained.ends_with(&file));
    let _ = fs::remove_dir_all(dir);
}

/// checks that `genpy trace --html` writes one self-contained page (no network
/// reference, data that cannot end its `<script>` early) holding the events of a
/// `yield from` chain across two files and both sources, while the program's stdout is
/// untouched and no events go to stderr.
#[test]
fn trace_html_writes_a_self_contained_page() {
    let dir = project(&[
        (
            "prog.py",
            "from helper import inner\n\ndef outer():\n    r = yield from inner()\n    yield r\n\n\
             g = outer()\nprint(next(g), g.send('</script>'), next(g, 'end'))\n",
        ),
        ("helper.py", "def inner():\n    x = yield 1\n    return x\n"),
    ]);
    let (code, out, err) = run(
        env!("CARGO_BIN_EXE_genpy"),
        &["trace", "--html", "page.html", "prog.py"],
        &dir,
    )
    .expect("genpy runs");
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, "1 </script> end\n", "")
    );
    let page = fs::read_to_string(dir.join("page.html")).expect("the page is written");
    assert!(page.starts_with("<!DOCTYPE html>") && page.ends_with("</html>\n"));
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "{page}"
    );
    assert_eq!(
        page.matches("</script>").count(),
        2,
        "the data ends its element early"
    );
    for needle in [
        r#""gen": "outer#1", "depth": 0, "event": "created""#,
        r#""gen": "inner#2", "depth": 1, "event": "yielded", "value": "1", "line": 2"#,
        r#""chain": ["outer#1", "inner#2"]"#,
        r#""sent": "'\u003c/script>'""#,
        r#""event": "returned", "value": "'\u003c/script>'", "line": 3"#,
        "def inner():\\n    x = yield 1",
        "from helper import inner",
    ] {
        assert!(page.contains(needle), "missing {needle}");
    }
    let _ = fs::remove_dir_all(dir);
}

/// checks, in a real browser, that the page of `genpy trace --html` draws its steps
/// and that the arrow keys step it forwards and backwards: opened at `?step=2`, four
/// key presses (right, right, left, right) leave it at step 4. It runs only when
/// `GENPY_CHROMIUM` names a Chromium binary (a browser start is slow; by default the
/// test passes without one).
#[test]
fn trace_html_steps_in_a_browser() {
    let Some(chromium) = std::env::var_os("GENPY_CHROMIUM") else {
        return;
    };
    let dir = project(&[(
        "prog.py",
        "def inner():\n    yield 1\n\ndef outer():\n    yield from inner()\n\nprint(list(outer()))\n",
    )]);
    genpy_stdout(&dir, &["trace", "--html", "page.html", "prog.py"]);
    let profile = dir.join("profile");
    let url = format!(
        "file://{}/page.html?step=2&keys=right,right,left,right",
        dir.display()
    );
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", &url])
        .stderr(Stdio::null())
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(dom.contains("data-step=\"4\""), "{dom}");
    assert!(dom.contains("step 4 of 12"), "{dom}");
    assert!(dom.contains("outer#1's yield from starts inner#2"), "{dom}");
    assert!(
        dom.contains("class=\"frame running focus\" data-gen=\"inner#2\""),
        "{dom}"
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_script_named_dis_runs_instead_of_the_disassembler() {
    let dir = project(&[("dis", "import sys\nprint('ran dis', sys.argv[1:])\n")]);
    assert_eq!(genpy_stdout(&dir, &["dis", "x"]), "ran dis ['x']\n");
    let _ = fs::remove_dir_all(dir);
}

/// checks that a program piped into genpy runs (as `python` does: no REPL), and that
/// `genpy - ARGS` reads the program from stdin with `sys.argv[0]` = `-`.
#[test]
fn a_program_on_stdin_runs() {
    use std::io::Write;
    for (args, argv) in [(&[][..], "'' []"), (&["-", "a", "b"][..], "'-' ['a', 'b']")] {
        let mut child = genpy()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("genpy runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(b"import sys\nprint(repr(sys.argv[0]), sys.argv[1:])\n")
            .expect("program written");
        let out = child.wait_with_output().expect("genpy ends");
        assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{argv}\n"));
        assert_eq!(out.status.code(), Some(0));
    }
}

/// checks that python's -q, -u, -B, -E and -W are accepted, and that -E drops
/// PYTHONPATH from sys.path.
#[test]
fn python_options_are_accepted() {
    let src = "import sys; print('/from/env' in sys.path, sys.argv[1:])";
    for (flags, seen) in [
        (&["-q", "-u", "-B", "-W", "ignore"][..], "True"),
        (&["-E"][..], "False"),
    ] {
        let out = genpy()
            .args(flags)
            .args(["-c", src, "arg"])
            .env("PYTHONPATH", "/from/env")
            .output()
            .expect("genpy runs");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            format!("{seen} ['arg']\n"),
            "{flags:?}"
        );
        assert_eq!(out.status.code(), Some(0));
    }
}

/// checks that -X warn-exhausted reports a second loop over a finished generator
/// (with its file and line) while a plain run says nothing, and that an unknown -X
/// option is a usage error naming the one genpy knows.
#[test]
fn x_warn_exhausted_reports_a_second_loop() {
    let src = "def g():\n    yield 1\nit = g()\nprint(list(it))\nfor x in it:\n    print(x)\n";
    let run = |flags: &[&str]| {
        genpy()
            .args(flags)
            .args(["-c", src])
            .output()
            .expect("genpy runs")
    };
    let plain = run(&[]);
    assert_eq!(String::from_utf8_lossy(&plain.stdout), "[1]\n");
    assert_eq!(String::from_utf8_lossy(&plain.stderr), "");
    let warned = run(&["-X", "warn-exhausted"]);
    assert_eq!(String::from_utf8_lossy(&warned.stdout), "[1]\n");
    let stderr = String::from_utf8_lossy(&warned.stderr);
    assert!(
        stderr.starts_with("<string>:5: warning: generator 'g' is already exhausted"),
        "{stderr}"
    );
    assert_eq!(warned.status.code(), Some(0));
    let unknown = run(&["-X", "dev"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("warn-exhausted"));
}

/// Runs `interpreter -c CODE` with stdout going to `stdout` (`/dev/full`, a pipe that
/// is closed at once, ...): exit status and stderr. PYTHONUNBUFFERED is removed, so
/// python3 buffers as genpy does.
fn run_with_stdout(interpreter: &str, code: &str, stdout: Stdio) -> Option<(i32, String)> {
    let out = Command::new(interpreter)
        .args(["-c", code])
        .env_remove("PYTHONUNBUFFERED")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .ok()?;
    Some((
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

/// A failed write of stdout at exit (a full disk) is reported as CPython reports it:
/// "Exception ignored in" the stream, the OSError, and exit status 120.
#[test]
fn a_full_disk_on_stdout_exits_120() {
    let Ok(full) = fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let (code, err) =
        run_with_stdout(env!("CARGO_BIN_EXE_genpy"), "print(1)", full.into()).expect("genpy runs");
    let expected = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' \
                    encoding='utf-8'>\nOSError: [Errno 28] No space left on device\n";
    assert_eq!((code, err.as_str()), (120, expected));
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    if let Some(py) = run_with_stdout("python3", "print(1)", full.into()) {
        assert_eq!(py, (120, expected.to_string()));
    }
}

/// `sys.stdout.flush()` on a full disk raises the OSError where it is called.
#[test]
fn a_failed_flush_raises_oserror() {
    let Ok(full) = fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let code = "import sys\ntry:\n    sys.stdout.write('x')\n    sys.stdout.flush()\n\
                except OSError as e:\n    sys.stderr.write(f'caught {e}\\n')\n";
    let (_, err) =
        run_with_stdout(env!("CARGO_BIN_EXE_genpy"), code, full.into()).expect("genpy runs");
    assert!(
        err.starts_with("caught [Errno 28] No space left on device\n"),
        "{err}"
    );
}

/// Output into a pipe whose reader has gone (`genpy x.py | head -1`) ends quietly.
#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_genpy"))
        .args(["-c", "for i in range(200000):\n    print(i)\n"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("genpy runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("genpy ends");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// `genpy ARGS` in a fresh directory holding `prog.py` = `src`: status and stderr,
/// checking that it took less than `within`.
fn limited(args: &[&str], src: &str, within: Duration) -> (i32, String, String) {
    let dir = project(&[("prog.py", src)]);
    let started = Instant::now();
    let result = run(env!("CARGO_BIN_EXE_genpy"), args, &dir).expect("genpy runs");
    assert!(started.elapsed() < within, "genpy {args:?} took too long");
    let _ = fs::remove_dir_all(dir);
    result
}

const FOREVER: &str = "n = 0\nwhile True:\n    n += 1\n";

/// checks that `--max-steps` stops a runaway loop with the traceback of where it was
/// and a message naming the limit, exit status 1.
#[test]
fn max_steps_stops_a_runaway_loop() {
    let (code, out, err) = limited(
        &["--max-steps", "100000", "prog.py"],
        "while True: pass\n",
        Duration::from_secs(30),
    );
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(
        err.starts_with(
            "Traceback (most recent call last):\n  File \"<dir>/prog.py\", line 1, in \
             <module>\n    while True: pass\n"
        ),
        "{err}"
    );
    assert!(
        err.ends_with("\ngenpy: stopped: the program ran more than 100000 steps (--max-steps)\n"),
        "{err}"
    );
}

/// checks that a program cannot keep running by catching the stop: every later
/// loop round or call raises it again (here the call to `print`).
#[test]
fn max_steps_cannot_be_caught() {
    let src = "def f():\n    while True:\n        pass\ntry:\n    f()\nexcept BaseException:\n    print('caught')\nprint('after')\n";
    let (code, out, err) = limited(
        &["--max-steps=1000", "prog.py"],
        src,
        Duration::from_secs(30),
    );
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(err.ends_with("(--max-steps)\n"), "{err}");
}

/// checks that the stop may come at any step, including the jump out of an `except`
/// body after its `PopExcept` (the handler's clean-up entry once covered that jump and
/// popped a stack that was already empty: "value stack underflow"; found by fuzzing).
#[test]
fn max_steps_may_stop_anywhere_in_a_handler() {
    let src = "def worker():\n    while True:\n        try:\n            raise KeyError('k')\n        except KeyError as e:\n            pass\n        try:\n            raise ValueError\n        except ValueError:\n            continue\nworker()\n";
    for steps in 1..=40 {
        let limit = steps.to_string();
        let (code, _, err) = limited(
            &["--max-steps", &limit, "prog.py"],
            src,
            Duration::from_secs(30),
        );
        assert_eq!(code, 1, "--max-steps {steps}: {err}");
        assert!(
            err.ends_with("(--max-steps)\n"),
            "--max-steps {steps}: {err}"
        );
    }
}

/// checks that `--timeout` stops a loop that never calls anything, and a program
/// blocked reading stdin (the watchdog ends the process then).
#[test]
fn timeout_stops_a_loop_and_a_blocked_read() {
    let (code, _, err) = limited(
        &["--timeout", "1", "prog.py"],
        FOREVER,
        Duration::from_secs(20),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("line 2, in <module>"), "{err}");
    assert!(
        err.ends_with("genpy: stopped: the program ran longer than 1 s (--timeout)\n"),
        "{err}"
    );
    let child = genpy()
        .args(["--timeout", "0.5", "-c", "import sys\nsys.stdin.read()\n"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("genpy runs");
    // Held open, so that the read blocks until the watchdog ends the process.
    let mut child = child;
    let stdin = child.stdin.take();
    let started = Instant::now();
    let out = child.wait_with_output().expect("genpy ends");
    drop(stdin);
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("(--timeout)\n"));
}

/// checks that `--max-memory` stops a program whose list keeps growing, and that a
/// single request beyond the limit raises MemoryError, which the program may catch.
#[test]
fn max_memory_stops_a_growing_list_and_refuses_a_big_one() {
    let grow = "x = []\nwhile True:\n    x.append([0] * 10)\n";
    let (code, _, err) = limited(
        &["--max-memory", "50", "prog.py"],
        grow,
        Duration::from_secs(60),
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.ends_with(
            "genpy: stopped: the program used more than 50 MB of memory (--max-memory)\n"
        ),
        "{err}"
    );
    let big = "try:\n    x = [0] * 10**8\nexcept MemoryError as e:\n    print('MemoryError', repr(e))\nprint(len([0] * 10**5))\n";
    let (code, out, err) = limited(
        &["--max-memory", "50", "prog.py"],
        big,
        Duration::from_secs(60),
    );
    assert_eq!(
        (code, out.as_str()),
        (0, "MemoryError MemoryError()\n100000\n"),
        "{err}"
    );
}

/// checks that `genpy trace` takes the limits too, and that a bad value is a usage
/// error.
#[test]
fn trace_takes_the_limits_and_bad_values_are_usage_errors() {
    let (code, _, err) = limited(
        &["trace", "--max-steps", "50", "prog.py"],
        FOREVER,
        Duration::from_secs(30),
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.ends_with("ran more than 50 steps (--max-steps)\n"),
        "{err}"
    );
    for bad in [
        ["--max-steps", "0"],
        ["--timeout", "-1"],
        ["--max-memory", "x"],
    ] {
        let (code, _, _) = limited(
            &[bad[0], bad[1], "prog.py"],
            FOREVER,
            Duration::from_secs(30),
        );
        assert_eq!(code, 2, "{bad:?}");
    }
}

/// checks that reference cycles made in a loop are collected: 300,000 of them (each
/// an instance and a list referring to themselves, some 100 MB if they stayed) run
/// under a 50 MB memory limit.
#[test]
fn cycles_made_in_a_loop_are_collected() {
    let src = "class Node:\n    pass\nfor i in range(300000):\n    n = Node()\n    n.me = n\n    l = [n, i]\n    l.append(l)\nprint('done')\n";
    let (code, out, err) = limited(
        &["--max-memory", "50", "prog.py"],
        src,
        Duration::from_secs(120),
    );
    assert_eq!((code, out.as_str()), (0, "done\n"), "{err}");
}

/// checks that an exception raised in `__del__` is reported as CPython reports it
/// (naming the method, then the traceback) and the program goes on.
#[test]
fn an_exception_in_del_is_reported_and_ignored() {
    let src = "class C:\n    def __del__(self):\n        raise ValueError('boom')\nc = C()\ndel c\nprint('after')\n";
    let (code, out, err) = limited(&["prog.py"], src, Duration::from_secs(30));
    assert_eq!((code, out.as_str()), (0, "after\n"), "{err}");
    assert!(
        err.starts_with("Exception ignored in: <function C.__del__ at 0x"),
        "{err}"
    );
    assert!(
        err.ends_with(
            "Traceback (most recent call last):\n  File \"<dir>/prog.py\", line 3, in \
             __del__\n    raise ValueError('boom')\nValueError: boom\n"
        ),
        "{err}"
    );
}

/// checks that a script whose bytes are not UTF-8, with no encoding declared, stops
/// with CPython's SyntaxError (status 1), and that a declared Latin-1 script runs.
#[test]
fn source_encoding_follows_pep_263() {
    let dir = project(&[("placeholder.txt", "")]);
    fs::write(dir.join("bad.py"), b"x = 1\ns = 'caf\xe9'\n").unwrap();
    fs::write(
        dir.join("latin.py"),
        b"# -*- coding: latin-1 -*-\nprint('caf\xe9', len('caf\xe9'))\n",
    )
    .unwrap();
    let genpy = env!("CARGO_BIN_EXE_genpy");
    let (code, out, err) = run(genpy, &["bad.py"], &dir).expect("genpy runs");
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert_eq!(
        err,
        "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file <dir>/bad.py on line 2, but \
         no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
    );
    let (code, out, err) = run(genpy, &["latin.py"], &dir).expect("genpy runs");
    assert_eq!((code, out.as_str()), (0, "café 4\n"), "{err}");
    let _ = fs::remove_dir_all(dir);
}

/// Runs `genpy -c CODE` with stdout or stderr (`full_fd` 1 or 2) on /dev/full and
/// PYTHONUNBUFFERED set or not: the exit status and the other stream's text.
fn on_full_device(code: &str, full_fd: u8, unbuffered: bool) -> (i32, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_genpy"));
    cmd.args(["-c", code]).env_remove("PYTHONUNBUFFERED");
    if unbuffered {
        cmd.env("PYTHONUNBUFFERED", "1");
    }
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = match full_fd {
        1 => cmd.stdout(full).stderr(Stdio::piped()).output(),
        _ => cmd.stderr(full).stdout(Stdio::piped()).output(),
    }
    .expect("genpy runs");
    let other = if full_fd == 1 { out.stderr } else { out.stdout };
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&other).into_owned(),
    )
}

/// checks that writes to a full disk fail as CPython's do: print raises OSError
/// when its flush fails; stderr is line-buffered, so a failed write of a line
/// raises; text lost on stderr makes the exit status 120 (not with `-u`, whose
/// writes all raise instead).
#[test]
fn writes_to_a_full_device_fail_as_in_cpython() {
    let catch_print = "import sys\ntry:\n    for i in range(10**5):\n        print(i)\nexcept OSError as e:\n    sys.stderr.write(f'caught: {e}\\n')\n";
    let enospc = "caught: [Errno 28] No space left on device\n";
    assert_eq!(
        on_full_device(catch_print, 1, false),
        (0, enospc.to_string())
    );
    let (code, err) = on_full_device(&format!("{catch_print}print('more')\n"), 1, false);
    assert_eq!(code, 120, "{err}");
    assert!(err.starts_with(enospc), "{err}");
    assert!(err.ends_with("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nOSError: [Errno 28] No space left on device\n"), "{err}");
    let (code, err) = on_full_device("print('x')", 1, true);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.ends_with("\nOSError: [Errno 28] No space left on device\n"),
        "{err}"
    );
    let catch_stderr = "import sys\ntry:\n    sys.stderr.write('x\\n')\nexcept OSError as e:\n    print('caught', e)\n";
    let caught = "caught [Errno 28] No space left on device\n";
    assert_eq!(
        on_full_device(catch_stderr, 2, false),
        (120, caught.to_string())
    );
    assert_eq!(
        on_full_device(catch_stderr, 2, true),
        (0, caught.to_string())
    );
    assert_eq!(
        on_full_device("import sys\nsys.stderr.write('x')\nprint('out')", 2, false),
        (120, "out\n".to_string())
    );
    assert_eq!(
        on_full_device("raise ValueError", 2, false),
        (120, String::new())
    );
    assert_eq!(
        on_full_device("raise ValueError", 2, true),
        (1, String::new())
    );
}
