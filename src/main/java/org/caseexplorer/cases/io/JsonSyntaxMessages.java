package org.caseexplorer.cases.io;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Wording;

/**
 * Jackson's syntax errors said in the words of someone who edits a JSON file by hand: "expected a
 * comma (,) or } here" rather than "was expecting comma to separate Object entries". Each message
 * is whole: Jackson's own ones can carry a source description in brackets that a simple cut would
 * leave half there.
 */
final class JsonSyntaxMessages {

    private record Rule(Pattern pattern, Function<Matcher, Phrase> message) {
    }

    private static final String FOUND = "Unexpected character \\('(.+?)' \\(code \\d+\\)\\)";

    private static final List<Rule> RULES = List.of(
            rule("^Unexpected end-of-input.*", m -> Wording.JSON_ENDS_EARLY.with()),
            rule("^" + FOUND + ": was expecting comma to separate Object entries",
                    m -> Wording.JSON_EXPECTED_COMMA_IN_OBJECT.with(quoted(m.group(1)))),
            rule("^" + FOUND + ": was expecting comma to separate Array entries",
                    m -> Wording.JSON_EXPECTED_COMMA_IN_LIST.with(quoted(m.group(1)))),
            rule("^" + FOUND + ": was expecting double-quote to start field name",
                    m -> m.group(1).equals("}") ? Wording.JSON_COMMA_AFTER_LAST_FIELD.with()
                            : Wording.JSON_UNQUOTED_NAME.with(quoted(m.group(1)))),
            rule("^" + FOUND + ": was expecting a colon to separate field name and value",
                    m -> Wording.JSON_EXPECTED_COLON.with(quoted(m.group(1)))),
            rule("^" + FOUND + ": expected a valid value.*", m -> switch (m.group(1)) {
                case "]" -> Wording.JSON_COMMA_AFTER_LAST_ENTRY.with();
                case "'" -> Wording.JSON_SINGLE_QUOTES.with();
                default -> Wording.JSON_EXPECTED_VALUE.with(quoted(m.group(1)));
            }),
            rule("^" + FOUND + ": maybe a \\(non-standard\\) comment.*", m -> Wording.JSON_COMMENT.with()),
            // Jackson's own words on what is wrong with the number stay English: they are not ours to translate.
            rule("^" + FOUND + " in numeric value: (.*)", m -> Wording.JSON_BAD_NUMBER.with(lowerFirst(m.group(2)))),
            rule("^Unrecognized token '(.*)': was expecting.*", m -> Wording.JSON_NOT_A_VALUE.with(tokenStart(m.group(1)))),
            rule("^Non-standard token '(.*)'.*", m -> Wording.JSON_NOT_ALLOWED.with(quoted(m.group(1)))),
            rule("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", m -> switch (m.group(1)) {
                case "10", "13" -> Wording.JSON_LINE_BREAK_IN_TEXT.with();
                case "9" -> Wording.JSON_TAB_IN_TEXT.with();
                default -> Wording.JSON_CONTROL_IN_TEXT.with(m.group(1));
            }),
            rule("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> Wording.JSON_CONTROL_CHARACTER.with(m.group(1))),
            rule("^Invalid numeric value: Leading zeroes not allowed.*", m -> Wording.JSON_LEADING_ZERO.with()),
            rule("^Unrecognized character escape '(.+?)'.*", m -> Wording.JSON_UNKNOWN_ESCAPE.with(m.group(1))),
            rule("^Duplicate field '(.*)'", m -> Wording.JSON_DUPLICATE_FIELD.with(quoted(m.group(1)))),
            rule("^Unexpected close marker '(.)': expected '(.)' \\(for (root|Array|Object) starting at .*?line: (\\d+)"
                    + "(?:, column: (\\d+))?\\]\\)", JsonSyntaxMessages::closeMarker));

    private JsonSyntaxMessages() {
    }

    private static Rule rule(String regex, Function<Matcher, Phrase> message) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), message);
    }

    /** "is not valid JSON: …", worded for people, whole. */
    static Phrase of(String jacksonMessage) {
        if (jacksonMessage == null) {
            return Wording.JSON_INVALID_BARE.with();
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(jacksonMessage);
            if (m.find()) {
                return Wording.JSON_INVALID.with(rule.message().apply(m));
            }
        }
        // Not one we know: Jackson's words, less any "at [Source: …]" description (the problem has
        // the position). They stay English in every language: they are Jackson's, not ours.
        String message = jacksonMessage
                .replaceAll("\\s*\\(for \\w+ starting at \\[Source: .*?; line: \\d+(, column: \\d+)?\\]\\)", "")
                .replaceAll("\\s*at \\[Source: .*?; line: \\d+(, column: \\d+)?\\]", "");
        return Wording.JSON_INVALID.with(message.strip());
    }

    private static Phrase closeMarker(Matcher m) {
        if (m.group(3).equals("root")) {
            return Wording.JSON_ONE_TOO_MANY.with(m.group(1));
        }
        Phrase what = (m.group(3).equals("Array") ? Wording.JSON_THE_LIST : Wording.JSON_THE_OBJECT).with();
        Phrase where = m.group(5) == null ? Wording.JSON_AT_LINE.with(m.group(4))
                : Wording.JSON_AT_LINE_AND_COLUMN.with(m.group(4), m.group(5));
        return Wording.JSON_WRONG_CLOSE.with(m.group(1), m.group(2), what, where);
    }

    private static Phrase quoted(String found) {
        return Wording.QUOTED.with(SchemaMessages.shorten(found));
    }

    /** A word Jackson did not know; it gives at most 256 characters of it, and "..." after a longer one. */
    private static Phrase tokenStart(String token) {
        boolean cut = token.endsWith("...");
        String word = cut ? token.substring(0, token.length() - 3) : token;
        int max = 40;
        if (!cut && word.codePointCount(0, word.length()) <= max) {
            return Wording.QUOTED.with(word);
        }
        int end = word.offsetByCodePoints(0, Math.min(max, word.codePointCount(0, word.length())));
        return Wording.JSON_WORD_STARTING.with(word.substring(0, end));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
