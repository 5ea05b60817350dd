package org.caseexplorer.sources.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.sources.SourceImport;

/**
 * <b>Add source…</b>, after the file is chosen: the source's title (proposed from the text's
 * first line that reads like one, else the file's name), and its author, publisher and address
 * where known. Exports cite a source by this title.
 */
public final class AddSourceDialog extends Dialog<SourceImport.Details> {

    private final TextField title = new TextField();
    private final TextField author = new TextField();
    private final TextField publisher = new TextField();
    private final TextField url = new TextField();

    public AddSourceDialog(Window owner, String fileName, String proposedTitle, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("menu.file.addSource.title"));
        setHeaderText(messages.format("source.add.header", fileName));
        setResizable(true);
        title.setText(proposedTitle);
        title.setId("source-add-title");
        author.setId("source-add-author");
        publisher.setId("source-add-publisher");
        url.setId("source-add-url");
        url.setPromptText("https://");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        // Labels whole ("Publisher or site (optional)"), the fields take what is left.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(320, 420, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        row(grid, 0, messages.get("source.add.title"), title);
        row(grid, 1, messages.get("source.add.author"), author);
        row(grid, 2, messages.get("source.add.publisher"), publisher);
        row(grid, 3, messages.get("source.add.url"), url);
        Label hint = new Label(messages.get("source.add.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("source-reader-hint");
        grid.add(hint, 1, 4);
        getDialogPane().setContent(grid);
        ButtonType add = new ButtonType(messages.get("source.add.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(add, cancel);
        // A title is what exports cite; an address must be one sources.json takes.
        getDialogPane().lookupButton(add).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> title.getText().isBlank() || !SourceImport.isWebAddress(url.getText()),
                title.textProperty(), url.textProperty()));
        setResultConverter(b -> b == add
                ? new SourceImport.Details(title.getText(), author.getText(), publisher.getText(), url.getText())
                : null);
        setOnShown(e -> {
            title.requestFocus();
            title.selectAll();
        });
    }

    private static void row(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
    }
}
