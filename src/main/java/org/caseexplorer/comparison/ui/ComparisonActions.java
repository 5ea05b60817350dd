package org.caseexplorer.comparison.ui;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.caseexplorer.export.ComparisonExporter;
import org.caseexplorer.export.ComparisonTable;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.ExportProgress;
import org.caseexplorer.export.Paper;
import org.caseexplorer.export.ui.ActionStatus;
import org.caseexplorer.export.ui.ExportService;
import org.caseexplorer.export.ui.FileKind;

/**
 * Export and print of the comparison as it is shown, through the window's one
 * {@link ExportService}: its dialog, settings, status strip and exports lane. The PDF exporter
 * is the service's, warmed up after start-up so the first export is quick.
 */
public final class ComparisonActions {

    /** What the comparison is exported as, the first being the default. */
    static final List<FileKind> KINDS = List.of(FileKind.PDF, FileKind.XLSX, FileKind.CSV, FileKind.MARKDOWN);

    private final ComparisonViewModel model;
    private final ExportService exports;
    private final Executor warmUpLane;
    private final ComparisonPrinter printer;
    private final BooleanBinding canExport;

    /** {@code warmUpLane} runs the PDF engine once after start-up (the exports lane). */
    public ComparisonActions(ComparisonViewModel model, ExportService exports, Executor warmUpLane) {
        this.model = model;
        this.exports = exports;
        this.warmUpLane = warmUpLane;
        printer = new ComparisonPrinter(exports::comparisonPdf, warmUpLane, exports.status());
        canExport = Bindings.createBooleanBinding(
                () -> model.comparison().isComplete() && exports.runningProperty().get() == null,
                model.comparisonProperty(), exports.runningProperty());
    }

    /** Progress and the outcome of the last export or print, for the window to show. */
    public ActionStatus status() {
        return exports.status();
    }

    public ObjectProperty<ExportLanguage> languageProperty() {
        return exports.languageProperty();
    }

    public ObjectProperty<Paper> paperProperty() {
        return exports.paperProperty();
    }

    /** The export or print under way, or null. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return exports.runningProperty();
    }

    /** True when there is something to export and nothing else is being exported. */
    public BooleanBinding canExport() {
        return canExport;
    }

    /**
     * Makes the first real export fast: after {@code delay}, reads the fonts and runs the layout
     * engine once in the background on a small comparison of the library's first cases.
     */
    public void warmUpAfter(Duration delay) {
        Executor later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, warmUpLane);
        Library library = model.comparison().library();
        later.execute(() -> {
            try {
                if (library.cases().size() >= Comparison.MIN_CASES) {
                    Comparison sample = Comparison.of(library, library.cases().subList(0, Comparison.MIN_CASES),
                            ComparisonOptions.DEFAULT);
                    exports.comparisonPdf().write(sample, exports.settings(), new ByteArrayOutputStream(),
                            ExportProgress.NONE);
                }
            } catch (Exception | LinkageError e) {
                // Only an optimisation: a real export reports its own failures.
            }
        });
    }

    /** Asks where to save, then exports there in the format the file name or chosen type says. */
    public void exportWithDialog() {
        exports.exportWithDialog(request());
    }

    /** Starts exporting the comparison as it is now to {@code target}; the task reports how it went. */
    public Task<Path> export(ExportFormat format, Path target) {
        return exports.export(request(), FileKind.of(format), target);
    }

    /** The comparison as it is now, as one export. */
    private ExportService.Request request() {
        Comparison now = model.comparison();
        String stem = "comparison-" + now.cases().stream().map(Case::id).collect(Collectors.joining("-"));
        return new ExportService.Request(ExportService.Kind.COMPARISON, "compare.export.title", stem, KINDS,
                (settings, kind, out, progress) -> {
                    ExportFormat format = kind.exportFormat();
                    ComparisonExporter exporter = format == ExportFormat.PDF ? exports.comparisonPdf()
                            : ComparisonExporter.of(format);
                    exporter.write(now, settings, out, progress);
                });
    }

    /**
     * File ▸ Print…: the print preview of the comparison as it is now, from which it is printed
     * (or, with no printer set up, saved as a PDF); see {@link PrintPreview}.
     */
    public void print(Window owner) {
        PrintPreview.show(owner, this, exports.messages(), warmUpLane, javafx.print.Printer.getDefaultPrinter() != null);
    }

    /** Prints the comparison as it is now, through the system's print dialog; see {@link ComparisonPrinter}. */
    void sendToPrinter(Window owner) {
        printer.print(owner, model.comparison(), exports.settings()::withPaper);
    }

    /** The comparison as it is shown now. */
    Comparison comparisonShown() {
        return model.comparison();
    }

    /** The export's settings as they are now: language, paper, date, author. */
    org.caseexplorer.export.ExportSettings exportSettings() {
        return exports.settings();
    }

    /** The window's one PDF engine for comparisons. */
    org.caseexplorer.export.ComparisonPdfExporter pdf() {
        return exports.comparisonPdf();
    }

    /**
     * Puts the comparison as it is shown on the clipboard as a table, in the export's language:
     * HTML for documents and slides, tab-separated text for spreadsheets.
     */
    public void copyAsTable() {
        ComparisonTable table = ComparisonTable.of(model.comparison(), exports.settings());
        ClipboardContent content = new ClipboardContent();
        content.putString(table.tabSeparated());
        content.putHtml(table.html());
        Clipboard.getSystemClipboard().setContent(content);
        exports.status().ended("compare.copied", table.rows().size() - 1, table.rows().get(0).size() - 1);
    }
}
