package org.caseexplorer.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.caseexplorer.text.SearchText;

/** A wrapping paragraph in which every occurrence of the search words is marked. */
public final class HighlightedText {

    public static final String MATCH_CLASS = "search-match";

    private HighlightedText() {
    }

    public static TextFlow of(String text, String query, String... styleClasses) {
        TextFlow flow = new TextFlow();
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

    /** The ranges of every search word, in text order. */
    static List<SearchText.Range> ranges(String text, String query) {
        List<SearchText.Range> ranges = new ArrayList<>();
        for (String term : SearchText.normalize(query).split("\\s+")) {
            ranges.addAll(SearchText.find(text, term));
        }
        ranges.sort(Comparator.comparingInt(SearchText.Range::start));
        return ranges;
    }

    private static Text text(String content, boolean match) {
        Text text = new Text(content);
        text.getStyleClass().add("flow-text");
        if (match) {
            text.getStyleClass().add(MATCH_CLASS);
        }
        return text;
    }
}
