package org.caseexplorer.compare;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.export.AtomicFile;
import org.caseexplorer.export.ComparisonExporter;
import org.caseexplorer.export.ExportSettings;

/**
 * One export off the FX thread, with progress, that can be cancelled: the file appears only
 * when it is complete, and a cancelled or failed export leaves nothing behind.
 */
public final class ComparisonExportTask extends Task<Path> {

    private final ComparisonExporter exporter;
    private final Comparison comparison;
    private final ExportSettings settings;
    private final Path target;

    public ComparisonExportTask(ComparisonExporter exporter, Comparison comparison, ExportSettings settings,
                                Path target) {
        this.exporter = exporter;
        this.comparison = comparison;
        this.settings = settings;
        this.target = target;
    }

    public Path target() {
        return target;
    }

    @Override
    protected Path call() throws Exception {
        updateProgress(0, 1);
        AtomicFile.write(target, out -> exporter.write(comparison, settings, out, done -> {
            if (isCancelled()) {
                throw new CancellationException("export cancelled");
            }
            updateProgress(done, 1);
        }));
        return target;
    }
}
