package org.caseexplorer.comparison.ui;

import atlantafx.base.theme.Styles;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.ExportProgress;
import org.caseexplorer.export.Paper;
import org.caseexplorer.export.PdfPages;
import org.caseexplorer.export.ui.ExportService;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.FxImages;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.Theme;

/**
 * File ▸ Print…: the comparison's pages as they will print (the PDF export's pages, rendered),
 * with the language and paper to print in (orientation follows the number of cases, as in the
 * export). Print… hands the same pages to a printer; with no printer set up, it says so and
 * offers Save as PDF… instead. Language and paper are the export's own settings: a change here
 * is a change there.
 */
final class PrintPreview {

    /** Pages on screen at about a third of their printed size: A4 is some 500 px wide. */
    private static final float SCREEN_DPI = 60;

    private final ComparisonActions actions;
    private final Messages messages;
    private final Executor lane;
    private final Stage stage;
    private final VBox pages = new VBox(16);
    private final Label state = new Label();
    private final Comparison comparison;
    private long generation;

    private PrintPreview(Stage stage, Window owner, ComparisonActions actions, Messages messages, Executor lane,
                         boolean printer) {
        this.stage = stage;
        this.actions = actions;
        this.messages = messages;
        this.lane = lane;
        this.comparison = actions.comparisonShown();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(messages.bind("print.preview.title"));

        ComboBox<ExportLanguage> language = Choices.language(messages, actions.languageProperty(), "print-language");
        ComboBox<Paper> paper = Choices.paper(messages, actions.paperProperty(), "print-paper");
        Label languageLabel = label("compare.export.lang");
        languageLabel.setLabelFor(language);
        Label paperLabel = label("compare.export.paper");
        paperLabel.setLabelFor(paper);
        HBox top = new HBox(8, languageLabel, language, paperLabel, paper);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("tool-bar-row");

        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        pages.getStyleClass().add("print-pages");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("print-preview-scroll");

        Button print = new Button(null, Icons.print());
        print.textProperty().bind(messages.bind("compare.print"));
        print.setId("print-preview-print");
        print.setDisable(!printer);
        print.setOnAction(e -> {
            stage.close();
            actions.sendToPrinter(owner);
        });
        Button save = new Button(null, Icons.export());
        save.textProperty().bind(messages.bind("print.preview.savePdf"));
        save.setId("print-preview-save");
        save.setOnAction(e -> {
            stage.close();
            actions.exportWithDialog();
        });
        (printer ? print : save).getStyleClass().add(Styles.ACCENT);
        (printer ? print : save).setDefaultButton(true);
        Button close = new Button();
        close.textProperty().bind(messages.bind("print.preview.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        state.setId("print-preview-state");
        state.setWrapText(true);
        Label noPrinter = label("print.preview.noPrinter");
        noPrinter.setId("print-preview-no-printer");
        noPrinter.setWrapText(true);
        noPrinter.setVisible(!printer);
        noPrinter.setManaged(!printer);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, state, spacer, print, save, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, noPrinter, buttons);
        bottom.getStyleClass().add("export-bar");

        BorderPane root = new BorderPane(scroll, top, null, bottom, null);
        root.getStyleClass().add("print-preview");
        Scene scene = new Scene(root, 760, 700);
        Theme.addAppStylesheet(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        InvalidationListener again = o -> render();
        actions.languageProperty().addListener(again);
        actions.paperProperty().addListener(again);
        stage.setOnHidden(e -> {
            actions.languageProperty().removeListener(again);
            actions.paperProperty().removeListener(again);
        });
    }

    /** Opens the preview of the comparison as it is now; {@code printer} whether a printer is set up. */
    static Stage show(Window owner, ComparisonActions actions, Messages messages, Executor lane, boolean printer) {
        // Made here, as the user asks for it: a window's constructors make no stage (ArchitectureTest).
        PrintPreview preview = new PrintPreview(new Stage(), owner, actions, messages, lane, printer);
        preview.render();
        preview.stage.show();
        return preview.stage;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(messages.bind(key));
        return label;
    }

    /** Lays the pages out again in the background with the settings as they are now; a later render wins. */
    private void render() {
        long mine = ++generation;
        var settings = actions.exportSettings();
        state.textProperty().bind(messages.bind("print.preview.rendering"));
        Task<List<WritableImage>> task = new Task<>() {
            @Override
            protected List<WritableImage> call() throws Exception {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                actions.pdf().write(comparison, settings, bytes, ExportProgress.NONE);
                return PdfPages.render(bytes.toByteArray(), SCREEN_DPI).stream().map(FxImages::of).toList();
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == generation) {
                show(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation) {
                state.textProperty().unbind();
                state.setText(messages.format("print.preview.failed", ExportService.describe(task.getException())));
            }
        });
        lane.execute(task);
    }

    private void show(List<WritableImage> images) {
        pages.getChildren().clear();
        for (int i = 0; i < images.size(); i++) {
            ImageView page = new ImageView(images.get(i));
            page.getStyleClass().add("print-page");
            page.setAccessibleText(messages.format("print.preview.page", i + 1, images.size()));
            Label number = new Label(messages.format("print.preview.page", i + 1, images.size()));
            number.getStyleClass().add("print-page-number");
            VBox one = new VBox(4, page, number);
            one.setAlignment(Pos.TOP_CENTER);
            pages.getChildren().add(one);
        }
        state.textProperty().unbind();
        state.setText(messages.format("print.preview.pages", images.size()));
    }
}
