package org.caseexplorer.sources.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.sources.EvidenceQuote;
import org.caseexplorer.text.SearchText;
import org.caseexplorer.ui.Icons;

/**
 * A source's text beside the editor: search it in either script (參與感 finds 参与感 and the other
 * way round, full- and half-width alike), step through the matches, select a passage and press
 * <b>Use as evidence</b>, which hands the passage on exactly as the source has it.
 */
public final class SourceReader extends BorderPane {

    private final String sourceId;
    private final TextArea text = new TextArea();
    private final TextField search = new TextField();
    private final ObservableList<SearchText.Range> matches = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final Button use = new Button();

    /**
     * {@code onEvidence} receives the selected passage; null shows the reader without the button
     * (read only, as from the detail pane).
     */
    public SourceReader(String sourceId, String title, String sourceText, Messages messages,
                        Consumer<EvidenceQuote> onEvidence) {
        this.sourceId = sourceId;
        getStyleClass().add("source-reader");
        Label heading = new Label(title);
        heading.getStyleClass().add("source-reader-title");
        heading.setWrapText(true);

        search.promptTextProperty().bind(messages.bind("source.reader.search"));
        search.setAccessibleText(messages.get("source.reader.search"));
        search.setId("source-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.setId("source-matches");
        count.textProperty().bind(Bindings.createStringBinding(() -> search.getText().isBlank() ? ""
                : messages.format("source.reader.matches", matches.isEmpty() ? 0 : current.get() + 1, matches.size()),
                matches, current, search.textProperty(), messages.langProperty()));
        Button previous = new Button(null, Icons.moveLeft());
        previous.setAccessibleText(messages.get("source.reader.previous"));
        previous.setOnAction(e -> step(-1));
        Button next = new Button(null, Icons.moveRight());
        next.setAccessibleText(messages.get("source.reader.next"));
        next.setOnAction(e -> step(1));
        previous.disableProperty().bind(Bindings.isEmpty(matches));
        next.disableProperty().bind(Bindings.isEmpty(matches));
        HBox searchBar = new HBox(6, Icons.search(), search, count, previous, next);
        searchBar.setAlignment(Pos.CENTER_LEFT);

        text.setText(sourceText);
        text.setEditable(false);
        text.setWrapText(true);
        text.setId("source-text");
        text.getStyleClass().add("source-text");
        text.setAccessibleText(title);

        use.textProperty().bind(messages.bind("source.reader.use"));
        use.setId("source-use");
        use.disableProperty().bind(text.selectedTextProperty().isEmpty());
        use.setOnAction(e -> {
            String passage = selectedPassage();
            if (!passage.isEmpty() && onEvidence != null) {
                onEvidence.accept(new EvidenceQuote(sourceId, passage));
            }
        });
        Label hint = new Label();
        hint.textProperty().bind(messages.bind("source.reader.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("source-reader-hint");
        Button close = new Button();
        close.textProperty().bind(messages.bind("source.reader.close"));
        close.setId("source-close");
        close.setOnAction(e -> closeWindow());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Read only (from the detail pane), the reader offers only to close.
        for (Node n : List.of(hint, use)) {
            n.setVisible(onEvidence != null);
            n.setManaged(onEvidence != null);
        }
        HBox actions = new HBox(8, hint, spacer, use, close);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(8, heading, searchBar);
        setTop(top);
        setCenter(text);
        setBottom(actions);
        BorderPane.setMargin(text, new Insets(8, 0, 8, 0));
        setPadding(new Insets(12));

        // Esc and Ctrl+W (Cmd+W) close the reader from any of its fields, as in a browser's tab.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.isShortcutDown() && e.getCode() == KeyCode.W) {
                e.consume();
                closeWindow();
            }
        });
        search.textProperty().addListener((obs, old, now) -> find(now));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
            }
        });
    }

    /** Closes the window the reader is shown in. */
    void closeWindow() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().hide();
        }
    }

    public String sourceId() {
        return sourceId;
    }

    /**
     * The selection as the source has it: the selected characters of the text itself, with only the
     * white space at either end left off (a selection dragged past a line end).
     */
    public String selectedPassage() {
        return text.getSelectedText().strip();
    }

    /** Where the query occurs, folded (see {@link SearchText#find}); the first match is selected. */
    void find(String query) {
        List<SearchText.Range> found = SearchText.find(text.getText(), query);
        matches.setAll(found);
        current.set(found.isEmpty() ? -1 : 0);
        showCurrent();
    }

    private void step(int by) {
        if (matches.isEmpty()) {
            return;
        }
        current.set(Math.floorMod(current.get() + by, matches.size()));
        showCurrent();
    }

    private void showCurrent() {
        if (current.get() >= 0) {
            SearchText.Range range = matches.get(current.get());
            text.selectRange(range.start(), range.end());
        } else {
            text.deselect();
        }
    }

    /** The matches of the current search, for tests. */
    List<SearchText.Range> matches() {
        return List.copyOf(matches);
    }
}
