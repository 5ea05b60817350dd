package org.caseexplorer.cases.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * The record of the built-in library's quotes as they were verified when the library was built:
 * {@code cases/verification/quotes.json}, made by the build from the source articles (which the
 * app does not ship), with each quote, its source, where it was found in the article's text and
 * the SHA-256 of that text. A built-in quote the record holds is shown as verified against its
 * article when the library was built; one it does not hold stays unchecked. A user's quote keeps
 * the live check against its source's text. Thread-safe; read once.
 */
public final class BuiltInQuoteRecord {

    public static final String RESOURCE = "/cases/verification/quotes.json";

    private static volatile Set<String> verified;

    private BuiltInQuoteRecord() {
    }

    /** Whether the build found {@code quote} word for word in the text of source {@code sourceId}. */
    public static boolean verified(String sourceId, String quote) {
        return quote != null && entries().contains(key(sourceId, quote));
    }

    private static Set<String> entries() {
        Set<String> read = verified;
        if (read == null) {
            read = new HashSet<>();
            try (InputStream in = BuiltInQuoteRecord.class.getResourceAsStream(RESOURCE)) {
                if (in != null) {
                    for (JsonNode q : new ObjectMapper().readTree(in).path("quotes")) {
                        read.add(key(q.path("source").asText(), q.path("quote").asText()));
                    }
                }
            } catch (IOException e) {
                // No record to be read: every built-in quote is then shown as unchecked, as before it.
            }
            verified = read;
        }
        return read;
    }

    static String key(String sourceId, String quote) {
        return sourceId + "\u0000" + quote;
    }
}
