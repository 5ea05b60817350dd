package org.caseexplorer.cases.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;

/**
 * A saved view's file (in a library folder's {@code views/}) read exactly as a case file is:
 * only a regular file inside the folder, bounded in bytes and time, strict UTF-8, parsed with
 * the same limits, and checked against its schema in {@code cases/schema/}; every failure a
 * {@link Problem} with file, line, column and field. Thread-safe.
 */
public final class CheckedJsonFile {

    /** A file that passed its schema: its tree, and where each of its values is, for problems. */
    public static final class Checked {
        private final LocatedJson json;
        private final String display;

        private Checked(LocatedJson json, String display) {
            this.json = json;
            this.display = display;
        }

        public JsonNode root() {
            return json.root();
        }

        /** A problem at the value {@code pointer} names (a JSON Pointer, e.g. {@code /principles/1}). */
        public Problem problemAt(String pointer, ProblemKind kind, Phrase words) {
            return JsonFileReader.at(display, json.locate(pointer), pointer, kind, words);
        }
    }

    private final JsonFileReader reader = new JsonFileReader();
    private LibrarySchemas schemas;

    /** Reads and checks a saved view; empty after reporting why it cannot be used. */
    public Optional<Checked> readView(Path file, Path folder, String display, Consumer<Problem> problems) {
        LocatedJson json = reader.read(file, folder, display, problems);
        if (json == null) {
            return Optional.empty();
        }
        List<Problem> format = new java.util.ArrayList<>();
        boolean readable = LibraryAssembly.readable(json, display, LibrarySchemas.Kind.VIEW, format);
        format.forEach(problems);
        if (!readable) {
            return Optional.empty();
        }
        List<LibrarySchemas.Violation> violations = schemas().validate(LibrarySchemas.Kind.VIEW, json.root());
        Checked checked = new Checked(json, display);
        violations.forEach(v -> problems.accept(checked.problemAt(v.pointer(), v.kind(), v.words())));
        return violations.isEmpty() ? Optional.of(checked) : Optional.empty();
    }

    /** "unknown case 'x' (it is left out of the view). Did you mean …?", as the loader says it. */
    public static Phrase unknownId(UnknownId.Noun noun, String given, java.util.Collection<String> known) {
        return UnknownId.phrase(noun, given, known, Wording.CONSEQUENCE_LEFT_OUT_OF_VIEW);
    }

    private synchronized LibrarySchemas schemas() {
        if (schemas == null) {
            schemas = new LibrarySchemas();
        }
        return schemas;
    }
}
