package org.caseexplorer.authoring.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of the case form as data: each by its JSON Pointer (inside its item, for the
 * fields of a fact, a link, a quote or a web link), its label and the control that edits it, in
 * the order the form shows them. {@link CaseForm} is built from these lists, so what the form
 * edits can be read without a toolkit ({@link #pointers}), and the form tells what a pointer is
 * from them ({@link #inputAt}): a link's principle is picked, not written.
 */
final class CaseFormFields {

    /** What edits a field: the kind of control the form makes for it. */
    enum Input {
        /** The id: a text field with a hint. */
        ID,
        /** The accent: a colour picker. */
        COLOUR,
        /** The picture: a path and a button to choose one. */
        PICTURE,
        /** A short text in English and Chinese, side by side (the pointer is the text's; "/en" and "/zh" are its fields). */
        TEXT,
        /** A long text in English and Chinese, side by side. */
        LONG_TEXT,
        /** The "English" and "中文" headings over the columns; no field. */
        LANGUAGE_HEADINGS,
        /** A fact's year: digits. */
        YEAR,
        /** A source, chosen from the library's. */
        SOURCE,
        /** A principle, chosen from the library's. */
        PRINCIPLE,
        /** A link's strength: one of three buttons. */
        STRENGTH,
        /** One text of several lines (a quote, a translation). */
        PASSAGE,
        /** One line of text (an address). */
        LINE
    }

    /** One row of a section or an item: the field at {@code pointer}, labelled by {@code labelKey}. */
    record Field(String pointer, String labelKey, Input input) {

        boolean bilingual() {
            return input == Input.TEXT || input == Input.LONG_TEXT;
        }
    }

    /** A list of items (facts, links, a link's quotes, web links), each with these fields; "*" stands for an index. */
    record Items(String pointer, List<Field> fields) {
    }

    static final List<Field> BASICS = List.of(
            new Field("/id", "editor.field.id", Input.ID),
            new Field("/accent", "editor.field.accent", Input.COLOUR),
            new Field("/image", "editor.field.image", Input.PICTURE));

    static final List<Field> TEXTS = List.of(
            headings(),
            new Field("/name", "editor.field.name", Input.TEXT),
            new Field("/industry", "editor.field.industry", Input.TEXT),
            new Field("/tagline", "editor.field.tagline", Input.LONG_TEXT),
            new Field("/summary", "editor.field.summary", Input.LONG_TEXT));

    static final Items FACTS = new Items("/facts", List.of(
            headings(),
            new Field("/label", "editor.fact.label", Input.TEXT),
            new Field("/value", "editor.fact.value", Input.TEXT),
            new Field("/year", "editor.fact.year", Input.YEAR),
            new Field("/source", "editor.fact.source", Input.SOURCE),
            new Field("/quote", "editor.fact.quote", Input.PASSAGE),
            new Field("/translation", "editor.fact.translation", Input.PASSAGE)));

    static final Items LINKS = new Items("/links", List.of(
            new Field("/principle", "editor.link.principle", Input.PRINCIPLE),
            new Field("/strength", "editor.link.strength", Input.STRENGTH),
            headings(),
            new Field("/explanation", "editor.link.explanation", Input.LONG_TEXT)));

    /** A link's quotes, below its fields. */
    static final Items EVIDENCE = new Items("/links/*/evidence", List.of(
            new Field("/source", "editor.evidence.source", Input.SOURCE),
            new Field("/quote", "editor.evidence.quote", Input.PASSAGE),
            new Field("/translation", "editor.evidence.translation", Input.PASSAGE)));

    static final Items WEB = new Items("/web", List.of(
            new Field("/label", "editor.web.label", Input.TEXT),
            new Field("/url", "editor.web.url", Input.LINE)));

    private static final List<Items> LISTS = List.of(FACTS, LINKS, EVIDENCE, WEB);

    private CaseFormFields() {
    }

    private static Field headings() {
        return new Field("", null, Input.LANGUAGE_HEADINGS);
    }

    /**
     * Every value the form edits, as a JSON Pointer with "*" for an item's index:
     * "/name/en", "/links", "/links/*&#47;evidence/*&#47;quote". A list is among them: its items are
     * added, moved and removed.
     */
    static Set<String> pointers() {
        Set<String> pointers = new LinkedHashSet<>();
        add(pointers, "", BASICS);
        add(pointers, "", TEXTS);
        for (Items items : LISTS) {
            pointers.add(items.pointer());
            add(pointers, items.pointer() + "/*", items.fields());
        }
        return pointers;
    }

    private static void add(Set<String> pointers, String base, List<Field> fields) {
        for (Field field : fields) {
            if (field.input() == Input.LANGUAGE_HEADINGS) {
                continue;
            }
            if (field.bilingual()) {
                pointers.add(base + field.pointer() + "/en");
                pointers.add(base + field.pointer() + "/zh");
            } else {
                pointers.add(base + field.pointer());
            }
        }
    }

    /** What edits the value at {@code pointer} ("/links/0/principle" is a principle picked), if the form edits it. */
    static Optional<Input> inputAt(String pointer) {
        List<Field> all = new ArrayList<>();
        all.addAll(BASICS);
        all.addAll(TEXTS);
        for (Field field : all) {
            if (names(field, "", pointer)) {
                return Optional.of(field.input());
            }
        }
        for (Items items : LISTS) {
            Optional<String> inItem = inItem(items.pointer().split("/"), pointer.split("/", -1));
            if (inItem.isPresent()) {
                for (Field field : items.fields()) {
                    if (names(field, "", inItem.get())) {
                        return Optional.of(field.input());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code pointer} is {@code field}'s value (one of its languages, for a text in both). */
    private static boolean names(Field field, String base, String pointer) {
        if (field.input() == Input.LANGUAGE_HEADINGS) {
            return false;
        }
        String at = base + field.pointer();
        return field.bilingual() ? pointer.equals(at + "/en") || pointer.equals(at + "/zh") : pointer.equals(at);
    }

    /** The rest of {@code pointer} inside an item of the list {@code list} ("*" matching an index), if it is in one. */
    private static Optional<String> inItem(String[] list, String[] pointer) {
        if (pointer.length <= list.length + 1) {
            return Optional.empty();
        }
        for (int i = 0; i < list.length; i++) {
            boolean index = list[i].equals("*") && !pointer[i].isEmpty() && pointer[i].chars().allMatch(Character::isDigit);
            if (!index && !list[i].equals(pointer[i])) {
                return Optional.empty();
            }
        }
        String itemIndex = pointer[list.length];
        if (itemIndex.isEmpty() || !itemIndex.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder();
        for (int i = list.length + 1; i < pointer.length; i++) {
            rest.append('/').append(pointer[i]);
        }
        return Optional.of(rest.toString());
    }
}
