package org.caseexplorer.compare;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.export.ComparisonExporter;
import org.caseexplorer.export.ComparisonPdfExporter;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.ExportProgress;
import org.caseexplorer.export.ExportSettings;
import org.caseexplorer.export.Paper;
import org.caseexplorer.export.PdfPages;
import org.caseexplorer.i18n.Messages;

/**
 * Export and print of the comparison, off the FX thread on the shared executor, with a status
 * bar that shows progress, offers Cancel, and says where the file went or what went wrong.
 * One PDF exporter is kept and warmed up after start-up, so the first export is quick.
 */
public final class ComparisonActions {

    private static final float PRINT_DPI = 150;

    private final ComparisonViewModel model;
    private final Messages messages;
    private final Executor executor;
    private final ComparisonPdfExporter pdf = new ComparisonPdfExporter();
    private final ObjectProperty<ExportLanguage> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>();
    private final HBox statusBar = new HBox(10);
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private Path lastFolder;

    public ComparisonActions(ComparisonViewModel model, Messages messages, Executor executor) {
        this.model = model;
        this.messages = messages;
        this.executor = executor;
        language.set(ExportLanguage.of(messages.lang()));
        progress.setPrefWidth(180);
        progress.visibleProperty().bind(running.isNotNull());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button();
        cancel.textProperty().bind(messages.bind("compare.export.cancel"));
        cancel.setId("cancel-export");
        cancel.visibleProperty().bind(running.isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> {
            if (running.get() != null) {
                running.get().cancel(true);
            }
        });
        status.setId("export-status");
        status.setWrapText(true);
        statusBar.getChildren().addAll(progress, status, cancel);
        statusBar.getStyleClass().add("export-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.visibleProperty().bind(status.textProperty().isNotEmpty().or(running.isNotNull()));
        statusBar.managedProperty().bind(statusBar.visibleProperty());
    }

    /** Progress, Cancel and the outcome of the last export or print. */
    public Node statusBar() {
        return statusBar;
    }

    public ObjectProperty<ExportLanguage> languageProperty() {
        return language;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    /** The export or print under way, or null. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when there is something to export and nothing else is being exported. */
    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> model.comparison().isComplete() && running.get() == null,
                model.comparisonProperty(), running);
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
                    pdf.write(sample, settings(), new ByteArrayOutputStream(), ExportProgress.NONE);
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
        chooser.getExtensionFilters().setAll(pdfType, csvType, mdType);
        chooser.setInitialFileName(defaultFileName());
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        ExportFormat format = ExportFormat.ofFile(file.toPath()).orElse(
                chosen == csvType ? ExportFormat.CSV : chosen == mdType ? ExportFormat.MARKDOWN : ExportFormat.PDF);
        Path target = ExportFormat.ofFile(file.toPath()).isPresent() ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + "." + format.extension());
        export(format, target);
    }

    String defaultFileName() {
        return "comparison-" + model.comparison().cases().stream().map(Case::id).collect(Collectors.joining("-")) + ".pdf";
    }

    /** Starts exporting the comparison as it is now to {@code target}; the task reports how it went. */
    public Task<Path> export(ExportFormat format, Path target) {
        lastFolder = target.toAbsolutePath().getParent();
        ComparisonExporter exporter = format == ExportFormat.PDF ? pdf : ComparisonExporter.of(format);
        ComparisonExportTask task = new ComparisonExportTask(exporter, model.comparison(), settings(), target);
        task.setOnSucceeded(e -> finish(messages.format("compare.export.done", target.toString()), false));
        task.setOnFailed(e -> finish(messages.format("compare.export.failed", describe(task.getException())), true));
        task.setOnCancelled(e -> finish(messages.get("compare.export.cancelled"), false));
        start(task, messages.format("compare.export.running", target.getFileName().toString()));
        return task;
    }

    /**
     * Prints the same pages the PDF export makes, on a printer the user picks: the pages are
     * laid out and rendered in the background, then handed to the printer.
     */
    public void print(Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            finish(messages.get("compare.print.noPrinter"), true);
            return;
        }
        if (!job.showPrintDialog(owner)) {
            return;
        }
        PageLayout chosen = job.getJobSettings().getPageLayout();
        ExportSettings settings = settings()
                .withPaper(chosen.getPaper() == javafx.print.Paper.NA_LETTER ? Paper.LETTER : Paper.A4);
        Comparison comparison = model.comparison();
        Task<List<WritableImage>> task = new Task<>() {
            @Override
            protected List<WritableImage> call() throws Exception {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                pdf.write(comparison, settings, bytes, done -> {
                    if (isCancelled()) {
                        throw new CancellationException("print cancelled");
                    }
                    updateProgress(done * 0.8, 1);
                });
                return PdfPages.render(bytes.toByteArray(), PRINT_DPI).stream().map(ComparisonActions::toFx).toList();
            }
        };
        task.setOnSucceeded(e -> sendToPrinter(job, chosen, task.getValue()));
        task.setOnFailed(e -> {
            job.cancelJob();
            finish(messages.format("compare.print.failed", describe(task.getException())), true);
        });
        task.setOnCancelled(e -> {
            job.cancelJob();
            finish("", false);
        });
        start(task, messages.get("compare.print.running"));
    }

    /** JavaFX's printer job takes its pages on the FX thread; the heavy work is done by now. */
    private void sendToPrinter(PrinterJob job, PageLayout chosen, List<WritableImage> pages) {
        boolean landscape = !pages.isEmpty() && pages.get(0).getWidth() > pages.get(0).getHeight();
        PageLayout layout = job.getPrinter().createPageLayout(chosen.getPaper(),
                landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        for (WritableImage image : pages) {
            ImageView page = new ImageView(image);
            page.setPreserveRatio(true);
            page.setFitWidth(layout.getPrintableWidth());
            page.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                finish(messages.format("compare.print.failed", job.getJobStatus()), true);
                return;
            }
        }
        if (job.endJob()) {
            finish(messages.format("compare.print.done", pages.size()), false);
        } else {
            finish(messages.format("compare.print.failed", job.getJobStatus()), true);
        }
    }

    private ExportSettings settings() {
        return new ExportSettings(language.get(), paper.get(), LocalDate.now(), System.getProperty("user.name"));
    }

    private void start(Task<?> task, String message) {
        status.getStyleClass().remove("export-error");
        status.setText(message);
        progress.progressProperty().bind(task.progressProperty());
        running.set(task);
        executor.execute(task);
    }

    private void finish(String message, boolean error) {
        progress.progressProperty().unbind();
        running.set(null);
        status.getStyleClass().remove("export-error");
        if (error) {
            status.getStyleClass().add("export-error");
        }
        status.setText(message);
    }

    private static String describe(Throwable e) {
        return e == null ? "" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static WritableImage toFx(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return fx;
    }

}
