package org.caseexplorer.dialogs.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.Paper;

/**
 * Every question the window asks the user, in one place: where to save or what to open, a
 * question with named answers, a line of text, a message. Flows take it through their
 * constructors, so a test can answer in the user's place without a window ({@link FxDialogs} is
 * the window's).
 */
public interface Dialogs {

    /** A kind of file in an open or save dialog: its description and its patterns ("*.pdf"). */
    record FileType(String description, List<String> patterns) {
        public FileType(String description, String pattern) {
            this(description, List.of(pattern));
        }
    }

    /** Where the user chose to save, and which of the offered types was selected. */
    record SavePlace(Path file, FileType type) {
    }

    /**
     * How an answer behaves in the dialog: the default (Enter), another choice, a refusal, Cancel
     * (Esc), or a choice that loses something, which is never the default: with one, Cancel is.
     */
    enum Role { DEFAULT, OTHER, NO, CANCEL, DESTRUCTIVE }

    /** One of a question's answers: what it stands for, its words, its role. */
    record Answer<T>(T value, String text, Role role) {
    }

    /**
     * A question: its title, its header (the question itself), a line of detail (or null), and
     * the answers offered.
     */
    record Question<T>(String title, String header, String detail, List<Answer<T>> answers) {
        /** The answer that stands for closing the dialog without answering. */
        public Optional<T> cancel() {
            return answers.stream().filter(a -> a.role() == Role.CANCEL).map(Answer::value).findFirst();
        }
    }

    /** Asks where to save; {@code folder} (if it exists) is where the dialog starts. Empty when cancelled. */
    Optional<SavePlace> chooseSaveFile(String title, List<FileType> types, Path folder, String initialName);

    /** Asks for a file to open. Empty when cancelled. */
    Optional<Path> chooseOpenFile(String title, List<FileType> types);

    /** Asks for a folder; {@code start} (if it exists) is where the dialog starts. Empty when cancelled. */
    Optional<Path> chooseFolder(String title, Path start);

    /** Asks the question and waits; the answer chosen, or the cancelling one when the dialog is closed. */
    <T> Optional<T> ask(Question<T> question);

    /**
     * How an export is to be written: its language, and for a document (not the map's picture)
     * its paper and the name on its Author line (blank: the app's name).
     */
    record ExportOptions(ExportLanguage language, Paper paper, String author, boolean paperAndAuthor) {
    }

    /** Asks how to export, starting from {@code initial}; empty when cancelled. */
    Optional<ExportOptions> chooseExportOptions(String title, ExportOptions initial);

    /** Asks for a line of text, starting from {@code initial}. Empty when cancelled. */
    Optional<String> askText(String title, String header, String label, String initial);

    /** Says something done, and does not wait. */
    void inform(String text);

    /** Says what went wrong, and does not wait. */
    void fail(String text);
}
