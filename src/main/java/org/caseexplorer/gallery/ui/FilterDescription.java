package org.caseexplorer.gallery.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.FilterMode;
import org.caseexplorer.i18n.Messages;

/** The active filter in words, e.g. "Fans or Word of mouth · not Brand · search “crane”". */
final class FilterDescription {

    private FilterDescription() {
    }

    static String describe(CaseFilter filter, Library library, Messages messages) {
        if (filter.isEmpty()) {
            return messages.get("filter.describe.none");
        }
        List<String> parts = new ArrayList<>();
        if (!filter.included().isEmpty()) {
            String joiner = messages.get(filter.mode() == FilterMode.ALL ? "filter.describe.and" : "filter.describe.or");
            parts.add(String.join(joiner, names(filter.included(), library, messages)));
        }
        if (!filter.excluded().isEmpty()) {
            parts.add(messages.format("filter.describe.not",
                    String.join(messages.get("filter.describe.or"), names(filter.excluded(), library, messages))));
        }
        if (!filter.text().isBlank()) {
            parts.add(messages.format("filter.describe.search", filter.text().strip()));
        }
        return String.join(" · ", parts);
    }

    private static List<String> names(Set<String> ids, Library library, Messages messages) {
        return library.principles().stream()
                .filter(p -> ids.contains(p.id()))
                .map(Principle::name)
                .map(n -> n.in(messages.lang()))
                .toList();
    }
}
