package org.caseexplorer.dialogs.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.Paper;
import org.caseexplorer.i18n.Messages;

/** The window's {@link Dialogs}: JavaFX's file choosers and alerts, owned by the main window. */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;
    private final Messages messages;

    /**
     * {@code owner} is the window the dialogs belong to (asked each time: it may not exist yet
     * when this is made); {@code messages} words the dialogs this class lays out itself.
     */
    public FxDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<SavePlace> chooseSaveFile(String title, List<FileType> types, Path folder, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<FileChooser.ExtensionFilter> filters = types.stream()
                .map(t -> new FileChooser.ExtensionFilter(t.description(), t.patterns())).toList();
        chooser.getExtensionFilters().setAll(filters);
        chooser.setInitialFileName(initialName);
        // The first time, the user's documents rather than wherever the app happened to be started from.
        chooser.setInitialDirectory((folder != null && Files.isDirectory(folder) ? folder : documents()).toFile());
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        int chosen = filters.indexOf(chooser.getSelectedExtensionFilter());
        return Optional.of(new SavePlace(file.toPath(), types.get(Math.max(0, chosen))));
    }

    /** The user's documents folder, or their home where there is none. */
    private static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        types.forEach(t -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns())));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public <T> Optional<T> ask(Question<T> question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.get());
        alert.setTitle(question.title());
        alert.setHeaderText(question.header());
        if (question.detail() != null) {
            alert.setContentText(question.detail());
        }
        List<ButtonType> buttons = question.answers().stream()
                .map(a -> new ButtonType(a.text(), switch (a.role()) {
                    case DEFAULT -> ButtonBar.ButtonData.OK_DONE;
                    case OTHER -> ButtonBar.ButtonData.OTHER;
                    case NO -> ButtonBar.ButtonData.NO;
                    case CANCEL -> ButtonBar.ButtonData.CANCEL_CLOSE;
                    case DESTRUCTIVE -> ButtonBar.ButtonData.OTHER;
                })).toList();
        alert.getButtonTypes().setAll(buttons);
        if (question.answers().stream().anyMatch(a -> a.role() == Role.DESTRUCTIVE)) {
            // Enter must not lose anything: the cancelling answer is the default button.
            for (int i = 0; i < buttons.size(); i++) {
                javafx.scene.Node button = alert.getDialogPane().lookupButton(buttons.get(i));
                if (button instanceof javafx.scene.control.Button b) {
                    b.setDefaultButton(question.answers().get(i).role() == Role.CANCEL);
                }
            }
        }
        Optional<ButtonType> pressed = alert.showAndWait();
        if (pressed.isEmpty() || !buttons.contains(pressed.get())) {
            return question.cancel();
        }
        return Optional.of(question.answers().get(buttons.indexOf(pressed.get())).value());
    }

    @Override
    public Optional<ExportOptions> chooseExportOptions(String title, ExportOptions initial) {
        Dialog<ExportOptions> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(messages.get("export.options.header"));
        ComboBox<ExportLanguage> language = new ComboBox<>();
        language.getItems().setAll(ExportLanguage.values());
        language.setValue(initial.language());
        language.setConverter(names(l -> switch (l) {
            case EN -> "English";
            case ZH -> "中文";
            case BOTH -> messages.get("compare.export.both");
        }));
        language.setId("export-options-language");
        ComboBox<Paper> paper = new ComboBox<>();
        paper.getItems().setAll(Paper.values());
        paper.setValue(initial.paper());
        paper.setConverter(names(p -> p == Paper.A4 ? "A4" : "Letter"));
        paper.setId("export-options-paper");
        TextField author = new TextField(initial.author());
        author.setPromptText(messages.get("app.title"));
        author.setPrefColumnCount(24);
        author.setId("export-options-author");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, label("compare.export.lang", language), language);
        if (initial.paperAndAuthor()) {
            grid.addRow(1, label("compare.export.paper", paper), paper);
            grid.addRow(2, label("export.options.author", author), author);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType next = new ButtonType(messages.get("export.options.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(next,
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(pressed -> pressed == next
                ? new ExportOptions(language.getValue(), paper.getValue(), author.getText(), initial.paperAndAuthor())
                : null);
        dialog.setOnShown(e -> language.requestFocus());
        return dialog.showAndWait();
    }

    private Label label(String key, javafx.scene.Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        return dialog.showAndWait();
    }

    @Override
    public void inform(String text) {
        show(Alert.AlertType.INFORMATION, text);
    }

    @Override
    public void fail(String text) {
        show(Alert.AlertType.ERROR, text);
    }

    private void show(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(owner.get());
        alert.setHeaderText(null);
        alert.show();
    }
}
