package org.caseexplorer.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.SelectableText;
import org.caseexplorer.ui.Theme;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Help menu's windows: the keyboard shortcuts (read from the menus themselves, so the sheet
 * cannot drift from them, then the keys no menu shows), the user guide (the docs shipped with
 * the app, made into a page in the system browser), and About (version, build, and the licences
 * of everything the app bundles, from the same file the installed package carries).
 */
final class HelpWindows {

    /** Keys no menu item shows: the message keys of the keys and of what they do, in the user guide's order. */
    static final List<List<String>> OTHER_KEYS = List.of(List.of("help.keys.tab", "help.keys.tab.does"),
            List.of("help.keys.f6", "help.keys.f6.does"), List.of("help.keys.arrows", "help.keys.arrows.does"),
            List.of("help.keys.c", "help.keys.c.does"), List.of("help.keys.esc", "help.keys.esc.does"),
            List.of("help.keys.list", "help.keys.list.does"), List.of("help.keys.map", "help.keys.map.does"),
            List.of("help.keys.copy", "help.keys.copy.does"), List.of("help.keys.letters", "help.keys.letters.does"));

    private final Messages messages;
    private final Supplier<Window> owner;
    private final Consumer<URI> browser;
    private final Supplier<MenuBar> menus;
    private final org.caseexplorer.export.ui.ActionStatus status;

    HelpWindows(Messages messages, Supplier<Window> owner, Consumer<URI> browser, Supplier<MenuBar> menus,
                org.caseexplorer.export.ui.ActionStatus status) {
        this.messages = messages;
        this.status = status;
        this.owner = owner;
        this.browser = browser;
        this.menus = menus;
    }

    /** Every shortcut: each menu's items with theirs, then the keys no menu shows. */
    List<String[]> shortcuts() {
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : menus.get().getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (!(item instanceof SeparatorMenuItem) && item.getAccelerator() != null && item.getText() != null) {
                    rows.add(new String[] {item.getAccelerator().getDisplayText(),
                            menu.getText().replace("_", "") + " \u25B8 " + item.getText()});
                }
            }
        }
        for (List<String> key : OTHER_KEYS) {
            rows.add(new String[] {messages.get(key.get(0)), messages.get(key.get(1))});
        }
        return rows;
    }

    void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.getStyleClass().add("help-shortcuts");
        int row = 0;
        for (String[] shortcut : shortcuts()) {
            SelectableText keys = SelectableText.of(shortcut[0], "help-key");
            keys.setMinWidth(140);
            grid.addRow(row++, keys, SelectableText.of(shortcut[1], "help-does"));
        }
        grid.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        show("help.shortcuts.title", scroll, 640, 620).getScene().getRoot().setId("help-shortcuts");
    }

    /** The user guide, shipped in the app, as a page of its own in the system browser. */
    void showUserGuide() {
        try {
            Path page = Files.createTempFile("case-explorer-user-guide-", ".html");
            Files.writeString(page, userGuideHtml(), StandardCharsets.UTF_8);
            page.toFile().deleteOnExit();
            browser.accept(page.toUri());
            // Said where it is too, with Open and Show in folder: a machine may have no browser to open it.
            status.succeeded(page, "help.guide.opened", page.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** docs/user-guide.md as a whole HTML page (GitHub-flavoured tables included). */
    static String userGuideHtml() throws IOException {
        String markdown = resource("/org/caseexplorer/app/help/user-guide.md");
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        String body = HtmlRenderer.builder().extensions(extensions).build()
                .render(Parser.builder().extensions(extensions).build().parse(markdown));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Case Explorer: User guide</title>"
                + "<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.5}"
                + "table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left}"
                + "code{background:#f6f8fa;padding:0 3px}</style></head><body>" + body + "</body></html>";
    }

    void showAbout() {
        Properties build = new Properties();
        try (InputStream in = HelpWindows.class.getResourceAsStream("/org/caseexplorer/app/help/build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // Said as unknown below.
        }
        Label name = new Label(messages.get("app.title"));
        name.getStyleClass().add("detail-title-label");
        SelectableText version = SelectableText.of(messages.format("help.about.version",
                build.getProperty("version", "?"), build.getProperty("built", "?"),
                System.getProperty("java.runtime.version", "?"), System.getProperty("javafx.runtime.version", "?")),
                "help-about-version");
        SelectableText what = SelectableText.of(messages.get("help.about.what"), "help-about-what");
        TextArea licences = new TextArea(licences());
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setId("help-about-licences");
        VBox.setVgrow(licences, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(10, name, version, what, new Label(messages.get("help.about.licences")), licences);
        box.setPadding(new Insets(16, 16, 0, 16));
        show("help.about.title", box, 720, 640).getScene().getRoot().setId("help-about");
    }

    /** The licences of everything bundled: the package's DEP-5 copyright file, shipped in the app too. */
    static String licences() {
        try {
            return resource("/org/caseexplorer/app/help/copyright");
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HelpWindows.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not in the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A Help window: {@code content} above a Close button (Esc closes it too). */
    private Stage show(String titleKey, javafx.scene.Node content, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.titleProperty().bind(messages.bind(titleKey));
        javafx.scene.control.Button close = new javafx.scene.control.Button(messages.get("print.preview.close"));
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 16, 12, 16));
        VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        Scene scene = new Scene(new VBox(content, buttons), width, height);
        Theme.addAppStylesheet(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
