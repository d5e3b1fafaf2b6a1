//! A line writer with javap's conventions: two-space indentation levels applied when
//! a line gets its first visible character, a tab column at 40 for `//` comments,
//! embedded newlines, spaces held back until something follows them (so no line
//! ends in a space), and an optional blank line before the next output.

pub(crate) struct Printer {
    out: String,
    line: String,
    /// Characters in `line` (javap counts UTF-16 units; the difference only shows
    /// past the tab column on lines with supplementary characters).
    line_chars: usize,
    pending_spaces: usize,
    indent: usize,
    pending_newline: bool,
}

/// Where `tab()` moves to, counted from the indentation.
const TAB_COLUMN: usize = 40;
const INDENT_WIDTH: usize = 2;

impl Printer {
    pub fn new() -> Self {
        Printer {
            out: String::new(),
            line: String::new(),
            line_chars: 0,
            pending_spaces: 0,
            indent: 0,
            pending_newline: false,
        }
    }

    pub fn finish(mut self) -> String {
        if !self.line.is_empty() {
            self.println();
        }
        self.out
    }

    pub fn indent(&mut self, delta: isize) {
        self.indent = self.indent.saturating_add_signed(delta);
    }

    /// Asks for a blank line before whatever is printed next (javap's member separator).
    pub fn set_pending_newline(&mut self, pending: bool) {
        self.pending_newline = pending;
    }

    pub fn print(&mut self, s: &str) {
        if self.pending_newline {
            self.pending_newline = false;
            self.println();
        }
        for c in s.chars() {
            match c {
                ' ' => self.pending_spaces += 1,
                '\n' => self.println(),
                c => {
                    if self.line.is_empty() {
                        let n = self.indent * INDENT_WIDTH;
                        self.line.extend(std::iter::repeat_n(' ', n));
                        self.line_chars = n;
                    }
                    self.line
                        .extend(std::iter::repeat_n(' ', self.pending_spaces));
                    self.line_chars += self.pending_spaces + 1;
                    self.pending_spaces = 0;
                    self.line.push(c);
                }
            }
        }
    }

    pub fn println_str(&mut self, s: &str) {
        self.print(s);
        self.println();
    }

    pub fn println(&mut self) {
        self.pending_spaces = 0;
        self.out.push_str(&self.line);
        self.out.push('\n');
        self.line.clear();
        self.line_chars = 0;
    }

    /// Moves to the comment column (at least one space).
    pub fn tab(&mut self) {
        let col = self.indent * INDENT_WIDTH + TAB_COLUMN;
        self.pending_spaces += if col <= self.line_chars {
            1
        } else {
            col - self.line_chars
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indents_each_line_and_drops_trailing_spaces() {
        let mut p = Printer::new();
        p.indent(2);
        p.print("a  ");
        p.print("\nb");
        p.println();
        p.set_pending_newline(true);
        p.println_str("c\u{a0}");
        assert_eq!(p.finish(), "    a\n    b\n\n    c\u{a0}\n");
    }

    #[test]
    fn tab_aligns_comments() {
        let mut p = Printer::new();
        p.print("#1");
        p.tab();
        p.print("// x");
        assert_eq!(p.finish(), format!("#1{}// x\n", " ".repeat(38)));
    }
}
