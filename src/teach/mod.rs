//! Teaching views: how generators work inside. So far the disassembler. A front end
//! (docs/architecture.md).

pub mod dis;
