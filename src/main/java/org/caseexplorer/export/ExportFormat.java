package org.caseexplorer.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What an export writes, with the file name ending each uses. */
public enum ExportFormat {
    PDF("pdf", "pdf"), CSV("csv", "csv"), MARKDOWN("md", "md"), XLSX("xlsx", "xlsx");

    private final String code;
    private final String extension;

    ExportFormat(String code, String extension) {
        this.code = code;
        this.extension = extension;
    }

    public String code() {
        return code;
    }

    public String extension() {
        return extension;
    }

    /** Parses "pdf", "csv", "md" or "xlsx" (any case); null for anything else. */
    public static ExportFormat parse(String code) {
        return ExportChoice.parse(values(), ExportFormat::code, code);
    }

    /** The format a file name's ending asks for, e.g. "notes.md" gives MARKDOWN. */
    public static Optional<ExportFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return name.endsWith(".markdown") ? Optional.of(MARKDOWN) : Optional.empty();
    }
}
