package org.caseexplorer.cases;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong with a library file: which file, where (line and column from 1, or 0 when
 * unknown), at which value (a JSON Pointer such as {@code /links/0/principle}, or "" for the file
 * as a whole), what kind of thing is wrong, and the words that say it, still as data: a
 * {@link Wording} and its arguments, said in a language only when shown ({@link #message(Lang)}).
 * File names and values from files are kept {@link Printable} (no line breaks, no hidden bidi
 * controls), so every problem prints as one honest line. A {@link Severity#NOTE} is worth knowing
 * but nothing to fix: a quote found in its source only once the scripts are folded, a case
 * written in one language.
 */
public record Problem(String file, int line, int column, String pointer, ProblemKind kind, Phrase words,
                      Severity severity) {

    /** A problem is a mistake to fix; a note is information. */
    public enum Severity {
        PROBLEM, NOTE
    }

    public Problem {
        file = Printable.escape(file);
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(words, "words");
        if (!kind.wordings().contains(words.wording())) {
            throw new IllegalArgumentException(kind + " is not said as " + words.wording());
        }
        severity = severity == null ? Severity.PROBLEM : severity;
    }

    public Problem(String file, int line, int column, String pointer, ProblemKind kind, Phrase words) {
        this(file, line, column, pointer, kind, words, Severity.PROBLEM);
    }

    /** A problem of the file as a whole. */
    public static Problem inFile(String file, ProblemKind kind, Phrase words) {
        return new Problem(file, 0, 0, "", kind, words);
    }

    /** The same finding as a note. */
    public Problem asNote() {
        return new Problem(file, line, column, pointer, kind, words, Severity.NOTE);
    }

    public boolean isNote() {
        return severity == Severity.NOTE;
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** The field as a person reads it, from the pointer: "links[0].principle"; "" for the file as a whole. */
    public String field() {
        return Printable.escape(fieldName(pointer));
    }

    /** The key of its words in the problems bundle. */
    public String messageKey() {
        return words.key();
    }

    /** The arguments its words are said with: text, or phrases of their own. */
    public List<Object> arguments() {
        return words.arguments();
    }

    /** What is wrong, in English: what {@code --validate} prints. */
    public String message() {
        return message(Lang.EN);
    }

    /** What is wrong, in {@code lang}. */
    public String message(Lang lang) {
        return ProblemWords.in(lang).message(this);
    }

    /**
     * {@code FILE:LINE:COL: field: message}, or {@code FILE: message} without a position; a note
     * says {@code note:} after the position, as compilers do. In English, as the command line prints it.
     */
    public String format() {
        return format(Lang.EN);
    }

    /** As {@link #format()}, its message in {@code lang}; the frame ({@code FILE:LINE:COL:}, {@code note:}) as it is, for scripts. */
    public String format(Lang lang) {
        String where = hasPosition() ? file + ":" + line + ":" + column : file;
        String field = field();
        String what = field.isEmpty() ? message(lang) : field + ": " + message(lang);
        return where + ": " + (isNote() ? "note: " : "") + what;
    }

    /** Pointer "/links/0/strength" as the field name a person reads: "links[0].strength". */
    public static String fieldName(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(name);
            }
        }
        return field.toString();
    }
}
