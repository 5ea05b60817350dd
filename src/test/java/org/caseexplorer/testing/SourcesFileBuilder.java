package org.caseexplorer.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caseexplorer.cases.io.LibraryLoader;

/**
 * A library folder's sources.json built for a test, and the source texts its entries name, so a
 * test's quotes are checked against a text the test wrote.
 */
public final class SourcesFileBuilder {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode root = MAPPER.createObjectNode();
    private final ArrayNode sources = root.putArray("sources");
    private final Map<String, String> texts = new LinkedHashMap<>();

    private SourcesFileBuilder() {
    }

    public static SourcesFileBuilder sources() {
        return new SourcesFileBuilder();
    }

    /** A source with only a title (a null language is left out): quotes citing it are not checked. */
    public SourcesFileBuilder source(String id, String titleEn, String titleZh) {
        ObjectNode entry = sources.addObject();
        entry.put("id", id);
        entry.set("title", CaseFileBuilder.bilingual(titleEn, titleZh));
        return this;
    }

    /**
     * A source whose text is the file {@code path} (relative to the folder) holding {@code text}:
     * quotes citing it are checked against that text.
     */
    public SourcesFileBuilder sourceWithText(String id, String titleEn, String titleZh, String path, String text) {
        source(id, titleEn, titleZh);
        ((ObjectNode) sources.get(sources.size() - 1)).put("text", path);
        texts.put(path, text);
        return this;
    }

    /** Sets one more field of the last source given (an author, a publisher, a url). */
    public SourcesFileBuilder with(String field, String value) {
        ((ObjectNode) sources.get(sources.size() - 1)).put(field, value);
        return this;
    }

    public String json() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes sources.json and each source text into {@code folder}. */
    public Path writeTo(Path folder) throws IOException {
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Path file = folder.resolve(text.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.getValue(), StandardCharsets.UTF_8);
        }
        return Files.writeString(folder.resolve(LibraryLoader.SOURCES_FILE), json(), StandardCharsets.UTF_8);
    }
}
