package org.caseexplorer.cases.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;

/**
 * A schema violation said for the person who writes case files, not for the schema's author:
 * "may contain only lower-case letters …" instead of a regular expression, "is empty" instead of
 * "must have at least 1 items".
 */
public final class SchemaMessages {

    /** What a violation is: its kind, and the words that say it. */
    public record Said(ProblemKind kind, Phrase words) {
    }

    /** What each pattern in the schemas asks for. */
    private static final Map<String, Wording> PATTERNS = Map.of(
            "^[a-z0-9]+(-[a-z0-9]+)*$", Wording.PATTERN_ID,
            "^#[0-9A-Fa-f]{6}$", Wording.PATTERN_COLOUR,
            "^https?://[^\\s/]+", Wording.PATTERN_ADDRESS);

    private SchemaMessages() {
    }

    /** The words for a violation of {@code keyword} with the validator's arguments; null for one not known here. */
    public static Said of(String keyword, Object[] arguments, JsonNode value) {
        return switch (keyword) {
            case "type" -> new Said(ProblemKind.WRONG_TYPE,
                    Wording.SCHEMA_TYPE.with(typeName(arg(arguments, 1)), typeName(arg(arguments, 0))));
            case "pattern" -> {
                if ("\\S".equals(arg(arguments, 0))) {
                    // A text with something in it besides white space (a saved view's name).
                    yield new Said(ProblemKind.EMPTY_TEXT, Wording.TEXT_BLANK.with());
                }
                Wording wanted = PATTERNS.get(arg(arguments, 0));
                yield wanted == null ? null : new Said(ProblemKind.PATTERN, value != null && value.isTextual()
                        ? Wording.SCHEMA_PATTERN.with(shorten(value.textValue()), wanted.with())
                        : Wording.SCHEMA_PATTERN_WANTED.with(wanted.with()));
            }
            case "minLength" -> "1".equals(arg(arguments, 0)) ? new Said(ProblemKind.EMPTY_TEXT, Wording.TEXT_EMPTY.with())
                    : new Said(ProblemKind.TOO_SHORT, Wording.SCHEMA_MIN_LENGTH.with(arg(arguments, 0)));
            case "maxLength" -> new Said(ProblemKind.TOO_LONG, Wording.SCHEMA_MAX_LENGTH.with(arg(arguments, 0)));
            case "minItems" -> new Said(ProblemKind.TOO_FEW_ITEMS, "1".equals(arg(arguments, 0))
                    ? Wording.SCHEMA_EMPTY_LIST.with()
                    : Wording.SCHEMA_MIN_ITEMS.with(arg(arguments, 1), arg(arguments, 0)));
            case "minProperties" -> "1".equals(arg(arguments, 0))
                    ? new Said(ProblemKind.NO_LANGUAGE, Wording.SCHEMA_NO_LANGUAGE.with()) : null;
            case "maxItems" -> new Said(ProblemKind.TOO_MANY_ITEMS,
                    Wording.SCHEMA_MAX_ITEMS.with(arg(arguments, 1), arg(arguments, 0)));
            case "minimum" -> new Said(ProblemKind.OUT_OF_RANGE, value != null
                    ? Wording.SCHEMA_TOO_SMALL.with(value.asText(), arg(arguments, 0))
                    : Wording.SCHEMA_MINIMUM.with(arg(arguments, 0)));
            case "maximum" -> new Said(ProblemKind.OUT_OF_RANGE, value != null
                    ? Wording.SCHEMA_TOO_LARGE.with(value.asText(), arg(arguments, 0))
                    : Wording.SCHEMA_MAXIMUM.with(arg(arguments, 0)));
            default -> null;
        };
    }

    private static String arg(Object[] arguments, int index) {
        return arguments != null && index < arguments.length && arguments[index] != null
                ? arguments[index].toString() : "";
    }

    /** A JSON type in words; a type these words do not know keeps the schema's name for it. */
    private static Object typeName(String jsonType) {
        Wording name = switch (jsonType) {
            case "string" -> Wording.TYPE_STRING;
            case "integer" -> Wording.TYPE_INTEGER;
            case "number" -> Wording.TYPE_NUMBER;
            case "object" -> Wording.TYPE_OBJECT;
            case "array" -> Wording.TYPE_ARRAY;
            case "boolean" -> Wording.TYPE_BOOLEAN;
            case "null" -> Wording.TYPE_NULL;
            default -> null;
        };
        return name == null ? jsonType : name.with();
    }

    /**
     * A value quoted in a message: whole if short (as text), else its start and a count, so no
     * message is cut off unsaid (as a phrase: "… (80 characters)" is words).
     */
    static Object shorten(String text) {
        int max = 60;
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max);
        return Wording.SHORTENED.with(text.substring(0, end), text.codePointCount(0, text.length()));
    }
}
