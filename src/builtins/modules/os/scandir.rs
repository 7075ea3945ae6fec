//! `scandir(path)`: a lazy iterator over a directory's entries, in the order the
//! system lists them, each a tuple `(name, is_dir, is_file, is_symlink, inode)` read
//! from the directory itself (no `stat` per entry, as CPython's `DirEntry` does);
//! `os.py` wraps them in `DirEntry` objects.

use std::cell::RefCell;
use std::fs;
use std::os::unix::fs::DirEntryExt;
use std::rc::Rc;

use super::{name_value, path_arg, uint, Accepts};
use crate::builtins::oserror;
use crate::objects::args;
use crate::objects::class::{types, Class};
use crate::objects::native::{Native, NativeObject};
use crate::objects::{KwArgs, PyResult, Value};
use crate::vm::Vm;

/// An open directory being read.
#[derive(Debug)]
struct ScandirIter {
    /// The path it was opened with, for errors.
    path: String,
    /// The directory, until it is exhausted.
    entries: RefCell<Option<fs::ReadDir>>,
}

impl NativeObject for ScandirIter {
    fn class(&self) -> Rc<Class> {
        types().iter_class(self.type_name())
    }

    fn type_name(&self) -> &'static str {
        "_os.scandir_iterator"
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _: &mut Vm) -> PyResult<Option<Value>> {
        let mut entries = self.entries.borrow_mut();
        let Some(dir) = entries.as_mut() else {
            return Ok(None);
        };
        let Some(entry) = dir.next() else {
            // Exhausted: the directory closes now, as CPython's iterator does.
            *entries = None;
            return Ok(None);
        };
        let error = |e: std::io::Error| oserror::from_io(&e, Some(Value::str(&self.path)), None);
        let entry = entry.map_err(error)?;
        let kind = entry.file_type().map_err(error)?;
        Ok(Some(Value::tuple(vec![
            name_value(&entry.file_name())?,
            Value::Bool(kind.is_dir()),
            Value::Bool(kind.is_file()),
            Value::Bool(kind.is_symlink()),
            uint(entry.ino()),
        ])))
    }
}

/// `scandir(path)`: the entries of directory `path`, read as they are asked for.
pub fn scandir(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("scandir", a, 1, 1)?;
    let path = path_arg(vm, &a[0], "scandir", Accepts::PathFdOrNone)?;
    let dir =
        fs::read_dir(&path).map_err(|e| oserror::from_io(&e, Some(Value::str(&path)), None))?;
    Ok(Native::value(ScandirIter {
        path,
        entries: RefCell::new(Some(dir)),
    }))
}
