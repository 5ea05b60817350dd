package org.caseexplorer.export.ui;

import java.util.List;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.export.Handouts;
import org.caseexplorer.map.MapCaption;
import org.caseexplorer.map.MapSvgWriter;
import org.caseexplorer.map.PrincipleMap;

/** The exports other than the comparison's, as requests to the {@link ExportService}. */
public final class ExportRequests {

    /** What a handout is written as, the first being the default. */
    static final List<FileKind> HANDOUT_KINDS = List.of(FileKind.PDF, FileKind.MARKDOWN);
    /** What the map is drawn as, the first being the default. */
    static final List<FileKind> MAP_KINDS = List.of(FileKind.SVG, FileKind.PNG);

    private ExportRequests() {
    }

    /** The handout of one case of {@code library}, as the library is now. */
    public static ExportService.Request caseHandout(ExportService exports, Library library, String caseId) {
        return handout(exports, library, Handouts.Kind.CASE, caseId, ExportService.Kind.CASE_HANDOUT,
                "handout.export.case.title", "case-" + caseId);
    }

    /** The handout of one principle of {@code library}, as the library is now. */
    public static ExportService.Request principleHandout(ExportService exports, Library library, String principleId) {
        return handout(exports, library, Handouts.Kind.PRINCIPLE, principleId, ExportService.Kind.PRINCIPLE_HANDOUT,
                "handout.export.principle.title", "principle-" + principleId);
    }

    private static ExportService.Request handout(ExportService exports, Library library, Handouts.Kind kind, String id,
                                                 ExportService.Kind exportKind, String titleKey, String stem) {
        return new ExportService.Request(exportKind, titleKey, stem, HANDOUT_KINDS,
                (settings, file, out, progress) -> exports.handouts().write(library, kind, id, settings,
                        file.exportFormat(), out, progress));
    }

    /**
     * The map as drawn, in the export language (both languages: two lines a label), with its
     * caption: title, {@code library}'s name (null: the built-in library), the date and a legend.
     * A map has no paper and no author.
     */
    public static ExportService.Request map(ExportService exports, PrincipleMap drawn, String library) {
        return new ExportService.Request(ExportService.Kind.MAP, "map.export.title", "principle-map", MAP_KINDS,
                (settings, file, out, progress) -> {
                    List<Lang> langs = settings.language().langs();
                    MapCaption caption = MapCaption.of(drawn, langs, library,
                            java.util.Optional.of(MapCaption.drawnOn(System.getenv("SOURCE_DATE_EPOCH"))));
                    if (file == FileKind.SVG) {
                        MapSvgWriter.write(drawn, langs, caption, out);
                    } else {
                        exports.mapPng().write(drawn, langs, caption, out);
                    }
                    progress.reached(1.0);
                });
    }
}
