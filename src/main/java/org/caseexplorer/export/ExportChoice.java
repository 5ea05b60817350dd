package org.caseexplorer.export;

import java.util.function.Function;

/** Reading a choice (language, paper, format) from the code a user typed for it. */
final class ExportChoice {

    private ExportChoice() {
    }

    /** The value whose code is {@code text}, ignoring case and surrounding space; null if none. */
    static <T> T parse(T[] values, Function<T, String> code, String text) {
        if (text == null) {
            return null;
        }
        for (T value : values) {
            if (code.apply(value).equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        return null;
    }
}
