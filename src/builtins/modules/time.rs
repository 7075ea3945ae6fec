//! `time`, native half: the clocks (`time`, `monotonic`, `perf_counter`,
//! `process_time`, `thread_time` and their `_ns` forms), `sleep`, and the C library's calendar
//! conversions the Python half (`lib/time.py`) builds `gmtime`, `localtime`, `mktime`
//! and the `timezone`/`tzname` constants on: `_broken_down`, `_mktime` and `_zone`;
//! and `_strftime`, the C library's `strftime` behind `time.strftime` and `asctime`.
//! Local time is the C library's, so it follows the process's `TZ` as CPython does.

use super::math::float_arg;
use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static TIME: &[MethodDef] = &[
    MethodDef::new("time", time),
    MethodDef::new("time_ns", time_ns),
    MethodDef::new("perf_counter", monotonic),
    MethodDef::new("perf_counter_ns", monotonic_ns),
    MethodDef::new("monotonic", monotonic),
    MethodDef::new("monotonic_ns", monotonic_ns),
    MethodDef::new("process_time", process_time),
    MethodDef::new("process_time_ns", process_time_ns),
    MethodDef::new("thread_time", thread_time),
    MethodDef::new("thread_time_ns", thread_time_ns),
    MethodDef::new("sleep", sleep),
    MethodDef::new("_broken_down", broken_down),
    MethodDef::new("_mktime", mktime),
    MethodDef::new("_zone", zone),
    MethodDef::new("_strftime", strftime),
];

/// Builds the native part of the `time` module.
pub fn module() -> Value {
    native_module("time", TIME, vec![])
}

/// Nanoseconds since the epoch by the wall clock.
fn wall_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}

/// Nanoseconds of the C library clock `id` (monotonic or process CPU time).
fn clock_ns(id: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec it is given.
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

fn seconds(ns: i64) -> Value {
    Value::Float(ns as f64 / 1e9)
}

fn time(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("time", a, 0, 0)?;
    Ok(seconds(wall_ns()))
}

fn time_ns(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("time_ns", a, 0, 0)?;
    Ok(Value::Int(wall_ns()))
}

fn monotonic(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("monotonic", a, 0, 0)?;
    Ok(seconds(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn monotonic_ns(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("monotonic_ns", a, 0, 0)?;
    Ok(Value::Int(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn process_time(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("process_time", a, 0, 0)?;
    Ok(seconds(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn process_time_ns(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("process_time_ns", a, 0, 0)?;
    Ok(Value::Int(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn thread_time(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("thread_time", a, 0, 0)?;
    Ok(seconds(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)))
}

fn thread_time_ns(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("thread_time_ns", a, 0, 0)?;
    Ok(Value::Int(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)))
}

fn sleep(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("sleep", a, 1, 1)?;
    // A length that is not a number is refused as CPython refuses a non-integer.
    let s = float_arg(&a[0]).or_else(|_| args::int(&a[0], "").map(|i| i as f64))?;
    if s.is_nan() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "Invalid value NaN (not a number)",
        ));
    }
    if s < 0.0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "sleep length must be non-negative",
        ));
    }
    // CPython keeps times as i64 nanoseconds; longer lengths are refused, with a
    // message that depends on whether the length was an int or a float.
    if s * 1e9 >= i64::MAX as f64 {
        let message = match &a[0] {
            Value::Float(_) => "timestamp out of range for platform time_t",
            _ => "timestamp too large to convert to C _PyTime_t",
        };
        return Err(PyErr::new(ExcKind::OverflowError, message));
    }
    let length = std::time::Duration::from_nanos((s * 1e9) as u64);
    // In slices, so that Ctrl-C interrupts a long sleep as it does in CPython.
    let end = std::time::Instant::now() + length;
    loop {
        crate::vm::check_interrupt()?;
        let left = end.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return Ok(Value::None);
        }
        std::thread::sleep(left.min(std::time::Duration::from_millis(20)));
    }
}

extern "C" {
    /// POSIX `tzset`: reads `TZ` into the C library's time-zone state (the libc crate
    /// does not declare it).
    fn tzset();
}

fn out_of_range() -> PyErr {
    PyErr::new(
        ExcKind::OverflowError,
        "timestamp out of range for platform time_t",
    )
}

/// A zeroed `struct tm`.
fn empty_tm() -> libc::tm {
    // SAFETY: `struct tm` is plain data (ints and a pointer that may be null).
    unsafe { std::mem::zeroed() }
}

/// The C string `tm_zone` points to (empty when null).
fn zone_name(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: the C library points tm_zone at a NUL-terminated static string.
    unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

/// `struct tm` of `secs` since the epoch, in local time or UTC.
fn tm_of(secs: i64, local: bool) -> PyResult<libc::tm> {
    let t: libc::time_t = secs;
    let mut tm = empty_tm();
    // SAFETY: the _r functions only read `t` and write `tm`.
    let done = unsafe {
        if local {
            tzset();
            libc::localtime_r(&t, &mut tm)
        } else {
            libc::gmtime_r(&t, &mut tm)
        }
    };
    if done.is_null() {
        return Err(crate::builtins::oserror::with_errno(
            std::io::Error::last_os_error().raw_os_error().unwrap_or(75),
            None,
            None,
        ));
    }
    Ok(tm)
}

/// `_broken_down(secs, local)`: the eleven fields of `time.struct_time` (year, month,
/// day, hour, minute, second, weekday with Monday 0, day of the year, isdst, zone
/// name, UTC offset in seconds) for an int number of seconds since the epoch.
fn broken_down(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("_broken_down", a, 2, 2)?;
    let secs = match &a[0] {
        Value::Int(i) => *i,
        Value::BigInt(_) => return Err(out_of_range()),
        other => args::int(other, "")?,
    };
    let tm = tm_of(secs, matches!(a[1], Value::Bool(true)))?;
    let int = |i: i32| Value::Int(i.into());
    Ok(Value::tuple(vec![
        Value::Int(tm.tm_year as i64 + 1900),
        int(tm.tm_mon + 1),
        int(tm.tm_mday),
        int(tm.tm_hour),
        int(tm.tm_min),
        int(tm.tm_sec),
        int((tm.tm_wday + 6) % 7),
        int(tm.tm_yday + 1),
        int(tm.tm_isdst),
        Value::str(&zone_name(&tm)),
        Value::Int(tm.tm_gmtoff),
    ]))
}

/// `_mktime(t, is_struct)`: seconds since the epoch of a time tuple read as local
/// time, as a float; OverflowError where the C library cannot represent it.
fn mktime(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("_mktime", a, 2, 2)?;
    let f = tm_fields("mktime", &a[0], matches!(a[1], Value::Bool(true)))?;
    let mut tm = empty_tm();
    tm.tm_year = f[0].wrapping_sub(1900);
    tm.tm_mon = f[1] - 1;
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = -1;
    tm.tm_yday = f[7] - 1;
    tm.tm_isdst = f[8];
    // SAFETY: mktime reads and normalises the struct it is given.
    let t = unsafe {
        tzset();
        libc::mktime(&mut tm)
    };
    // mktime leaves tm_wday alone when it fails (-1 may also be a valid time).
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "mktime argument out of range",
        ));
    }
    Ok(Value::Float(t as f64))
}

/// `_zone()`: `(timezone, altzone, daylight, tzname[0], tzname[1])` of the process's
/// time zone, found as CPython does from local time on January 1 and July 1 of
/// this year.
fn zone(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("_zone", a, 0, 0)?;
    let now = wall_ns() / 1_000_000_000;
    let year = tm_of(now, false)?.tm_year;
    let mut jan = empty_tm();
    jan.tm_year = year;
    jan.tm_mday = 1;
    // SAFETY: timegm only reads and normalises the struct it is given.
    let jan_t = unsafe { libc::timegm(&mut jan) };
    let jul_t = jan_t + 181 * 24 * 3600;
    let (jan, jul) = (tm_of(jan_t, true)?, tm_of(jul_t, true)?);
    let (jan_off, jul_off) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    let (std, dst) = if jan_off < jul_off {
        (&jul, &jan)
    } else {
        (&jan, &jul)
    };
    Ok(Value::tuple(vec![
        Value::Int(-std.tm_gmtoff),
        Value::Int(-dst.tm_gmtoff),
        Value::Int((jan_off != jul_off) as i64),
        Value::str(&zone_name(std)),
        Value::str(&zone_name(dst)),
    ]))
}

fn value_error(message: &str) -> PyErr {
    PyErr::new(ExcKind::ValueError, message)
}

/// A C `int` field of a time tuple, with CPython's overflow messages.
fn c_int(v: &Value) -> PyResult<i32> {
    let i = match v {
        Value::BigInt(_) => {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C long",
            ))
        }
        other => args::int(other, "")?,
    };
    i32::try_from(i).map_err(|_| {
        let message = if i > 0 {
            "signed integer is greater than maximum"
        } else {
            "signed integer is less than minimum"
        };
        PyErr::new(ExcKind::OverflowError, message)
    })
}

/// The nine C ints of a time tuple (a plain tuple has exactly nine; a struct_time
/// is one whatever it carries besides), as CPython's `gettmarg` reads them.
fn tm_fields(name: &str, t: &Value, is_struct: bool) -> PyResult<[i32; 9]> {
    let items = match t {
        Value::Tuple(items) => items.clone(),
        Value::Instance(inst) => match inst.base.as_deref() {
            Some(Value::Tuple(items)) => items.clone(),
            _ => return Err(tuple_required()),
        },
        _ => return Err(tuple_required()),
    };
    if items.len() != 9 && !is_struct {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{name}(): illegal time tuple argument"),
        ));
    }
    let mut f = [0i32; 9];
    for (slot, v) in f.iter_mut().zip(items.iter()) {
        *slot = c_int(v)?;
    }
    Ok(f)
}

/// The `struct tm` of a time tuple, checked as CPython's `checktm` does (a zero
/// month, day or day of the year means the first; the weekday wraps).
fn checked_tm(name: &str, t: &Value, is_struct: bool) -> PyResult<libc::tm> {
    let f = tm_fields(name, t, is_struct)?;
    let mut tm = empty_tm();
    tm.tm_year = f[0]
        .checked_sub(1900)
        .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "year out of range"))?;
    tm.tm_mon = match f[1] {
        0 => 0,
        1..=12 => f[1] - 1,
        _ => return Err(value_error("month out of range")),
    };
    tm.tm_mday = match f[2] {
        0 => 1,
        1..=31 => f[2],
        _ => return Err(value_error("day of month out of range")),
    };
    if !(0..=23).contains(&f[3]) {
        return Err(value_error("hour out of range"));
    }
    if !(0..=59).contains(&f[4]) {
        return Err(value_error("minute out of range"));
    }
    if !(0..=61).contains(&f[5]) {
        return Err(value_error("seconds out of range"));
    }
    (tm.tm_hour, tm.tm_min, tm.tm_sec) = (f[3], f[4], f[5]);
    // C's remainder keeps the sign, so only -1 (Sunday) is a negative weekday
    // that passes.
    tm.tm_wday = (f[6].wrapping_add(1)) % 7;
    if tm.tm_wday < 0 {
        return Err(value_error("day of week out of range"));
    }
    tm.tm_yday = match f[7] {
        0 => 0,
        1..=366 => f[7] - 1,
        _ => return Err(value_error("day of year out of range")),
    };
    tm.tm_isdst = f[8].clamp(-1, 1);
    Ok(tm)
}

fn tuple_required() -> PyErr {
    PyErr::new(ExcKind::TypeError, "Tuple or struct_time argument required")
}

/// `_strftime(name, format, t, extra)`: `format` applied by the C library to the time
/// tuple `t`, checked as `name()` checks it; `extra` is `(tm_zone, tm_gmtoff)` of a
/// `struct_time`, None for a plain tuple (whose `%Z` is then `tzname[isdst]`).
fn strftime(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("_strftime", a, 4, 4)?;
    let name = args::str(&a[0], "_strftime()")?;
    let format = a[1].as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("{name}() argument 1 must be str, not {}", a[1].type_name()),
        )
    })?;
    let extra = match &a[3] {
        Value::Tuple(items) if items.len() == 2 => Some(items.clone()),
        _ => None,
    };
    let mut tm = checked_tm(name, &a[2], extra.is_some())?;
    let (zone, gmtoff) = match extra.as_ref().map(|items| &items[..]) {
        Some([zone, gmtoff]) => (zone.as_str(), gmtoff),
        _ => (None, &Value::None),
    };
    let zone = zone.and_then(|z| std::ffi::CString::new(z).ok());
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    if let &Value::Int(off) = gmtoff {
        tm.tm_gmtoff = off;
    }
    let format =
        std::ffi::CString::new(format).map_err(|_| value_error("embedded null character"))?;
    let limit = 256 * format.as_bytes().len().max(1);
    let mut size = 1024;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: strftime writes at most `size` bytes into `buf` and reads the
        // format and `tm`, whose zone string outlives the call.
        let n = unsafe {
            tzset();
            libc::strftime(buf.as_mut_ptr().cast(), size, format.as_ptr(), &tm)
        };
        if n > 0 || size >= limit {
            buf.truncate(n);
            return Ok(Value::str(&String::from_utf8_lossy(&buf)));
        }
        size *= 2;
    }
}
