package org.caseexplorer.cases.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.ProblemWords;
import org.caseexplorer.cases.Source;
import org.caseexplorer.cases.Wording;

/**
 * Turns a parsed JSON tree into the library's records. The files have been checked against the
 * schemas by then (or are the built-in ones the build checked), so this only reads; a value of
 * the wrong shape still fails with the pointer to it rather than with a crash. Written by hand
 * instead of through Jackson's data binding, which would load several hundred classes at
 * start-up for five small records.
 */
final class TreeBinding {

    /** A value that is missing or of the wrong type, at a JSON Pointer. */
    static final class BindingException extends RuntimeException {
        private final String pointer;
        private final ProblemKind kind;
        private final Phrase words;

        BindingException(String pointer, ProblemKind kind, Phrase words) {
            super(ProblemWords.in(Lang.EN).say(words));
            this.pointer = pointer;
            this.kind = kind;
            this.words = words;
        }

        String pointer() {
            return pointer;
        }

        ProblemKind kind() {
            return kind;
        }

        Phrase words() {
            return words;
        }
    }

    private TreeBinding() {
    }

    static LibraryLoader.CaseFile caseFile(JsonNode node) {
        return new LibraryLoader.CaseFile(
                text(node, "", "id"),
                bilingual(node, "", "name"),
                bilingual(node, "", "industry"),
                bilingual(node, "", "tagline"),
                bilingual(node, "", "summary"),
                text(node, "", "accent"),
                optionalText(node, "", "image"),
                list(node, "", "facts", TreeBinding::fact),
                list(node, "", "links", TreeBinding::link),
                node.has("web") ? list(node, "", "web", (n, p) -> new LibraryLoader.WebEntry(
                        bilingual(n, p, "label"), text(n, p, "url"))) : List.of());
    }

    static LibraryLoader.PrinciplesFile principles(JsonNode node) {
        return new LibraryLoader.PrinciplesFile(list(node, "", "principles", (n, p) -> new Principle(
                text(n, p, "id"), bilingual(n, p, "name"), bilingual(n, p, "definition"),
                optionalText(n, p, "parent"),
                n.has("source") ? sourceRef(n.get("source"), p + "/source") : null,
                n.has("quotes") ? list(n, p, "quotes", TreeBinding::sourceRef) : List.of())));
    }

    private static Principle.SourceRef sourceRef(JsonNode n, String p) {
        return new Principle.SourceRef(text(n, p, "id"), optionalBilingual(n, p, "section"),
                optionalText(n, p, "quote"), optionalText(n, p, "translation"));
    }

    static LibraryLoader.SourcesFile sources(JsonNode node) {
        return new LibraryLoader.SourcesFile(list(node, "", "sources", (n, p) -> new Source(
                text(n, p, "id"), optionalText(n, p, "file"), bilingual(n, p, "title"),
                optionalBilingual(n, p, "author"), optionalBilingual(n, p, "publisher"), optionalText(n, p, "url"),
                optionalText(n, p, "text"))));
    }

    private static Fact fact(JsonNode n, String p) {
        JsonNode year = n.get("year");
        Integer y = year == null || year.isNull() ? null : integer(n, p, "year");
        return new Fact(bilingual(n, p, "label"), bilingual(n, p, "value"), y,
                text(n, p, "source"), optionalText(n, p, "quote"), optionalText(n, p, "translation"));
    }

    private static PrincipleLink link(JsonNode n, String p) {
        return new PrincipleLink(text(n, p, "principle"), integer(n, p, "strength"),
                bilingual(n, p, "explanation"),
                list(n, p, "evidence", (e, ep) -> new Evidence(text(e, ep, "source"), text(e, ep, "quote"),
                        optionalText(e, ep, "translation"))));
    }

    private static Bilingual bilingual(JsonNode n, String p, String field) {
        JsonNode value = n.get(field);
        String pointer = p + "/" + field;
        if (value == null || !value.isObject()) {
            throw new BindingException(pointer, ProblemKind.WRONG_TYPE, Wording.BINDING_BILINGUAL.with());
        }
        String en = optionalText(value, pointer, "en");
        String zh = optionalText(value, pointer, "zh");
        if (en == null && zh == null) {
            throw new BindingException(pointer, ProblemKind.NO_LANGUAGE, Wording.BINDING_NEITHER_LANGUAGE.with());
        }
        return new Bilingual(en, zh);
    }

    private static Bilingual optionalBilingual(JsonNode n, String p, String field) {
        JsonNode value = n.get(field);
        return value == null || value.isNull() ? null : bilingual(n, p, field);
    }

    private static String text(JsonNode n, String p, String field) {
        String value = optionalText(n, p, field);
        if (value == null) {
            throw new BindingException(p + "/" + field, ProblemKind.REQUIRED_FIELD_MISSING, Wording.SCHEMA_REQUIRED.with());
        }
        return value;
    }

    private static String optionalText(JsonNode n, String p, String field) {
        JsonNode value = n.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BindingException(p + "/" + field, ProblemKind.WRONG_TYPE, Wording.BINDING_TEXT.with());
        }
        return value.textValue();
    }

    private static int integer(JsonNode n, String p, String field) {
        JsonNode value = n.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new BindingException(p + "/" + field, ProblemKind.WRONG_TYPE, Wording.BINDING_WHOLE_NUMBER.with());
        }
        return value.intValue();
    }

    private static <T> List<T> list(JsonNode n, String p, String field, BiFunction<JsonNode, String, T> item) {
        JsonNode array = n.get(field);
        String pointer = p + "/" + field;
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new BindingException(pointer, ProblemKind.WRONG_TYPE, Wording.BINDING_LIST.with());
        }
        List<T> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isObject()) {
                throw new BindingException(pointer + "/" + i, ProblemKind.WRONG_TYPE, Wording.BINDING_OBJECT.with());
            }
            items.add(item.apply(element, pointer + "/" + i));
        }
        return items;
    }
}
