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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseexplorer.cases.io.AtomicFile;
import org.caseexplorer.cases.io.LibraryFile;
import org.caseexplorer.cases.io.LibraryFormat;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.cases.io.SourceTextFile;

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
     * What the user says about a source when adding it: its title (required), and the author,
     * publisher and address where known (null or blank when not). Each text goes in under its
     * language: Chinese if it has Han characters, else English.
     */
    public record Details(String title, String author, String publisher, String url) {
    }

    /**
     * Adds {@code file} to the library in {@code library} as source {@code id} (made from the file's
     * name when null), titled {@code title} in its language (Chinese if it has Han characters).
     */
    public static Added add(Path library, Path file, String id, String title) throws IOException {
        return add(library, file, id, new Details(title, null, null, null), Set.of());
    }

    /**
     * Adds {@code file} with the user's {@code details}. With no {@code id}, one is made from the
     * title (else from the file's name) that is not in {@code taken} (the built-in sources') and
     * not another entry's of this library; an entry that already names this very text is updated.
     */
    public static Added add(Path library, Path file, String id, Details details, Set<String> taken)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a file");
        }
        if (Files.size(file) > SourceTextFile.MAX_BYTES) {
            throw new IOException(file.getFileName() + " is larger than the "
                    + SourceTextFile.MAX_BYTES / (1024 * 1024) + " MB a source text may be");
        }
        if (!isWebAddress(details.url())) {
            throw new IOException("'" + details.url() + "' is not a web address (https://…)");
        }
        // The library's sources.json first: one that cannot be written (a FIFO in its place, a newer
        // format) refuses the source before its text is copied in, so nothing is left behind.
        Path existing = library.resolve(LibraryLoader.SOURCES_FILE);
        if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            LibraryFormat.refuseToReplace(readBounded(existing), existing.toString());
        }
        byte[] bytes = Files.readAllBytes(file);
        Path folder = library.resolve(FOLDER);
        // A sources/ that is a link leading out of the library is refused before anything is written through it.
        LibraryFile.requireInside(library, folder);
        Files.createDirectories(folder);
        Path target = freeName(folder, file.getFileName().toString(), bytes);
        boolean copied = !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (copied) {
            AtomicFile.write(target, out -> out.write(bytes));
        }
        String textPath = FOLDER + "/" + target.getFileName();
        // Checked as the loader will read it: a file it would refuse is not added (nor left behind).
        try {
            SourceTextFile.read(library, textPath);
        } catch (IOException e) {
            if (copied) {
                Files.deleteIfExists(target);
            }
            throw e;
        }
        Path sourcesJson = library.resolve(LibraryLoader.SOURCES_FILE);
        String title = blankToNull(details.title()) == null ? stem(file.getFileName().toString()) : details.title().strip();
        Map<String, String> entries = entries(sourcesJson);
        // One entry per text: adding a text the library has already updates the entry that names it.
        String sourceId = id != null ? id : entries.entrySet().stream()
                .filter(e -> textPath.equals(e.getValue())).map(Map.Entry::getKey).findFirst()
                .orElseGet(() -> freeId(entries, proposedId(title, file), textPath, taken));
        boolean created = writeEntry(sourcesJson, sourceId, new Details(title, details.author(), details.publisher(),
                details.url()), textPath);
        return new Added(sourceId, textPath, created);
    }

    /** The id made from the title, when it has letters or digits to make one of, else from the file's name. */
    static String proposedId(String title, Path file) {
        String fromTitle = idFor(title + ".");
        return fromTitle.equals("source") ? idFor(file.getFileName().toString()) : fromTitle;
    }

    /** The library's sources by id, each with its text's path (empty when it names none). */
    private static Map<String, String> entries(Path sourcesJson) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (Files.exists(sourcesJson, LinkOption.NOFOLLOW_LINKS)) {
            for (JsonNode s : new ObjectMapper().readTree(readBounded(sourcesJson)).path("sources")) {
                if (!s.path("id").asText("").isEmpty()) {
                    entries.put(s.path("id").asText(), s.path("text").asText(""));
                }
            }
        }
        return entries;
    }

    /** {@code id}, or id-2, id-3 … : not taken, and not another entry's unless that entry names {@code textPath}. */
    private static String freeId(Map<String, String> entries, String id, String textPath, Set<String> taken) {
        String candidate = id;
        for (int n = 2; taken.contains(candidate)
                || entries.containsKey(candidate) && !textPath.equals(entries.get(candidate)); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /**
     * A title for the text in {@code file}: its first line that reads like one (not empty, not
     * navigation such as "Home > News > Tech", not an address, at most {@value #TITLE_MAX}
     * characters, Markdown's "#" left off), else the file's name without its extension.
     */
    public static String suggestedTitle(Path file) {
        String fallback = stem(file.getFileName().toString());
        String text;
        try {
            text = SourceTextFile.read(file.toAbsolutePath().getParent(), file.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
        return titleOf(text).orElse(fallback);
    }

    static final int TITLE_MAX = 80;

    static Optional<String> titleOf(String text) {
        return text.lines()
                .map(line -> line.replaceFirst("^\\s*#+\\s*", "").strip())
                .filter(line -> !line.isEmpty())
                .filter(line -> !isBreadcrumbs(line) && !line.matches("(?i)^(https?://|www\\.)\\S*$"))
                .limit(1)
                .filter(line -> line.codePointCount(0, line.length()) <= TITLE_MAX)
                .findFirst();
    }

    /** "首页 > 新闻 > 科技", "Home / Articles", "Home » Blog": parts joined by arrows or slashes. */
    private static boolean isBreadcrumbs(String line) {
        return line.split("\\s*(>|›|»|/|\\||＞|→)\\s*").length >= 2 && line.matches(".*\\s(>|›|»|/|\\||＞|→)\\s.*")
                || line.matches(".*[^\\s](>|›|»|＞|→)[^\\s].*") && line.codePointCount(0, line.length()) <= 40
                || line.matches("^(首页|主页|Home|当前位置|您的位置|你的位置)(\\s|：|:|>|›|»|＞|/).*");
    }

    /** Blank (no address), or an address as sources.json takes it: http(s)://host… with no spaces. */
    public static boolean isWebAddress(String url) {
        return blankToNull(url) == null || url.strip().matches("^https?://[^\\s/]+\\S*$") && url.strip().length() <= 2048;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
        return writeEntry(sourcesJson, id, new Details(title, null, null, null), textPath);
    }

    /**
     * Adds or updates the entry; true when it is new. An update takes what the user gave: the
     * title in its language (the other language's title stays), and the author, publisher and
     * address given; what was not given stays as it was.
     */
    static boolean writeEntry(Path sourcesJson, String id, Details details, String textPath) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root;
        if (Files.exists(sourcesJson, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = readBounded(sourcesJson);
            LibraryFormat.refuseToReplace(bytes, sourcesJson.toString());
            JsonNode read = mapper.readTree(bytes);
            if (!(read instanceof ObjectNode object) || !read.path("sources").isArray()) {
                throw new IOException(sourcesJson + " has no \"sources\" list; fix it before adding a source");
            }
            root = object;
            if (LibraryFormat.upgradeSources(root)) {
                keepAsItWas(sourcesJson, bytes);
            }
        } else {
            root = mapper.createObjectNode();
            root.put("$schema", "https://caseexplorer.org/schema/sources.schema.json");
            root.putArray("sources");
        }
        LibraryFormat.stamp(root);
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
        }
        ObjectNode titles = entry.get("title") instanceof ObjectNode t ? t : entry.putObject("title");
        String lang = hasHan(details.title()) ? "zh" : "en";
        // A title that is only the file's name (what adding a source once proposed) is no title.
        String fileNameTitle = stem(textPath.substring(textPath.lastIndexOf('/') + 1));
        titles.properties().removeIf(t -> !t.getKey().equals(lang) && t.getValue().asText("").equals(fileNameTitle));
        titles.put(lang, details.title());
        // In the schema's order: title, author, publisher, url, text.
        for (String[] field : new String[][] {{"author", details.author()}, {"publisher", details.publisher()}}) {
            String value = blankToNull(field[1]);
            if (value != null) {
                ObjectNode named = entry.get(field[0]) instanceof ObjectNode o ? o : entry.putObject(field[0]);
                named.put(hasHan(value) ? "zh" : "en", value);
            }
        }
        if (blankToNull(details.url()) != null) {
            entry.put("url", details.url().strip());
        }
        entry.remove("text");
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

    /**
     * An earlier format's sources.json, about to be written in the current one, kept as it was in
     * {@code .history/sources.json/}: an {@code origin} that is no address is not carried over.
     */
    private static void keepAsItWas(Path sourcesJson, byte[] bytes) throws IOException {
        Path library = sourcesJson.getParent();
        Path folder = library.resolve(".history").resolve(LibraryLoader.SOURCES_FILE);
        LibraryFile.requireInside(library, folder);
        Files.createDirectories(folder);
        String name = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now());
        AtomicFile.write(folder.resolve(name + ".json"), out -> out.write(bytes));
    }

    /** sources.json as the loader reads it: a regular file inside the library, bounded in size and time. */
    private static byte[] readBounded(Path sourcesJson) throws IOException {
        try (LibraryFile in = LibraryFile.open(sourcesJson, sourcesJson.getParent(), LibraryFile.JSON_MAX_BYTES,
                LibraryFile.JSON_DEADLINE)) {
            return in.readAll();
        } catch (LibraryFile.Refused e) {
            // Said with the file it is about: "is a named pipe" alone reads as if the article were.
            throw new IOException(sourcesJson + " " + e.getMessage(), e);
        }
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
