package org.caseexplorer.cases.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;

/**
 * Mistakes in a file's text that its schema cannot see: a text (a quote, a name) that is only
 * white space, and a {@code zh} text with no Chinese in it. The file still loads; each is a
 * problem at its field.
 */
final class ContentChecks {

    /** A mistake at a JSON Pointer: its kind and its words. */
    record Finding(String pointer, ProblemKind kind, Phrase words) {
    }

    private ContentChecks() {
    }

    static List<Finding> check(JsonNode root) {
        List<Finding> findings = new ArrayList<>();
        walk(root, "", findings);
        return findings;
    }

    private static void walk(JsonNode node, String pointer, List<Finding> findings) {
        if (node.isTextual()) {
            if (isBlank(node.textValue())) {
                findings.add(new Finding(pointer, ProblemKind.EMPTY_TEXT,
                        (node.textValue().isEmpty() ? Wording.TEXT_EMPTY : Wording.TEXT_BLANK).with()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, findings);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                walk(field.getValue(), child, findings);
                if (field.getKey().equals("zh") && node.has("en") && field.getValue().isTextual()
                        && lacksChinese(field.getValue().textValue())) {
                    findings.add(new Finding(child, ProblemKind.NO_CHINESE, Wording.TEXT_NO_CHINESE.with()));
                }
            }
        }
    }

    /** Empty, or nothing but spaces, line breaks and invisible characters. */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /**
     * Words with no Han character among them. A text with no letters at all (a number, "2010",
     * "1:1") reads the same in both languages and is left alone; a blank one is reported as blank.
     */
    static boolean lacksChinese(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return false;
            }
            letters |= Character.isLetter(c);
            i += Character.charCount(c);
        }
        return letters;
    }
}
