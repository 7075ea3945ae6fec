//! Tests of the `genpy` binary as a process: exit statuses and signals, which golden
//! programs (stdout and the final error line) cannot express.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn genpy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_genpy"))
}

/// checks that `sys.exit(n)` exits with n's low 8 bits, as the OS keeps them.
#[test]
fn sys_exit_status_is_taken_modulo_256() {
    for (code, status) in [("-1", 255), ("3", 3), ("256", 0), ("True", 1)] {
        let out = genpy()
            .args(["-c", &format!("import sys; sys.exit({code})")])
            .output()
            .expect("genpy runs");
        assert_eq!(out.status.code(), Some(status), "sys.exit({code})");
    }
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
