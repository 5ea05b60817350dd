package org.caseexplorer.export.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.map.MapFormat;

/** A kind of file an export writes: its ending, and the key of its words in the save dialog. */
public enum FileKind {
    PDF("pdf", "compare.export.pdf"),
    XLSX("xlsx", "compare.export.xlsx"),
    CSV("csv", "compare.export.csv"),
    MARKDOWN("md", "compare.export.md"),
    SVG("svg", "map.export.svg"),
    PNG("png", "map.export.png");

    private final String extension;
    private final String typeKey;

    FileKind(String extension, String typeKey) {
        this.extension = extension;
        this.typeKey = typeKey;
    }

    public String extension() {
        return extension;
    }

    String typeKey() {
        return typeKey;
    }

    /** The kind the name's ending says, as the document and map formats each read an ending. */
    public static Optional<FileKind> ofFile(Path file) {
        return ExportFormat.ofFile(file).map(FileKind::of).or(() -> MapFormat.ofFile(file).map(FileKind::of));
    }

    public static FileKind of(ExportFormat format) {
        return switch (format) {
            case PDF -> PDF;
            case XLSX -> XLSX;
            case CSV -> CSV;
            case MARKDOWN -> MARKDOWN;
        };
    }

    public static FileKind of(MapFormat format) {
        return format == MapFormat.SVG ? SVG : PNG;
    }

    /** The document format of this kind, for the exporters of documents. */
    public ExportFormat exportFormat() {
        return switch (this) {
            case PDF -> ExportFormat.PDF;
            case XLSX -> ExportFormat.XLSX;
            case CSV -> ExportFormat.CSV;
            case MARKDOWN -> ExportFormat.MARKDOWN;
            case SVG, PNG -> throw new IllegalStateException(this + " is a picture, not a document");
        };
    }

    /** The picture format of this kind, for the map. */
    public MapFormat mapFormat() {
        return switch (this) {
            case SVG -> MapFormat.SVG;
            case PNG -> MapFormat.PNG;
            default -> throw new IllegalStateException(this + " is a document, not a picture");
        };
    }
}
