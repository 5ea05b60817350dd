package org.caseexplorer.savedviews.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.caseexplorer.dialogs.ui.Dialogs;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.savedviews.SavedView;
import org.caseexplorer.ui.FirstNeed;

/**
 * The side panel's list of saved views: Save view… names the current filter, search and
 * comparison; one click (or Enter) on a view restores it; its context menu renames or deletes it.
 * It shows only while a library folder of the user's is open, since views are kept in it.
 */
public final class SavedViewsPanel extends VBox {

    private static final double ROW = 28;
    private static final int MAX_ROWS = 5;

    private final SavedViewsViewModel model;
    private final Messages messages;
    private final Dialogs dialogs;
    private final ListView<SavedView> list = new ListView<>();

    public SavedViewsPanel(SavedViewsViewModel model, Messages messages, Dialogs dialogs) {
        super(6);
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        getStyleClass().add("saved-views");
        // Views are kept in a library folder: without one of the user's open, the section takes
        // no room from the principles, and File ▸ Save view… says what to do. Its controls are
        // made the first time a folder is open: most starts show the built-in library only.
        visibleProperty().bind(model.canSaveProperty());
        managedProperty().bind(visibleProperty());
        FirstNeed.when(model.canSaveProperty(), Boolean.TRUE::equals, this::build);
    }

    private void build() {
        Label title = new Label();
        title.textProperty().bind(messages.bind("views.title"));
        title.getStyleClass().add("panel-title");
        Button save = new Button();
        save.setId("save-view");
        save.textProperty().bind(messages.bind("views.save"));
        save.getStyleClass().add(Styles.SMALL);
        save.setOnAction(e -> saveWithDialog());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, save);

        Label hint = new Label();
        hint.setId("saved-views-hint");
        hint.setWrapText(true);
        // Its two lines, never cut to one with "…" when the principles above take the height.
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.textProperty().bind(messages.bind("views.empty"));
        hint.visibleProperty().bind(Bindings.isEmpty(model.views()));
        hint.managedProperty().bind(hint.visibleProperty());

        list.setId("saved-views");
        list.setItems(model.views());
        // As tall as its views, up to five, so the principles above keep their room.
        list.setFixedCellSize(ROW);
        list.prefHeightProperty().bind(Bindings.min(MAX_ROWS, Bindings.size(model.views())).multiply(ROW).add(4));
        list.minHeightProperty().bind(list.prefHeightProperty());
        list.visibleProperty().bind(Bindings.isNotEmpty(model.views()));
        list.managedProperty().bind(list.visibleProperty());
        list.accessibleTextProperty().bind(messages.bind("views.title"));
        list.setCellFactory(v -> new ViewCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.restore(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });

        Label message = new Label();
        message.setId("saved-views-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(model.messageProperty());

        getChildren().addAll(header, hint, list, message);
    }

    /**
     * Asks for a name and saves the current filter, search and comparison under it; without a
     * library folder of the user's open, says that views are kept in one and how to open one.
     */
    public void saveWithDialog() {
        if (!model.hasLibrary()) {
            dialogs.inform(messages.get("views.noFolder"));
            return;
        }
        askName(messages.get("views.save.title"), "").ifPresent(model::saveCurrent);
    }

    private java.util.Optional<String> askName(String titleText, String initial) {
        return dialogs.askText(titleText, messages.get("views.save.header"), messages.get("views.save.label"), initial)
                .map(String::strip).filter(name -> !name.isEmpty());
    }

    /** A view's name; a click restores it, the context menu renames or deletes it. */
    private final class ViewCell extends ListCell<SavedView> {

        /** Made the first time it is asked for: a popup has no place in building the window. */
        private ContextMenu menu;

        ViewCell() {
            // Right-click or the context-menu key on a view: rename or delete it.
            setOnContextMenuRequested(e -> {
                if (!isEmpty()) {
                    menu().show(this, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty()) {
                    model.restore(getItem());
                }
            });
        }

        private ContextMenu menu() {
            if (menu == null) {
                MenuItem rename = new MenuItem();
                rename.textProperty().bind(messages.bind("views.rename"));
                rename.setOnAction(e -> askName(messages.get("views.rename.title"), getItem().name())
                        .ifPresent(name -> model.rename(getItem(), name)));
                MenuItem delete = new MenuItem();
                delete.textProperty().bind(messages.bind("views.delete"));
                delete.setOnAction(e -> model.delete(getItem()));
                menu = new ContextMenu(rename, delete);
            }
            return menu;
        }

        @Override
        protected void updateItem(SavedView view, boolean empty) {
            super.updateItem(view, empty);
            setText(empty || view == null ? null : view.name());
            setAccessibleText(empty || view == null ? null : messages.format("views.restore", view.name()));
        }
    }
}
