package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Library;
import org.caseexplorer.provenance.QuoteVerdict;
import org.junit.jupiter.api.Test;

/**
 * The built-in library's quotes, verified against the source articles when the library is built
 * (issue 24, item 14). {@code cases/verification/quotes.json} records each quote, its source,
 * where it was found in the article's text and the SHA-256 of that text. Where the articles are
 * at hand ({@code ../shared/seeds/clean}, as in the build), the record is made again from them and
 * must be the one committed, byte for byte; without them, it must still hold every quote of the
 * library as it is, and nothing else. Record it again with {@code -Dcaseexplorer.recordQuotes=true}.
 */
class BuiltInQuoteRecordTest {

    private static final Path RECORD = Path.of("cases", "verification", "quotes.json");
    private static final Path SEEDS = Path.of("..", "shared", "seeds", "clean");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One quote of the library: where it is, its source, its words. */
    record Quote(String file, String pointer, String source, String quote) {
    }

    static List<Quote> quotesOfTheLibrary() throws IOException {
        List<Quote> quotes = new ArrayList<>();
        List<Path> files;
        try (var listed = Files.list(Path.of("cases"))) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            walk(JSON.readTree(file.toFile()), "", file.getFileName().toString(), quotes);
        }
        return quotes;
    }

    private static void walk(JsonNode node, String pointer, String file, List<Quote> quotes) {
        if (node.isObject()) {
            if (node.path("quote").isTextual()) {
                String source = node.has("source") && node.get("source").isTextual() ? node.get("source").asText()
                        : node.path("id").asText();
                quotes.add(new Quote(file, pointer + "/quote", source, node.get("quote").asText()));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), pointer + "/" + field.getKey(), file, quotes);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, file, quotes);
            }
        }
    }

    /** The record as the articles make it. */
    private static String made() throws Exception {
        JsonNode sources = JSON.readTree(Path.of("cases", "sources.json").toFile()).path("sources");
        Map<String, String> seedFile = new TreeMap<>();
        sources.forEach(s -> seedFile.put(s.path("id").asText(), s.path("file").asText()));
        ObjectNode record = JSON.createObjectNode();
        record.put("about", "The built-in library's quotes, each found word for word in its source article when the "
                + "library was built (BuiltInQuoteRecordTest): where in the article's text (a character offset), and "
                + "the SHA-256 of that text. The app shows these quotes as verified against the article.");
        ObjectNode texts = record.putObject("sources");
        Map<String, String> text = new TreeMap<>();
        for (Map.Entry<String, String> s : seedFile.entrySet()) {
            byte[] bytes = Files.readAllBytes(SEEDS.resolve(s.getValue()));
            text.put(s.getKey(), new String(bytes, StandardCharsets.UTF_8));
            ObjectNode entry = texts.putObject(s.getKey());
            entry.put("file", s.getValue());
            entry.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
        ArrayNode quotes = record.putArray("quotes");
        for (Quote q : quotesOfTheLibrary()) {
            int at = text.getOrDefault(q.source(), "").indexOf(q.quote());
            if (at < 0) {
                throw new AssertionError(q + " is not in its source's text");
            }
            ObjectNode entry = quotes.addObject();
            entry.put("file", q.file());
            entry.put("pointer", q.pointer());
            entry.put("source", q.source());
            entry.put("at", at);
            entry.put("quote", q.quote());
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(record) + "\n";
    }

    @Test
    void theRecordIsTheOneTheArticlesMakeWhereTheArticlesAreAtHand() throws Exception {
        if (!Files.isDirectory(SEEDS)) {
            // Without the articles (a clone without ../shared) the record is checked against the library below.
            return;
        }
        String made = made();
        if (Boolean.getBoolean("caseexplorer.recordQuotes")) {
            Files.createDirectories(RECORD.getParent());
            Files.writeString(RECORD, made, StandardCharsets.UTF_8);
        }
        assertEquals(made, Files.readString(RECORD, StandardCharsets.UTF_8),
                "the record is stale: run with -Dcaseexplorer.recordQuotes=true");
    }

    @Test
    void theRecordHoldsEveryQuoteOfTheLibraryAndNothingElse() throws Exception {
        JsonNode record = JSON.readTree(RECORD.toFile());
        List<Quote> recorded = new ArrayList<>();
        record.path("quotes").forEach(q -> recorded.add(new Quote(q.path("file").asText(), q.path("pointer").asText(),
                q.path("source").asText(), q.path("quote").asText())));
        assertEquals(quotesOfTheLibrary(), recorded);
        assertTrue(recorded.size() > 90, "every case and principle quote: " + recorded.size());
        record.path("quotes").forEach(q -> assertTrue(q.path("at").asInt(-1) >= 0, q.toString()));
        record.path("sources").forEach(s -> assertEquals(64, s.path("sha256").asText().length()));
    }

    @Test
    void everyBuiltInQuoteIsShownAsVerifiedWhenBuiltAndAUsersCopyIsNot() throws Exception {
        Library library = new LibraryLoader().open(Optional.empty());
        for (Case c : library.cases()) {
            c.links().forEach(link -> link.evidence().forEach(e -> assertTrue(e.verdict().checkedWhenBuilt(),
                    c.id() + ": " + e.quote())));
        }
        // A user's case quoting a built-in source: its words are not the build's to vouch for.
        Path folder = Files.createTempDirectory("record");
        try {
            String tesla = Files.readString(Path.of("cases", "tesla.json")).replace("\"id\": \"tesla\"", "\"id\": \"mine\"");
            Files.writeString(folder.resolve("mine.json"), tesla);
            Case mine = new LibraryLoader().open(Optional.of(folder)).caseById("mine").orElseThrow();
            for (Evidence e : mine.links().get(0).evidence()) {
                assertFalse(e.verdict().checkedWhenBuilt());
                assertEquals(QuoteVerdict.State.UNCHECKED, e.verdict().state());
            }
        } finally {
            try (var listed = Files.list(folder)) {
                for (Path p : listed.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(folder);
        }
    }
}
