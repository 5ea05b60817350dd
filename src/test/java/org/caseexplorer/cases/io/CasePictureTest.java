package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case's picture: measured before it is decoded, refused when enormous, decoded at the size it is shown. */
class CasePictureTest {

    @TempDir
    Path dir;

    private Library loadWithImage(String image) throws IOException {
        SixQuoteCase.of("pic").image(image).writeTo(dir);
        return new LibraryLoader().open(Optional.of(dir));
    }

    /** The one problem of the copy of Tesla, which also gets its note on its quotes (their source has no text). */
    private static Problem onlyProblemBesidesTheQuotesNote(Library library) {
        assertEquals(java.util.List.of(UncheckedNotes.TESLA_COPY),
                UncheckedNotes.of(library).stream().map(Problem::message).toList());
        assertEquals(1, UncheckedNotes.besides(library).size(), library.problems()::toString);
        return UncheckedNotes.besides(library).get(0);
    }

    @Test
    void aSmallFileThatDecodesToAnEnormousPictureIsRefusedFromItsHeaderAlone() throws IOException {
        Path huge = TestPictures.hugePng(dir.resolve("huge.png"), 30_000, 30_000);
        assertTrue(Files.size(huge) < 100_000, "a small file: " + Files.size(huge));
        Library library = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> loadWithImage("huge.png"));
        Problem problem = onlyProblemBesidesTheQuotesNote(library);
        assertEquals("image", problem.field());
        assertEquals("'huge.png' is 30,000 x 30,000 = 900,000,000 pixels; a picture may have at most 25,000,000"
                + " pixels (25 megapixels), so scale it down; the case is shown without it", problem.message());
        assertNull(library.caseById("pic").orElseThrow().image());
        assertThrows(LibraryFile.Refused.class, () -> CasePicture.decode(huge, 420));
    }

    /** Image I/O answers a GIF with no frame with an unchecked exception; it stays one case's problem. */
    @Test
    void aGifWithNoFrameIsOneCasesProblemAndTheLibraryStillLoads() throws IOException {
        Files.write(dir.resolve("empty.gif"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 10, 0, 10, 0, 0, 0, 0, ';'});
        Library library = loadWithImage("empty.gif");
        Problem problem = onlyProblemBesidesTheQuotesNote(library);
        assertEquals("image", problem.field());
        assertTrue(problem.message().contains("is not a picture that can be read"), problem.message());
        assertNull(library.caseById("pic").orElseThrow().image());
        assertTrue(library.caseById("xiaomi").isPresent(), "the built-in cases load");
    }

    @Test
    void aPictureJustWithinTheLimitIsKept() throws IOException {
        TestPictures.hugePng(dir.resolve("big.png"), 5000, 5000);
        Library library = loadWithImage("big.png");
        assertEquals(java.util.List.of(UncheckedNotes.TESLA_COPY),
                library.problems().stream().map(Problem::message).toList());
        assertEquals(dir.resolve("big.png"), library.caseById("pic").orElseThrow().image());
    }

    @Test
    void aFileThatIsNotAPictureIsReported() throws IOException {
        Files.writeString(dir.resolve("notes.png"), "not a picture at all");
        Problem problem = onlyProblemBesidesTheQuotesNote(loadWithImage("notes.png"));
        assertTrue(problem.message().contains("is not a picture the app can show"), problem.message());
    }

    @Test
    void aNamedPipeInPlaceOfAPictureIsRefusedWithoutWaiting() throws Exception {
        SpecialFilesTest.mkfifo(dir.resolve("pipe.png"));
        Library library = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> loadWithImage("pipe.png"));
        assertTrue(onlyProblemBesidesTheQuotesNote(library).message().contains("named pipe"),
                library.problems()::toString);
    }

    @Test
    void aSmallPictureIsDecodedAtItsOwnSizeNeverEnlarged() throws IOException {
        Path small = TestPictures.png(dir.resolve("small.png"), 200, 100);
        CasePicture.Decoded decoded = CasePicture.decode(small, 420);
        assertEquals(200, decoded.image().getWidth());
        assertEquals(100, decoded.image().getHeight());
        assertEquals(new CasePicture.Size(200, 100), decoded.original());
    }

    @Test
    void aLargePictureIsDecodedAtAboutTheSizeItIsShownNotInFull() throws IOException {
        Path large = TestPictures.png(dir.resolve("large.png"), 4000, 2000);
        CasePicture.Decoded decoded = CasePicture.decode(large, 420);
        int width = decoded.image().getWidth();
        assertTrue(width >= 420 && width < 840, "decoded " + width + " wide");
        assertEquals(new CasePicture.Size(4000, 2000), decoded.original());
    }
}
