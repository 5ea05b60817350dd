package org.caseexplorer.cases;

/**
 * Something wrong with a library file: which file, where (line and column from 1, or 0 when
 * unknown), which field (may be empty), and what was expected. File names and values from files
 * are kept {@link Printable} (no line breaks, no hidden bidi controls), so every problem prints
 * as one honest line. A {@link Severity#NOTE} is worth knowing but nothing to fix: a quote found
 * in its source only once the scripts are folded, a case written in one language.
 */
public record Problem(String file, int line, int column, String field, String message, Severity severity) {

    /** A problem is a mistake to fix; a note is information. */
    public enum Severity {
        PROBLEM, NOTE
    }

    public Problem {
        file = Printable.escape(file);
        field = Printable.escape(field);
        message = Printable.escape(message);
        severity = severity == null ? Severity.PROBLEM : severity;
    }

    public Problem(String file, int line, int column, String field, String message) {
        this(file, line, column, field, message, Severity.PROBLEM);
    }

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    /** The same finding as a note. */
    public Problem asNote() {
        return new Problem(file, line, column, field, message, Severity.NOTE);
    }

    public boolean isNote() {
        return severity == Severity.NOTE;
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /**
     * {@code FILE:LINE:COL: field: message}, or {@code FILE: message} without a position; a note
     * says {@code note:} after the position, as compilers do.
     */
    public String format() {
        String where = hasPosition() ? file + ":" + line + ":" + column : file;
        String what = field.isEmpty() ? message : field + ": " + message;
        return where + ": " + (isNote() ? "note: " : "") + what;
    }
}
