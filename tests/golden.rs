//! Golden-program tests: genpy must behave exactly like CPython 3.11.
//!
//! Every `tests/programs/<area>/NAME.py` is one trial, named by its path
//! relative to `tests/programs` without the extension (for example
//! `generators/lazy_pipeline`), so a failure names the program and
//! `cargo test --test golden generators/` runs one area.
//!
//! Each trial runs the `genpy` binary (`CARGO_BIN_EXE_genpy`) on the program's
//! absolute path, with a fresh, empty temporary directory as the working
//! directory (programs that write files write them there), stdin closed, and a
//! timeout of 120 s (the process is killed and the trial fails). Then:
//!
//! - stdout, with the path of `tests/programs` written `<programs>` (a program may
//!   print a traceback), must equal `NAME.out` byte for byte; a failure shows the
//!   first differing line with a little context;
//! - for the programs of `tracebacks/`, `NAME.err` is the whole stderr CPython
//!   printed (with the path of `tests/programs` written `<programs>`), and genpy's
//!   must equal it, but for genpy's own `  help: ` lines;
//! - otherwise, if `NAME.err` exists, the program must exit with status 1 and the last
//!   non-empty line of its stderr must equal `NAME.err` (the final
//!   `Type: message` line of the traceback);
//! - otherwise it must exit with status 0.
//!
//! A failure message includes the tail of genpy's stderr.
//!
//! Programs made of several files: the modules and packages that
//! `tests/programs/<area>/NAME.py` imports live in the folder
//! `tests/programs/<area>/NAME/` beside it. That folder is not searched for
//! programs, and the program runs with it (absolute) as `PYTHONPATH`, so that
//! `sys.path` is the script's directory, then the folder, then the standard
//! library, for python3 and genpy alike. Every other program runs with
//! `PYTHONPATH` unset. Output that would show an absolute path (module reprs,
//! `__file__`, ImportError messages) should be printed relative to the script's
//! directory, so that expectations do not depend on where the repository is.
//!
//! The expectations are produced by CPython, never by genpy: run
//! `python3 tests/regen.py [PATHS...]` to regenerate them, and commit them so
//! that `cargo test` does not need python3. There is deliberately no
//! `GENPY_BLESS` switch here (only the `--dis` listings and traces of `tests/views.rs`,
//! which have no CPython equivalent, have one). Programs listed in `tests/programs/MANUAL` have
//! hand-written expectations because CPython 3.11 crashes on them (for example
//! a `yield from` chain 100 000 deep); `regen.py` skips them.
//!
//! Differential mode: with `GENPY_DIFF=1` and `python3` on `PATH`, each trial
//! also runs python3 on the program (same working-directory rules) and requires
//! genpy's stdout to equal python3's; MANUAL programs are not compared.

use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// How long one program may run before it is killed and its trial fails.
const TIMEOUT: Duration = Duration::from_secs(120);

/// How many lines of stderr a failure message shows.
const STDERR_TAIL_LINES: usize = 15;

/// Makes every temporary working directory unique within this process.
static NEXT_DIR: AtomicUsize = AtomicUsize::new(0);

fn main() {
    let args = Arguments::from_args();
    let root = programs_root();
    let manual = Arc::new(read_manual(&root));
    let diff = std::env::var("GENPY_DIFF").is_ok_and(|v| v == "1") && python3_available();

    let mut programs = Vec::new();
    collect_programs(&root, &mut programs);
    programs.sort();

    let trials = programs
        .into_iter()
        .map(|path| {
            let name = trial_name(&root, &path);
            let manual = Arc::clone(&manual);
            Trial::test(name.clone(), move || {
                run_trial(&path, diff && !manual.contains(&name))
            })
        })
        .collect();

    libtest_mimic::run(&args, trials).exit();
}

/// `tests/programs` of this crate.
fn programs_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

/// Every `*.py` under `dir`, recursively, except in the helper folder `NAME/` of a
/// program `NAME.py`.
fn collect_programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if !path.with_extension("py").is_file() {
                collect_programs(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// `tests/programs/generators/lazy.py` → `generators/lazy`.
fn trial_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).with_extension("");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The trial names (without `.py`) listed in `tests/programs/MANUAL`.
fn read_manual(root: &Path) -> HashSet<String> {
    let text = fs::read_to_string(root.join("MANUAL")).unwrap_or_default();
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(|line| line.trim_end_matches(".py").to_string())
        .collect()
}

fn python3_available() -> bool {
    Command::new("python3")
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// True for the programs of the `tracebacks/` area, whose `.err` is the whole stderr.
fn keeps_whole_stderr(program: &Path) -> bool {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/tracebacks");
    program.starts_with(root)
}

/// The directory `tests/programs` above `program`, as text.
fn programs_dir_above(program: &Path) -> String {
    program
        .ancestors()
        .find(|p| p.ends_with("tests/programs"))
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

/// A program's stdout as `regen.py` keeps CPython's: the path of `tests/programs`
/// written `<programs>`.
fn programs_path_written_short(program: &Path, stdout: &[u8]) -> Vec<u8> {
    let root = programs_dir_above(program);
    let text = String::from_utf8_lossy(stdout);
    match root.is_empty() || !text.contains(&root) {
        true => stdout.to_vec(),
        false => text.replace(&root, "<programs>").into_bytes(),
    }
}

/// genpy's stderr as `regen.py` keeps CPython's: the path of `tests/programs` written
/// `<programs>`, without genpy's `  help: ` lines (CPython has none).
fn whole_stderr(program: &Path, stderr: &str) -> String {
    let root = programs_dir_above(program);
    stderr
        .replace(&root, "<programs>")
        .lines()
        .filter(|l| !l.starts_with("  help: "))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// What one run of a program produced.
struct Run {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs one golden program under genpy and checks it against its expectations.
fn run_trial(program: &Path, diff_with_python: bool) -> Result<(), Failed> {
    let expected_out = fs::read(program.with_extension("out")).map_err(|e| {
        format!(
            "cannot read {}: {e} (run `python3 tests/regen.py`)",
            program.with_extension("out").display()
        )
    })?;
    let expected_err = match fs::read_to_string(program.with_extension("err")) {
        Ok(text) => Some(text.trim().to_string()),
        Err(_) => None,
    };

    let run = run_program(Path::new(env!("CARGO_BIN_EXE_genpy")), program)?;
    let stderr = String::from_utf8_lossy(&run.stderr);
    if let (Some(expected), true) = (&expected_err, keeps_whole_stderr(program)) {
        let actual = whole_stderr(program, &stderr);
        if let Some(diff) = first_difference(expected.as_bytes(), actual.trim().as_bytes()) {
            return Err(format!(
                "stderr differs from {}\n{diff}",
                program.with_extension("err").display()
            )
            .into());
        }
    }

    let stdout = programs_path_written_short(program, &run.stdout);
    if let Some(diff) = first_difference(&expected_out, &stdout) {
        return Err(format!(
            "stdout differs from {} ({})\n{diff}{}",
            program.with_extension("out").display(),
            describe_status(run.status),
            stderr_tail(&stderr)
        )
        .into());
    }

    match &expected_err {
        Some(_) if keeps_whole_stderr(program) => {
            if run.status.code() != Some(1) {
                return Err(format!(
                    "expected exit status 1, got {}",
                    describe_status(run.status)
                )
                .into());
            }
        }
        Some(expected) => {
            if run.status.code() != Some(1) {
                return Err(format!(
                    "expected exit status 1 ending in `{expected}`, got {}{}",
                    describe_status(run.status),
                    stderr_tail(&stderr)
                )
                .into());
            }
            let last = last_nonempty_line(&stderr);
            if last != expected {
                return Err(format!(
                    "last stderr line differs\n  expected: {expected}\n  actual:   {last}{}",
                    stderr_tail(&stderr)
                )
                .into());
            }
        }
        None => {
            if !run.status.success() {
                return Err(format!(
                    "expected exit status 0, got {}{}",
                    describe_status(run.status),
                    stderr_tail(&stderr)
                )
                .into());
            }
        }
    }

    if diff_with_python {
        let python = run_program(Path::new("python3"), program)?;
        let python_stdout = programs_path_written_short(program, &python.stdout);
        if let Some(diff) = first_difference(&python_stdout, &stdout) {
            return Err(format!("stdout differs from python3's (GENPY_DIFF=1)\n{diff}").into());
        }
    }
    Ok(())
}

/// Runs `interpreter program` in a fresh temporary directory, with stdin
/// closed, killing it after [`TIMEOUT`].
fn run_program(interpreter: &Path, program: &Path) -> Result<Run, Failed> {
    let dir = std::env::temp_dir().join(format!(
        "genpy-golden-{}-{}",
        std::process::id(),
        NEXT_DIR.fetch_add(1, Ordering::Relaxed)
    ));
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let result = run_in(interpreter, program, &dir);
    let _ = fs::remove_dir_all(&dir);
    result
}

fn run_in(interpreter: &Path, program: &Path, cwd: &Path) -> Result<Run, Failed> {
    let mut command = Command::new(interpreter);
    let helpers = program.with_extension("");
    if helpers.is_dir() {
        command.env("PYTHONPATH", &helpers);
    } else {
        command.env_remove("PYTHONPATH");
    }
    let mut child = command
        .arg(program)
        .current_dir(cwd)
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", interpreter.display()))?;

    // Drain both pipes on their own threads so a chatty program cannot block
    // on a full pipe while we wait for it.
    let stdout = Drain::start(child.stdout.take());
    let stderr = Drain::start(child.stderr.take());

    let status = wait_with_timeout(&mut child)?;
    let stdout = stdout.finish();
    let stderr = stderr.finish();
    match status {
        Some(status) => Ok(Run {
            status,
            stdout,
            stderr,
        }),
        None => Err(format!(
            "timed out after {} s and was killed\n{}{}",
            TIMEOUT.as_secs(),
            tail_of_stdout(&stdout),
            stderr_tail(&String::from_utf8_lossy(&stderr))
        )
        .into()),
    }
}

/// A thread that reads a pipe to its end into a shared buffer.
struct Drain {
    buf: Arc<Mutex<Vec<u8>>>,
    thread: thread::JoinHandle<()>,
}

impl Drain {
    fn start<R: Read + Send + 'static>(pipe: Option<R>) -> Drain {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let shared = Arc::clone(&buf);
        let thread = thread::spawn(move || {
            let Some(mut pipe) = pipe else { return };
            let mut chunk = [0u8; 8192];
            while let Ok(n) = pipe.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                shared.lock().unwrap().extend_from_slice(&chunk[..n]);
            }
        });
        Drain { buf, thread }
    }

    /// What was read. Waits a little for the end of the pipe, but not forever:
    /// a grandchild the program left behind may hold the pipe open.
    fn finish(self) -> Vec<u8> {
        let deadline = Instant::now() + Duration::from_secs(5);
        while !self.thread.is_finished() && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(5));
        }
        let buf = self.buf.lock().unwrap();
        buf.clone()
    }
}

/// Waits for the child; `None` if it ran past [`TIMEOUT`] (it is then killed).
fn wait_with_timeout(child: &mut Child) -> Result<Option<ExitStatus>, Failed> {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
        thread::sleep(Duration::from_millis(10));
    }
}

fn describe_status(status: ExitStatus) -> String {
    match status.code() {
        Some(code) => format!("exit status {code}"),
        None => format!("{status} (killed by a signal: a crash?)"),
    }
}

fn last_nonempty_line(text: &str) -> &str {
    text.lines()
        .rev()
        .map(str::trim_end)
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
}

fn stderr_tail(stderr: &str) -> String {
    if stderr.trim().is_empty() {
        return "\n(stderr was empty)".to_string();
    }
    let lines: Vec<&str> = stderr.lines().collect();
    let start = lines.len().saturating_sub(STDERR_TAIL_LINES);
    format!("\n--- stderr (tail) ---\n{}", lines[start..].join("\n"))
}

fn tail_of_stdout(stdout: &[u8]) -> String {
    let text = String::from_utf8_lossy(stdout);
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(5);
    format!("--- stdout (tail) ---\n{}", lines[start..].join("\n"))
}

/// A readable description of the first line where `actual` differs from
/// `expected`, or `None` if they are equal.
fn first_difference(expected: &[u8], actual: &[u8]) -> Option<String> {
    if expected == actual {
        return None;
    }
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let index = exp
        .iter()
        .zip(act.iter())
        .position(|(e, a)| e != a)
        .unwrap_or(exp.len().min(act.len()));

    let mut msg = String::new();
    let context_start = index.saturating_sub(3);
    if context_start < index {
        msg.push_str("  (same)      ");
        msg.push_str(&exp[context_start..index].join("  (same)      "));
        if !msg.ends_with('\n') {
            msg.push('\n');
        }
    }
    let show = |line: Option<&&str>| match line {
        Some(line) => format!("{line:?}"),
        None => "<end of output>".to_string(),
    };
    msg.push_str(&format!(
        "first difference at line {}:\n  expected:   {}\n  actual:     {}\n",
        index + 1,
        show(exp.get(index)),
        show(act.get(index)),
    ));
    msg.push_str(&format!(
        "(expected {} lines, got {} lines)",
        exp.len(),
        act.len()
    ));
    Some(msg)
}
