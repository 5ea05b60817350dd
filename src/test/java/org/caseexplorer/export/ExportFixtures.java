package org.caseexplorer.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;

/** The built-in library, loaded once, and comparisons of its cases for the export tests. */
final class ExportFixtures {

    static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    private static Library library;

    private ExportFixtures() {
    }

    static synchronized Library library() {
        if (library == null) {
            library = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        }
        return library;
    }

    static Comparison compare(ComparisonOptions options, String... ids) {
        return Comparison.of(library(), Arrays.stream(ids)
                .map(id -> library().caseById(id).orElseThrow()).toList(), options);
    }

    static Comparison compare(String... ids) {
        return compare(ComparisonOptions.DEFAULT, ids);
    }

    static ExportSettings settings(ExportLanguage language) {
        return new ExportSettings(language, Paper.A4, DATE, "Test Author");
    }

    static byte[] export(ComparisonExporter exporter, Comparison comparison, ExportSettings settings)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(comparison, settings, out, ExportProgress.NONE);
        return out.toByteArray();
    }
}
