package org.caseexplorer.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseexplorer.i18n.Messages;

/**
 * Where a problem is, in the editor's words: "links[0].evidence[1].source" is "Link 1 › Quote 2 ›
 * Source", "name.zh" is "Name (中文)". The loader's field names stay as they are in the Problems
 * panel and in {@code --validate}, which point into the file.
 */
final class ProblemPlace {

    private static final Pattern ITEM = Pattern.compile("([a-z]+)\\[(\\d+)]");
    private static final Map<String, String> ITEMS = Map.of("links", "editor.link.title",
            "evidence", "editor.evidence.title", "facts", "editor.fact.title", "web", "editor.web.title");
    private static final Map<String, String> LISTS = Map.of("links", "editor.section.links",
            "facts", "editor.section.facts", "web", "editor.section.web");
    private static final Map<String, String> TOP = Map.of("id", "editor.field.id", "accent", "editor.field.accent",
            "image", "editor.field.image", "name", "editor.field.name", "industry", "editor.field.industry",
            "tagline", "editor.field.tagline", "summary", "editor.field.summary");
    private static final Map<String, String> IN_LINK = Map.of("principle", "editor.link.principle",
            "strength", "editor.link.strength", "explanation", "editor.link.explanation");
    private static final Map<String, String> IN_QUOTE = Map.of("source", "editor.evidence.source",
            "quote", "editor.evidence.quote", "translation", "editor.evidence.translation");
    private static final Map<String, String> IN_FACT = Map.of("label", "editor.fact.label",
            "value", "editor.fact.value", "year", "editor.fact.year", "source", "editor.fact.source",
            "quote", "editor.fact.quote", "translation", "editor.fact.translation");
    private static final Map<String, String> IN_WEB = Map.of("label", "editor.web.label", "url", "editor.web.url");

    private ProblemPlace() {
    }

    /** {@code field} as the loader names it, said as a place in the form; "" for the case as a whole. */
    static String of(String field, Messages messages) {
        if (field.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String parent = "";
        String[] segments = field.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            Matcher item = ITEM.matcher(segment);
            if (item.matches() && ITEMS.containsKey(item.group(1))) {
                parts.add(messages.format(ITEMS.get(item.group(1)), Integer.parseInt(item.group(2)) + 1));
                parent = item.group(1);
            } else if ((segment.equals("en") || segment.equals("zh")) && !parts.isEmpty()) {
                String last = parts.remove(parts.size() - 1);
                parts.add(last + " (" + messages.get("editor.column." + segment) + ")");
            } else if (parent.equals("evidence") && segment.equals("quote")
                    || parent.equals("links") && segment.equals("evidence")) {
                // "Link 1 › Quote 2" says it already; a link's list of quotes is the link.
                continue;
            } else {
                String key = (switch (parent) {
                    case "links" -> IN_LINK;
                    case "evidence" -> IN_QUOTE;
                    case "facts" -> IN_FACT;
                    case "web" -> IN_WEB;
                    default -> i == 0 && LISTS.containsKey(segment) ? LISTS : TOP;
                }).get(segment);
                parts.add(key == null ? segment : shortLabel(messages.get(key)));
            }
        }
        return String.join(" › ", parts);
    }

    /** A label up to its first comma or bracket: "Quote, exactly as the source has it" is a "Quote". */
    static String shortLabel(String label) {
        return label.split("[,，(（]", 2)[0].strip();
    }
}
