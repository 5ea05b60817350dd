package org.caseexplorer.app;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.caseexplorer.authoring.ui.CaseAuthoring;
import org.caseexplorer.cases.Case;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ui.ComparisonActions;
import org.caseexplorer.export.ui.ExportRequests;
import org.caseexplorer.export.ui.ExportService;
import org.caseexplorer.gallery.ui.CaseGallery;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.state.Navigator;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.Theme;
import org.caseexplorer.ui.UserAction;
import org.controlsfx.control.GridCell;

/**
 * Every action of the main window, each made once with its words, shortcut, icon and when it
 * can be done: the menus, the detail pane's buttons, the cards' context menu and the toolbar are
 * all made from these.
 */
final class WindowActions {

    // File
    final UserAction newCase;
    final UserAction saveCase;
    final UserAction openLibrary;
    final UserAction closeLibrary;
    final UserAction reload;
    final UserAction back;
    final UserAction addSource;
    final UserAction saveView;
    final UserAction exportComparison;
    final UserAction exportCase;
    final UserAction printComparison;
    final UserAction author;
    final UserAction quit;
    // Edit
    final UserAction undo;
    final UserAction redo;
    /** Cut, Copy, Paste, Select All and Copy quote with citation, on what has the focus. */
    final TextCommands text;
    // View
    final UserAction map;
    final UserAction zoomIn;
    final UserAction zoomOut;
    final UserAction zoomReset;
    // Case
    final UserAction editCase;
    final UserAction duplicateCase;
    final UserAction deleteCase;
    final UserAction caseHistory;
    final UserAction recover;
    // Help
    final UserAction shortcuts;
    final UserAction userGuide;
    final UserAction about;
    // Compare
    final UserAction toggleCompared;
    final UserAction openComparison;
    final UserAction clearComparison;
    final UserAction copyComparison;

    private final Messages messages;
    private final AppState state;

    /**
     * The window's own verbs the actions need: quitting (which may ask first), saving a view
     * (which asks a name), printing (whose dialog belongs to the window).
     */
    record WindowVerbs(Runnable quit, Runnable saveView, Runnable print, javafx.beans.property.DoubleProperty zoom,
                       HelpWindows help) {
    }

    WindowActions(AppState state, Navigator navigator, Messages messages, LibraryService libraries,
                  CaseAuthoring authoring, LibraryFlows flows, ComparisonActions comparison, ExportService exports,
                  WindowVerbs verbs) {
        this.messages = messages;
        this.state = state;
        BooleanBinding ownLibrary = Bindings.createBooleanBinding(() -> libraries.userFolder().isPresent(),
                state.loadedProperty());
        BooleanBinding selected = state.selectedProperty().isNotNull();
        BooleanBinding mine = Bindings.createBooleanBinding(() -> authoring.isMine(state.selected()),
                state.selectedProperty(), state.loadedProperty());
        BooleanBinding noExportRunning = exports.runningProperty().isNull();

        newCase = UserAction.of("menu.case.new", authoring::newCase).accelerator("Shortcut+N").build();
        saveCase = UserAction.of("menu.case.save", authoring::save).accelerator("Shortcut+S").build();
        openLibrary = UserAction.of("menu.file.open", flows::open).accelerator("Shortcut+O").build();
        closeLibrary = UserAction.of("menu.file.close", flows::close).enabledWhen(ownLibrary).build();
        reload = UserAction.of("menu.file.reload", libraries::reload).accelerator("F5").build();
        addSource = UserAction.of("menu.file.addSource", flows::addSource).enabledWhen(ownLibrary).build();
        saveView = UserAction.of("views.save", verbs.saveView()).accelerator("Shortcut+Shift+S").build();
        exportComparison = UserAction.of("menu.file.export", comparison::exportWithDialog).accelerator("Shortcut+E")
                .icon(Icons::export).enabledWhen(comparison.canExport()).build();
        exportCase = UserAction.of("menu.file.exportCase", () -> exports.exportWithDialog(
                        ExportRequests.caseHandout(exports, state.library(), state.selected().id())))
                .accelerator("Shortcut+Shift+E").icon(Icons::export).enabledWhen(selected.and(noExportRunning)).build();
        printComparison = UserAction.of("menu.file.print", verbs.print()).accelerator("Shortcut+P")
                .icon(Icons::print).enabledWhen(comparison.canExport()).build();
        author = UserAction.of("menu.file.author", flows::chooseAuthor).build();
        quit = UserAction.of("menu.file.quit", verbs.quit()).accelerator("Shortcut+Q").build();

        undo = UserAction.of("menu.edit.undo", authoring::undo).accelerator("Shortcut+Z").build();
        redo = UserAction.of("menu.edit.redo", authoring::redo).accelerator("Shortcut+Shift+Z").build();
        text = new TextCommands(messages);

        map = UserAction.of("menu.view.map", navigator::showMap).accelerator("Shortcut+M").icon(Icons::map).build();
        javafx.beans.property.DoubleProperty zoom = verbs.zoom();
        zoomIn = UserAction.of("menu.view.zoomIn", () -> zoom.set(Theme.clampZoom(zoom.get() + Theme.ZOOM_STEP)))
                .accelerator("Shortcut+Plus").enabledWhen(zoom.lessThan(Theme.MAX_ZOOM - 0.01)).build();
        zoomOut = UserAction.of("menu.view.zoomOut", () -> zoom.set(Theme.clampZoom(zoom.get() - Theme.ZOOM_STEP)))
                .accelerator("Shortcut+Minus").enabledWhen(zoom.greaterThan(Theme.MIN_ZOOM + 0.01)).build();
        zoomReset = UserAction.of("menu.view.zoomReset", () -> zoom.set(1)).accelerator("Shortcut+0").build();
        // Where the Back buttons of the map, a principle's page and the comparison lead, from anywhere.
        back = UserAction.of("menu.view.back", navigator::back).accelerator("Alt+Left").icon(Icons::back)
                .enabledWhen(Bindings.createBooleanBinding(() -> !navigator.history().isEmpty(), navigator.placeProperty()))
                .build();

        editCase = UserAction.of("menu.case.edit", authoring::editSelected).id("detail-edit").buttonText("detail.action.edit")
                .accelerator("F2").enabledWhen(mine).build();
        duplicateCase = UserAction.of("menu.case.duplicate", () -> authoring.duplicate(state.selected()))
                .id("detail-duplicate").buttonText("detail.action.duplicate").accelerator("Shortcut+D").enabledWhen(selected).build();
        deleteCase = UserAction.of("menu.case.delete", () -> authoring.delete(state.selected()))
                .id("detail-delete").buttonText("detail.action.delete").enabledWhen(mine).build();
        caseHistory = UserAction.of("menu.case.history", () -> authoring.history(state.selected().id()))
                .id("detail-history").buttonText("detail.action.history").enabledWhen(mine).build();
        recover = UserAction.of("menu.case.recover", authoring::offerRecovery).build();

        toggleCompared = UserAction.of("menu.compare.toggle", () -> state.toggleComparison(state.selected()))
                .accelerator("Shortcut+Shift+C").enabledWhen(selected).build();
        openComparison = UserAction.of("menu.compare.open", navigator::showComparison).accelerator("Shortcut+Shift+M")
                .enabledWhen(Bindings.size(state.comparedCases()).greaterThanOrEqualTo(Comparison.MIN_CASES)).build();
        clearComparison = UserAction.of("menu.compare.clear", state::clearComparison)
                .enabledWhen(Bindings.isNotEmpty(state.comparedCases())).build();
        shortcuts = UserAction.of("menu.help.shortcuts", () -> verbs.help().showShortcuts()).accelerator("F1").build();
        userGuide = UserAction.of("menu.help.guide", () -> verbs.help().showUserGuide()).build();
        about = UserAction.of("menu.help.about", () -> verbs.help().showAbout()).build();
        copyComparison = UserAction.of("menu.compare.copyTable", comparison::copyAsTable)
                .enabledWhen(comparison.canExport()).build();
    }

    /**
     * What the actions need of the scene: the text commands follow its focus, and the zoom takes
     * the other keys people press for it (Ctrl+= for Ctrl++ without Shift, the keypad's + − 0).
     */
    void install(javafx.scene.Scene scene) {
        text.install(scene);
        // Ctrl and "+" as typed on a US keyboard is Ctrl+Shift+=.
        for (String key : List.of("Shortcut+Equals", "Shortcut+Shift+Equals", "Shortcut+Add")) {
            scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination(key), zoomIn::run);
        }
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Subtract"), zoomOut::run);
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Numpad0"), zoomReset::run);
    }

    /** The actions on the selected case, in the order the Case menu, the detail pane and a card's menu show them. */
    List<UserAction> caseActions() {
        return List.of(editCase, duplicateCase, deleteCase, caseHistory);
    }

    /** Right-click (or the context-menu key) on a card: it is selected, and the actions on its case open. */
    void installCaseMenu(CaseGallery gallery) {
        gallery.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            Case c = null;
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != gallery; n = n.getParent()) {
                if (n instanceof GridCell<?> cell && cell.getItem() instanceof Case shown) {
                    c = shown;
                    break;
                }
            }
            c = c == null ? state.selected() : c;
            if (c != null) {
                state.select(c);
                caseMenu().show(gallery, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    /** A card's context menu: the actions on its case (the card is selected first). */
    private ContextMenu caseMenu() {
        return new ContextMenu(caseActions().stream().map(a -> {
            MenuItem item = a.menuItem(messages);
            // In a context menu the shortcut would only repeat what the Case menu shows.
            item.setAccelerator(null);
            return item;
        }).toArray(MenuItem[]::new));
    }
}
