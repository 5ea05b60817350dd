package org.caseexplorer.app;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.ui.Icons;

/** The strip at the foot of the window: which library is open, what authoring just did, the problems' toggle. */
final class StatusStrip extends HBox {

    private static final PseudoClass HAS_PROBLEMS = PseudoClass.getPseudoClass("has-problems");

    /** How long what authoring did stays in the strip; why something failed stays until the next thing is said. */
    static final javafx.util.Duration SAID_FOR = javafx.util.Duration.seconds(
            Double.parseDouble(System.getProperty("caseexplorer.statusSeconds", "10")));

    StatusStrip(AppState state, Messages messages, LibraryService libraries, ObservableStringValue authoringStatus,
                javafx.beans.value.ObservableBooleanValue failing, BooleanProperty problemsShown) {
        Label library = new Label();
        library.textProperty().bind(Bindings.createStringBinding(() -> {
            String which = libraries.userFolder()
                    .map(p -> messages.format("status.library.user", p.toString()))
                    .orElse(messages.get("status.library.builtIn"));
            // A large folder shows as it is read: until it is whole, the strip says so.
            return state.loadingProperty().get()
                    ? messages.format("status.library.loading", which, state.library().cases().size()) : which;
        }, state.loadedProperty(), state.loadingProperty(), messages.langProperty()));
        ToggleButton problems = new ToggleButton();
        problems.setGraphic(Icons.problems());
        problems.textProperty().bind(messages.bindFormat("status.problems",
                // Notes (a one-language case, a quote in another form) are not counted as problems.
                Bindings.createIntegerBinding(() -> (int) state.problems().stream().filter(p -> !p.isNote()).count(),
                        state.problems())));
        problems.selectedProperty().bindBidirectional(problemsShown);
        state.problems().addListener((ListChangeListener<Problem>) c ->
                problems.pseudoClassStateChanged(HAS_PROBLEMS, state.problems().stream().anyMatch(p -> !p.isNote())));
        problems.getStyleClass().add(Styles.FLAT);
        problems.setId("problems-toggle");
        Label done = new Label();
        done.setId("authoring-status");
        done.textProperty().bind(authoringStatus);
        // Said, then let go: "Copied to your library" is news for a while, not for the rest of the session.
        javafx.animation.PauseTransition expiry = new javafx.animation.PauseTransition(SAID_FOR);
        expiry.setOnFinished(e -> done.setVisible(failing.get()));
        authoringStatus.addListener((obs, old, now) -> {
            done.setVisible(true);
            expiry.playFromStart();
        });
        setSpacing(8);
        // 16 px between the library and what was done, without a box of their own (the first frame counts its nodes).
        HBox.setMargin(done, new javafx.geometry.Insets(0, 0, 0, 8));
        getChildren().setAll(library, done, spacer(), problems);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
    }

    /** A gap that takes the room left in a row, pushing what follows to its end. */
    static Node spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
