package org.caseexplorer.cases;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors said in the words of someone who edits a JSON file by hand: "expected a
 * comma (,) or } here" rather than "was expecting comma to separate Object entries". Each message
 * is whole: Jackson's own ones can carry a source description in brackets that a simple cut would
 * leave half there.
 */
final class JsonSyntaxMessages {

    private record Rule(Pattern pattern, Function<Matcher, String> message) {
    }

    private static final String FOUND = "Unexpected character \\('(.+?)' \\(code \\d+\\)\\)";

    private static final List<Rule> RULES = List.of(
            rule("^Unexpected end-of-input.*", m -> "the JSON ends too early (is the file cut off?)"),
            rule("^" + FOUND + ": was expecting comma to separate Object entries",
                    m -> "expected a comma (,) or } here, found " + quoted(m.group(1))),
            rule("^" + FOUND + ": was expecting comma to separate Array entries",
                    m -> "expected a comma (,) or ] here, found " + quoted(m.group(1))),
            rule("^" + FOUND + ": was expecting double-quote to start field name",
                    m -> m.group(1).equals("}") ? "a comma after the last field is not allowed in JSON"
                            : "a field name must be in double quotes, found " + quoted(m.group(1))),
            rule("^" + FOUND + ": was expecting a colon to separate field name and value",
                    m -> "expected a colon (:) after the field name, found " + quoted(m.group(1))),
            rule("^" + FOUND + ": expected a valid value.*", m -> switch (m.group(1)) {
                case "]" -> "a comma after the last entry of a list is not allowed in JSON";
                case "'" -> "text must be in double quotes \"…\", not single quotes";
                default -> "expected a value here (text in double quotes, a number, { }, [ ], true, false or null),"
                        + " found " + quoted(m.group(1));
            }),
            rule("^" + FOUND + ": maybe a \\(non-standard\\) comment.*", m -> "comments are not allowed in JSON"),
            rule("^" + FOUND + " in numeric value: (.*)",
                    m -> "a number is not written right: " + lowerFirst(m.group(2))),
            rule("^Unrecognized token '(.*)': was expecting.*", m -> tokenStart(m.group(1))
                    + " is not a JSON value; text must be in double quotes, or write a number, true, false or null"),
            rule("^Non-standard token '(.*)'.*", m -> quoted(m.group(1)) + " is not allowed in JSON; write a number"),
            rule("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", m -> switch (m.group(1)) {
                case "10", "13" -> "a line break inside text must be written as \\n";
                case "9" -> "a tab inside text must be written as \\t";
                default -> "a control character (code " + m.group(1) + ") inside text must be written as an escape,"
                        + " like \\u0000";
            }),
            rule("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> "a control character (code " + m.group(1) + ") is not allowed here"),
            rule("^Invalid numeric value: Leading zeroes not allowed.*",
                    m -> "a number may not start with 0 (write 7, not 07)"),
            rule("^Unrecognized character escape '(.+?)'.*",
                    m -> "\\" + m.group(1) + " is not an escape JSON knows; write a backslash itself as \\\\"),
            rule("^Duplicate field '(.*)'", m -> "the field " + quoted(m.group(1)) + " appears twice in one object"),
            rule("^Unexpected close marker '(.)': expected '(.)' \\(for (root|Array|Object) starting at .*?line: (\\d+)"
                    + "(?:, column: (\\d+))?\\]\\)", JsonSyntaxMessages::closeMarker));

    private JsonSyntaxMessages() {
    }

    private static Rule rule(String regex, Function<Matcher, String> message) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), message);
    }

    /** "is not valid JSON: …", worded for people, whole. */
    static String of(String jacksonMessage) {
        if (jacksonMessage == null) {
            return "is not valid JSON";
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(jacksonMessage);
            if (m.find()) {
                return "is not valid JSON: " + rule.message().apply(m);
            }
        }
        // Not one we know: Jackson's words, less any "at [Source: …]" description (the problem has the position).
        String message = jacksonMessage
                .replaceAll("\\s*\\(for \\w+ starting at \\[Source: .*?; line: \\d+(, column: \\d+)?\\]\\)", "")
                .replaceAll("\\s*at \\[Source: .*?; line: \\d+(, column: \\d+)?\\]", "");
        return "is not valid JSON: " + message.strip();
    }

    private static String closeMarker(Matcher m) {
        if (m.group(3).equals("root")) {
            return "there is one " + m.group(1) + " too many";
        }
        String what = m.group(3).equals("Array") ? "the list [" : "the object {";
        String where = "line " + m.group(4) + (m.group(5) == null ? "" : ", column " + m.group(5));
        return "found " + m.group(1) + " where " + m.group(2) + " should close " + what + " that starts at " + where;
    }

    private static String quoted(String found) {
        return "'" + SchemaMessages.shorten(found) + "'";
    }

    /** A word Jackson did not know; it gives at most 256 characters of it, and "..." after a longer one. */
    private static String tokenStart(String token) {
        boolean cut = token.endsWith("...");
        String word = cut ? token.substring(0, token.length() - 3) : token;
        int max = 40;
        if (!cut && word.codePointCount(0, word.length()) <= max) {
            return "'" + word + "'";
        }
        int end = word.offsetByCodePoints(0, Math.min(max, word.codePointCount(0, word.length())));
        return "the word starting '" + word.substring(0, end) + "…'";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
