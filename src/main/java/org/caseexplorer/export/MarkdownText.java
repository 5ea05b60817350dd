package org.caseexplorer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.PrincipleLink;

/** What every Markdown handout shares: text from a case file made safe, the sources, the writing out. */
final class MarkdownText {

    private MarkdownText() {
    }

    /** The numbered sources and the note on quotes, under their heading. */
    static void sources(HandoutWords text, StringBuilder md) {
        md.append("## ").append(inline(text.label("export.sources"))).append("\n\n");
        // "[1]" as the text cites it; the address as an autolink in angle brackets, unescaped,
        // so every renderer links it whole (an escaped "\_" would end up inside the link).
        for (HandoutWords.Cited source : text.cited()) {
            md.append("- \\[").append(source.number()).append("\\] ").append(inline(source.citation()));
            if (source.url() != null) {
                md.append(" <").append(autolinkSafe(source.url())).append('>');
            }
            md.append('\n');
        }
        md.append('\n').append(inline(text.quotesNote())).append('\n');
    }

    /** How a case illustrates a principle, under a heading: strength, explanation, every quote. */
    static void link(HandoutWords text, PrincipleLink link, StringBuilder md) {
        md.append("**").append(link.strength()).append("** ").append(inline(text.strengthWord(link.strength())))
                .append("\n\n");
        text.pieces(link.explanation()).forEach(p -> md.append(inline(p.text())).append("\n\n"));
        for (Evidence evidence : link.evidence()) {
            md.append("- ").append(inline(text.quoteLine(evidence))).append(" \\[")
                    .append(text.citation(evidence.source())).append("\\]\n");
        }
        md.append('\n');
    }

    /** Writes the document as UTF-8; does not close {@code out}. */
    static void write(StringBuilder md, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(md.toString());
        writer.flush();
    }

    /** An address for {@code <…>}: what would end the autolink or break it is percent-encoded. */
    static String autolinkSafe(String url) {
        StringBuilder safe = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            if (c == '<' || c == '>' || c <= ' ' || c == '\\' || c == '`') {
                safe.append(String.format("%%%02X", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /** The characters that mean something inline in CommonMark or GFM (or on GitHub: $ for math). */
    private static final String INLINE_MARKUP = "\\`*_[]<>#&~|!$";

    /**
     * Text from a case file as Markdown that any CommonMark or GFM renderer shows as written, on
     * one line: every character that could start markup, an HTML tag, an entity ({@code &amp;}),
     * strikethrough ({@code ~~}) or a table cell's end ({@code |}) is backslash-escaped; a line
     * break becomes a space (which is what a renderer shows for one); and what would begin a block
     * at the start of a line, inside a list item ({@code 1. }, {@code - }, {@code + }, {@code =}),
     * is escaped too, as is a GitHub emoji code such as {@code :smile:}.
     */
    static String inline(String text) {
        // A line break's look-alikes become spaces here; other control characters (an ESC that is
        // live in a terminal, a bell) are dropped.
        String oneLine = ControlCharacters.dropped(text.replace((char) 0x0B, ' ').replace((char) 0x0C, ' ').replace((char) 0x85, ' '))
                .replaceAll("\\r\\n|[\\r\\n\\t\\u000B\\u000C\\u0085\\u2028\\u2029]", " ").strip();
        StringBuilder out = new StringBuilder(oneLine.length() + 8);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (INLINE_MARKUP.indexOf(c) >= 0 || (c == ':' && emojiCodeStarts(oneLine, i))) {
                out.append('\\');
            }
            out.append(c);
        }
        return escapeBlockStart(out.toString());
    }

    /** "1. x" or "1) x" would start an ordered list, "- x", "+ x" a bullet list, "=" or "-" alone a heading underline. */
    private static String escapeBlockStart(String text) {
        java.util.regex.Matcher ordered = java.util.regex.Pattern.compile("^(\\d{1,9})([.)])").matcher(text);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + text.substring(ordered.group(1).length());
        }
        if (!text.isEmpty() && "-+=".indexOf(text.charAt(0)) >= 0) {
            return "\\" + text;
        }
        return text;
    }

    /** A colon that opens ":name:", which GitHub draws as an emoji. */
    private static boolean emojiCodeStarts(String text, int colon) {
        int end = colon + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || "_+-".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        return end > colon + 1 && end < text.length() && text.charAt(end) == ':';
    }
}
