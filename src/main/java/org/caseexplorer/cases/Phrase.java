package org.caseexplorer.cases;

import java.util.List;
import java.util.Objects;

/**
 * Words still to be said: a {@link Wording} and its arguments, each either text or another
 * phrase (a type's name inside "should be …", a file's kind inside "is …, not a regular file").
 * Text arguments come from files and the system, so they are kept {@link Printable} here: every
 * message made from them stays one honest line in any language. {@link ProblemWords} says it.
 */
public record Phrase(Wording wording, List<Object> arguments) {

    public Phrase {
        Objects.requireNonNull(wording, "wording");
        arguments = arguments.stream().map(Phrase::argument).toList();
    }

    /** The key of these words in the problems bundle. */
    public String key() {
        return wording.key();
    }

    private static Object argument(Object argument) {
        return argument instanceof Phrase ? argument : Printable.escape(String.valueOf(argument));
    }
}
