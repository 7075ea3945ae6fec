//! Replacement templates of `sub`, `subn` and `Match.expand`, parsed as CPython 3.11
//! parses them: `\1`..`\99` and `\g<1>`/`\g<name>` insert a group (an unmatched one
//! inserts nothing), `\0` and three-digit octal escapes, the character escapes
//! `\n \t \\ ...`; an unknown escape of an ASCII letter is an error, any other
//! backslash stays as written.

use super::engine::Spans;

/// A piece of a parsed template.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Text copied as it is.
    Text(String),
    /// The text of a group (nothing when it did not match).
    Group(usize),
}

/// Why a template is refused: `re.error(msg, template, pos)`, or CPython's
/// IndexError for an unknown group name.
#[derive(Debug, PartialEq)]
pub enum TemplateError {
    /// `re.error` at a position of the template.
    Re(String, usize),
    /// IndexError.
    Index(String),
}

/// Parses `template` for a pattern with `groups` groups named as in `names`.
pub fn parse(
    template: &str,
    groups: usize,
    names: &[(String, usize)],
) -> Result<Vec<Piece>, TemplateError> {
    let s: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    let group = |pieces: &mut Vec<Piece>, text: &mut String, g: usize, pos: usize| {
        if g > groups {
            return Err(TemplateError::Re(
                format!("invalid group reference {g}"),
                pos,
            ));
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(text)));
        }
        pieces.push(Piece::Group(g));
        Ok(())
    };
    let octal = |c: Option<&char>| c.is_some_and(|c| ('0'..='7').contains(c));
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c != '\\' {
            text.push(c);
            continue;
        }
        let start = i - 1;
        let Some(&e) = s.get(i) else {
            return Err(TemplateError::Re(
                "bad escape (end of pattern)".into(),
                start,
            ));
        };
        i += 1;
        match e {
            'g' => {
                if s.get(i) != Some(&'<') {
                    return Err(TemplateError::Re("missing <".into(), i));
                }
                i += 1;
                let from = i;
                while i < s.len() && s[i] != '>' {
                    i += 1;
                }
                if i == s.len() {
                    return Err(TemplateError::Re(
                        if from == i {
                            "missing group name".into()
                        } else {
                            "missing >, unterminated name".into()
                        },
                        from,
                    ));
                }
                let name: String = s[from..i].iter().collect();
                i += 1;
                if name.is_empty() {
                    return Err(TemplateError::Re("missing group name".into(), from));
                }
                let g = if name
                    .chars()
                    .next()
                    .is_some_and(|c| c == '_' || c.is_alphabetic())
                    && name.chars().all(|c| c == '_' || c.is_alphanumeric())
                {
                    match names.iter().find(|(n, _)| *n == name) {
                        Some((_, g)) => *g,
                        None => {
                            return Err(TemplateError::Index(format!(
                                "unknown group name {}",
                                crate::objects::str::repr_str(&name)
                            )))
                        }
                    }
                } else {
                    match name.parse::<usize>() {
                        Ok(g) if name.chars().all(|c| c.is_ascii_digit()) => g,
                        _ => {
                            return Err(TemplateError::Re(
                                format!(
                                    "bad character in group name {}",
                                    crate::objects::str::repr_str(&name)
                                ),
                                from,
                            ))
                        }
                    }
                };
                group(&mut pieces, &mut text, g, from)?;
            }
            '0' => {
                let mut v = 0;
                let mut n = 0;
                while n < 2 && octal(s.get(i)) {
                    v = v * 8 + s[i].to_digit(8).unwrap_or(0);
                    i += 1;
                    n += 1;
                }
                text.push(char::from_u32(v & 0xff).unwrap_or('\0'));
            }
            '1'..='9' => {
                if s.get(i).is_some_and(char::is_ascii_digit) {
                    if octal(Some(&e)) && octal(s.get(i)) && octal(s.get(i + 1)) {
                        let digits: String = s[i - 1..i + 2].iter().collect();
                        i += 2;
                        let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                        if v > 0o377 {
                            return Err(TemplateError::Re(
                                format!("octal escape value \\{digits} outside of range 0-0o377"),
                                start,
                            ));
                        }
                        text.push(char::from_u32(v).unwrap_or('\0'));
                        continue;
                    }
                    i += 1;
                }
                let g: usize = s[start + 1..i]
                    .iter()
                    .collect::<String>()
                    .parse()
                    .unwrap_or(0);
                group(&mut pieces, &mut text, g, start + 1)?;
            }
            _ => match escape_char(e) {
                Some(ch) => text.push(ch),
                None if e.is_ascii_alphabetic() => {
                    return Err(TemplateError::Re(format!("bad escape \\{e}"), start));
                }
                None => {
                    text.push('\\');
                    text.push(e);
                }
            },
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

/// The character a template escape such as `\n` stands for.
fn escape_char(c: char) -> Option<char> {
    Some(match c {
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        '\\' => '\\',
        _ => return None,
    })
}

/// Appends the template filled in from a match of `text` with byte spans `spans`.
pub fn expand(pieces: &[Piece], text: &str, spans: &Spans, out: &mut String) {
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Group(g) => {
                if let Some(Some((a, b))) = spans.get(*g) {
                    out.push_str(&text[*a..*b]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_groups_and_escapes() {
        let names = vec![("w".to_string(), 2)];
        assert_eq!(
            parse(r"\1-\g<w>\n\-", 2, &names).unwrap(),
            vec![
                Piece::Group(1),
                Piece::Text("-".into()),
                Piece::Group(2),
                Piece::Text("\n\\-".into())
            ]
        );
        assert_eq!(
            parse(r"\3", 2, &names),
            Err(TemplateError::Re("invalid group reference 3".into(), 1))
        );
        assert!(matches!(
            parse(r"\g<x>", 2, &names),
            Err(TemplateError::Index(_))
        ));
    }
}
