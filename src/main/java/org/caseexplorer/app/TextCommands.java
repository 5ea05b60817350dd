package org.caseexplorer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.QuoteView;
import org.caseexplorer.ui.SelectableText;
import org.caseexplorer.ui.UserAction;

/**
 * Edit ▸ Cut, Copy, Paste, Select All and Copy quote with citation, for whatever has the
 * keyboard focus: a text field (all four), a block of selectable text (copy, select all), a
 * table such as the problems (copy its selected rows as tab-separated lines). A right-click on
 * selectable text or a table opens the same commands as a context menu; text fields keep their
 * own. Whether each can be done is worked out when the Edit menu opens and when focus moves.
 */
final class TextCommands {

    private final Messages messages;
    private final BooleanProperty canCut = new SimpleBooleanProperty();
    private final BooleanProperty canCopy = new SimpleBooleanProperty();
    private final BooleanProperty canPaste = new SimpleBooleanProperty();
    private final BooleanProperty canSelectAll = new SimpleBooleanProperty();
    private final BooleanProperty canCopyQuote = new SimpleBooleanProperty();
    private Scene scene;

    final UserAction cut;
    final UserAction copy;
    final UserAction paste;
    final UserAction selectAll;
    final UserAction copyQuote;

    TextCommands(Messages messages) {
        this.messages = messages;
        cut = UserAction.of("menu.edit.cut", () -> focused(TextInputControl.class).ifPresent(TextInputControl::cut))
                .accelerator("Shortcut+X").enabledWhen(canCut).build();
        copy = UserAction.of("menu.edit.copy", this::copyFocused).accelerator("Shortcut+C").enabledWhen(canCopy).build();
        paste = UserAction.of("menu.edit.paste", () -> focused(TextInputControl.class).ifPresent(TextInputControl::paste))
                .accelerator("Shortcut+V").enabledWhen(canPaste).build();
        selectAll = UserAction.of("menu.edit.selectAll", this::selectAllFocused).accelerator("Shortcut+A")
                .enabledWhen(canSelectAll).build();
        copyQuote = UserAction.of("menu.edit.copyQuote", () -> quoteAtFocus().ifPresent(QuoteView.Clip::copy))
                .accelerator("Shortcut+Alt+C").enabledWhen(canCopyQuote).build();
    }

    /** Follows the focus of {@code scene}, and gives its selectable text and tables their context menu. */
    void install(Scene scene) {
        this.scene = scene;
        scene.focusOwnerProperty().addListener((o, was, is) -> refresh());
        scene.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        refresh();
    }

    /** Works out again what can be done: the Edit menu calls it as it opens. */
    void refresh() {
        Node owner = scene == null ? null : scene.getFocusOwner();
        boolean field = owner instanceof TextInputControl;
        boolean editable = field && ((TextInputControl) owner).isEditable();
        canCut.set(editable && !((TextInputControl) owner).getSelectedText().isEmpty());
        canCopy.set((field && !((TextInputControl) owner).getSelectedText().isEmpty())
                // A block's selection changes with the mouse, not the focus: copying an empty one does nothing.
                || owner instanceof SelectableText || owner instanceof TableView<?>);
        canPaste.set(editable && Clipboard.getSystemClipboard().hasString());
        canSelectAll.set(field || owner instanceof SelectableText
                || (owner instanceof TableView<?> table && table.getSelectionModel().getSelectionMode()
                        == javafx.scene.control.SelectionMode.MULTIPLE));
        canCopyQuote.set(quoteAtFocus().isPresent());
    }

    private <T> Optional<T> focused(Class<T> type) {
        Node owner = scene == null ? null : scene.getFocusOwner();
        return type.isInstance(owner) ? Optional.of(type.cast(owner)) : Optional.empty();
    }

    private Optional<QuoteView.Clip> quoteAtFocus() {
        Node owner = scene == null ? null : scene.getFocusOwner();
        return owner == null ? Optional.empty() : QuoteView.clipAround(owner);
    }

    private void copyFocused() {
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (owner instanceof TextInputControl field) {
            field.copy();
        } else if (owner instanceof SelectableText text) {
            text.copy();
        } else if (owner instanceof TableView<?> table) {
            copyRows(table);
        }
    }

    private void selectAllFocused() {
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (owner instanceof TextInputControl field) {
            field.selectAll();
        } else if (owner instanceof SelectableText text) {
            text.selectAll();
        } else if (owner instanceof TableView<?> table) {
            table.getSelectionModel().selectAll();
        }
        refresh();
    }

    /** The table's selected rows, each a line of its columns' texts separated by tabs. */
    static <S> String rowsText(TableView<S> table) {
        List<Integer> rows = table.getSelectionModel().getSelectedIndices().stream().distinct().sorted().toList();
        List<String> lines = new ArrayList<>();
        for (int row : rows) {
            List<String> cells = new ArrayList<>();
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                Object value = column.getCellData(row);
                cells.add(value == null ? "" : value.toString().replace('\t', ' ').replace('\n', ' '));
            }
            lines.add(String.join("\t", cells));
        }
        return String.join("\n", lines);
    }

    private static <S> void copyRows(TableView<S> table) {
        String text = rowsText(table);
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** Right-click on selectable text or a table: its edit commands, and the quote's copy inside a quote. */
    private void contextMenu(ContextMenuEvent e) {
        Node target = e.getTarget() instanceof Node n ? n : e.getPickResult().getIntersectedNode();
        Node holder = null;
        for (Node n = target; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl) {
                return;
            }
            if (n instanceof SelectableText || n instanceof TableView<?>) {
                holder = n;
                break;
            }
        }
        if (holder == null) {
            return;
        }
        if (!holder.isFocused()) {
            holder.requestFocus();
        }
        refresh();
        ContextMenu menu = new ContextMenu();
        menu.getItems().addAll(copy.menuItem(messages), selectAll.menuItem(messages));
        if (canCopyQuote.get()) {
            menu.getItems().addAll(new SeparatorMenuItem(), copyQuote.menuItem(messages));
        }
        menu.show(holder, e.getScreenX(), e.getScreenY());
        e.consume();
    }
}
