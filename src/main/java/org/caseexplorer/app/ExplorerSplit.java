package org.caseexplorer.app;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.caseexplorer.detail.ui.CaseDetailPane;
import org.caseexplorer.ui.FirstNeed;

/**
 * The explorer's three columns: the principle panel, the cards, and the detail pane with the
 * actions on its case, or the case editor in its place (wider while it is open).
 */
final class ExplorerSplit extends SplitPane {

    static final double[] DEFAULT_DIVIDERS = {0.23, 0.66};

    private final MainWindow.Parts parts;
    private final Node detailPane;
    private double[] dividersBeforeEditor;

    ExplorerSplit(MainWindow.Parts parts, Node side, Node cards, CaseDetailPane detail) {
        this.parts = parts;
        this.detailPane = withActions(detail);
        getItems().addAll(side, cards, detailPane);
        SplitPane.setResizableWithParent(side, false);
        setDividerPositions(DEFAULT_DIVIDERS);
    }

    /** The dividers to remember: while the editor is open, where they were before it. */
    double[] remembered() {
        return parts.navigator().isEditing() && dividersBeforeEditor != null ? dividersBeforeEditor.clone()
                : getDividerPositions();
    }

    /** The editor in place of the detail pane, or (null) the detail pane back; the navigator knows which. */
    void showEditor(Node editor) {
        boolean opening = getItems().get(2) == detailPane && editor != null;
        boolean closing = getItems().get(2) != detailPane && editor == null;
        double[] dividers = getDividerPositions();
        getItems().set(2, editor == null ? detailPane : editor);
        if (opening) {
            // The editor has two columns of fields: it takes most of the width while it is open.
            dividersBeforeEditor = dividers;
            setDividerPositions(Math.min(dividers[0], 0.2), Math.min(dividers[1], 0.42));
        } else if (closing && dividersBeforeEditor != null) {
            setDividerPositions(dividersBeforeEditor);
        } else {
            setDividerPositions(dividers);
        }
        if (editor != null) {
            parts.navigator().openEditor();
            // The split pane puts a new item into the scene at its next layout: do it now, so the
            // editor can take the focus at once and keys typed right after F2 reach its field.
            applyCss();
            layout();
        } else {
            parts.navigator().closeEditor();
        }
    }

    /** The detail pane with the actions on the case it shows, made with the first case opened. */
    private Node withActions(CaseDetailPane detail) {
        VBox box = new VBox(detail);
        VBox.setVgrow(detail, Priority.ALWAYS);
        FirstNeed.when(parts.state().selectedProperty(), Objects::nonNull, () -> {
            // Wraps to a second row in a narrow pane rather than cutting its last buttons off.
            javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6);
            parts.actions().caseActions().forEach(a -> actions.getChildren().add(a.button(parts.messages())));
            actions.getStyleClass().add("detail-actions");
            actions.setAlignment(Pos.CENTER_LEFT);
            actions.visibleProperty().bind(parts.state().selectedProperty().isNotNull());
            actions.managedProperty().bind(actions.visibleProperty());
            box.getChildren().add(0, actions);
        });
        return box;
    }
}
