package org.caseexplorer.comparison.ui;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.export.ComparisonPdfExporter;
import org.caseexplorer.export.ExportSettings;
import org.caseexplorer.export.Paper;
import org.caseexplorer.export.PdfPages;
import org.caseexplorer.export.ui.ActionStatus;
import org.caseexplorer.export.ui.ExportService;
import org.caseexplorer.ui.FxImages;

/** Prints a comparison as exactly the pages its PDF export has (JavaFX PrinterJob). */
final class ComparisonPrinter {

    private static final float PRINT_DPI = 150;

    private final Supplier<ComparisonPdfExporter> pdf;
    private final Executor executor;
    private final ActionStatus status;

    ComparisonPrinter(Supplier<ComparisonPdfExporter> pdf, Executor executor, ActionStatus status) {
        this.pdf = pdf;
        this.executor = executor;
        this.status = status;
    }

    /**
     * Prints the same pages the PDF export makes, on a printer the user picks: the pages are
     * laid out and rendered in the background, then handed to the printer.
     */
    void print(Window owner, Comparison comparison, Function<Paper, ExportSettings> settingsFor) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            status.failed("compare.print.noPrinter");
            return;
        }
        if (!job.showPrintDialog(owner)) {
            return;
        }
        PageLayout chosen = job.getJobSettings().getPageLayout();
        ExportSettings settings = settingsFor.apply(
                chosen.getPaper() == javafx.print.Paper.NA_LETTER ? Paper.LETTER : Paper.A4);
        Task<List<WritableImage>> task = new Task<>() {
            @Override
            protected List<WritableImage> call() throws Exception {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                pdf.get().write(comparison, settings, bytes, done -> {
                    if (isCancelled()) {
                        throw new CancellationException("print cancelled");
                    }
                    updateProgress(done * 0.8, 1);
                });
                return PdfPages.render(bytes.toByteArray(), PRINT_DPI).stream().map(FxImages::of).toList();
            }
        };
        task.setOnSucceeded(e -> sendToPrinter(job, chosen, task.getValue()));
        task.setOnFailed(e -> {
            job.cancelJob();
            status.failed("compare.print.failed", ExportService.describe(task.getException()));
        });
        task.setOnCancelled(e -> {
            job.cancelJob();
            status.ended(null);
        });
        status.show(task, "compare.print.running");
        executor.execute(task);
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
                status.failed("compare.print.failed", job.getJobStatus());
                return;
            }
        }
        if (job.endJob()) {
            status.ended("compare.print.done", pages.size());
        } else {
            status.failed("compare.print.failed", job.getJobStatus());
        }
    }
}
