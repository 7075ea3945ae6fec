//! Teaching views: how generators work inside. So far the disassembler.

pub mod dis;
