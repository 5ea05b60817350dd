package org.caseexplorer.cases;

/**
 * Something wrong with a library file: which file, where (line and column from 1, or 0 when
 * unknown), which field (may be empty), and what was expected. File names and values from files
 * are kept {@link Printable} (no line breaks, no hidden bidi controls), so every problem prints
 * as one honest line.
 */
public record Problem(String file, int line, int column, String field, String message) {

    public Problem {
        file = Printable.escape(file);
        field = Printable.escape(field);
        message = Printable.escape(message);
    }

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code FILE:LINE:COL: field: message}, or {@code FILE: message} without a position. */
    public String format() {
        String where = hasPosition() ? file + ":" + line + ":" + column : file;
        String what = field.isEmpty() ? message : field + ": " + message;
        return where + ": " + what;
    }
}
