package org.caseexplorer.ui;

import javafx.scene.control.Label;
import org.caseexplorer.cases.QuoteMarks;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.provenance.QuoteVerdict;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Whether a quote was found in its source's text: verified, found in another form (with the
 * source's own wording in the tooltip), not found (with the closest passage), or unchecked.
 * Icon, words, accessible text and tooltip, in the window's language; its style class names the
 * state so the theme colours it.
 */
public final class QuoteVerdictBadge {

    private QuoteVerdictBadge() {
    }

    public static Label of(QuoteVerdict verdict, Messages messages) {
        // A built-in quote the build verified against its article (which the app does not ship).
        boolean built = verdict.checkedWhenBuilt();
        String key = built ? "quote.verdict.built" : key(verdict.state());
        FontIcon icon = new FontIcon(built ? Feather.CHECK_CIRCLE : icon(verdict.state()));
        icon.setIconSize(13);
        icon.getStyleClass().add("app-icon");
        Label badge = new Label(messages.get(key), icon);
        badge.getStyleClass().addAll("quote-verdict", built ? "quote-verdict-verified" : "quote-verdict-"
                + verdict.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        String tip = tip(verdict, messages);
        badge.setAccessibleText(messages.get(key) + ". " + tip);
        LazyTooltip.install(badge, () -> tip);
        return badge;
    }

    static String key(QuoteVerdict.State state) {
        return switch (state) {
            case VERIFIED -> "quote.verdict.verified";
            case FOLDED -> "quote.verdict.folded";
            case NOT_FOUND -> "quote.verdict.notFound";
            case UNCHECKED -> "quote.verdict.unchecked";
        };
    }

    private static Feather icon(QuoteVerdict.State state) {
        return switch (state) {
            case VERIFIED -> Feather.CHECK_CIRCLE;
            case FOLDED -> Feather.ALERT_CIRCLE;
            case NOT_FOUND -> Feather.X_CIRCLE;
            case UNCHECKED -> Feather.HELP_CIRCLE;
        };
    }

    static String tip(QuoteVerdict verdict, Messages messages) {
        if (verdict.checkedWhenBuilt()) {
            return messages.get("quote.verdict.built.tip");
        }
        return switch (verdict.state()) {
            case VERIFIED -> messages.get("quote.verdict.verified.tip");
            case FOLDED -> messages.format("quote.verdict.folded.tip", QuoteMarks.original(verdict.sourceWording()));
            case NOT_FOUND -> verdict.sourceWording() == null ? messages.get("quote.verdict.notFound.none.tip")
                    : messages.format("quote.verdict.notFound.tip", QuoteMarks.original(verdict.sourceWording()));
            case UNCHECKED -> messages.get("quote.verdict.unchecked.tip");
        };
    }
}
