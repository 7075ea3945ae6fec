//! The `genpy` command line, mirroring `python`: run a file, `-c CODE`, `-m MODULE`,
//! `-i` for a REPL afterwards, or the REPL alone; `genpy dis`, the disassembler; and
//! `genpy trace`, the tracer.

use std::ffi::{OsStr, OsString};
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use genpy::vm::output::write_stderr;
use genpy::{Interpreter, RunError};

/// The small-block cache over the C allocator, counting the heap only when
/// `--max-memory` is given.
#[global_allocator]
static ALLOC: genpy::vm::limits::CountingAlloc = genpy::vm::limits::CountingAlloc;

/// The end of `--help`: the `dis` first word, the exit statuses, examples.
const AFTER_HELP: &str = "\
Disassembler: genpy dis [--explain] FILE | genpy dis [--explain] -c CODE
  prints the bytecode of every code object, showing how generators suspend and resume
  (--explain adds a legend). `dis` is taken as this command only when it is the first
  argument and no file named `dis` exists in the current directory; otherwise
  `genpy dis` runs that file. `genpy --dis FILE` is the same as `genpy dis FILE`.

Tracer: genpy trace [--format text|jsonl] [-o FILE] [--html OUT.html] [--only NAME] FILE [ARGS]
  runs the program and reports every generator's life (created, resumed, yielded with
  its line, locals and value stack, returned, raised, closed, finalized) on stderr or
  in FILE, or as a page to step through in a browser (--html); the program's stdout is
  untouched. See `genpy trace --help`.

Environment: NO_COLOR (set and not empty) turns off the colours of the REPL and of
tracebacks on a terminal; GENPY_HISTORY is the REPL's history file (empty: keep no
history; default ~/.genpy_history); PAGER shows long help() pages (default less).

Exit status: 0 on success; 1 after an uncaught exception or a syntax error; 2 for a usage
error or a file that cannot be opened; the status given to sys.exit() or exit() (its low
8 bits); 120 when stdout could not be written (a full disk); 130 after an uncaught Ctrl-C;
70 for an internal error (a bug in genpy).

Limits (for teaching): --max-steps N, --timeout S and --max-memory MB stop a runaway
program with `genpy: stopped: ...` naming the limit (after the traceback of where it
was), exit status 1. The program cannot catch the stop: once a limit is crossed, every
loop round and call raises it again. Steps are counted only where the interpreter checks
for Ctrl-C (a loop going round, a call); a long native operation runs to its end, except
that --timeout ends the process a second after the time is up in any case.

Examples:
  genpy pipeline.py data.log        run a script with arguments
  genpy -c 'print(sum(x*x for x in range(10)))'
  genpy -m mypackage                run a package's __main__ from sys.path
  cat prog.py | genpy               run a program read from stdin (also: genpy - ARGS)
  genpy -i coroutines.py            run, then explore its generators in the REPL
  genpy dis --explain gen.py        see where each generator suspends and resumes
  genpy trace gen.py                watch each generator start, yield and resume
  genpy trace --html gen.html gen.py  step through it in a browser";

/// Run Python 3.11 generator programs, or explore them in a REPL.
#[derive(Parser, Debug)]
#[command(name = "genpy", version, about, long_about = None, after_help = AFTER_HELP)]
struct Cli {
    /// Program passed in as a string (like `python -c`).
    #[arg(short = 'c', value_name = "CODE")]
    command: Option<OsString>,
    /// Run a module found on `sys.path` as the script (like `python -m`).
    #[arg(short = 'm', value_name = "MODULE", conflicts_with = "command")]
    module: Option<String>,
    /// Start the REPL after running the file or command.
    #[arg(short = 'i')]
    inspect: bool,
    /// Print the bytecode of the program instead of running it (as `genpy dis`).
    #[arg(long)]
    dis: bool,
    /// Don't print the REPL's greeting (like `python -q`).
    #[arg(short = 'q')]
    quiet: bool,
    /// Write stdout unbuffered (like `python -u`).
    #[arg(short = 'u')]
    unbuffered: bool,
    /// Ignore PYTHON* environment variables such as PYTHONPATH (like `python -E`).
    #[arg(short = 'E')]
    ignore_environment: bool,
    /// Accepted for compatibility: genpy writes no bytecode files (like `python -B`).
    #[arg(short = 'B')]
    _no_bytecode: bool,
    /// Accepted for compatibility: genpy issues no warnings, so warning filters have
    /// nothing to filter (like `python -W ARG`).
    #[arg(short = 'W', value_name = "ARG")]
    _warnings: Vec<String>,
    /// genpy's implementation options (like `python -X`): `-X warn-exhausted` says so
    /// on stderr when a loop (or list(), sum(), ...) iterates a generator that has
    /// already finished, which otherwise silently gives nothing.
    #[arg(short = 'X', value_name = "OPTION", value_parser = x_option)]
    x_options: Vec<String>,
    #[command(flatten)]
    limits: Limits,
    /// The script to run (`-` reads it from stdin); without one (and without -c or -m)
    /// the REPL starts, or, when stdin is not a terminal, the program on stdin runs.
    /// Everything after it (or after -c CODE) is passed to the program in `sys.argv[1:]`.
    file: Option<PathBuf>,
    /// The program's own arguments, split off before clap sees the command line.
    #[arg(skip)]
    args: Vec<String>,
}

/// The sandbox limits for teaching (options of `genpy` and `genpy trace`): a program
/// that crosses one is stopped with a message naming it, exit status 1.
#[derive(clap::Args, Debug)]
struct Limits {
    /// Stop the program after N steps (a step is a loop going round or a call).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    max_steps: Option<u64>,
    /// Stop the program after S seconds (wall-clock time; fractions allowed).
    #[arg(long, value_name = "S", value_parser = positive_seconds)]
    timeout: Option<f64>,
    /// Stop the program when its heap grows by more than MB megabytes; a single
    /// request beyond that (`[0] * 10**8`) raises MemoryError instead.
    #[arg(long, value_name = "MB", value_parser = clap::value_parser!(u64).range(1..))]
    max_memory: Option<u64>,
}

impl Limits {
    /// Sets the limits the options ask for; without any, nothing is set (and the run
    /// loop's checks cost what the Ctrl-C check alone costs).
    fn apply(&self) {
        use genpy::vm::limits;
        if let Some(n) = self.max_steps {
            limits::set_max_steps(n);
        }
        if let Some(mb) = self.max_memory {
            limits::set_max_memory(mb);
        }
        if let Some(s) = self.timeout {
            limits::set_timeout(s);
        }
    }
}

/// `--timeout`'s value: a positive, finite number of seconds.
fn positive_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if s > 0.0 && s.is_finite() && s < 1e9 => Ok(s),
        _ => Err(format!("'{text}' is not a positive number of seconds")),
    }
}

/// `genpy dis`: the disassembler's own command line.
#[derive(Parser, Debug)]
#[command(
    name = "genpy dis",
    about = "Print the bytecode of a program: every code object, with what a generator \
             keeps while suspended and where it resumes."
)]
struct DisCli {
    /// Print a legend for learners before the listing.
    #[arg(long)]
    explain: bool,
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "file")]
    command: Option<OsString>,
    /// The program to disassemble.
    #[arg(required_unless_present = "command")]
    file: Option<PathBuf>,
}

/// `genpy trace`: the tracer's own command line.
#[derive(Parser, Debug)]
#[command(
    name = "genpy trace",
    about = "Run a program and report every generator's life: created, resumed (by what, \
             from where), yielded (value, line, locals, value stack), returned, raised, \
             closed, finalized. The program's stdout is untouched; events go to stderr \
             or to -o FILE."
)]
struct TraceCli {
    /// How events are written: text (a story, one line per event; the default) or
    /// jsonl (one JSON object per line; schema in docs/trace.md).
    #[arg(long, value_enum)]
    format: Option<TraceFormat>,
    /// Write the events to FILE instead of stderr.
    #[arg(short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Write an HTML page to step through the events (one self-contained file: open it
    /// in a browser). With it, events are written only if --format or -o asks for them.
    #[arg(long, value_name = "OUT.html")]
    html: Option<PathBuf>,
    /// Report only the generators with this name (`__name__`, `__qualname__` or `name#N`).
    #[arg(long, value_name = "NAME")]
    only: Option<String>,
    #[command(flatten)]
    limits: Limits,
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "file")]
    command: Option<OsString>,
    /// The program to trace.
    #[arg(required_unless_present = "command")]
    file: Option<PathBuf>,
    /// The program's own arguments (`sys.argv[1:]`).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// The formats of `genpy trace --format`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum TraceFormat {
    /// One sentence per event, indented by resume depth.
    Text,
    /// One JSON object per line.
    Jsonl,
}

/// True when the command line is `genpy WORD ...` for one of genpy's own commands
/// (`dis`, `trace`): the first argument is exactly the word and no file of that name
/// exists in the current directory (then `genpy WORD` runs it).
fn is_command(raw: &[OsString], word: &str) -> bool {
    raw.get(1).is_some_and(|a| a == word) && !Path::new(word).is_file()
}

/// genpy's long options that take a value as the next argument.
const LIMIT_OPTIONS: [&str; 3] = ["--max-steps", "--timeout", "--max-memory"];

/// Splits the command line like `python` does: genpy's options come first; the script
/// (or `-c CODE`, `-m MODULE`) ends them, and every later argument belongs to the
/// program, even one that looks like an option (`genpy prog.py --help`). Arguments need
/// not be UTF-8: the program sees them with U+FFFD for the bytes that are not.
fn split_args(raw: &[OsString]) -> (Vec<OsString>, Vec<String>) {
    let lossy = |args: &[OsString]| -> Vec<String> {
        args.iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    };
    let mut ours = vec![raw.first().cloned().unwrap_or_else(|| "genpy".into())];
    let mut i = 1;
    while i < raw.len() {
        let a = &raw[i];
        if a == "--" {
            if let Some(script) = raw.get(i + 1) {
                ours.push(script.clone());
                return (ours, lossy(&raw[i + 2..]));
            }
            return (ours, Vec::new());
        }
        if a == "-W" || a == "-X" || LIMIT_OPTIONS.iter().any(|o| a == *o) {
            // An option with a value that does not end genpy's options.
            ours.extend(raw[i..(i + 2).min(raw.len())].iter().cloned());
            i += 2;
            continue;
        }
        if a == "-c" || a == "-m" {
            ours.extend(raw[i..(i + 2).min(raw.len())].iter().cloned());
            return (ours, raw.get(i + 2..).map(lossy).unwrap_or_default());
        }
        let bytes = a.as_encoded_bytes();
        if let Some((flag, value)) = [b"-c", b"-m"]
            .into_iter()
            .find_map(|f| bytes.strip_prefix(f).map(|v| (f, v)))
        {
            // SAFETY: the flag is ASCII, and what follows an ASCII prefix of an
            // OsStr's encoding is itself a valid OsStr encoding.
            ours.push(unsafe { OsStr::from_encoded_bytes_unchecked(flag) }.to_owned());
            ours.push(unsafe { OsStr::from_encoded_bytes_unchecked(value) }.to_owned());
            return (ours, lossy(&raw[i + 1..]));
        }
        ours.push(a.clone());
        if !bytes.starts_with(b"-") || a == "-" {
            return (ours, lossy(&raw[i + 1..]));
        }
        i += 1;
    }
    (ours, Vec::new())
}

/// The last line of defence: a panic is a bug in genpy, reported as one (with where
/// in genpy it happened) instead of Rust's message; `main` then exits with status 70
/// (`EX_SOFTWARE`).
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let msg = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("unknown panic");
        let at = info
            .location()
            .map(|l| format!(" (at {}:{})", l.file(), l.line()))
            .unwrap_or_default();
        write_stderr(&format!(
            "genpy: internal error: {msg}{at}\n\
             This is a bug in genpy: please report it, with the program that caused it.\n"
        ));
    }));
}

fn main() -> ExitCode {
    install_panic_hook();
    let raw: Vec<OsString> = std::env::args_os().collect();
    let job: Box<dyn FnOnce() -> u8 + Send> = if is_command(&raw, "dis") {
        let dis = DisCli::parse_from(raw[1..].iter().cloned());
        Box::new(move || run_dis(dis))
    } else if is_command(&raw, "trace") {
        let trace = TraceCli::parse_from(raw[1..].iter().cloned());
        genpy::vm::install_interrupt_handler();
        trace.limits.apply();
        Box::new(move || run_trace(trace))
    } else {
        let (ours, program_args) = split_args(&raw);
        let mut cli = Cli::parse_from(ours);
        cli.args = program_args;
        genpy::vm::install_interrupt_handler();
        cli.limits.apply();
        Box::new(move || run(cli))
    };
    let worker = std::thread::Builder::new()
        .stack_size(genpy::STACK_SIZE)
        .spawn(move || {
            genpy::vm::receive_interrupts_here();
            job()
        });
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(70),
    }
}

/// An `-X` option genpy knows.
fn x_option(text: &str) -> Result<String, String> {
    match text {
        "warn-exhausted" => Ok(text.to_string()),
        _ => Err("genpy knows one -X option: warn-exhausted".to_string()),
    }
}

fn run(cli: Cli) -> u8 {
    genpy::vm::iterate::set_warn_exhausted(cli.x_options.iter().any(|x| x == "warn-exhausted"));
    if let Some(module) = &cli.module {
        // sys.argv[0] is "-m" until the module is found, then its path.
        let mut argv = vec!["-m".to_string()];
        argv.extend(cli.args.iter().cloned());
        let mut interp = interpreter(&cli, argv);
        let mut status = report(interp.run_main_module(module));
        if cli.inspect {
            if let Some(code) = genpy::repl::run(&mut interp, !cli.quiet) {
                status = exit_status(code);
            }
        }
        return finish(&mut interp, status);
    }
    let (argv0, source, filename) = match read_program(&cli.command, &cli.file) {
        Ok(program) => program,
        Err(status) => return status,
    };
    let mut argv = vec![argv0];
    argv.extend(cli.args.iter().cloned());
    let mut interp = interpreter(&cli, argv);
    let from_file = cli.file.as_deref().is_some_and(|p| p.as_os_str() != "-");
    if cli.command.is_none() && from_file {
        interp.set_main_file(&filename);
    }
    if let (true, Some(text)) = (cli.dis, &source) {
        return print_dis(&interp, text, &filename, false);
    }
    let mut status = 0;
    if let Some(text) = source {
        status = report(interp.run_source(&text, &filename));
        if !cli.inspect {
            return finish(&mut interp, status);
        }
    }
    if let Some(code) = genpy::repl::run(&mut interp, !cli.quiet) {
        status = exit_status(code);
    }
    finish(&mut interp, status)
}

/// Shuts the interpreter down; the exit status is 120 when stdout could not be
/// written, as CPython's is, whatever the program's status was.
fn finish(interp: &mut Interpreter, status: u8) -> u8 {
    match interp.finish() {
        true => status,
        false => 120,
    }
}

/// An interpreter for the program's `argv`, as the options say (`-E`, `-u`).
fn interpreter(cli: &Cli, argv: Vec<String>) -> Interpreter {
    let mut interp = Interpreter::new(argv);
    if cli.ignore_environment {
        interp.ignore_environment();
    }
    // As python: PYTHONUNBUFFERED set to anything non-empty is `-u`, unless `-E`.
    let env_unbuffered = !cli.ignore_environment
        && std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    if cli.unbuffered || env_unbuffered {
        interp.set_unbuffered();
    }
    interp
}

/// `sys.argv[0]`, the source and the file name of the program given by `-c CODE` or a
/// path (all empty without either), or the exit status after reporting why it cannot
/// be read.
fn read_program(
    command: &Option<OsString>,
    file: &Option<PathBuf>,
) -> Result<(String, Option<String>, String), u8> {
    match (command, file) {
        (Some(code), _) => match code.to_str() {
            Some(code) => Ok(("-c".to_string(), Some(code.into()), "<string>".to_string())),
            None => {
                write_stderr(&undecodable_command(code));
                Err(1)
            }
        },
        (None, Some(path)) if path.as_os_str() == "-" => stdin_program("-"),
        (None, Some(path)) => match std::fs::read(path) {
            Ok(bytes) => {
                // Like CPython 3.11, tracebacks and __file__ use the absolute path.
                let shown = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
                let shown = shown.display().to_string();
                let text = decode_program(&bytes, &shown)?;
                Ok((path.display().to_string(), Some(text), shown))
            }
            Err(e) => {
                let abs = std::fs::canonicalize(path)
                    .unwrap_or_else(|_| std::env::current_dir().unwrap_or_default().join(path));
                write_stderr(&format!(
                    "genpy: can't open file '{}': [Errno {}] {}\n",
                    abs.display(),
                    e.raw_os_error().unwrap_or(2),
                    plain_io_error(&e)
                ));
                Err(2)
            }
        },
        // As python: a program piped or redirected into stdin runs; a terminal gets
        // the REPL.
        (None, None) if !std::io::stdin().is_terminal() => stdin_program(""),
        (None, None) => Ok((String::new(), None, String::new())),
    }
}

/// A program file's text (PEP 263), or CPython's SyntaxError (exit status 1) when
/// its bytes are not in its encoding.
fn decode_program(bytes: &[u8], file: &str) -> Result<String, u8> {
    genpy::source::encoding::decode(bytes)
        .map(|text| text.into_owned())
        .map_err(|e| {
            write_stderr(&format!("SyntaxError: {}\n", e.message(file)));
            1
        })
}

/// The program read from stdin (`genpy -`, or stdin not a terminal), shown as
/// `<stdin>`, with `sys.argv[0]` set to `argv0` as CPython sets it.
fn stdin_program(argv0: &str) -> Result<(String, Option<String>, String), u8> {
    let mut bytes = Vec::new();
    match std::io::stdin().read_to_end(&mut bytes) {
        Ok(_) => Ok((
            argv0.to_string(),
            Some(decode_program(&bytes, "<stdin>")?),
            "<stdin>".to_string(),
        )),
        Err(e) => {
            write_stderr(&format!("genpy: can't read the program from stdin: {e}\n"));
            Err(2)
        }
    }
}

/// `genpy dis`: prints the listing (after the legend with `--explain`).
fn run_dis(dis: DisCli) -> u8 {
    let (argv0, source, filename) = match read_program(&dis.command, &dis.file) {
        Ok(program) => program,
        Err(status) => return status,
    };
    let interp = Interpreter::new(vec![argv0]);
    print_dis(&interp, &source.unwrap_or_default(), &filename, dis.explain)
}

/// `genpy trace`: runs the program with a [`genpy::teach::trace::Tracer`] installed,
/// then writes the HTML page if `--html` asked for one.
fn run_trace(trace: TraceCli) -> u8 {
    use genpy::teach::trace::{Format, Sink, Tracer};
    let (argv0, source, filename) = match read_program(&trace.command, &trace.file) {
        Ok(program) => program,
        Err(status) => return status,
    };
    let out: Box<dyn std::io::Write> = match &trace.output {
        Some(path) => match create_file(path) {
            Ok(f) => Box::new(std::io::BufWriter::new(f)),
            Err(status) => return status,
        },
        None => Box::new(std::io::stderr()),
    };
    let format = match (trace.format, &trace.html, &trace.output) {
        (Some(TraceFormat::Jsonl), _, _) => Format::JsonLines,
        (Some(TraceFormat::Text), _, _) | (None, None, _) | (None, Some(_), Some(_)) => {
            Format::Text
        }
        (None, Some(_), None) => Format::Quiet,
    };
    let html = match &trace.html {
        Some(path) => match create_file(path) {
            Ok(f) => Some(f),
            Err(status) => return status,
        },
        None => None,
    };
    let sink = Sink::new(out, html.is_some());
    let mut argv = vec![argv0];
    argv.extend(trace.args.iter().cloned());
    let mut interp = Interpreter::new(argv);
    if trace.command.is_none() {
        interp.set_main_file(&filename);
    }
    let tracer = Tracer::new(format, trace.only, sink.clone());
    interp.set_observer(Some(Box::new(tracer)));
    let text = source.unwrap_or_default();
    let status = report(interp.run_source(&text, &filename));
    let status = finish(&mut interp, status);
    if let (Some(mut file), Some(path)) = (html, &trace.html) {
        use std::io::Write;
        let page = genpy::teach::trace_html::page(&filename, &text, &sink.borrow());
        if let Err(e) = file.write_all(page.as_bytes()) {
            write_stderr(&format!(
                "genpy trace: can't write {}: {}\n",
                path.display(),
                plain_io_error(&e)
            ));
            return 2;
        }
    }
    status
}

/// Creates (or truncates) the file at `path`, or reports why it cannot (status 2).
fn create_file(path: &Path) -> Result<std::fs::File, u8> {
    std::fs::File::create(path).map_err(|e| {
        write_stderr(&format!(
            "genpy trace: can't write {}: {}\n",
            path.display(),
            plain_io_error(&e)
        ));
        2
    })
}

/// Compiles `text` and prints its disassembly, or reports the syntax error.
fn print_dis(interp: &Interpreter, text: &str, filename: &str, explain: bool) -> u8 {
    match interp.compile(text, filename, genpy::compile::Mode::Exec) {
        Ok(code) => {
            if explain {
                print!("{}", genpy::teach::dis::LEGEND);
            }
            print!("{}", genpy::teach::dis::disassemble(&code));
            0
        }
        Err(e) => report(Err(e)),
    }
}

/// Prints an error the way `python` does and returns the exit status.
fn report(r: Result<(), RunError>) -> u8 {
    match r {
        Ok(()) => 0,
        Err(RunError::Syntax(text)) | Err(RunError::Exception(text)) => {
            write_stderr(&genpy::diag::colour::for_stderr(&text));
            1
        }
        Err(RunError::Interrupted(text)) => {
            write_stderr(&genpy::diag::colour::for_stderr(&text));
            130
        }
        Err(RunError::Exit(code)) => exit_status(code),
    }
}

/// The process exit status for `sys.exit(code)`: the low 8 bits, as the OS keeps them
/// (`sys.exit(-1)` exits 255, as in CPython).
fn exit_status(code: i32) -> u8 {
    code as u8
}

/// CPython's refusal of a `-c` command that is not UTF-8 (it decodes the command with
/// surrogate escapes, then cannot encode the first escaped byte).
fn undecodable_command(code: &OsStr) -> String {
    let bytes = code.as_encoded_bytes();
    let (valid, bad) = match std::str::from_utf8(bytes) {
        Ok(_) => (bytes.len(), 0),
        Err(e) => (e.valid_up_to(), bytes[e.valid_up_to()]),
    };
    let position = String::from_utf8_lossy(&bytes[..valid]).chars().count();
    format!(
        "Unable to decode the command from the command line:\n\
         UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc{bad:02x}' in \
         position {position}: surrogates not allowed\n"
    )
}

/// The OS message without Rust's " (os error N)" suffix.
fn plain_io_error(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(p) => s[..p].to_string(),
        None => s,
    }
}
