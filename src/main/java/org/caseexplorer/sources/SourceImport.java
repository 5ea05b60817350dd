package org.caseexplorer.sources;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.caseexplorer.cases.LibraryLoader;
import org.caseexplorer.cases.SourceTextFile;
import org.caseexplorer.export.AtomicFile;

/**
 * <b>Add source…</b>: copies an article's text file into the library's {@code sources/} folder
 * and adds (or updates) its entry in the library's {@code sources.json}, naming the copy as the
 * entry's {@code text}. Both writes are atomic; a different file already in {@code sources/}
 * under the same name is never overwritten (the copy gets a free name instead); the other
 * entries of {@code sources.json}, and their order, are kept. Plain Java.
 */
public final class SourceImport {

    /** What was added: the entry's id, the path written in {@code text}, and whether the entry is new. */
    public record Added(String id, String textPath, boolean newEntry) {
    }

    static final String FOLDER = "sources";

    private SourceImport() {
    }

    /**
     * Adds {@code file} to the library in {@code library} as source {@code id} (made from the file's
     * name when null), titled {@code title} in its language (Chinese if it has Han characters).
     */
    public static Added add(Path library, Path file, String id, String title) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a file");
        }
        if (Files.size(file) > SourceTextFile.MAX_BYTES) {
            throw new IOException(file.getFileName() + " is larger than the "
                    + SourceTextFile.MAX_BYTES / (1024 * 1024) + " MB a source text may be");
        }
        byte[] bytes = Files.readAllBytes(file);
        Path folder = library.resolve(FOLDER);
        Files.createDirectories(folder);
        Path target = freeName(folder, file.getFileName().toString(), bytes);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            AtomicFile.write(target, out -> out.write(bytes));
        }
        String textPath = FOLDER + "/" + target.getFileName();
        // Checked as the loader will read it: a file it would refuse is not added.
        SourceTextFile.read(library, textPath);
        String sourceId = id == null ? idFor(file.getFileName().toString()) : id;
        boolean created = writeEntry(library.resolve(LibraryLoader.SOURCES_FILE), sourceId,
                title == null ? stem(file.getFileName().toString()) : title, textPath);
        return new Added(sourceId, textPath, created);
    }

    /** {@code name} in {@code folder}, or name-2, name-3 … when a different file has it; the same file keeps it. */
    static Path freeName(Path folder, String name, byte[] bytes) throws IOException {
        String stem = stem(name);
        String extension = name.substring(stem.length());
        Path candidate = folder.resolve(name);
        for (int n = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)
                    && Arrays.equals(Files.readAllBytes(candidate), bytes)) {
                return candidate;
            }
            candidate = folder.resolve(stem + "-" + n + extension);
        }
        return candidate;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** An id as the schema wants it: lower-case letters and digits in words joined by dashes. */
    static String idFor(String fileName) {
        String id = stem(fileName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > 60) {
            id = id.substring(0, 60).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "source" : id;
    }

    /** Adds or updates the entry; true when it is new. */
    static boolean writeEntry(Path sourcesJson, String id, String title, String textPath) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root;
        if (Files.exists(sourcesJson)) {
            JsonNode read = mapper.readTree(sourcesJson.toFile());
            if (!(read instanceof ObjectNode object) || !read.path("sources").isArray()) {
                throw new IOException(sourcesJson + " has no \"sources\" list; fix it before adding a source");
            }
            root = object;
        } else {
            root = mapper.createObjectNode();
            root.put("$schema", "https://caseexplorer.org/schema/sources.schema.json");
            root.putArray("sources");
        }
        ArrayNode sources = (ArrayNode) root.get("sources");
        ObjectNode entry = null;
        for (JsonNode s : sources) {
            if (id.equals(s.path("id").asText(null)) && s instanceof ObjectNode o) {
                entry = o;
            }
        }
        boolean created = entry == null;
        if (created) {
            entry = sources.addObject();
            entry.put("id", id);
            ObjectNode titles = entry.putObject("title");
            titles.put(hasHan(title) ? "zh" : "en", title);
        }
        entry.put("text", textPath);
        // Two spaces and "key": value, as the library's hand-written files are laid out.
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        byte[] json = (mapper.writer(printer).writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFile.write(sourcesJson, out -> out.write(json));
        return created;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
