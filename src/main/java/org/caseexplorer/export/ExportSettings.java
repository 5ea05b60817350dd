package org.caseexplorer.export;

import java.time.LocalDate;
import java.util.Objects;

/** What an export is written for: language(s), paper, the date printed on it and its author. */
public record ExportSettings(ExportLanguage language, Paper paper, LocalDate date, String author) {

    /** The author of an export while no name is set: the app, never a guess at the user. */
    public static final String DEFAULT_AUTHOR = "Case Explorer";

    public ExportSettings {
        Objects.requireNonNull(language);
        Objects.requireNonNull(paper);
        Objects.requireNonNull(date);
        author = author == null || author.isBlank() ? DEFAULT_AUTHOR : author.strip();
    }

    /** Today, the given language, A4, and the app's name as author: no personal data by default. */
    public static ExportSettings today(ExportLanguage language) {
        return today(language, null);
    }

    /** Today, the given language, A4, and {@code author} (the app's name when blank). */
    public static ExportSettings today(ExportLanguage language, String author) {
        return new ExportSettings(language, Paper.A4, LocalDate.now(), author);
    }

    public ExportSettings withPaper(Paper newPaper) {
        return new ExportSettings(language, newPaper, date, author);
    }
}
