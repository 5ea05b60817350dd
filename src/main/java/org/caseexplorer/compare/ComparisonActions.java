package org.caseexplorer.compare;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import org.caseexplorer.export.ComparisonExporter;
import org.caseexplorer.export.ComparisonPdfExporter;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.ExportProgress;
import org.caseexplorer.export.ExportSettings;
import org.caseexplorer.export.Paper;
import org.caseexplorer.i18n.Messages;

/**
 * Export and print of the comparison, off the FX thread on the shared executor. Their progress
 * and outcome are {@link ActionStatus}, read-only state the window shows wherever the user is.
 * One PDF exporter is kept and warmed up after start-up, so the first export is quick.
 */
public final class ComparisonActions {

    private final ComparisonViewModel model;
    private final Messages messages;
    private final Executor executor;
    // Made on first use, off the FX thread: loading the PDF engine's classes has no place in start-up.
    private ComparisonPdfExporter pdf;
    private final ObjectProperty<ExportLanguage> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);
    private final ActionStatus status;
    private final java.util.function.Supplier<String> author;
    private final ComparisonPrinter printer;
    private final BooleanBinding canExport;
    private Path lastFolder;

    /**
     * {@code author} names the person on the PDF's Author line (a remembered setting); blank means
     * the app's name, never the login name.
     */
    public ComparisonActions(ComparisonViewModel model, Messages messages, Executor executor,
                             java.util.function.Supplier<String> author) {
        this.model = model;
        this.messages = messages;
        this.executor = executor;
        this.author = author;
        // The export language follows the window's until the user picks one in the comparison.
        language.set(ExportLanguage.of(messages.lang()));
        messages.langProperty().addListener((obs, old, now) -> {
            if (language.get() == ExportLanguage.of(old)) {
                language.set(ExportLanguage.of(now));
            }
        });
        status = new ActionStatus(messages);
        printer = new ComparisonPrinter(this::pdf, executor, status);
        canExport = Bindings.createBooleanBinding(
                () -> model.comparison().isComplete() && status.runningProperty().get() == null,
                model.comparisonProperty(), status.runningProperty());
    }

    /** Progress and the outcome of the last export or print, for the window to show. */
    public ActionStatus status() {
        return status;
    }

    public ObjectProperty<ExportLanguage> languageProperty() {
        return language;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    /** The export or print under way, or null. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return status.runningProperty();
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
        Executor later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, executor);
        Library library = model.comparison().library();
        later.execute(() -> {
            try {
                if (library.cases().size() >= Comparison.MIN_CASES) {
                    Comparison sample = Comparison.of(library, library.cases().subList(0, Comparison.MIN_CASES),
                            ComparisonOptions.DEFAULT);
                    pdf().write(sample, settings(), new ByteArrayOutputStream(), ExportProgress.NONE);
                }
            } catch (Exception | LinkageError e) {
                // Only an optimisation: a real export reports its own failures.
            }
        });
    }

    /** Asks where to save, then exports there in the format the file name or chosen type says. */
    public void exportWithDialog(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("compare.export.title"));
        FileChooser.ExtensionFilter pdfType = new FileChooser.ExtensionFilter(messages.get("compare.export.pdf"), "*.pdf");
        FileChooser.ExtensionFilter csvType = new FileChooser.ExtensionFilter(messages.get("compare.export.csv"), "*.csv");
        FileChooser.ExtensionFilter mdType = new FileChooser.ExtensionFilter(messages.get("compare.export.md"), "*.md");
        FileChooser.ExtensionFilter xlsxType = new FileChooser.ExtensionFilter(messages.get("compare.export.xlsx"), "*.xlsx");
        chooser.getExtensionFilters().setAll(pdfType, xlsxType, csvType, mdType);
        chooser.setInitialFileName(defaultFileName());
        startIn(chooser);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        ExportFormat format = ExportFormat.ofFile(file.toPath()).orElse(
                chosen == csvType ? ExportFormat.CSV : chosen == mdType ? ExportFormat.MARKDOWN
                        : chosen == xlsxType ? ExportFormat.XLSX : ExportFormat.PDF);
        Path target = ExportFormat.ofFile(file.toPath()).isPresent() ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + "." + format.extension());
        export(format, target);
    }

    /** Opens a save dialog in the folder the last export went to. */
    void startIn(FileChooser chooser) {
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
    }

    String defaultFileName() {
        return "comparison-" + model.comparison().cases().stream().map(Case::id).collect(Collectors.joining("-")) + ".pdf";
    }

    /** Starts exporting the comparison as it is now to {@code target}; the task reports how it went. */
    public Task<Path> export(ExportFormat format, Path target) {
        ComparisonExporter exporter = format == ExportFormat.PDF ? pdf() : ComparisonExporter.of(format);
        Comparison now = model.comparison();
        ExportSettings settings = settings();
        return run(new ExportTask(target, (out, progress) -> exporter.write(now, settings, out, progress)));
    }

    /** Runs an export on the shared executor, its progress and outcome shown in {@link #status()}. */
    Task<Path> run(ExportTask task) {
        Path target = task.target();
        lastFolder = target.toAbsolutePath().getParent();
        task.setOnSucceeded(e -> status.succeeded(target, "compare.export.done", target.toString()));
        task.setOnFailed(e -> status.failed("compare.export.failed", describe(task.getException())));
        task.setOnCancelled(e -> status.ended("compare.export.cancelled"));
        status.show(task, "compare.export.running", target.getFileName().toString());
        executor.execute(task);
        return task;
    }

    /** The one PDF exporter, kept so that its fonts are read once. */
    private synchronized ComparisonPdfExporter pdf() {
        if (pdf == null) {
            pdf = new ComparisonPdfExporter();
        }
        return pdf;
    }

    /** The settings an export started now is written with: language, paper, author, today. */
    ExportSettings settings() {
        return ExportSettings.today(language.get(), author.get()).withPaper(paper.get());
    }

    /** Prints the comparison as it is now; see {@link ComparisonPrinter}. */
    public void print(Window owner) {
        printer.print(owner, model.comparison(), settings()::withPaper);
    }

    static String describe(Throwable e) {
        return e == null ? "" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

}
