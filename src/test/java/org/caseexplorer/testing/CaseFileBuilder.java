package org.caseexplorer.testing;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caseexplorer.authoring.CaseJson;

/**
 * A case file built for a test, so the test states the input it needs instead of editing the
 * text of a built-in case (which silently loses its point when that case changes). The case
 * starts valid and complete in both languages, with one link ({@link #PRINCIPLE}, strength 3)
 * whose one quote cites {@link #BUILT_IN_SOURCE}; the first {@link #link} given replaces that
 * link. It is written as the app writes case files ({@link CaseJson}), so lines and columns
 * are those of a real file.
 */
public final class CaseFileBuilder {

    /**
     * A built-in source that ships without its text: a quote citing it from a user's folder cannot
     * be checked, so each case citing it gets one note saying how many of its quotes are unchecked.
     */
    public static final String BUILT_IN_SOURCE = "tesla-rise";
    /** The built-in principle the default link names. */
    public static final String PRINCIPLE = "brand";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode root = CaseJson.newObject();
    private final Map<String, String> raw = new LinkedHashMap<>();
    private boolean defaultLink = true;

    private CaseFileBuilder(String id) {
        root.put("$schema", CaseJson.SCHEMA_REFERENCE);
        root.put("id", id);
        root.set("name", bilingual("Case " + id, "案例 " + id));
        root.set("industry", bilingual("Test industry", "测试行业"));
        root.set("tagline", bilingual("A case made for a test.", "为测试而写的案例。"));
        root.set("summary", bilingual("This case was written by a test to state exactly what it needs.",
                "这个案例由测试写成，只写测试需要的内容。"));
        root.put("accent", "#3E5C76");
        root.putArray("facts");
        root.putArray("links").add(linkNode(PRINCIPLE, 3, "A test's link.", "测试的关联。",
                quote(BUILT_IN_SOURCE, "測試引文", "a test's quote")));
    }

    /** A valid case with this id (see the class comment for what it holds). */
    public static CaseFileBuilder aCase(String id) {
        return new CaseFileBuilder(id);
    }

    /** {"en": en, "zh": zh}; a null language is left out. */
    public static ObjectNode bilingual(String en, String zh) {
        ObjectNode node = CaseJson.newObject();
        if (en != null) {
            node.put("en", en);
        }
        if (zh != null) {
            node.put("zh", zh);
        }
        return node;
    }

    /** A quote as a link's evidence or a fact has it; a null translation is left out. */
    public static ObjectNode quote(String source, String quote, String translation) {
        ObjectNode node = CaseJson.newObject();
        node.put("source", source);
        node.put("quote", quote);
        if (translation != null) {
            node.put("translation", translation);
        }
        return node;
    }

    private static ObjectNode linkNode(String principle, int strength, String en, String zh, ObjectNode... evidence) {
        ObjectNode link = CaseJson.newObject();
        link.put("principle", principle);
        link.put("strength", strength);
        link.set("explanation", bilingual(en, zh));
        ArrayNode quotes = link.putArray("evidence");
        for (ObjectNode e : evidence) {
            quotes.add(e);
        }
        return link;
    }

    public CaseFileBuilder id(String id) {
        root.put("id", id);
        return this;
    }

    public CaseFileBuilder name(String en, String zh) {
        root.set("name", bilingual(en, zh));
        return this;
    }

    public CaseFileBuilder industry(String en, String zh) {
        root.set("industry", bilingual(en, zh));
        return this;
    }

    public CaseFileBuilder tagline(String en, String zh) {
        root.set("tagline", bilingual(en, zh));
        return this;
    }

    public CaseFileBuilder summary(String en, String zh) {
        root.set("summary", bilingual(en, zh));
        return this;
    }

    public CaseFileBuilder accent(String accent) {
        root.put("accent", accent);
        return this;
    }

    /** The picture, a path relative to the library folder as the file writes it. */
    public CaseFileBuilder image(String path) {
        root.put("image", path);
        return this;
    }

    public CaseFileBuilder web(String labelEn, String labelZh, String url) {
        ArrayNode web = root.has("web") ? (ArrayNode) root.get("web") : root.putArray("web");
        ObjectNode entry = CaseJson.newObject();
        entry.set("label", bilingual(labelEn, labelZh));
        entry.put("url", url);
        web.add(entry);
        return this;
    }

    /** A key fact; {@code year} and {@code quote} may be null. */
    public CaseFileBuilder fact(String labelEn, String labelZh, String valueEn, String valueZh, Integer year,
                                ObjectNode quote) {
        ObjectNode fact = CaseJson.newObject();
        fact.set("label", bilingual(labelEn, labelZh));
        fact.set("value", bilingual(valueEn, valueZh));
        if (year != null) {
            fact.put("year", year);
        }
        fact.put("source", quote == null ? BUILT_IN_SOURCE : quote.get("source").textValue());
        if (quote != null) {
            fact.put("quote", quote.get("quote").textValue());
            if (quote.has("translation")) {
                fact.put("translation", quote.get("translation").textValue());
            }
        }
        ((ArrayNode) root.get("facts")).add(fact);
        return this;
    }

    /** A link with its explanation and quotes; the first one given replaces the default link. */
    public CaseFileBuilder link(String principle, int strength, String explanationEn, String explanationZh,
                                ObjectNode... evidence) {
        ArrayNode links = (ArrayNode) root.get("links");
        if (defaultLink) {
            links.removeAll();
            defaultLink = false;
        }
        links.add(linkNode(principle, strength, explanationEn, explanationZh, evidence));
        return this;
    }

    /** A link with a plain explanation in both languages. */
    public CaseFileBuilder link(String principle, int strength, ObjectNode... evidence) {
        return link(principle, strength, "Why it is linked to " + principle + ".", "关联的理由。", evidence);
    }

    /** Sets the value at a JSON Pointer (its parent must exist): a String, a Number, a Boolean or a JsonNode. */
    public CaseFileBuilder set(String pointer, Object value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        JsonNode node = value instanceof JsonNode n ? n
                : value instanceof String s ? JSON.textNode(s)
                : value instanceof Integer i ? JSON.numberNode(i)
                : value instanceof Long l ? JSON.numberNode(l)
                : value instanceof Double d ? JSON.numberNode(d)
                : value instanceof Boolean b ? JSON.booleanNode(b)
                : null;
        if (node == null) {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
        if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), node);
        } else if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), node);
        } else {
            throw new IllegalArgumentException("no object or list at " + at.head());
        }
        return this;
    }

    /** Writes {@code literal} as is at the pointer, for a number JSON allows and Java does not hold (1e400). */
    public CaseFileBuilder raw(String pointer, String literal) {
        String placeholder = "@@raw-" + raw.size() + "@@";
        raw.put(placeholder, literal);
        return set(pointer, placeholder);
    }

    /** Leaves out the value at a JSON Pointer. */
    public CaseFileBuilder remove(String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (parent instanceof ArrayNode array) {
            array.remove(at.last().getMatchingIndex());
        } else {
            ((ObjectNode) parent).remove(at.last().getMatchingProperty());
        }
        return this;
    }

    /** Gives the field at a JSON Pointer another name, keeping its value. */
    public CaseFileBuilder rename(String pointer, String newName) {
        JsonPointer at = JsonPointer.compile(pointer);
        ObjectNode parent = (ObjectNode) root.at(at.head());
        JsonNode value = parent.remove(at.last().getMatchingProperty());
        parent.set(newName, value);
        return this;
    }

    /** A copy of the tree as built. */
    public ObjectNode tree() {
        return root.deepCopy();
    }

    /** The file's text, as the app would write it. */
    public String json() {
        String text = CaseJson.printString(root);
        for (Map.Entry<String, String> r : raw.entrySet()) {
            text = text.replace("\"" + r.getKey() + "\"", r.getValue());
        }
        return text;
    }

    /** Writes the case to {@code folder}/{@code id}.json. */
    public Path writeTo(Path folder) throws IOException {
        return writeTo(folder, root.get("id").asText() + ".json");
    }

    public Path writeTo(Path folder, String fileName) throws IOException {
        return Files.writeString(folder.resolve(fileName), json(), StandardCharsets.UTF_8);
    }
}
