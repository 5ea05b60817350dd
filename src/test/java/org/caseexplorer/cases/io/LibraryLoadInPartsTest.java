package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseexplorer.bench.SyntheticLibrary;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large folder is told in parts as it is read (the built-in cases first, then batches of its
 * files), and the library it ends as is exactly the one read in one go: the same cases, the same
 * problems, duplicates and clashes with the built-in cases included.
 */
class LibraryLoadInPartsTest {

    /** Three batches: 250 files, then 500, then the rest. */
    private static final int GENERATED = 1_400;

    @TempDir
    static Path folder;
    private static Library builtIn;

    @BeforeAll
    static void writeALargeFolderWithDuplicatesAndClashes() throws IOException {
        builtIn = new LibraryLoader().open(Optional.empty());
        SyntheticLibrary.write(folder, GENERATED, builtIn.principles(), 22);
        // A second file for an id read early ("zz…" is read last) and one for an id read late
        // ("aa…" is read first, so case-1399's own file, read later, is the one skipped).
        Files.copy(folder.resolve("case-7.json"), folder.resolve("zz-again-case-7.json"));
        Files.copy(folder.resolve("case-1399.json"), folder.resolve("aa-again-case-1399.json"));
        // Ids the built-in library has: in the first batch and in the last.
        for (String name : List.of("aa-xiaomi.json", "zz-tesla.json")) {
            String id = name.substring(3, name.length() - ".json".length());
            Files.writeString(folder.resolve(name), Files.readString(folder.resolve("case-3.json"))
                    .replace("\"id\" : \"case-3\"", "\"id\" : \"" + id + "\""));
        }
    }

    @Test
    void theLibraryToldInPartsEndsAsTheLibraryReadInOneGo() {
        Library oneGo = new LibraryLoader().open(Optional.of(folder));
        List<Library> parts = new ArrayList<>();
        Library inParts = new LibraryLoader().open(Optional.of(folder), parts::add);

        assertEquals(ids(oneGo), ids(inParts));
        assertEquals(oneGo.cases().stream().map(Case::file).toList(), inParts.cases().stream().map(Case::file).toList());
        assertEquals(oneGo.problems(), inParts.problems());
        assertEquals(oneGo.principles(), inParts.principles());
        assertEquals(oneGo.sources(), inParts.sources());
        assertTrue(oneGo.problems().stream().filter(p -> p.message().contains("duplicate case id")).count() >= 4,
                "the duplicates and the clashes are there to be found: " + oneGo.problems().size());
    }

    @Test
    void theBuiltInCasesComeFirstThenEachPartHoldsAllThePartBeforeHeld() {
        List<Library> parts = new ArrayList<>();
        Library whole = new LibraryLoader().open(Optional.of(folder), parts::add);

        // 1,404 files, read 250, 500, then the 654 left: told with none of them, with 250, with 750.
        assertEquals(3, parts.size(), "parts told: " + parts.stream().map(p -> p.cases().size()).toList());
        assertEquals(ids(builtIn), ids(parts.get(0)), "the built-in cases first");
        assertEquals(builtIn.principles(), parts.get(0).principles(), "every principle from the start");
        Library before = parts.get(0);
        for (Library part : parts.subList(1, parts.size())) {
            assertTrue(part.cases().size() > before.cases().size());
            assertTrue(ids(part).subList(0, before.cases().size()).equals(ids(before)),
                    "a part begins with the part before it");
            assertTrue(whole.problems().containsAll(part.problems()), "a problem told stays in the whole library");
            before = part;
        }
        Set<String> wholeIds = Set.copyOf(ids(whole));
        assertTrue(wholeIds.containsAll(ids(before)), "every case shown in a part is in the whole library");
    }

    @Test
    void aSmallFolderIsNotToldInParts(@TempDir Path small) throws IOException {
        SyntheticLibrary.write(small, LibraryLoader.FIRST_BATCH, builtIn.principles(), 3);
        List<Library> parts = new ArrayList<>();
        Library whole = new LibraryLoader().open(Optional.of(small), parts::add);
        assertEquals(List.of(), parts);
        assertEquals(builtIn.cases().size() + LibraryLoader.FIRST_BATCH, whole.cases().size());
    }

    private static List<String> ids(Library library) {
        return library.cases().stream().map(Case::id).collect(Collectors.toList());
    }
}
