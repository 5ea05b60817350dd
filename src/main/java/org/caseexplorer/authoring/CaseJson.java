package org.caseexplorer.authoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way a case file is written: two-space indents, UTF-8, a final line break, keys in the
 * order of the built-in files, and the short bilingual fields ({@code name}, {@code industry},
 * a fact's {@code label} and {@code value}, a web link's {@code label}) on one line. The built-in
 * files are written this way, so loading and saving one gives back its bytes, and a one-field
 * edit changes one line.
 */
public final class CaseJson {

    /** Field order per kind of object; fields not named keep their own order after these. */
    private static final Map<String, List<String>> ORDER = Map.of(
            "case", List.of("$schema", "format", "id", "name", "industry", "tagline", "summary", "accent", "image",
                    "facts", "links", "web"),
            "facts", List.of("label", "value", "year", "source", "quote", "translation"),
            "links", List.of("principle", "strength", "explanation", "evidence"),
            "evidence", List.of("source", "quote", "translation"),
            "web", List.of("label", "url"),
            "bilingual", List.of("en", "zh"));

    /** Bilingual fields short enough to sit on one line. */
    private static final Set<String> ONE_LINE = Set.of("name", "industry", "label", "value");

    /** Where a user file's {@code "$schema"} points: the schemas written into the library. */
    public static final String SCHEMA_REFERENCE = "schema/case.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private CaseJson() {
    }

    /** The file's bytes for {@code root}: the same tree always gives the same bytes. */
    public static byte[] print(JsonNode root) {
        return printString(root).getBytes(StandardCharsets.UTF_8);
    }

    public static String printString(JsonNode root) {
        StringBuilder out = new StringBuilder(8192);
        value(out, root, "case", "", false);
        return out.append('\n').toString();
    }

    /**
     * Reads a case file's bytes into a tree, keeping the file's key order.
     *
     * @throws IOException when the bytes are not one JSON object
     */
    public static ObjectNode parse(byte[] bytes) throws IOException {
        JsonNode node = MAPPER.readTree(bytes);
        if (node == null || !node.isObject()) {
            throw new IOException("not a JSON object");
        }
        return (ObjectNode) node;
    }

    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    private static void value(StringBuilder out, JsonNode node, String kind, String indent, boolean oneLine) {
        if (node.isObject()) {
            object(out, node, kind, indent, oneLine);
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            String inner = indent + "  ";
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                value(out, node.get(i), kind, inner, false);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (node.isTextual()) {
            out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(node.textValue())).append('"');
        } else {
            out.append(node.toString());
        }
    }

    private static void object(StringBuilder out, JsonNode node, String kind, String indent, boolean oneLine) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        List<String> keys = orderedKeys(node, kind);
        String inner = indent + "  ";
        out.append(oneLine ? "{ " : "{\n");
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            JsonNode child = node.get(key);
            if (!oneLine) {
                out.append(inner);
            }
            out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(key)).append("\": ");
            boolean bilingual = child.isObject() && isBilingual(child);
            String childKind = bilingual ? "bilingual" : key;
            value(out, child, childKind, inner, oneLine || (bilingual && ONE_LINE.contains(key)));
            boolean last = i + 1 == keys.size();
            out.append(oneLine ? (last ? " " : ", ") : (last ? "\n" : ",\n"));
        }
        if (!oneLine) {
            out.append(indent);
        }
        out.append('}');
    }

    private static boolean isBilingual(JsonNode node) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("en") && !name.equals("zh")) {
                return false;
            }
        }
        return node.get("en") == null || node.get("en").isValueNode();
    }

    private static List<String> orderedKeys(JsonNode node, String kind) {
        List<String> order = ORDER.getOrDefault(kind, List.of());
        List<String> keys = new ArrayList<>();
        for (String key : order) {
            if (node.has(key)) {
                keys.add(key);
            }
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!order.contains(key)) {
                keys.add(key);
            }
        });
        return keys;
    }
}
