package org.caseexplorer.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.caseexplorer.bench.SyntheticLibrary;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated cases, read and saved through the editor's model, load as the same cases. */
class GeneratedCasesRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void generatedCasesSurviveSaveAndLoad() throws IOException {
        LibraryLoader loader = new LibraryLoader();
        Path generated = Files.createDirectories(dir.resolve("generated"));
        SyntheticLibrary.write(generated, 60, loader.open(Optional.empty()).principles(), 7);
        UserLibrary saved = UserLibrary.create(dir.resolve("saved"), Clock.systemUTC());
        List<Path> files;
        try (Stream<Path> s = Files.list(generated)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(60, files.size());
        for (Path file : files) {
            CaseDocument doc = CaseDocument.parse(Files.readAllBytes(file));
            saved.save(doc, null);
            // The same document, now marked as written in the current format.
            assertEquals(doc.withValue("/format", com.fasterxml.jackson.databind.node.IntNode.valueOf(
                    org.caseexplorer.cases.io.LibraryFormat.CURRENT)), CaseDocument.parse(Files.readAllBytes(saved.fileOf(doc.id()))),
                    "saving and reading again gives the same document: " + file);
        }
        Library before = loader.open(Optional.of(generated));
        Library after = loader.open(Optional.of(saved.folder()));
        assertEquals(before.problems().size(), after.problems().size(), after.problems().toString());
        assertEquals(withoutFile(before.cases()), withoutFile(after.cases()));
    }

    private static List<Case> withoutFile(List<Case> cases) {
        return cases.stream().map(c -> new Case(c.id(), c.name(), c.industry(), c.tagline(), c.summary(), c.accent(),
                c.image(), c.facts(), c.links(), c.web(), "")).toList();
    }
}
