package org.caseexplorer.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseexplorer.cases.Problem;

/**
 * What differs between two versions of a case, field by field: the history, crash recovery and
 * an external change all show this, and take one side or the other per field.
 */
public final class FieldDiff {

    /** One field that differs: its pointer, its name as problems name it, and both values ("" when absent). */
    public record Change(String pointer, String field, String before, String after) {
    }

    private FieldDiff() {
    }

    private static final Set<String> BOOKKEEPING = Set.of("/format", "/$schema");

    public static List<Change> between(CaseDocument before, CaseDocument after) {
        Map<String, String> a = flatten(before.tree());
        Map<String, String> b = flatten(after.tree());
        Set<String> pointers = new LinkedHashSet<>(a.keySet());
        pointers.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String pointer : pointers) {
            if (BOOKKEEPING.contains(pointer)) {
                continue; // the file's format and schema are the app's to write, no field of the case
            }
            String x = a.getOrDefault(pointer, "");
            String y = b.getOrDefault(pointer, "");
            if (!x.equals(y)) {
                changes.add(new Change(pointer, Problem.fieldName(pointer), x, y));
            }
        }
        return changes;
    }

    /**
     * {@code mine} with the fields named in {@code fromTheirs} taken from {@code theirs}. A field
     * in a list item the other side lacks is taken with the item where the list allows.
     */
    public static CaseDocument merge(CaseDocument mine, CaseDocument theirs, Set<String> fromTheirs) {
        CaseDocument result = mine;
        for (String pointer : fromTheirs) {
            JsonNode value = theirs.tree().at(pointer);
            try {
                result = result.withValue(pointer, value.isMissingNode() ? null : value);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                // Their field sits in an item mine no longer has: there is nowhere to put it.
            }
        }
        return result;
    }

    private static Map<String, String> flatten(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(root, "", out);
        return out;
    }

    private static void flatten(JsonNode node, String pointer, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(e.getValue(),
                    pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), pointer + "/" + i, out);
            }
        } else {
            out.put(pointer, node.asText());
        }
    }
}
