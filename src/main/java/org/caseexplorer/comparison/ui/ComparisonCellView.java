package org.caseexplorer.comparison.ui;

import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.caseexplorer.cases.Citation;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonCell;
import org.caseexplorer.comparison.ComparisonRow;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.LanguageTag;
import org.caseexplorer.ui.QuoteView;
import org.caseexplorer.ui.SelectableText;

/**
 * One cell of the matrix: the strength as heat shading with its number (so it never depends on
 * colour alone), the explanation, and the quotes behind a toggle. No evidence looks different
 * from weak evidence: no shading, a dashed outline and the words "No evidence". An explanation
 * written only in the other language is tagged with that language ("中文", "EN").
 */
final class ComparisonCellView extends VBox {

    ComparisonCellView(Comparison comparison, ComparisonRow row, int column, Messages messages,
                       BooleanProperty allQuotes) {
        super(6);
        ComparisonCell cell = row.cell(column);
        Lang lang = messages.lang();
        getStyleClass().addAll("compare-cell", cell.hasEvidence() ? "heat-" + cell.strength() : "no-evidence");
        if (comparison.baseline().filter(cell.subject()::equals).isPresent()) {
            getStyleClass().add("baseline-cell");
        }
        Label level = new Label(cell.hasEvidence() ? Integer.toString(cell.strength()) : "–");
        level.getStyleClass().add("heat-badge");
        Label word = new Label(messages.labels().strengthWord(cell.strength()));
        word.getStyleClass().add("heat-word");
        HBox top = new HBox(6, level, word);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(top);
        delta(comparison, row, column, messages).ifPresent(getChildren()::add);
        cell.link().ifPresent(link -> evidence(link, comparison.library(), lang, messages, allQuotes));
        setAccessibleText(cell.subject().name().in(lang) + ", " + row.principle().name().in(lang) + ": "
                + word.getText() + cell.link().map(l -> ". " + l.explanation().in(lang)
                        + (l.explanation().isFallback(lang) ? " (" + messages.get(l.explanation().shownIn(lang) == Lang.ZH
                                ? "lang.only.zh.tip" : "lang.only.en.tip") + ")" : "")).orElse(""));
        setFillWidth(true);
        setMaxWidth(Double.MAX_VALUE);
    }

    private Optional<Label> delta(Comparison comparison, ComparisonRow row, int column, Messages messages) {
        OptionalInt delta = comparison.deltaToBaseline(row, column);
        if (delta.isEmpty()) {
            return Optional.empty();
        }
        String baseline = comparison.baseline().orElseThrow().name().in(messages.lang());
        int d = delta.getAsInt();
        Label label = new Label(messages.labels().difference(d, baseline));
        label.getStyleClass().addAll("delta", d > 0 ? "delta-up" : d < 0 ? "delta-down" : "delta-same");
        return Optional.of(label);
    }

    private void evidence(PrincipleLink link, Library library, Lang lang, Messages messages, BooleanProperty allQuotes) {
        SelectableText explanation = SelectableText.of(link.explanation().in(lang), "cell-explanation");
        // The tag goes just above the text it marks, so a narrow column never squeezes it.
        LanguageTag.compact(link.explanation(), lang, messages).ifPresent(getChildren()::add);
        getChildren().add(explanation);
        if (link.evidence().isEmpty()) {
            return;
        }
        BooleanProperty open = new SimpleBooleanProperty(false);
        Hyperlink toggle = new Hyperlink();
        toggle.textProperty().bind(Bindings.when(open.or(allQuotes))
                .then("▾ " + messages.format("compare.quotes", link.evidence().size()))
                .otherwise("▸ " + messages.format("compare.quotes", link.evidence().size())));
        toggle.getStyleClass().add("quotes-toggle");
        toggle.setOnAction(e -> open.set(!(open.get() || allQuotes.get())));
        VBox quotes = new VBox(4);
        for (Evidence evidence : link.evidence()) {
            VBox quote = QuoteView.of(evidence.quote(), evidence.translation(),
                    library.source(evidence.source()).map(s -> s.title().in(lang)).orElse(evidence.source()),
                    library.source(evidence.source()).map(s -> Citation.withAddress(s, lang)).orElse(null), lang, "", "cell-quote");
            quote.setMaxWidth(Double.MAX_VALUE);
            quotes.getChildren().add(quote);
        }
        quotes.visibleProperty().bind(open.or(allQuotes));
        quotes.managedProperty().bind(quotes.visibleProperty());
        VBox.setVgrow(quotes, Priority.NEVER);
        getChildren().addAll(toggle, quotes);
    }
}
