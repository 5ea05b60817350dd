package org.caseexplorer.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A schema violation said for the person who writes case files, not for the schema's author:
 * "may contain only lower-case letters …" instead of a regular expression, "is empty" instead of
 * "must have at least 1 items".
 */
final class SchemaMessages {

    /** What each pattern in the schemas asks for, in words. */
    private static final Map<String, String> PATTERNS = Map.of(
            "^[a-z0-9]+(-[a-z0-9]+)*$",
            "an id may contain only lower-case letters a-z and digits, in words joined by single dashes"
                    + " (like 'xiaomi' or 'tiny-times'): no capitals, spaces, underscores or other signs",
            "^#[0-9A-Fa-f]{6}$",
            "a colour is written # and six hexadecimal digits, like #1A73E8",
            "^https?://[^\\s/]+",
            "an address must start with http:// or https:// and a host name, like https://example.com/page");

    private SchemaMessages() {
    }

    /** The message for a violation of {@code keyword} with the validator's arguments; null for one not known here. */
    static String of(String keyword, Object[] arguments, JsonNode value) {
        return switch (keyword) {
            case "type" -> "should be " + typeName(arg(arguments, 1)) + ", not " + typeName(arg(arguments, 0));
            case "pattern" -> {
                String wanted = PATTERNS.get(arg(arguments, 0));
                String given = value != null && value.isTextual() ? "'" + shorten(value.textValue()) + "' is not right: " : "";
                yield wanted == null ? null : given + wanted;
            }
            case "minLength" -> "1".equals(arg(arguments, 0)) ? "is empty; write the text here"
                    : "should be at least " + arg(arguments, 0) + " characters long";
            case "maxLength" -> "is too long: at most " + arg(arguments, 0) + " characters";
            case "minItems" -> "1".equals(arg(arguments, 0)) ? "is an empty list; give at least one"
                    : "lists " + arg(arguments, 1) + "; give at least " + arg(arguments, 0);
            case "minProperties" -> "1".equals(arg(arguments, 0))
                    ? "is empty; give the text in \"en\" (English), \"zh\" (Chinese) or both" : null;
            case "maxItems" -> "lists " + arg(arguments, 1) + "; at most " + arg(arguments, 0) + " are allowed";
            case "minimum" -> (value != null ? value.asText() + " is too small: " : "") + "the least allowed is "
                    + arg(arguments, 0);
            case "maximum" -> (value != null ? value.asText() + " is too large: " : "") + "the most allowed is "
                    + arg(arguments, 0);
            default -> null;
        };
    }

    private static String arg(Object[] arguments, int index) {
        return arguments != null && index < arguments.length && arguments[index] != null
                ? arguments[index].toString() : "";
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "string" -> "text in quotes";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "object" -> "an object in { }";
            case "array" -> "a list in [ ]";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> jsonType;
        };
    }

    /** A value quoted in a message: whole if short, else its start and a count, so no message is cut off unsaid. */
    static String shorten(String text) {
        int max = 60;
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max);
        return text.substring(0, end) + "… (" + text.codePointCount(0, text.length()) + " characters)";
    }
}
