//! Generates the parser from `grammar/python.lalrpop` into `$OUT_DIR/python.rs`
//! (included by `src/syntax/mod.rs` with `lalrpop_mod!`).

fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process_file("grammar/python.lalrpop")
        .expect("grammar/python.lalrpop should generate a parser");
}
