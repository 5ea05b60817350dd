package org.caseexplorer.cases.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Source;
import org.caseexplorer.cases.WebLink;
import org.caseexplorer.cases.Wording;
import org.caseexplorer.provenance.SourceText;

/**
 * One load in progress: reads definition and case files, then checks what only the whole
 * library can tell (unknown ids, duplicates, missing images); a snapshot of what it has read so
 * far may be taken between batches of case files. Not thread-safe; used once. What the files
 * name by id is checked by {@link LinkChecks}, a case's picture by {@link PicturePolicy}.
 */
final class LibraryAssembly {

    /** A case file as read: its data, and the parsed file, for the positions of its problems. */
    record PendingCase(LibraryLoader.CaseFile data, LocatedJson json, String display, Path folder,
                       boolean builtIn) {
    }

    /**
     * A case made from one file, with where its id is written (for a duplicate found later). The
     * file's text and tree are gone by then: 10,000 of them would double the heap the load needs.
     */
    private record ReadCase(Case value, LocatedJson.Position idAt, boolean builtIn) {
    }

    private record Parsed<T>(T value, LocatedJson json, String display) {
    }

    record Origin(String display, LocatedJson json, String pointer) {
    }

    private record CaseFileResult(ReadCase read, List<Problem> problems) {
    }

    /** From this many case files on, they are read in parallel. */
    static final int PARALLEL_FROM = 32;

    private final JsonFileReader reader;
    private final Supplier<LibrarySchemas> schemas;
    private final PassedChecks passedChecks;

    private final Map<String, Principle> principles = new LinkedHashMap<>();
    private final Map<String, Origin> principleOrigins = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, String> sourceFiles = new HashMap<>();
    private final Map<String, SourceText> sourceTexts = new HashMap<>();
    private final Map<String, String> sourceTextPaths = new HashMap<>();
    private final java.util.Set<String> builtInSources = new java.util.HashSet<>();
    private final List<ReadCase> read = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final LinkChecks linkChecks = new LinkChecks(principles, principleOrigins, sources, sourceTexts,
            sourceTextPaths);
    private boolean parentsChecked;
    /** Checking one case in memory for the editor, which lists a note on the whole case above its form. */
    private boolean oneCaseInMemory;

    LibraryAssembly(JsonFileReader reader, Supplier<LibrarySchemas> schemas, PassedChecks passedChecks) {
        this.reader = reader;
        this.schemas = schemas;
        this.passedChecks = passedChecks;
    }

    void readPrinciples(LibraryFolder folder) {
        Parsed<LibraryLoader.PrinciplesFile> parsed = readDefinitions(folder, LibraryLoader.PRINCIPLES_FILE,
                LibrarySchemas.Kind.PRINCIPLES, TreeBinding::principles);
        if (parsed == null) {
            return;
        }
        String display = parsed.display();
        LocatedJson json = parsed.json();
        for (int i = 0; i < parsed.value().principles().size(); i++) {
            Principle p = parsed.value().principles().get(i);
            String pointer = "/principles/" + i;
            Origin previous = principleOrigins.get(p.id());
            if (previous != null) {
                report(display, json, pointer + "/id", ProblemKind.DUPLICATE_ID,
                        Wording.DUPLICATE_PRINCIPLE.with(p.id(), previous.display()));
                continue;
            }
            principles.put(p.id(), p);
            principleOrigins.put(p.id(), new Origin(display, json, pointer));
        }
    }

    void readSources(LibraryFolder folder) {
        Parsed<LibraryLoader.SourcesFile> parsed = readDefinitions(folder, LibraryLoader.SOURCES_FILE,
                LibrarySchemas.Kind.SOURCES, TreeBinding::sources);
        if (parsed == null) {
            return;
        }
        for (int i = 0; i < parsed.value().sources().size(); i++) {
            Source s = parsed.value().sources().get(i);
            String previous = sourceFiles.putIfAbsent(s.id(), parsed.display());
            if (previous != null) {
                report(parsed.display(), parsed.json(), "/sources/" + i + "/id", ProblemKind.DUPLICATE_ID,
                        Wording.DUPLICATE_SOURCE.with(s.id(), previous));
                continue;
            }
            sources.put(s.id(), s);
            if (folder.trusted()) {
                builtInSources.add(s.id());
            }
            if (s.text() != null) {
                readSourceText(folder, parsed, "/sources/" + i + "/text", s);
            }
        }
    }

    /** Reads a source's text once per load; a text that cannot be used is a problem at its field. */
    private void readSourceText(LibraryFolder folder, Parsed<LibraryLoader.SourcesFile> parsed, String pointer,
                                Source s) {
        try {
            sourceTexts.put(s.id(), new SourceText(SourceTextFile.read(folder.path(), s.text())));
            sourceTextPaths.put(s.id(), s.text());
        } catch (IOException e) {
            report(parsed.display(), parsed.json(), pointer, ProblemKind.SOURCE_TEXT_UNUSABLE,
                    Wording.SOURCE_TEXT_UNUSABLE.with(s.text(), SourceTextFile.describe(e), s.id()));
        }
    }

    void readCases(LibraryFolder folder) {
        readCases(folder, Integer.MAX_VALUE, () -> { });
    }

    /**
     * Reads a folder's case files in batches, the first of {@code firstBatch} files and each
     * next one twice the one before, in file order. When there is more than one batch, it runs
     * {@code pause} before each but the last: {@link #snapshot()} then holds every file read so
     * far (none of this folder's, the first time). Files come in file order batch after batch,
     * so what a snapshot holds a later one still holds (a duplicate id is always the later file's).
     */
    void readCases(LibraryFolder folder, int firstBatch, Runnable pause) {
        List<Path> files;
        try {
            files = LibraryLoader.caseFiles(folder.path());
        } catch (IOException e) {
            problems.add(Problem.inFile(folder.label(), ProblemKind.CANNOT_BE_READ, Wording.FOLDER_CANNOT_BE_READ.with(
                    e instanceof NoSuchFileException ? Wording.FOLDER_GONE.with() : JsonFileReader.describe(e))));
            return;
        }
        if (!parentsChecked) {
            // Every folder's principles are read before any case: the set is complete now, and
            // from here on only read, so case files can check their links against it in parallel.
            linkChecks.checkPrincipleParents(problems);
            parentsChecked = true;
        }
        int from = 0;
        for (long batch = Math.max(1, firstBatch); from < files.size(); batch *= 2) {
            int to = (int) Math.min(files.size(), from + batch);
            if (to < files.size() || from > 0) {
                pause.run();
            }
            readCaseFiles(folder, files.subList(from, to));
            from = to;
        }
    }

    private void readCaseFiles(LibraryFolder folder, List<Path> files) {
        // Each file is read, checked and made into a case on its own, many on both cores at once;
        // the results are taken in file order, so the problems come out the same either way.
        Stream<Path> stream = files.size() >= PARALLEL_FROM ? files.parallelStream() : files.stream();
        List<CaseFileResult> results = stream.map(file -> {
            List<Problem> fileProblems = new ArrayList<>();
            Parsed<LibraryLoader.CaseFile> parsed = readValid(folder, file, LibrarySchemas.Kind.CASE,
                    TreeBinding::caseFile, fileProblems);
            if (parsed == null) {
                return new CaseFileResult(null, fileProblems);
            }
            PendingCase pending = new PendingCase(parsed.value(), parsed.json(), parsed.display(), folder.path(),
                    folder.trusted());
            Case made = toCase(pending, fileProblems);
            return new CaseFileResult(new ReadCase(made, parsed.json().topLevelPosition("id").orElse(null),
                    folder.trusted()),
                    fileProblems);
        }).toList();
        for (CaseFileResult result : results) {
            problems.addAll(result.problems());
            if (result.read() != null) {
                read.add(result.read());
            }
        }
    }

    Library finish() {
        if (!parentsChecked) {
            linkChecks.checkPrincipleParents(problems);
        }
        return snapshot();
    }

    /**
     * The library as read so far, with what only the cases read together can tell (duplicate
     * ids); {@link #finish()} is the snapshot once every folder is read. Changes nothing.
     */
    Library snapshot() {
        List<Case> cases = new ArrayList<>();
        List<Problem> found = new ArrayList<>(problems);
        Map<String, ReadCase> byId = new HashMap<>();
        for (ReadCase r : read) {
            Case c = r.value();
            ReadCase previous = byId.putIfAbsent(c.id(), r);
            if (previous != null) {
                Wording duplicate = previous.builtIn() ? Wording.DUPLICATE_BUILT_IN_CASE : Wording.DUPLICATE_CASE;
                found.add(JsonFileReader.at(c.file(), r.idAt(), "/id", ProblemKind.DUPLICATE_ID,
                        duplicate.with(c.id(), previous.value().file())));
                continue;
            }
            cases.add(c);
        }
        return new Library(List.copyOf(principles.values()), List.copyOf(sources.values()), cases,
                inReadingOrder(found), sourceTexts, builtInSources);
    }

    /** By file, then line and column; a problem of the file as a whole comes before its positions. */
    private static List<Problem> inReadingOrder(List<Problem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                        .thenComparingInt(Problem::column))
                .toList();
    }

    /** A folder's principles.json or sources.json, if it has one and it is usable. */
    private <T> Parsed<T> readDefinitions(LibraryFolder folder, String name, LibrarySchemas.Kind kind,
                                          Function<JsonNode, T> binding) {
        Path file = folder.path().resolve(name);
        // Not following links: a link that leads nowhere is reported, not taken for no file.
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? readValid(folder, file, kind, binding) : null;
    }

    /** Reads, parses and schema-checks one file; null (with problems reported) when it is unusable. */
    private <T> Parsed<T> readValid(LibraryFolder folder, Path file, LibrarySchemas.Kind kind,
                                    Function<JsonNode, T> binding) {
        return readValid(folder, file, kind, binding, problems);
    }

    /** Safe on any thread: reports into {@code sink} and touches no field but the shared, thread-safe parts. */
    private <T> Parsed<T> readValid(LibraryFolder folder, Path file, LibrarySchemas.Kind kind,
                                    Function<JsonNode, T> binding, List<Problem> sink) {
        String display = folder.display(file);
        LocatedJson json = reader.read(file, folder.path(), display, sink::add);
        if (json == null) {
            return null;
        }
        return bindChecked(json, display, kind, binding, folder.trusted(), sink);
    }

    /**
     * Schema-checks (unless trusted), binds and content-checks a parsed file; null when it is
     * unusable. A user's case file whose very bytes passed both checks before skips them
     * ({@link PassedChecks}).
     */
    private <T> Parsed<T> bindChecked(LocatedJson json, String display, LibrarySchemas.Kind kind,
                                      Function<JsonNode, T> binding, boolean trusted, List<Problem> sink) {
        if (!readable(json, display, kind, sink)) {
            return null;
        }
        Optional<PassedChecks.Digest> digest = trusted || kind != LibrarySchemas.Kind.CASE
                ? Optional.empty() : passedChecks.digestOf(json.source());
        // The cache is a file anyone can edit: the fields whose bad values throw later (a colour
        // the window parses, an id that names files) are checked again on every load.
        boolean passedBefore = digest.isPresent() && passedChecks.passed(digest.get()) && cheapFieldsHold(json.root());
        List<LibrarySchemas.Violation> violations = trusted || passedBefore
                ? List.of() : schemas.get().validate(kind, json.root());
        if (!violations.isEmpty()) {
            violations.forEach(v -> sink.add(problemAt(display, json, v.pointer(), v.kind(), v.words())));
            return null;
        }
        try {
            Parsed<T> parsed = new Parsed<>(binding.apply(json.root()), json, display);
            if (!passedBefore) {
                List<ContentChecks.Finding> findings = ContentChecks.check(json.root());
                findings.forEach(f -> sink.add(problemAt(display, json, f.pointer(), f.kind(), f.words())));
                if (findings.isEmpty()) {
                    digest.ifPresent(passedChecks::add);
                }
            }
            return parsed;
        } catch (TreeBinding.BindingException e) {
            sink.add(problemAt(display, json, e.pointer(), e.kind(), e.words()));
            return null;
        }
    }

    /**
     * The file's format: one from a newer Case Explorer is left out (a problem at its
     * {@code format}); one from an earlier format is brought to the current one in memory, each
     * change a note. False when the file cannot be read here.
     */
    static boolean readable(LocatedJson json, String display, LibrarySchemas.Kind kind, List<Problem> sink) {
        Optional<org.caseexplorer.cases.Phrase> newer = LibraryFormat.newer(json.root());
        if (newer.isPresent()) {
            sink.add(problemAt(display, json, "/" + LibraryFormat.FIELD, ProblemKind.NEWER_FORMAT, newer.get()));
            return false;
        }
        // Located before the change: a migrated field is reported where the file has it.
        for (LibraryFormat.Migration m : LibraryFormat.migrate(json.root(), kind)) {
            sink.add(problemAt(display, json, m.pointer(), m.kind(), m.words()).asNote());
        }
        return true;
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final java.util.regex.Pattern COLOUR = java.util.regex.Pattern.compile("^#[0-9A-Fa-f]{6}$");

    /** The id and the accent as the schema has them: cheap to check, and unsafe to trust. */
    static boolean cheapFieldsHold(JsonNode root) {
        JsonNode id = root.path("id");
        JsonNode accent = root.path("accent");
        return id.isTextual() && id.asText().length() <= 64 && ID.matcher(id.asText()).matches()
                && (accent.isMissingNode() || accent.isTextual() && COLOUR.matcher(accent.asText()).matches());
    }

    /**
     * The checks a case file meets when its folder loads, run on one case held in memory: the
     * schema, the binding, the content checks and every check of {@link #toCase}, against the
     * principles and sources of {@code context}, and its id against {@code otherCaseIds}. For the
     * case editor, which shows each problem at its field before anything is written.
     */
    static List<Problem> checkCase(JsonNode root, String display, Path folder, Library context,
                                   Supplier<LibrarySchemas> schemas, java.util.Set<String> otherCaseIds) {
        LibraryAssembly assembly = new LibraryAssembly(null, schemas, PassedChecks.NONE);
        assembly.oneCaseInMemory = true;
        context.principles().forEach(p -> assembly.principles.put(p.id(), p));
        context.sources().forEach(s -> {
            assembly.sources.put(s.id(), s);
            // The editor checks quotes against the source texts the library has read.
            context.sourceText(s.id()).ifPresent(text -> {
                assembly.sourceTexts.put(s.id(), text);
                // Named in the messages as the Problems panel names it: "(sources/article.txt)".
                if (s.text() != null) {
                    assembly.sourceTextPaths.put(s.id(), s.text());
                }
            });
        });
        assembly.builtInSources.addAll(context.builtInSources());
        List<Problem> sink = new ArrayList<>();
        LocatedJson json = LocatedJson.inMemory(root);
        Parsed<LibraryLoader.CaseFile> parsed = assembly.bindChecked(json, display, LibrarySchemas.Kind.CASE,
                TreeBinding::caseFile, false, sink);
        if (parsed != null) {
            assembly.toCase(new PendingCase(parsed.value(), json, display, folder, false), sink);
            if (otherCaseIds.contains(parsed.value().id())) {
                sink.add(problemAt(display, json, "/id", ProblemKind.DUPLICATE_ID,
                        Wording.DUPLICATE_ANOTHER_CASE.with(parsed.value().id())));
            }
        }
        return sink;
    }

    /** Safe on any thread once the principles and sources are all read: it only reads them. */
    private Case toCase(PendingCase p, List<Problem> sink) {
        LibraryLoader.CaseFile data = p.data();
        UncheckedQuotes unchecked = new UncheckedQuotes();
        // Facts first, as a case file has them: in memory (the editor) the note goes at the first quote counted.
        List<Fact> facts = data.facts() == null ? List.of() : data.facts();
        linkChecks.checkFacts(p, sink, facts, unchecked);
        List<PrincipleLink> links = linkChecks.links(p, sink, unchecked);
        // The built-in library's quotes are checked by the build, against texts it does not ship.
        if (!p.builtIn()) {
            // At the quote that comes first in the file, whichever order facts and links are written in.
            // In the editor it is about the case, not a field: a mark on a field would stay while
            // that quote is fine, and redecorating the form on every keystroke slows typing.
            unchecked.note(builtInSources).ifPresent(n -> sink.add(oneCaseInMemory
                    ? Problem.inFile(p.display(), ProblemKind.UNCHECKED_QUOTES, n.words()).asNote()
                    : firstInFile(p, n.pointers(), ProblemKind.UNCHECKED_QUOTES, n.words()).asNote()));
        }
        // A user's case may be written in one language (a note); the built-in library has both.
        OneLanguage.describe(data).ifPresent(missing -> {
            Problem problem = problemAt(p.display(), p.json(), "/name", ProblemKind.ONE_LANGUAGE, missing);
            sink.add(p.builtIn() ? problem : problem.asNote());
        });
        Path image = data.image() == null ? null : PicturePolicy.resolveImage(p, sink, data.image());
        List<WebLink> web = new ArrayList<>();
        for (int i = 0; i < data.web().size(); i++) {
            LibraryLoader.WebEntry entry = data.web().get(i);
            Optional<Phrase> wrong = WebLink.checkAddress(entry.url());
            if (wrong.isPresent()) {
                sink.add(problemAt(p.display(), p.json(), "/web/" + i + "/url", ProblemKind.BAD_WEB_ADDRESS,
                        Wording.WEB_LEFT_OUT.with(wrong.get())));
            } else {
                web.add(new WebLink(entry.label(), URI.create(entry.url())));
            }
        }
        return new Case(data.id(), data.name(), data.industry(), data.tagline(), data.summary(),
                data.accent(), image, facts, links, web, p.display());
    }

    private void report(String display, LocatedJson json, String pointer, ProblemKind kind, Phrase words) {
        problems.add(problemAt(display, json, pointer, kind, words));
    }

    /**
     * A problem at whichever of {@code pointers} comes first in the file. Found by reading the
     * file only up to it: a problem made for each (each located, escaped and formatted) cost a
     * library of user cases, each with its unchecked quotes, a third of its loading time.
     */
    private static Problem firstInFile(PendingCase p, List<String> pointers, ProblemKind kind, Phrase words) {
        return p.json().firstOf(Set.copyOf(pointers))
                .map(found -> JsonFileReader.at(p.display(), found.getValue(), found.getKey(), kind, words))
                .orElseGet(() -> problemAt(p.display(), p.json(), pointers.get(0), kind, words));
    }

    static Problem problemAt(String display, LocatedJson json, String pointer, ProblemKind kind, Phrase words) {
        return JsonFileReader.at(display, json.locate(pointer), pointer, kind, words);
    }
}
