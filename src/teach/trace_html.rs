//! `genpy trace --html`: one self-contained HTML page to step through a traced run.
//! The page carries everything inline: its style (`trace_html/page.css`), its script
//! (`trace_html/page.js`), and the data, one JSON object holding the events the
//! [`Tracer`](super::trace::Tracer) kept (schema: docs/trace.md, plus each event's
//! sentence as `text`) and the source of every file they happened in. It needs no
//! network and opens from `file://`. A front end (docs/architecture.md).

use super::trace::{q, Sink, SCHEMA_VERSION};

/// The page's style sheet.
const STYLE: &str = include_str!("trace_html/page.css");

/// The page's markup between `<body>` and the data.
const BODY: &str = include_str!("trace_html/body.html");

/// The page's script: it replays the events to draw each step.
const SCRIPT: &str = include_str!("trace_html/page.js");

/// The page for a run of `main_file` (source `main_text`) whose events `sink` kept.
pub fn page(main_file: &str, main_text: &str, sink: &Sink) -> String {
    let mut sources = vec![(main_file, main_text)];
    for s in &sink.sources {
        if *s.name != *main_file {
            sources.push((&s.name, &s.text));
        }
    }
    let sources: Vec<String> = sources
        .iter()
        .map(|(file, text)| format!("{{\"file\": {}, \"text\": {}}}", q(file), q(text)))
        .collect();
    let data = format!(
        "{{\"v\": {SCHEMA_VERSION}, \"main\": {}, \"sources\": [{}], \"events\": [{}]}}",
        q(main_file),
        sources.join(", "),
        sink.kept.join(",\n")
    );
    let title = html_escape(
        std::path::Path::new(main_file)
            .file_name()
            .map_or(main_file.into(), |n| n.to_string_lossy()),
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>genpy trace: {title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         {BODY}<script id=\"trace-data\" type=\"application/json\">\n{}\n</script>\n\
         <script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        script_safe(&data)
    )
}

/// JSON made safe inside a `<script>` element: every `<` (which JSON has only inside
/// strings) becomes `\u003c`, so no `</script>` or `<!--` in the data can end or
/// confuse the element.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// Text made safe as HTML element content.
fn html_escape(text: impl AsRef<str>) -> String {
    text.as_ref()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// checks that data holding `</script>` cannot end the data element early, and
    /// that the page names no network resource.
    #[test]
    fn data_is_embedded_safely() {
        let sink = Sink::new(Box::new(std::io::sink()), true);
        sink.borrow_mut()
            .kept
            .push(r#"{"v": 1, "seq": 1, "text": "</script><!-- x"}"#.into());
        let page = page("/tmp/a<b>&.py", "print('</script>')\n", &sink.borrow());
        assert_eq!(page.matches("</script>").count(), 2);
        assert!(!page.contains("<!-- x"));
        assert!(page.contains("<title>genpy trace: a&lt;b&gt;&amp;.py</title>"));
        assert!(page.contains(r#""text": "\u003c/script>\u003c!-- x""#));
        assert!(!page.contains("http://") && !page.contains("https://"));
    }
}
