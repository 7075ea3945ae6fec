//! The REPL driven through a pseudo-terminal, as a person at a terminal drives it:
//! keys typed one by one (slower than a paste), or a block sent at once as a paste
//! without bracketed paste; completion, auto-indent, Ctrl-C, Ctrl-D, exit statuses,
//! the history file and colours. Each test starts `genpy` on a fresh pty with its
//! own HOME.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a test waits for the output it expects.
const PATIENCE: Duration = Duration::from_secs(20);

/// The pause between two typed keys (a paste sends its keys without one).
const KEYSTROKE: Duration = Duration::from_millis(25);

/// The pause before a Tab and after Enter or Tab.
const THINKING: Duration = Duration::from_millis(200);

/// A `genpy` REPL on a pseudo-terminal.
struct Session {
    master: File,
    child: Child,
    /// Everything the REPL wrote to the terminal so far.
    screen: Arc<Mutex<String>>,
}

impl Session {
    /// Starts the REPL with HOME at `home` and the extra environment `env`.
    fn start(home: &Path, env: &[(&str, &str)]) -> Session {
        let (mut master_fd, mut slave_fd) = (0, 0);
        let size = libc::winsize {
            ws_row: 40,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty writes two descriptors; the winsize is valid.
        let r = unsafe {
            libc::openpty(
                &mut master_fd,
                &mut slave_fd,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(r, 0, "openpty failed");
        // SAFETY: both descriptors were just opened and are owned here.
        let (master, slave) =
            unsafe { (File::from_raw_fd(master_fd), OwnedFd::from_raw_fd(slave_fd)) };
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_genpy"));
        cmd.env_clear()
            .env("HOME", home)
            .env("TERM", "xterm")
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        for (k, v) in env {
            cmd.env(k, v);
        }
        // SAFETY: setsid and the ioctl are async-signal-safe; they make the pty the
        // child's controlling terminal, so Ctrl-C sends it SIGINT.
        unsafe {
            cmd.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY, 0);
                Ok(())
            });
        }
        let child = cmd.spawn().expect("genpy starts");
        let screen = Arc::new(Mutex::new(String::new()));
        let mut reader = master.try_clone().unwrap();
        let shared = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                shared
                    .lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        let s = Session {
            master,
            child,
            screen,
        };
        s.expect(">>> ");
        s
    }

    /// Everything shown so far.
    fn screen(&self) -> String {
        self.screen.lock().unwrap().clone()
    }

    /// Waits until the screen shows `text` `times` times; fails the test, showing the
    /// screen, if it does not in time.
    fn expect_n(&self, text: &str, times: usize) {
        let start = Instant::now();
        while self.screen().matches(text).count() < times {
            if start.elapsed() > PATIENCE {
                panic!(
                    "never saw {text:?} x{times}; the screen:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the screen shows `text`.
    fn expect(&self, text: &str) {
        self.expect_n(text, 1);
    }

    /// Waits until `text` shows once more than it does now, after `action`.
    fn expect_new(&mut self, text: &str, action: impl FnOnce(&mut Session)) {
        let before = self.screen().matches(text).count();
        action(self);
        self.expect_n(text, before + 1);
    }

    /// Types `keys` one at a time, as a person does: a pause between keys, and a
    /// longer one around Tab and after Enter, so that even a loaded machine reads
    /// them as typed (keys read in a burst are taken for a paste).
    fn type_keys(&mut self, keys: &str) {
        for c in keys.chars() {
            if c == '\t' {
                std::thread::sleep(THINKING);
            }
            let mut b = [0; 4];
            self.master
                .write_all(c.encode_utf8(&mut b).as_bytes())
                .unwrap();
            std::thread::sleep(if c == '\r' || c == '\t' {
                THINKING
            } else {
                KEYSTROKE
            });
        }
    }

    /// Sends `text` at once, as a terminal without bracketed paste pastes it.
    fn paste(&mut self, text: &str) {
        self.master.write_all(text.as_bytes()).unwrap();
    }

    /// Waits for the REPL to exit: its status.
    fn exit_status(mut self) -> i32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            if start.elapsed() > PATIENCE {
                let _ = self.child.kill();
                panic!("the REPL did not exit; the screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A fresh, empty directory for a test's HOME, removed when the test ends.
struct Home(PathBuf);

impl std::ops::Deref for Home {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A fresh, empty directory for a test's HOME.
fn home(name: &str) -> Home {
    let dir = std::env::temp_dir().join(format!("genpy-repl-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Home(dir)
}

/// Plain output, so the tests can look for text.
const PLAIN: &[(&str, &str)] = &[("NO_COLOR", "1")];

/// checks that a generator function typed without indenting is indented by the
/// REPL, that Tab completes `g.se` to `g.send`, and that the session goes on after
/// an error.
#[test]
fn auto_indent_completion_and_an_error() {
    let dir = home("indent");
    let mut s = Session::start(&dir, PLAIN);
    s.type_keys("def gen(n):\ri = 0\rwhile i < n:\ryield i * 10\ri += 1\r\r\r");
    s.expect(">>> ");
    s.type_keys("g = gen(3)\r");
    s.type_keys("g.se\t");
    s.expect("g.send");
    s.expect_new("0\r\n", |s| s.type_keys("(None)\r"));
    s.expect_new("[10, 20]", |s| s.type_keys("list(g)\r"));
    s.expect_new("ZeroDivisionError: division by zero", |s| {
        s.type_keys("1/0\r")
    });
    s.expect_new("42", |s| s.type_keys("6*7\r"));
}

/// checks that Tab at the start of a continuation line indents and that completion
/// offers module names after `import`.
#[test]
fn tab_indents_and_completes_module_names() {
    let dir = home("tab");
    let mut s = Session::start(&dir, PLAIN);
    s.type_keys("import itert\t");
    s.expect("itertools");
    s.type_keys("\r");
    s.expect_new("'ok'", |s| s.type_keys("if True:\r'ok'\r\r"));
}

/// checks that a block pasted without bracketed paste keeps every line, blank
/// lines inside the def included, and that the statement after it runs too.
#[test]
fn a_paste_keeps_every_line() {
    let dir = home("paste");
    let mut s = Session::start(&dir, PLAIN);
    s.paste(
        "def gen(n):\r    i = 0\r\r    while i < n:\r        yield i\r\r        i += 1\r\rprint(list(gen(4)))\r",
    );
    s.expect("[0, 1, 2, 3]");
    s.paste("class C:\r    x = 1\r\r    def f(self):\r        return self.x + len('a\tb')\r\rprint(C().f())\r");
    s.expect("4\r\n");
    s.paste("def h():\r\treturn 'tab-indented'\r\rh()\r");
    s.expect("'tab-indented'");
    assert!(!s.screen().contains("Error"), "{}", s.screen());
}

/// checks that a paste ending in a blank line runs at once, without another Enter,
/// and that the probe's `... ` is taken off the screen (a blank line inside the
/// pasted block still keeps it open).
#[test]
fn a_paste_ending_in_a_blank_line_runs_at_once() {
    let dir = home("paste-end");
    let mut s = Session::start(&dir, PLAIN);
    s.paste("for i in range(3):\r    j = i * 2\r\r    print('got', j)\r\r");
    s.expect("got 4");
    s.expect_n(">>> ", 2);
    s.paste("def f():\r    return 'ran'\r\r");
    s.expect_n(">>> ", 3);
    s.expect_new("'ran'", |s| s.type_keys("f()\r"));
    assert!(!s.screen().contains("Error"), "{}", s.screen());
}

/// checks that Ctrl-D at `... ` runs the block typed so far and Ctrl-D at `>>> `
/// exits with status 0.
#[test]
fn ctrl_d_runs_the_block_then_exits() {
    let dir = home("ctrld");
    let mut s = Session::start(&dir, PLAIN);
    s.type_keys("for i in range(3):\rprint(i * 7)\r");
    s.expect_new("14", |s| s.type_keys("\x04"));
    s.expect_n(">>> ", 2);
    s.type_keys("\x04");
    assert_eq!(s.exit_status(), 0);
}

/// checks that Ctrl-C interrupts time.sleep and a blocked input(), and that the
/// session goes on.
#[test]
fn ctrl_c_interrupts_sleep_and_input() {
    let dir = home("ctrlc");
    let mut s = Session::start(&dir, PLAIN);
    s.type_keys("import time; time.sleep(60)\r");
    std::thread::sleep(Duration::from_millis(500));
    s.expect_new("KeyboardInterrupt", |s| s.type_keys("\x03"));
    s.type_keys("input('? ')\r");
    s.expect("? ");
    std::thread::sleep(Duration::from_millis(300));
    s.expect_new("KeyboardInterrupt", |s| s.type_keys("\x03"));
    s.expect_new("42", |s| s.type_keys("6*7\r"));
}

/// checks that exit(n) exits with status n.
#[test]
fn exit_gives_its_status() {
    let dir = home("exit");
    let mut s = Session::start(&dir, PLAIN);
    s.type_keys("exit(3)\r");
    assert_eq!(s.exit_status(), 3);
}

/// checks that the history is kept in ~/.genpy_history for the next session, and
/// that GENPY_HISTORY= (empty) keeps none.
#[test]
fn history_is_kept_across_sessions() {
    let dir = home("history");
    let mut s = Session::start(&dir, PLAIN);
    s.expect_new("remembered", |s| s.type_keys("print('remem' + 'bered')\r"));
    s.type_keys("\x04");
    assert_eq!(s.exit_status(), 0);
    assert!(dir.join(".genpy_history").is_file());
    let mut s = Session::start(&dir, PLAIN);
    s.type_keys("\x1b[A");
    s.expect("print('remem' + 'bered')");
    s.expect_new("remembered", |s| s.type_keys("\r"));

    let dir = home("nohistory");
    let mut env = PLAIN.to_vec();
    env.push(("GENPY_HISTORY", ""));
    let mut s = Session::start(&dir, &env);
    s.expect_new("42", |s| s.type_keys("6*7\r"));
    s.type_keys("\x04");
    assert_eq!(s.exit_status(), 0);
    assert!(!dir.join(".genpy_history").exists());
}

/// checks that keywords, numbers and tracebacks are coloured on a terminal, and
/// that NO_COLOR turns every colour off.
#[test]
fn colours_on_a_terminal_and_none_under_no_color() {
    let dir = home("colour");
    let mut s = Session::start(&dir, &[]);
    s.expect_new("division by zero", |s| s.type_keys("if 1/0: pass\r\r"));
    let screen = s.screen();
    assert!(screen.contains("\x1b[1;34mif\x1b[0m"), "{screen:?}");
    assert!(
        screen.contains("\x1b[1;31mZeroDivisionError\x1b[0m"),
        "{screen:?}"
    );
    let dir = home("nocolour");
    let mut s = Session::start(&dir, PLAIN);
    s.expect_new("division by zero", |s| s.type_keys("if 1/0: pass\r\r"));
    assert!(!s.screen().contains("\x1b[1;"), "{:?}", s.screen());
}

/// checks that a continuation line inside a triple-quoted string opened on an
/// earlier line is coloured as a string (its `if` not as a keyword), and that a
/// bracket closing one opened on an earlier line is not marked as a mismatch.
#[test]
fn continuation_lines_are_coloured_as_what_they_continue() {
    let dir = home("colour-continued");
    let mut s = Session::start(&dir, &[]);
    s.expect_new("'one\\nif two'", |s| {
        s.type_keys("s = '''one\rif two'''\rs\r")
    });
    let screen = s.screen();
    assert!(screen.contains("\x1b[32mif two'''\x1b[0m"), "{screen:?}");
    assert!(!screen.contains("\x1b[1;34mif\x1b[0m two"), "{screen:?}");
    s.expect_new("(1, 2)", |s| s.type_keys("(1,\r2)\r"));
    assert!(!s.screen().contains("\x1b[1;41;37m)"), "{:?}", s.screen());
}

/// checks that help() shows a short page in place and a long one through $PAGER on
/// a terminal.
#[test]
fn help_pages_go_through_the_pager_when_long() {
    let mut env = PLAIN.to_vec();
    env.push(("PAGER", "sed 's/^/PAGED:/'"));
    let dir = home("pager");
    let mut s = Session::start(&dir, &env);
    s.expect_new("    Return the number of items in a container.", |s| {
        s.type_keys("help(len)\r")
    });
    assert!(!s.screen().contains("PAGED:"), "{}", s.screen());
    s.expect_new("PAGED:class str(object)", |s| s.type_keys("help(str)\r"));
    s.expect_new("42", |s| s.type_keys("6*7\r"));
}
