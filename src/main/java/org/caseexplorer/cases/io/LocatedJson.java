package org.caseexplorer.cases.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON tree that can say where each value started in the text, keyed by JSON Pointer, so
 * that a problem found later (by the schema or by a cross-file check) can name line and column.
 * Most files have no problem, so the locations are only worked out, by parsing the text a
 * second time, when the first one is asked for.
 */
final class LocatedJson {

    /** A line and column, 1-based; unlike a JsonLocation it holds no reference to the text. */
    record Position(int line, int column) {
        static Position of(JsonLocation location) {
            return new Position(location.getLineNr(), location.getColumnNr());
        }
    }

    private final JsonNode root;
    private final JsonFactory factory;
    private final String text;
    /** The file's bytes as read, when it was read from one. */
    private final byte[] source;
    private final Map<String, Position> topLevel;
    private Map<String, JsonLocation> locations;

    private LocatedJson(JsonNode root, JsonFactory factory, String text, byte[] source, Map<String, Position> topLevel) {
        this.root = root;
        this.factory = factory;
        this.text = text;
        this.source = source;
        this.topLevel = topLevel;
    }

    /** A tree held in memory, with no text behind it: its problems have fields but no line. */
    static LocatedJson inMemory(JsonNode root) {
        return new LocatedJson(root, null, null, null, Map.of());
    }

    /** The bytes of the file it was parsed from; null for a tree held in memory or a text. */
    byte[] source() {
        return source;
    }

    JsonNode root() {
        return root;
    }

    /**
     * Where the value of a top-level field starts, noted while the file was first parsed, so it
     * costs no second parse, and can be kept after the text and the tree are let go.
     */
    Optional<Position> topLevelPosition(String field) {
        return Optional.ofNullable(topLevel.get(field));
    }

    /** The location of the value at {@code pointer}, or of its nearest ancestor that has one. */
    JsonLocation locate(String pointer) {
        if (text == null) {
            return null;
        }
        if (locations == null) {
            locations = new HashMap<>();
            try (JsonParser parser = factory.createParser(text)) {
                parser.nextToken();
                read(parser, "", locations);
            } catch (IOException e) {
                // The text parsed once already; if it cannot now, there is no position to give.
            }
        }
        String p = pointer;
        while (true) {
            JsonLocation location = locations.get(p);
            if (location != null || p.isEmpty()) {
                return location;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    /**
     * Of {@code pointers}, the one whose value comes first in the text, with its location; empty
     * when none is found. Reads the text only as far as that value, skipping what cannot hold
     * any of them, instead of noting every location in the file.
     */
    Optional<Map.Entry<String, JsonLocation>> firstOf(Set<String> pointers) {
        if (text == null || pointers.isEmpty()) {
            return Optional.empty();
        }
        // Where any of them lies inside: each pointer's parents, "" (the whole file) among them.
        Set<String> within = new HashSet<>();
        for (String wanted : pointers) {
            within.add("");
            for (int slash = wanted.indexOf('/', 1); slash > 0; slash = wanted.indexOf('/', slash + 1)) {
                within.add(wanted.substring(0, slash));
            }
        }
        try (JsonParser parser = factory.createParser(text)) {
            parser.nextToken();
            return Optional.ofNullable(find(parser, "", pointers, within));
        } catch (IOException e) {
            return Optional.empty(); // parsed once already; no position to give if it cannot now
        }
    }

    private static Map.Entry<String, JsonLocation> find(JsonParser parser, String pointer, Set<String> wanted,
                                                        Set<String> within) throws IOException {
        if (wanted.contains(pointer)) {
            return Map.entry(pointer, parser.currentTokenLocation());
        }
        // A look-up, not a scan of every wanted pointer at every value: this runs for each value
        // of a case file up to its first unchecked quote, in every file of a large library.
        if (!within.contains(pointer)) {
            parser.skipChildren();
            return null;
        }
        String inside = pointer + "/";
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                Map.Entry<String, JsonLocation> found = find(parser, inside + escape(name), wanted, within);
                if (found != null) {
                    return found;
                }
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY) {
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                Map.Entry<String, JsonLocation> found = find(parser, inside + i, wanted, within);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Parses one JSON document. Returns null for a document with no value at all (an empty file).
     *
     * @throws IOException with Jackson's location when the text is not well-formed JSON
     */
    static LocatedJson parse(JsonFactory factory, String text) throws IOException {
        return parse(factory, text, null);
    }

    /** As {@link #parse(JsonFactory, String)}, for the text of a file's {@code source} bytes. */
    static LocatedJson parse(JsonFactory factory, String text, byte[] source) throws IOException {
        try (JsonParser parser = factory.createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode root;
            Map<String, Position> topLevel = new HashMap<>();
            try {
                root = parser.currentToken() == JsonToken.START_OBJECT ? readTopLevel(parser, topLevel)
                        : read(parser, null, null);
            } catch (StreamConstraintsException e) {
                // A limit (a text too long, nesting too deep) comes without a location: it is
                // where the value that broke it starts.
                throw new JsonParseException(parser, e.getOriginalMessage(), parser.currentTokenLocation(), e);
            }
            if (parser.nextToken() != null) {
                throw new TrailingContentException(parser.currentTokenLocation());
            }
            return new LocatedJson(root, factory, text, source, topLevel);
        }
    }

    /** The root object, noting where each of its fields' values starts. */
    private static JsonNode readTopLevel(JsonParser parser, Map<String, Position> topLevel) throws IOException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            topLevel.put(name, Position.of(parser.currentTokenLocation()));
            object.set(name, read(parser, null, null));
        }
        return object;
    }

    /** Reads the value at the parser's token; records locations only when {@code locations} is given. */
    private static JsonNode read(JsonParser parser, String pointer, Map<String, JsonLocation> locations)
            throws IOException {
        if (locations != null) {
            locations.put(pointer, parser.currentTokenLocation());
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser, locations == null ? null : pointer + "/" + escape(name), locations));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, locations == null ? null : pointer + "/" + array.size(), locations));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IOException("unexpected " + token);
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** More text after the one JSON value a file may hold. */
    static final class TrailingContentException extends IOException {
        private final transient JsonLocation location;

        TrailingContentException(JsonLocation location) {
            super("unexpected content after the end of the JSON value");
            this.location = location;
        }

        JsonLocation location() {
            return location;
        }
    }
}
