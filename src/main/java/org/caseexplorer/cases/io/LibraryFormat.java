package org.caseexplorer.cases.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;

/**
 * Which version of the file format a library file is written in, and how an earlier one is read.
 * Each file says it itself, in a top-level {@code "format"} (a whole number): a case file, a
 * library's {@code principles.json} and {@code sources.json}, and a saved view. A file without one
 * was written before formats were numbered: format 1. (Per file rather than per library, because
 * files travel alone: a case mailed to a colleague, a view copied between libraries.)
 *
 * <p>The loader reads every earlier format: {@link #migrate} turns the tree into the current
 * format in memory and names each change as a note; the file is rewritten in the current format
 * only when the user saves it ({@link #stamp}). A file from a newer format is never read as if it
 * were this one ({@link #newer}) and never written over ({@link #refuseToReplace}).
 *
 * <p>The formats, and what changed between them (docs/case-format.md says the same for users):
 * <ol>
 *   <li>The first release: a source in {@code sources.json} had an {@code origin}, a free text
 *       that held an address or a note.</li>
 *   <li>A source is cited by {@code author}, {@code title}, {@code publisher} and a full
 *       {@code url}; {@code origin} is gone. An {@code origin} that is an http(s) address is read as
 *       the {@code url}; any other is left out, and the note quotes it so nothing is lost unseen.
 *       (The fields added since format 1 are optional, so a format-1 file needs nothing else.)</li>
 *   <li>A principle's source section is named in both languages, {@code {"en": …, "zh": …}} (or
 *       in the one a user's file has), where it was one text as the source prints it. An earlier
 *       file's text is read as the section in the language it is written in (Chinese when it has
 *       Chinese characters): nothing is lost or changed, so no note is made of it.</li>
 * </ol>
 */
public final class LibraryFormat {

    /** The format this Case Explorer reads and writes. */
    public static final int CURRENT = 3;
    /** The top-level field that holds it. */
    public static final String FIELD = "format";

    private static final Pattern WEB = Pattern.compile("^https?://[^\\s/]+\\S*$");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One change made in memory: where (a JSON Pointer), and the note that says what was done. */
    public record Migration(String pointer, ProblemKind kind, Phrase words) {
    }

    private LibraryFormat() {
    }

    /**
     * The format a file's tree declares: its {@code "format"}, 1 when it has none, empty when it
     * is not a whole number. A whole number however written ({@code 3}, {@code 3.0}, {@code 1e1})
     * is that number; one past what an int holds is taken as the largest (newer than any).
     */
    public static OptionalInt declared(JsonNode root) {
        JsonNode format = root.path(FIELD);
        if (format.isMissingNode()) {
            return OptionalInt.of(1);
        }
        java.math.BigDecimal value = whole(format);
        if (value == null) {
            return OptionalInt.empty();
        }
        if (value.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return OptionalInt.of(Integer.MAX_VALUE);
        }
        return OptionalInt.of(Math.max(value.intValue(), Integer.MIN_VALUE));
    }

    /** The number's value if it is a whole number, else null. */
    private static java.math.BigDecimal whole(JsonNode format) {
        if (!format.isNumber()) {
            return null;
        }
        java.math.BigDecimal value = format.decimalValue();
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0 ? value : null;
    }

    /** Why this Case Explorer cannot read the file, if it comes from a newer format. */
    public static java.util.Optional<Phrase> newer(JsonNode root) {
        OptionalInt format = declared(root);
        return format.isPresent() && format.getAsInt() > CURRENT
                ? java.util.Optional.of(Wording.FORMAT_NEWER.with(
                        whole(root.path(FIELD)).stripTrailingZeros().toPlainString(), CURRENT))
                : java.util.Optional.empty();
    }

    /**
     * Brings a tree of an earlier format to the current one, in place; a tree of the current
     * format (or of one not known, which the schema then reports) is left alone.
     *
     * @return what was changed, each as a note at its field; empty when nothing was
     */
    static List<Migration> migrate(JsonNode root, LibrarySchemas.Kind kind) {
        OptionalInt format = declared(root);
        if (format.isEmpty() || format.getAsInt() >= CURRENT || !(root instanceof ObjectNode object)) {
            return List.of();
        }
        List<Migration> done = new ArrayList<>();
        if (kind == LibrarySchemas.Kind.PRINCIPLES) {
            JsonNode principles = object.path("principles");
            for (JsonNode principle : principles) {
                sectionInItsLanguage(principle.path("source"));
                principle.path("quotes").forEach(LibraryFormat::sectionInItsLanguage);
            }
        }
        if (kind == LibrarySchemas.Kind.SOURCES) {
            JsonNode sources = object.path("sources");
            for (int i = 0; i < sources.size(); i++) {
                if (sources.get(i) instanceof ObjectNode source && source.has("origin")) {
                    done.add(originOf(source, "/sources/" + i + "/origin"));
                }
            }
        }
        return done;
    }

    /**
     * A library's {@code sources.json} tree, about to be changed and written back, brought to the
     * current format in place (see {@link #migrate}); whether anything was changed.
     */
    public static boolean upgradeSources(JsonNode root) {
        return !migrate(root, LibrarySchemas.Kind.SOURCES).isEmpty();
    }

    /** Format 2's one-text {@code section}: the same text, under the language it is written in. */
    private static void sectionInItsLanguage(JsonNode ref) {
        if (ref instanceof ObjectNode object && object.path("section").isTextual()) {
            String text = object.path("section").asText();
            boolean chinese = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            ObjectNode section = object.putObject("section");
            section.put(chinese ? "zh" : "en", text);
        }
    }

    /** Format 1's {@code origin}: an http(s) address becomes the {@code url}; anything else is left out, quoted in the note. */
    private static Migration originOf(ObjectNode source, String pointer) {
        JsonNode origin = source.remove("origin");
        String text = origin.isTextual() ? origin.asText().strip() : "";
        if (WEB.matcher(text).matches() && text.length() <= 2048 && !source.has("url")) {
            source.put("url", text);
            return new Migration(pointer, ProblemKind.EARLIER_FORMAT, Wording.FORMAT_ORIGIN_AS_URL.with(CURRENT));
        }
        return new Migration(pointer, ProblemKind.EARLIER_FORMAT, text.isEmpty()
                ? Wording.FORMAT_ORIGIN_EMPTY.with(CURRENT)
                : Wording.FORMAT_ORIGIN_LEFT_OUT.with(CURRENT, text));
    }

    /**
     * Marks a tree about to be written as the current format: {@code "format"} right after
     * {@code "$schema"} (or first), the rest in its order.
     */
    public static void stamp(ObjectNode root) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            fields.put(field.getKey(), field.getValue());
        }
        fields.remove(FIELD);
        root.removeAll();
        JsonNode schema = fields.remove("$schema");
        if (schema != null) {
            root.set("$schema", schema);
        }
        root.put(FIELD, CURRENT);
        fields.forEach(root::set);
    }

    /**
     * Refuses to write over a file of a newer format: its reader is a newer Case Explorer, and
     * what this one would write back would lose what it cannot read. {@code existing} is the
     * file's bytes now; bytes that are not JSON are no newer format (the caller decides on those).
     *
     * @throws NewerFormatException when the file says it is of a newer format
     */
    public static void refuseToReplace(byte[] existing, String display) throws NewerFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(existing);
        } catch (IOException e) {
            return;
        }
        if (root != null && root.isObject()) {
            OptionalInt format = declared(root);
            if (format.isPresent() && format.getAsInt() > CURRENT) {
                throw new NewerFormatException(display, format.getAsInt());
            }
        }
    }

    /** A file of a newer format that was about to be written over; it is left as it is. */
    public static final class NewerFormatException extends IOException {
        private final int format;

        public NewerFormatException(String display, int format) {
            super(display + " was written by a newer Case Explorer (format " + format + "); this one reads up to format "
                    + CURRENT + ", so it leaves the file as it is");
            this.format = format;
        }

        public int format() {
            return format;
        }
    }
}
