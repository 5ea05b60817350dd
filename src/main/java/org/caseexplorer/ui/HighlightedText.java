package org.caseexplorer.ui;

import java.util.List;
import javafx.scene.text.Text;
import org.caseexplorer.text.SearchQuery;
import org.caseexplorer.text.SearchText;

/** A wrapping, selectable paragraph in which the search is marked where it occurs. */
public final class HighlightedText {

    public static final String MATCH_CLASS = "search-match";

    private HighlightedText() {
    }

    public static SelectableText of(String text, String query, String... styleClasses) {
        SelectableText flow = new SelectableText();
        flow.getStyleClass().addAll(styleClasses);
        int position = 0;
        for (SearchText.Range range : ranges(text, query)) {
            if (range.start() < position) {
                continue;
            }
            if (range.start() > position) {
                flow.getChildren().add(text(text.substring(position, range.start()), false));
            }
            flow.getChildren().add(text(text.substring(range.start(), range.end()), true));
            position = range.end();
        }
        if (position < text.length()) {
            flow.getChildren().add(text(text.substring(position), false));
        }
        return flow;
    }

    /** Where the query is marked, in text order (see {@link SearchQuery#marks}). */
    static List<SearchText.Range> ranges(String text, String query) {
        return SearchQuery.parse(query).marks(text);
    }

    private static Text text(String content, boolean match) {
        Text text = SelectableText.run(content);
        if (match) {
            text.getStyleClass().add(MATCH_CLASS);
        }
        return text;
    }
}
