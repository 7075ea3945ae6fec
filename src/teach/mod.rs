//! Teaching views: how generators work inside: the disassembler, the tracer and its
//! HTML page. A front end
//! (docs/architecture.md).

pub mod dis;
pub mod frames;
pub mod trace;
pub mod trace_html;
