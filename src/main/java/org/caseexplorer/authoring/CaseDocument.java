package org.caseexplorer.authoring;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;

/**
 * One case file's content as a value: a JSON tree nobody changes, edited by making a new
 * document with one value changed at a JSON Pointer. Values make undo a list of documents, and
 * let the editor, the validator, the history and the draft share one state without copies
 * drifting apart. Two documents are equal when their files would be byte-identical.
 */
public final class CaseDocument {

    private final ObjectNode root;
    private final byte[] bytes;

    private CaseDocument(ObjectNode root) {
        this.root = root;
        this.bytes = CaseJson.print(root);
    }

    /** Takes a copy of {@code root}: later changes to it do not reach the document. */
    public static CaseDocument of(JsonNode root) {
        if (!root.isObject()) {
            throw new IllegalArgumentException("a case is a JSON object");
        }
        return new CaseDocument(((ObjectNode) root).deepCopy());
    }

    public static CaseDocument parse(byte[] fileBytes) throws IOException {
        return new CaseDocument(CaseJson.parse(fileBytes));
    }

    /** A new, empty case: every required field there, empty, so the editor can show each one. */
    public static CaseDocument blank() {
        ObjectNode root = CaseJson.newObject();
        root.put("$schema", CaseJson.SCHEMA_REFERENCE);
        root.put(org.caseexplorer.cases.io.LibraryFormat.FIELD, org.caseexplorer.cases.io.LibraryFormat.CURRENT);
        root.put("id", "");
        for (String field : new String[] {"name", "industry", "tagline", "summary"}) {
            root.set(field, bilingual("", ""));
        }
        root.put("accent", "#3366CC");
        root.putArray("facts");
        root.putArray("links");
        return new CaseDocument(root);
    }

    public static ObjectNode bilingual(String en, String zh) {
        ObjectNode node = CaseJson.newObject();
        node.put("en", en);
        node.put("zh", zh);
        return node;
    }

    /**
     * The document as it is written and checked: in each text given in both languages
     * ({@code {"en": …, "zh": …}}), a language left empty while the other has words is left out,
     * so a case written in one language only is a case in that language, not one with empty
     * fields. A text empty in both keeps both, to be reported as empty.
     */
    public CaseDocument withoutEmptyLanguages() {
        ObjectNode copy = root.deepCopy();
        return dropEmptyLanguages(copy) ? new CaseDocument(copy) : this;
    }

    private static boolean dropEmptyLanguages(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            if (object.size() == 2 && object.has("en") && object.has("zh")
                    && object.get("en").isTextual() && object.get("zh").isTextual()) {
                boolean enBlank = object.get("en").asText().isBlank();
                boolean zhBlank = object.get("zh").asText().isBlank();
                if (enBlank != zhBlank) {
                    object.remove(enBlank ? "en" : "zh");
                    return true;
                }
                return false;
            }
            for (JsonNode child : object) {
                changed |= dropEmptyLanguages(child);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                changed |= dropEmptyLanguages(child);
            }
        }
        return changed;
    }

    /** A copy of the tree, to read or to change for a new document. */
    public ObjectNode tree() {
        return root.deepCopy();
    }

    /**
     * The tree itself, without a copy, for readers that only read (the validator on every
     * keystroke). Changing it would break the document: use {@link #tree()} for that.
     */
    public JsonNode readOnlyTree() {
        return root;
    }

    /** The bytes the file gets. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public String hash() {
        return ContentHash.of(bytes);
    }

    public String id() {
        return text("/id");
    }

    /** The text at {@code pointer}, or "" where there is none (missing, or not text). */
    public String text(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isValueNode() && !node.isNull() ? node.asText() : "";
    }

    public JsonNode at(String pointer) {
        return root.at(pointer).deepCopy();
    }

    /** The number of items in the list at {@code pointer} (0 where there is none). */
    public int size(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isArray() ? node.size() : 0;
    }

    /** With the text at {@code pointer} (an object's field; its parents must exist) set to {@code value}. */
    public CaseDocument withText(String pointer, String value) {
        return withValue(pointer, JsonNodeFactory.instance.textNode(value));
    }

    /** With the field at {@code pointer} removed, or set to {@code value}. */
    public CaseDocument withValue(String pointer, JsonNode value) {
        ObjectNode copy = root.deepCopy();
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(p.head());
        String name = p.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(name);
            } else {
                object.set(name, value.deepCopy());
            }
        } else if (parent instanceof ArrayNode array && value != null) {
            array.set(p.last().getMatchingIndex(), value.deepCopy());
        } else {
            throw new IllegalArgumentException("no object or list holds " + pointer);
        }
        return new CaseDocument(copy);
    }

    /** With {@code item} inserted at {@code index} of the list at {@code listPointer} (made if missing). */
    public CaseDocument withInserted(String listPointer, int index, JsonNode item) {
        ObjectNode copy = root.deepCopy();
        list(copy, listPointer).insert(index, item.deepCopy());
        return new CaseDocument(copy);
    }

    public CaseDocument withRemoved(String listPointer, int index) {
        ObjectNode copy = root.deepCopy();
        list(copy, listPointer).remove(index);
        return new CaseDocument(copy);
    }

    /** With the list item at {@code from} moved to {@code to} (both before the move). */
    public CaseDocument withMoved(String listPointer, int from, int to) {
        ObjectNode copy = root.deepCopy();
        ArrayNode list = list(copy, listPointer);
        if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to) {
            return this;
        }
        JsonNode item = list.remove(from);
        list.insert(to, item);
        return new CaseDocument(copy);
    }

    private static ArrayNode list(ObjectNode copy, String listPointer) {
        JsonPointer p = JsonPointer.compile(listPointer);
        JsonNode parent = copy.at(p.head());
        JsonNode existing = copy.at(p);
        if (existing.isArray()) {
            return (ArrayNode) existing;
        }
        if (parent instanceof ObjectNode object) {
            return object.putArray(p.last().getMatchingProperty());
        }
        throw new IllegalArgumentException("no list at " + listPointer);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseDocument d && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CaseDocument[" + id() + ", " + bytes.length + " bytes]";
    }

    /** For tests and messages: the file's text. */
    public String text() {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
