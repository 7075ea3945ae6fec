//! The disassembler: one line per op, in the spirit of CPython's `dis`. Every op has
//! one case (no `_ =>`), so a new op does not compile until it can be printed.

use crate::objects::code::{Code, Op};
use crate::objects::Value;

fn simple(name: &str) -> String {
    name.to_string()
}

fn operand(name: &str, arg: u32) -> String {
    format!("{name:<20} {arg}")
}

fn described(name: &str, arg: u32, what: &str) -> String {
    format!("{name:<20} {arg} ({what})")
}

fn constant(code: &Code, name: &str, i: u32) -> String {
    described(name, i, &const_text(code, i))
}

/// A short text for constant `i` of `code`.
fn const_text(code: &Code, i: u32) -> String {
    match code.consts.get(i as usize) {
        Some(Value::Str(s)) => crate::objects::str::repr_str(s.as_str()),
        Some(Value::Int(n)) => n.to_string(),
        Some(Value::Float(f)) => crate::objects::float::repr_float(*f),
        Some(Value::None) => "None".into(),
        Some(Value::Bool(b)) => if *b { "True" } else { "False" }.into(),
        Some(Value::Code(c)) => format!("<code object {}>", c.name),
        Some(Value::Tuple(_)) => "(...)".into(),
        Some(other) => other.builtin_type_name().into(),
        None => "?".into(),
    }
}

fn local(code: &Code, name: &str, i: u32) -> String {
    described(name, i, code.varnames.get(i as usize).map_or("?", |n| n))
}

fn global(code: &Code, name: &str, i: u32) -> String {
    described(name, i, code.names.get(i as usize).map_or("?", |n| n))
}

fn cell(code: &Code, name: &str, i: u32) -> String {
    let i_us = i as usize;
    let n = code
        .cellvars
        .get(i_us)
        .or_else(|| code.freevars.get(i_us.wrapping_sub(code.cellvars.len())))
        .map_or("?", |n| n);
    described(name, i, n)
}

fn jump(name: &str, target: u32) -> String {
    described(name, target, &format!("to {target}"))
}

/// One op as text.
pub fn disassemble_op(code: &Code, i: usize) -> String {
    match code.ops[i] {
        Op::Nop => simple("NOP"),
        Op::Pop => simple("POP_TOP"),
        Op::Copy(n) => operand("COPY", n),
        Op::Swap(n) => operand("SWAP", n),
        Op::LoadConst(c) => constant(code, "LOAD_CONST", c),
        Op::LoadFast(n) => local(code, "LOAD_FAST", n),
        Op::StoreFast(n) => local(code, "STORE_FAST", n),
        Op::DeleteFast(n) => local(code, "DELETE_FAST", n),
        Op::LoadDeref(n) => cell(code, "LOAD_DEREF", n),
        Op::StoreDeref(n) => cell(code, "STORE_DEREF", n),
        Op::DeleteDeref(n) => cell(code, "DELETE_DEREF", n),
        Op::LoadClosure(n) => cell(code, "LOAD_CLOSURE", n),
        Op::LoadGlobal(n) => global(code, "LOAD_GLOBAL", n),
        Op::StoreGlobal(n) => global(code, "STORE_GLOBAL", n),
        Op::DeleteGlobal(n) => global(code, "DELETE_GLOBAL", n),
        Op::LoadName(n) => global(code, "LOAD_NAME", n),
        Op::StoreName(n) => global(code, "STORE_NAME", n),
        Op::DeleteName(n) => global(code, "DELETE_NAME", n),
        Op::LoadAttr(n) => global(code, "LOAD_ATTR", n),
        Op::StoreAttr(n) => global(code, "STORE_ATTR", n),
        Op::DeleteAttr(n) => global(code, "DELETE_ATTR", n),
        Op::LoadMethod(n) => global(code, "LOAD_METHOD", n),
        Op::CallMethod(n) => operand("CALL_METHOD", n),
        Op::Subscr => simple("BINARY_SUBSCR"),
        Op::StoreSubscr => simple("STORE_SUBSCR"),
        Op::DeleteSubscr => simple("DELETE_SUBSCR"),
        Op::BuildSlice(n) => operand("BUILD_SLICE", n),
        Op::Binary(b) => described("BINARY_OP", 0, b.symbol()),
        Op::Inplace(b) => described("BINARY_OP", 1, &format!("{}=", b.symbol())),
        Op::Unary(u) => format!("UNARY_{}", format!("{u:?}").to_uppercase()),
        Op::Compare(c) => described("COMPARE_OP", 0, &format!("{c:?}")),
        Op::Jump(t) => jump("JUMP", t),
        Op::PopJumpIfFalse(t) => jump("POP_JUMP_IF_FALSE", t),
        Op::PopJumpIfTrue(t) => jump("POP_JUMP_IF_TRUE", t),
        Op::JumpIfFalseOrPop(t) => jump("JUMP_IF_FALSE_OR_POP", t),
        Op::JumpIfTrueOrPop(t) => jump("JUMP_IF_TRUE_OR_POP", t),
        Op::GetIter => simple("GET_ITER"),
        Op::ForIter(t) => jump("FOR_ITER", t),
        Op::BuildTuple(n) => operand("BUILD_TUPLE", n),
        Op::BuildList(n) => operand("BUILD_LIST", n),
        Op::BuildSet(n) => operand("BUILD_SET", n),
        Op::BuildMap(n) => operand("BUILD_MAP", n),
        Op::BuildString(n) => operand("BUILD_STRING", n),
        Op::ListAppend(n) => operand("LIST_APPEND", n),
        Op::SetAdd(n) => operand("SET_ADD", n),
        Op::MapAdd(n) => operand("MAP_ADD", n),
        Op::ListExtend(n) => operand("LIST_EXTEND", n),
        Op::SetUpdate(n) => operand("SET_UPDATE", n),
        Op::DictUpdate(n) => operand("DICT_UPDATE", n),
        Op::DictMerge(n) => operand("DICT_MERGE", n),
        Op::ListToTuple => simple("LIST_TO_TUPLE"),
        Op::FormatValue(n) => operand("FORMAT_VALUE", n),
        Op::UnpackSequence(n) => operand("UNPACK_SEQUENCE", n),
        Op::UnpackEx(n) => operand("UNPACK_EX", n),
        Op::Call(n) => operand("CALL", n),
        Op::CallKw(n) => operand("CALL_KW", n),
        Op::CallEx(n) => operand("CALL_FUNCTION_EX", n),
        Op::MakeFunction(n) => operand("MAKE_FUNCTION", n),
        Op::LoadBuildClass => simple("LOAD_BUILD_CLASS"),
        Op::ReturnValue => simple("RETURN_VALUE"),
        Op::YieldValue(n) => described(
            "YIELD_VALUE",
            n,
            match n {
                1 => "yield from",
                2 => "yield statement: the value sent is dropped",
                _ => "yield",
            },
        ),
        Op::Send(t) => jump("SEND", t),
        Op::GetYieldFromIter => simple("GET_YIELD_FROM_ITER"),
        Op::PushExcInfo => simple("PUSH_EXC_INFO"),
        Op::PopExcept => simple("POP_EXCEPT"),
        Op::CheckExcMatch => simple("CHECK_EXC_MATCH"),
        Op::Reraise => simple("RERAISE"),
        Op::PopExceptReraise => simple("POP_EXCEPT_AND_RERAISE"),
        Op::RaiseVarargs(n) => operand("RAISE_VARARGS", n),
        Op::BeforeWith => simple("BEFORE_WITH"),
        Op::WithExceptStart => simple("WITH_EXCEPT_START"),
        Op::ImportName(n) => global(code, "IMPORT_NAME", n),
        Op::ImportFrom(n) => global(code, "IMPORT_FROM", n),
        Op::ImportStar => simple("IMPORT_STAR"),
        Op::PrintExpr => simple("PRINT_EXPR"),
        Op::LoadAssertionError => simple("LOAD_ASSERTION_ERROR"),
        Op::Unsupported(c) => constant(code, "UNSUPPORTED", c),
        Op::LoadFast2(a, b) => {
            let name = |i: u16| {
                code.varnames
                    .get(i as usize)
                    .map_or("?".to_string(), |n| n.to_string())
            };
            format!(
                "{:<20} {a}, {b} ({}, {})",
                "LOAD_FAST__LOAD_FAST",
                name(a),
                name(b)
            )
        }
        Op::LoadFastConst(a, c) => {
            let name = code
                .varnames
                .get(a as usize)
                .map_or("?".to_string(), |n| n.to_string());
            format!(
                "{:<20} {a}, {c} ({name}, {})",
                "LOAD_FAST__LOAD_CONST",
                const_text(code, c as u32)
            )
        }
        Op::CompareJumpIfFalse(c, t) => described("COMPARE_AND_JUMP", t, &format!("{c:?}, to {t}")),
    }
}

/// A whole code object and, after it, every code object among its constants.
pub fn disassemble(code: &Code) -> String {
    let mut out = format!(
        "Disassembly of <code object {} (line {})>:\n",
        code.qualname, code.first_line
    );
    let mut last_line = 0;
    for i in 0..code.ops.len() {
        let line = code.line_of_op(i);
        let line_col = if line != last_line {
            format!("{line:>4}")
        } else {
            "    ".into()
        };
        last_line = line;
        out.push_str(&format!("{line_col} {i:>6} {}\n", disassemble_op(code, i)));
    }
    if !code.exc_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exc_table {
            out.push_str(&format!(
                "  {} to {} -> {} [{}]\n",
                e.start, e.end, e.target, e.depth
            ));
        }
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}
