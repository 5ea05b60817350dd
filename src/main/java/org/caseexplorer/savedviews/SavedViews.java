package org.caseexplorer.savedviews;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;
import org.caseexplorer.cases.io.AtomicFile;
import org.caseexplorer.cases.io.CheckedJsonFile;
import org.caseexplorer.cases.io.LibraryFormat;
import org.caseexplorer.cases.io.LibraryFile;
import org.caseexplorer.cases.io.UnknownId;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonChoice;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.FilterMode;

/**
 * The saved views of a library folder: one small JSON file each in its {@code views/} folder
 * (schema: {@code cases/schema/view.schema.json}), so they travel with the library. Files are
 * read and checked as case files are; a broken one is reported and the others still load; an id
 * the library does not know is reported and left out, and the rest of the view still restores.
 * Every write is atomic. Plain Java: the window reads and writes them on a background thread.
 */
public final class SavedViews {

    /** The folder inside a library folder that holds the views. */
    public static final String FOLDER = "views";
    private static final int MAX_FILES = 1000;

    /** The views of a folder, by name, and what was wrong with its files. */
    public record Loaded(List<SavedView> views, List<Problem> problems) {
        public static final Loaded NONE = new Loaded(List.of(), List.of());

        public Loaded {
            views = List.copyOf(views);
            problems = List.copyOf(problems);
        }
    }

    private final CheckedJsonFile reader = new CheckedJsonFile();
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Reads every {@code views/*.json} of {@code libraryFolder}, checked against {@code library}. */
    public Loaded load(Path libraryFolder, Library library) {
        Path folder = libraryFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return Loaded.NONE;
        }
        List<Path> files;
        try {
            LibraryFile.requireInside(libraryFolder, folder);
        } catch (IOException e) {
            return new Loaded(List.of(), List.of(Problem.inFile(FOLDER, ProblemKind.NOT_A_REGULAR_FILE,
                    Wording.FILE_LINK_OUTSIDE.with())));
        }
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().limit(MAX_FILES).toList();
        } catch (IOException e) {
            return new Loaded(List.of(), List.of(Problem.inFile(FOLDER, ProblemKind.CANNOT_BE_READ,
                    Wording.FILE_CANNOT_BE_READ.with(e.getMessage()))));
        }
        List<SavedView> views = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            String display = libraryFolder.relativize(file).toString().replace('\\', '/');
            reader.readView(file, libraryFolder, display, problems::add)
                    .map(checked -> bind(checked, library, problems::add).in(file))
                    .ifPresent(views::add);
        }
        views.sort(Comparator.comparing(SavedView::name, String.CASE_INSENSITIVE_ORDER));
        return new Loaded(views, problems);
    }

    private static SavedView bind(CheckedJsonFile.Checked checked, Library library, Consumer<Problem> problems) {
        JsonNode root = checked.root();
        Set<String> principles = library.principles().stream().map(Principle::id)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        Set<String> cases = library.cases().stream().map(Case::id)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        Set<String> included = known(checked, "principles", UnknownId.Noun.PRINCIPLE, principles, problems);
        Set<String> excluded = known(checked, "excluded", UnknownId.Noun.PRINCIPLE, principles, problems);
        FilterMode mode = "all".equals(root.path("mode").asText("any")) ? FilterMode.ALL : FilterMode.ANY;
        CaseFilter filter = new CaseFilter(included, excluded, mode, root.path("search").asText(""));
        List<String> compared = List.copyOf(known(checked, "compare", UnknownId.Noun.CASE, cases, problems));
        Optional<String> baseline = Optional.ofNullable(root.get("baseline")).map(JsonNode::asText);
        if (baseline.isPresent() && !compared.contains(baseline.get())) {
            problems.accept(checked.problemAt("/baseline", ProblemKind.BASELINE_NOT_COMPARED,
                    Wording.VIEW_BASELINE_NOT_COMPARED.with(baseline.get())));
            baseline = Optional.empty();
        }
        return new SavedView(root.get("name").asText(), filter,
                new ComparisonChoice(compared.subList(0, Math.min(compared.size(), Comparison.MAX_CASES)), baseline),
                null);
    }

    /** The ids of a list field the library knows; each unknown one reported where it stands. */
    private static Set<String> known(CheckedJsonFile.Checked checked, String field, UnknownId.Noun noun,
                                     Set<String> known, Consumer<Problem> problems) {
        Set<String> ids = new LinkedHashSet<>();
        JsonNode list = checked.root().path(field);
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).asText();
            if (known.contains(id)) {
                ids.add(id);
            } else {
                problems.accept(checked.problemAt("/" + field + "/" + i, ProblemKind.UNKNOWN_ID_IN_VIEW,
                        CheckedJsonFile.unknownId(noun, id, known)));
            }
        }
        return ids;
    }

    /**
     * Saves {@code view} in {@code libraryFolder}/views: over its own file when it has one, else
     * in a new file named after it. Returns the view with its file.
     */
    public SavedView save(Path libraryFolder, SavedView view) throws IOException {
        Path folder = libraryFolder.resolve(FOLDER);
        LibraryFile.requireInside(libraryFolder, folder);
        Files.createDirectories(folder);
        Path file = view.file() != null ? view.file() : freeName(folder, slug(view.name()));
        byte[] json = toJson(view);
        AtomicFile.write(file, out -> out.write(json));
        return view.in(file);
    }

    /** Deletes a saved view's file; a file already gone is no error. */
    public void delete(SavedView view) throws IOException {
        if (view.file() != null) {
            try {
                Files.delete(view.file());
            } catch (NoSuchFileException e) {
                // Deleted elsewhere already: the result is the same.
            }
        }
    }

    byte[] toJson(SavedView view) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put(LibraryFormat.FIELD, LibraryFormat.CURRENT);
        root.put("name", view.name());
        // A filter's principles are a set: sorted, so saving the same view twice writes the same file.
        ids(root, "principles", view.filter().included().stream().sorted().toList());
        ids(root, "excluded", view.filter().excluded().stream().sorted().toList());
        root.put("mode", view.filter().mode() == FilterMode.ALL ? "all" : "any");
        root.put("search", view.filter().text());
        ids(root, "compare", view.comparison().caseIds());
        view.comparison().baseline().ifPresent(b -> root.put("baseline", b));
        return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void ids(ObjectNode root, String field, List<String> ids) {
        ArrayNode array = root.putArray(field);
        ids.forEach(array::add);
    }

    /**
     * A file name from a view's name: letters and digits of any script kept (小米 stays 小米),
     * lower case, everything else a single dash; "view" when nothing is left.
     */
    static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.codePointCount(0, slug.length()) > 60) {
            // Sixty characters, not sixty UTF-16 units: a cut inside a surrogate pair is no file name.
            slug = slug.substring(0, slug.offsetByCodePoints(0, 60)).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "view" : slug;
    }

    private static Path freeName(Path folder, String slug) {
        Path file = folder.resolve(slug + ".json");
        for (int n = 2; Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            file = folder.resolve(slug + "-" + n + ".json");
        }
        return file;
    }
}
