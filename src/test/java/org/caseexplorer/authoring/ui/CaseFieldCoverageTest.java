package org.caseexplorer.authoring.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.caseexplorer.authoring.CaseJson;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryFolder;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.cases.io.TestPictures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every property {@code cases/schema/case.schema.json} allows in a case file, followed through
 * its objects, lists and {@code $defs}, is read by the loader into the case it makes, comes back
 * from the writer as it went in, and is edited by the case editor's form: a field added to the
 * schema and forgotten in one of the three fails here, by name. The exceptions are listed, each
 * with its reason, and an exception no longer needed fails too.
 */
class CaseFieldCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Properties the loader leaves in the file on purpose. */
    private static final Map<String, String> NOT_LOADED = Map.of(
            "/$schema", "points an editor such as VS Code at the schema; the app has the schema itself",
            "/format", "read before the case is (a newer format is refused, an earlier one brought up to date); not part of the case");

    /** Properties the editor's form does not show on purpose. */
    private static final Map<String, String> NOT_EDITED = Map.of(
            "/$schema", "written by the app into every case it creates and kept as it is; nothing for a person to edit",
            "/format", "written by the app on every save: the format this Case Explorer writes");

    @TempDir
    static Path dir;

    /** Each property by its pattern ("/links/*&#47;evidence/*&#47;quote"): true for a list, false for a value. */
    private static Map<String, Boolean> properties;
    /** A case that sets every property, lists included. */
    private static ObjectNode everything;

    @BeforeAll
    static void readSchemaAndWriteACaseWithEverything() throws IOException {
        JsonNode schema = JSON.readTree(Path.of("cases", "schema", "case.schema.json").toFile());
        properties = new TreeMap<>();
        walk(schema, schema, "", properties);
        everything = (ObjectNode) JSON.readTree(Files.readString(Path.of("cases", "tesla.json"))
                .replace("\"id\": \"tesla\"", "\"id\": \"everything\""));
        everything.put("image", "picture.png");
        ArrayNode web = everything.putArray("web");
        ObjectNode site = web.addObject();
        site.putObject("label").put("en", "Site").put("zh", "网站");
        site.put("url", "https://example.com/page");
        TestPictures.png(dir.resolve("picture.png"), 4, 4);
        TestPictures.png(dir.resolve("other.png"), 4, 4);
    }

    /** Every property under {@code node} (resolving $ref), recorded by pattern; a list's items under "/*". */
    private static void walk(JsonNode schema, JsonNode node, String pattern, Map<String, Boolean> found) {
        JsonNode resolved = resolve(schema, node);
        if (resolved.has("items")) {
            walk(schema, resolved.get("items"), pattern + "/*", found);
        }
        resolved.path("properties").fields().forEachRemaining(property -> {
            String child = pattern + "/" + property.getKey().replace("~", "~0").replace("/", "~1");
            JsonNode value = resolve(schema, property.getValue());
            if (value.has("properties")) {
                walk(schema, value, child, found);
            } else {
                found.put(child, "array".equals(value.path("type").asText()));
                walk(schema, value, child, found);
            }
        });
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        while (node.has("$ref")) {
            node = schema.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** The pattern with each "*" made 0: the first item's property. */
    private static String first(String pattern) {
        return pattern.replace("*", "0");
    }

    @Test
    void theSchemaIsWalkedThroughItsDefinitions() {
        // A check on the walk itself: values found only through $defs and lists are among them.
        assertTrue(properties.containsKey("/links/*/evidence/*/translation"), properties.keySet()::toString);
        assertTrue(properties.containsKey("/web/*/label/zh"), properties.keySet()::toString);
        assertTrue(properties.get("/links/*/evidence"), "a list");
        assertFalse(properties.get("/facts/*/year"), "a value");
    }

    @Test
    void theCaseWithEverythingSetsEveryProperty() {
        for (String pattern : properties.keySet()) {
            assertFalse(everything.at(first(pattern)).isMissingNode(), "the test's case does not set " + pattern);
        }
    }

    @Test
    void everyPropertyComesBackFromTheWriterAsItWentIn() throws IOException {
        JsonNode written = CaseJson.parse(CaseJson.print(everything));
        for (String pattern : properties.keySet()) {
            for (String pointer : instances(everything, pattern)) {
                assertEquals(everything.at(pointer), written.at(pointer), "the writer changes or drops " + pointer);
            }
        }
    }

    @Test
    void everyPropertyIsReadByTheLoaderIntoTheCase() throws IOException {
        Case made = load(everything).orElseThrow(() -> new AssertionError("the case with everything does not load"));
        Map<String, String> notLoaded = new LinkedHashMap<>();
        for (Map.Entry<String, Boolean> property : properties.entrySet()) {
            String pointer = first(property.getKey());
            ObjectNode changed = everything.deepCopy();
            change(changed, pointer, property.getValue());
            Optional<Case> other = load(changed);
            assertTrue(other.isPresent(), "the case does not load once " + pointer + " is changed");
            if (other.get().equals(made)) {
                notLoaded.put(property.getKey(), "changing it changes nothing in the case the loader makes");
            }
        }
        assertEquals(NOT_LOADED.keySet(), notLoaded.keySet(),
                "properties the loader does not read, besides the known exceptions: " + notLoaded);
    }

    @Test
    void everyPropertyIsEditedInTheEditorsForm() {
        Set<String> edited = CaseFormFields.pointers();
        Map<String, Boolean> notEdited = new TreeMap<>(properties);
        notEdited.keySet().removeAll(edited);
        assertEquals(NOT_EDITED.keySet(), notEdited.keySet(),
                "properties the editor's form does not edit, besides the known exceptions");
        // And the form edits nothing the schema does not allow.
        List<String> unknown = edited.stream().filter(p -> !properties.containsKey(p)).toList();
        assertEquals(List.of(), unknown, "fields of the form the schema does not have");
    }

    /**
     * Writes {@code doc} into the folder beside the two pictures (always the same folder, so the
     * case's picture is the same path) and loads it with the built-in library.
     */
    private static Optional<Case> load(JsonNode doc) throws IOException {
        Files.write(dir.resolve("everything.json"), CaseJson.print(doc));
        Library library = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.of(LibraryFolder.of(dir)));
        return library.cases().stream().filter(c -> c.file().endsWith("everything.json")).findFirst();
    }

    /**
     * Changes the value at {@code pointer} to another that the schema still takes: a list loses
     * its last item (or gains a copy of its first, when it has one), a number goes down by one, a
     * text changes its last character (keeping to a pattern: an id stays an id, a colour a colour).
     */
    private static void change(ObjectNode doc, String pointer, boolean list) {
        JsonNode value = doc.at(pointer);
        String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
        String name = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        JsonNode parent = doc.at(parentPointer);
        JsonNode changed;
        if (list) {
            ArrayNode items = ((ArrayNode) value).deepCopy();
            if (items.size() >= 2) {
                items.remove(items.size() - 1);
            } else {
                items.add(items.get(0).deepCopy());
            }
            changed = items;
        } else if (value.isInt()) {
            changed = IntNode.valueOf(value.intValue() - 1);
        } else if (name.equals("image")) {
            changed = TextNode.valueOf("other.png");
        } else {
            String text = value.textValue();
            String other = text.substring(0, text.length() - 1) + (text.endsWith("0") ? "1" : "0");
            changed = TextNode.valueOf(Pattern.matches("#[0-9A-Fa-f]{6}|[a-z0-9-]+|https?://.*", text) ? other : text + "x");
        }
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(name), changed);
        } else {
            ((ObjectNode) parent).set(name, changed);
        }
    }

    /** Every pointer {@code pattern} names in {@code doc}: each "*" taken over every index there is. */
    private static List<String> instances(JsonNode doc, String pattern) {
        List<String> found = new ArrayList<>();
        int star = pattern.indexOf('*');
        if (star < 0) {
            found.add(pattern);
            return found;
        }
        JsonNode list = doc.at(pattern.substring(0, star - 1));
        for (int i = 0; i < list.size(); i++) {
            found.addAll(instances(doc, pattern.substring(0, star) + i + pattern.substring(star + 1)));
        }
        return found;
    }

    @Test
    void theChangeOfAValueIsOneTheLoaderStillTakes() {
        ObjectNode doc = everything.deepCopy();
        change(doc, "/accent", false);
        assertNotEquals(everything.at("/accent"), doc.at("/accent"));
        assertTrue(doc.at("/accent").asText().matches("#[0-9A-Fa-f]{6}"), doc.at("/accent").asText());
    }
}
