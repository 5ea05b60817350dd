package org.caseexplorer.cases.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.Source;

/**
 * Loads library folders into a {@link Library}. Nothing a folder holds stops the load: every
 * file that is broken becomes a {@link Problem} and the others still load.
 */
public final class LibraryLoader {

    public static final String PRINCIPLES_FILE = "principles.json";
    public static final String SOURCES_FILE = "sources.json";
    /**
     * The first batch of a large user folder's case files told before the rest are read: a few
     * hundred show as cards in a fraction of a second, and 10,000 come in six batches.
     */
    public static final int FIRST_BATCH = 250;

    record CaseFile(String id, Bilingual name, Bilingual industry, Bilingual tagline, Bilingual summary,
                    String accent, String image, List<Fact> facts, List<PrincipleLink> links,
                    List<WebEntry> web) {
    }

    /** A "web" entry as the file has it; the address is checked when the case is made. */
    record WebEntry(Bilingual label, String url) {
    }

    record PrinciplesFile(List<Principle> principles) {
    }

    record SourcesFile(List<Source> sources) {
    }

    private final JsonFileReader reader = new JsonFileReader();
    private final PassedChecks passedChecks;
    private LibrarySchemas schemas;

    /** A loader that checks every file in full. */
    public LibraryLoader() {
        this(PassedChecks.NONE);
    }

    /** A loader that skips the checks {@code passedChecks} knows a file to pass. */
    public LibraryLoader(PassedChecks passedChecks) {
        this.passedChecks = passedChecks;
    }

    /**
     * The library as the app shows it: the built-in library and, if given, the user's folder.
     * The window, {@code --validate} and {@code --export-comparison} all load through here, so
     * they see the same cases and report the same problems.
     */
    public Library open(Optional<Path> userFolder) {
        return open(userFolder, sofar -> { });
    }

    /**
     * As {@link #open(Optional)}, telling {@code sofar} what it has read while a large user
     * folder is still being read; see {@link #load(LibraryFolder, Optional, Consumer)}.
     */
    public Library open(Optional<Path> userFolder, Consumer<Library> sofar) {
        return load(BuiltInLibrary.folder(), userFolder.map(LibraryFolder::of), sofar);
    }

    /**
     * A base library plus, optionally, a folder the user opened. The folder's cases are added to
     * the base's; its principles.json and sources.json add principles and sources to the base's,
     * so its cases may link to and cite both. An id the base already has (a case, principle or
     * source) is a problem, and the base's stays.
     */
    public Library load(LibraryFolder base, Optional<LibraryFolder> userFolder) {
        return load(base, userFolder, sofar -> { });
    }

    /**
     * As {@link #load(LibraryFolder, Optional)}, telling {@code sofar} (on the calling thread)
     * the library as read so far while a user folder of more than {@link #FIRST_BATCH} case
     * files is read: first with the base's cases (the built-in ones) and every principle and
     * source, then after each batch of the folder's case files, the batches doubling from
     * {@link #FIRST_BATCH}. Each is what a load of the files read so far would give, so a case
     * it holds the whole library holds too; the whole library is returned, not told.
     */
    public Library load(LibraryFolder base, Optional<LibraryFolder> userFolder, Consumer<Library> sofar) {
        List<LibraryFolder> folders = new ArrayList<>();
        folders.add(base);
        userFolder.ifPresent(folders::add);
        LibraryAssembly assembly = new LibraryAssembly(reader, this::schemas, passedChecks);
        folders.forEach(f -> {
            assembly.readPrinciples(f);
            assembly.readSources(f);
        });
        assembly.readCases(base);
        // A folder of one batch is read in the time a batch takes: no one would see it come in parts.
        userFolder.ifPresent(folder -> assembly.readCases(folder, FIRST_BATCH, () -> sofar.accept(assembly.snapshot())));
        Library library = assembly.finish();
        passedChecks.save();
        return library;
    }

    /**
     * Starts building the schemas on another thread, for a caller that knows a user folder is
     * coming: building them takes a few hundred milliseconds of a cold start.
     */
    public void prepareSchemas() {
        CompletableFuture.runAsync(this::schemas);
    }

    /** The schemas, built on first use: building them takes a few hundred milliseconds. */
    private synchronized LibrarySchemas schemas() {
        if (schemas == null) {
            schemas = new LibrarySchemas();
        }
        return schemas;
    }

    /**
     * The problems the loader would report for one case file, checked in memory: {@code caseTree}
     * as if it were the file {@code fileName} in {@code folder}, against the principles and sources
     * of {@code context}; {@code otherCaseIds} are the ids it must not take. Each problem's field
     * is {@link Problem#fieldName} of the pointer to the value at fault. Thread-safe.
     */
    public List<Problem> checkCase(com.fasterxml.jackson.databind.JsonNode caseTree, Path folder, String fileName,
                                   Library context, java.util.Set<String> otherCaseIds) {
        return LibraryAssembly.checkCase(caseTree, fileName, folder, context, this::schemas, otherCaseIds);
    }

    /** The case files of a folder: every top-level *.json but the principles and sources. */
    static List<Path> caseFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            // No stat per file: a folder named *.json is rare, and reading it reports it.
            // Hidden files (".x.json", and macOS's "._x.json" beside every file copied from a Mac)
            // are not cases.
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    // An atomic write's temporary file ends in .part, and starts with a dot too.
                    .filter(p -> !PartFiles.isPartFile(p.getFileName().toString()))
                    .filter(p -> !isDefinitionFile(p))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isDefinitionFile(Path p) {
        String name = p.getFileName().toString();
        return name.equals(PRINCIPLES_FILE) || name.equals(SOURCES_FILE);
    }

}
