package org.caseexplorer.export;

import java.io.IOException;
import java.io.OutputStream;
import org.caseexplorer.comparison.Comparison;

/** Writes a comparison as one kind of document. Pure: no window, no files of its own. */
public interface ComparisonExporter {

    /** Writes the whole document to {@code out}; does not close it. */
    void write(Comparison comparison, ExportSettings settings, OutputStream out, ExportProgress progress)
            throws IOException;

    /** The exporter for a format; PDF exporters are heavy, so callers keep and reuse them. */
    static ComparisonExporter of(ExportFormat format) {
        return switch (format) {
            case PDF -> new ComparisonPdfExporter();
            case CSV -> new ComparisonCsvExporter();
            case MARKDOWN -> new ComparisonMarkdownExporter();
            case XLSX -> new ComparisonXlsxExporter();
        };
    }
}
