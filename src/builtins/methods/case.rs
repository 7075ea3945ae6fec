//! Python's case conversions of `str` where they differ from Rust's: full case
//! folding (`casefold`), titlecase mappings (`title`, `capitalize`), titlecase
//! letters (`swapcase` leaves them, `istitle` counts them as capitals), and the
//! final-sigma rule in every conversion to lower case. The data is generated from
//! the Unicode database (`case_tables.rs`).

use super::case_tables::{CASE_IGNORABLE, FOLD, TITLE, TITLECASE_LETTERS};

const CAPITAL_SIGMA: char = '\u{3a3}';

/// The mapping of `c` in `table`, if it has one.
fn mapped(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// Whether `c` is a titlecase letter (ǅ, ᾈ): cased, neither upper nor lower case.
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && TITLECASE_LETTERS.contains(c)
}

/// Whether `c` is cased (Unicode's Cased property).
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Whether `c` is an uncased Case_Ignorable character (an apostrophe, a combining mark).
fn is_case_ignorable(c: char) -> bool {
    CASE_IGNORABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Whether the first cased character in `chars`, skipping case-ignorable ones, exists.
fn cased_next(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !is_case_ignorable(c)).is_some_and(is_cased)
}

/// Appends the lower case of the capital sigma that `before` precedes and `after`
/// follows in its word: final (ς) after a cased letter and before none, else σ.
fn push_lower_sigma(out: &mut String, before: &str, after: &str) {
    let is_final = cased_next(before.chars().rev()) && !cased_next(after.chars());
    out.push(if is_final { '\u{3c2}' } else { '\u{3c3}' });
}

/// Appends the lower case of the character of `s` at byte `i`.
fn push_lower(out: &mut String, s: &str, i: usize, c: char) {
    if c == CAPITAL_SIGMA {
        push_lower_sigma(out, &s[..i], &s[i + c.len_utf8()..]);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Appends the titlecase mapping of `c`.
fn push_title(out: &mut String, c: char) {
    match mapped(TITLE, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// `str.casefold()`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match mapped(FOLD, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `str.title()`: a cased character after an uncased one takes its titlecase form,
/// the others their lower case.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, c) in s.char_indices() {
        if prev_cased {
            push_lower(&mut out, s, i, c);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: the first character in titlecase, the rest in lower case.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut cs = s.char_indices();
    if let Some((_, first)) = cs.next() {
        push_title(&mut out, first);
    }
    for (i, c) in cs {
        push_lower(&mut out, s, i, c);
    }
    out
}

/// `str.swapcase()`: upper case to lower and lower to upper; titlecase letters and
/// uncased characters stay.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c.is_uppercase() {
            push_lower(&mut out, s, i, c);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    //! The generated tables are sorted, as the binary search needs.

    use super::super::case_tables::{FOLD, TITLE};

    /// checks that both mapping tables are strictly sorted by character.
    #[test]
    fn tables_are_sorted() {
        for table in [FOLD, TITLE] {
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }
}
