package org.caseexplorer.app;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.ChoiceToggles;
import org.caseexplorer.ui.FirstNeed;
import org.caseexplorer.ui.UserAction;

/**
 * The menu bar, made from the window's actions. Its five menus are on the first frame; their
 * forty-odd items (each with bindings and a shortcut) are made once that frame is on its way,
 * or at the first key or mouse press if that comes sooner, so no click or shortcut is lost.
 */
final class WindowMenus {

    private final MenuBar bar;
    /** Gives each menu its title with its letter, once the items are made. */
    private final java.util.List<Runnable> titles = new java.util.ArrayList<>();
    /** Set while the key event that closed a menu is still being handled. */
    private boolean closedByThisKey;

    /**
     * @param dark          the dark theme setting the View menu toggles
     * @param problemsShown whether the Problems panel is open
     * @param undoText      Edit ▸ Undo's words as the menu opens (it names a library action)
     */
    WindowMenus(Node window, WindowActions a, Messages messages, BooleanProperty dark, BooleanProperty problemsShown,
                java.util.function.Supplier<String> undoText) {
        Menu file = menu("menu.file", messages);
        Menu edit = menu("menu.edit", messages);
        Menu view = menu("menu.view", messages);
        Menu caseMenu = menu("menu.case", messages);
        Menu compare = menu("menu.compare", messages);
        Menu help = menu("menu.help", messages);
        boolean[] filled = new boolean[1];
        Runnable fill = () -> {
            if (filled[0]) {
                return;
            }
            filled[0] = true;
            titles.forEach(Runnable::run);
            file.getItems().addAll(items(messages, a.newCase, a.saveCase));
            file.getItems().add(new SeparatorMenuItem());
            file.getItems().addAll(items(messages, a.openLibrary, a.closeLibrary, a.reload, a.addSource));
            file.getItems().add(new SeparatorMenuItem());
            file.getItems().addAll(items(messages, a.saveView, a.exportComparison, a.exportCase, a.printComparison,
                    a.author));
            file.getItems().addAll(new SeparatorMenuItem(), a.quit.menuItem(messages));

            MenuItem undo = a.undo.menuItem(messages);
            // Outside the editor Undo takes back a library action: the menu names it before it is chosen.
            undo.textProperty().unbind();
            edit.setOnShowing(e -> {
                undo.setText(undoText.get());
                a.text.refresh();
            });
            undo.setText(messages.get(a.undo.textKey()));
            edit.getItems().addAll(undo, a.redo.menuItem(messages), new SeparatorMenuItem());
            edit.getItems().addAll(items(messages, a.text.cut, a.text.copy, a.text.paste, a.text.selectAll));
            edit.getItems().addAll(new SeparatorMenuItem(), a.text.copyQuote.menuItem(messages));

            RadioMenuItem english = new RadioMenuItem("English");
            RadioMenuItem chinese = new RadioMenuItem("中文");
            ChoiceToggles.bind(ChoiceToggles.group(english, Lang.EN, chinese, Lang.ZH), messages.langProperty(),
                    messages.langProperty()::set);
            view.getItems().addAll(english, chinese, new SeparatorMenuItem(), a.map.menuItem(messages), a.back.menuItem(messages),
                    new SeparatorMenuItem(), a.zoomIn.menuItem(messages), a.zoomOut.menuItem(messages),
                    a.zoomReset.menuItem(messages),
                    new SeparatorMenuItem(), check("menu.view.dark", dark, messages),
                    check("menu.view.problems", problemsShown, messages));

            caseMenu.getItems().addAll(items(messages, a.editCase, a.duplicateCase, a.deleteCase, a.caseHistory));
            caseMenu.getItems().addAll(new SeparatorMenuItem(), a.recover.menuItem(messages));
            compare.getItems().addAll(items(messages, a.toggleCompared, a.openComparison, a.clearComparison));
            compare.getItems().addAll(new SeparatorMenuItem(), a.copyComparison.menuItem(messages));
            help.getItems().addAll(items(messages, a.shortcuts, a.userGuide));
            help.getItems().addAll(new SeparatorMenuItem(), a.about.menuItem(messages));
        };
        afterFirstFrame(window, fill);
        // A click or a key quicker than that (a menu opened, a shortcut pressed as the window
        // appears) has them made first, before it is handled.
        FirstNeed.when(window.sceneProperty(), Objects::nonNull, () -> beforeFirstInput(window.getScene(), fill));
        bar = new MenuBar(file, edit, view, caseMenu, compare, help);
    }

    MenuBar bar() {
        return bar;
    }

    /** Whether the key being handled is the one that closed a menu (it should do nothing else). */
    boolean closedByThisKey() {
        return closedByThisKey;
    }

    private static MenuItem[] items(Messages messages, UserAction... actions) {
        MenuItem[] items = new MenuItem[actions.length];
        for (int i = 0; i < actions.length; i++) {
            items[i] = actions[i].menuItem(messages);
        }
        return items;
    }

    private static CheckMenuItem check(String key, BooleanProperty value, Messages messages) {
        CheckMenuItem item = new CheckMenuItem();
        item.textProperty().bind(messages.bind(key));
        item.selectedProperty().bindBidirectional(value);
        return item;
    }

    private Menu menu(String key, Messages messages) {
        Menu menu = new Menu();
        // The letters (Alt+F …) come with the items, after the first frame: each underline is a node of its own.
        menu.setMnemonicParsing(false);
        menu.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get(key).replace("_", ""), messages.langProperty()));
        titles.add(() -> {
            menu.textProperty().bind(messages.bind(key));
            menu.setMnemonicParsing(true);
        });
        menu.setOnHidden(e -> {
            closedByThisKey = true;
            Platform.runLater(() -> closedByThisKey = false);
        });
        return menu;
    }

    /**
     * Runs {@code work} once the window's first frame is on its way to the screen: after the
     * scene's first layout pulse, behind what that pulse queued (the frame is drawn on the
     * renderer's thread meanwhile).
     */
    private static void afterFirstFrame(Node window, Runnable work) {
        FirstNeed.when(window.sceneProperty(), Objects::nonNull, () -> {
            Scene scene = window.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> Platform.runLater(work));
            };
            scene.addPostLayoutPulseListener(once[0]);
        });
    }

    /** Runs {@code work} once, as the first key or mouse press reaches the scene, before anything handles it. */
    private static void beforeFirstInput(Scene scene, Runnable work) {
        EventHandler<InputEvent> once = new EventHandler<>() {
            @Override
            public void handle(InputEvent event) {
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, this);
                scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
                work.run();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, once);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, once);
    }
}
