package org.caseexplorer.app;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.Icons;

/**
 * The first start's tour: five short steps in a bar under the toolbar, each outlining the part
 * of the window it is about (the principles, the cards, the tray, the comparison's exports, the
 * Help menu). Skip or Done ends it for good: it never comes back once dismissed. Tests,
 * benchmarks and the start-up training switch it off ({@code -Dcaseexplorer.tour=off}).
 */
final class FirstRunTour {

    static final String PROPERTY = "caseexplorer.tour";
    private static final PseudoClass TOURED = PseudoClass.getPseudoClass("toured");

    /** Each step: its words' key, and the style class of the part of the window it outlines. */
    record Step(String key, String target) {
    }

    static final List<Step> STEPS = List.of(new Step("tour.principles", "principle-panel"),
            new Step("tour.cards", "case-gallery"), new Step("tour.compare", "comparison-tray"),
            new Step("tour.export", "comparison-tray"), new Step("tour.help", "menu-bar"));

    private final Node window;
    private final Messages messages;
    private final BooleanProperty done;
    private final HBox bar = new HBox(10);
    private final Label words = new Label();
    private final Label count = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private int at;
    private Node outlined;
    /** Says the step again in the new language, while the tour is on. */
    private final javafx.beans.InvalidationListener again = o -> show(at);

    private FirstRunTour(Node window, Messages messages, BooleanProperty done) {
        this.window = window;
        this.messages = messages;
        this.done = done;
    }

    /** Whether the tour would show on this start: not yet dismissed, and not switched off. */
    static boolean wanted(boolean dismissed) {
        return !dismissed && !"off".equals(System.getProperty(PROPERTY))
                && System.getProperty(org.caseexplorer.startup.StartupTraining.PROPERTY) == null;
    }

    /** Starts the tour in {@code top} (the toolbar's box) if it is wanted; {@code done} is remembered. */
    static void startIfNew(Node window, Pane top, Messages messages, BooleanProperty done) {
        if (wanted(done.get())) {
            new FirstRunTour(window, messages, done).start(top);
        }
    }

    private void start(Pane top) {
        bar.getStyleClass().add("tour-bar");
        bar.setId("tour");
        bar.setAlignment(Pos.CENTER_LEFT);
        words.setWrapText(true);
        words.setId("tour-words");
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        count.getStyleClass().add("tour-count");
        back.textProperty().bind(messages.bind("tour.back"));
        back.setOnAction(e -> show(at - 1));
        next.setId("tour-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.setOnAction(e -> {
            if (at == STEPS.size() - 1) {
                end();
            } else {
                show(at + 1);
            }
        });
        Button skip = new Button(null, Icons.clear());
        skip.textProperty().bind(messages.bind("tour.skip"));
        skip.setId("tour-skip");
        skip.getStyleClass().add(Styles.FLAT);
        skip.setOnAction(e -> end());
        // The buttons keep their words; the step's words wrap in the room left.
        for (javafx.scene.layout.Region fixed : List.of(count, back, next, skip)) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        words.setMinWidth(0);
        bar.getChildren().addAll(count, words, back, next, skip);
        top.getChildren().add(bar);
        messages.langProperty().addListener(again);
        show(0);
    }

    private void show(int step) {
        at = Math.max(0, Math.min(step, STEPS.size() - 1));
        words.setText(messages.get(STEPS.get(at).key()));
        count.setText(messages.format("tour.count", at + 1, STEPS.size()));
        back.setDisable(at == 0);
        next.setText(messages.get(at == STEPS.size() - 1 ? "tour.done" : "tour.next"));
        outline(window.lookup("." + STEPS.get(at).target()));
    }

    private void outline(Node target) {
        if (outlined != null) {
            outlined.pseudoClassStateChanged(TOURED, false);
        }
        outlined = target;
        if (target != null) {
            target.pseudoClassStateChanged(TOURED, true);
        }
    }

    /** Skip or Done: the bar goes, and the tour never comes back. */
    private void end() {
        messages.langProperty().removeListener(again);
        outline(null);
        if (bar.getParent() instanceof Pane parent) {
            parent.getChildren().remove(bar);
        }
        done.set(true);
    }
}
