package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small hostile PDFs as a source's text, each made here: a page tree 10,000 levels deep (it used
 * to overflow the stack and take the whole library down, built-ins included), forms that draw
 * each other ten times over eight levels (text extraction never ended), and tens of thousands of pages. Each
 * is a problem at the source; every case still loads. The bound on each load only catches a
 * hang: a pass takes well under a second of PDF work.
 */
class HostilePdfSourcesTest {

    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    /** A PDF of the given object bodies (object 1 is the catalogue), with a correct cross-reference table. */
    static byte[] pdf(List<String> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.7\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String stream(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /** Catalogue, then a chain of page-tree nodes {@code levels} deep, then one page with text. */
    static byte[] deepPageTree(int levels) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int i = 0; i < levels; i++) {
            int self = objects.size() + 1;
            String parent = i == 0 ? "" : " /Parent " + (self - 1) + " 0 R";
            objects.add("<< /Type /Pages /Kids [" + (self + 1) + " 0 R] /Count 1" + parent + " >>");
        }
        int page = objects.size() + 1;
        objects.add("<< /Type /Page /Parent " + (page - 1) + " 0 R /MediaBox [0 0 200 200] /Contents " + (page + 1)
                + " 0 R /Resources << /Font << /F1 " + (page + 2) + " 0 R >> >> >>");
        objects.add(stream("BT /F1 12 Tf 10 100 Td (deep) Tj ET"));
        objects.add(FONT);
        return pdf(objects);
    }

    /** One page that draws form 1, which draws form 2 ten times, and so on {@code levels} deep. */
    static byte[] nestedForms(int levels) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        int firstForm = 6;
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /XObject << /X "
                + firstForm + " 0 R >> >> >>");
        objects.add(stream("/X Do"));
        objects.add(FONT);
        for (int level = 0; level < levels; level++) {
            boolean last = level == levels - 1;
            String content = last ? "BT /F1 12 Tf 10 100 Td (x) Tj ET" : "/X Do ".repeat(10);
            String resources = last ? "<< /Font << /F1 5 0 R >> >>" : "<< /XObject << /X " + (firstForm + level + 1) + " 0 R >> >>";
            objects.add("<< /Type /XObject /Subtype /Form /BBox [0 0 200 200] /Resources " + resources + " /Length "
                    + content.length() + " >>\nstream\n" + content + "\nendstream");
        }
        return pdf(objects);
    }

    /** {@code pages} pages in one flat page tree, each sharing one small content stream. */
    static byte[] manyPages(int pages) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(i + 5).append(" 0 R ");
        }
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
        objects.add(stream("BT /F1 12 Tf 10 100 Td (page) Tj ET"));
        objects.add(FONT);
        for (int i = 0; i < pages; i++) {
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>");
        }
        return pdf(objects);
    }

    private Problem loadWithSource(byte[] pdf) throws Exception {
        Files.createDirectories(folder.resolve("sources"));
        Files.write(folder.resolve("sources/article.pdf"), pdf);
        Files.writeString(folder.resolve("sources.json"), "{ \"sources\": [ { \"id\": \"s1\", \"title\": "
                + "{ \"en\": \"An article\", \"zh\": \"一篇文章\" }, \"text\": \"sources/article.pdf\" } ] }\n");
        CaseFileBuilder.aCase("fine").writeTo(folder);
        Library library = assertTimeoutPreemptively(HANG, () -> new LibraryLoader().open(Optional.of(folder)));
        int builtIn = new LibraryLoader().open(Optional.empty()).cases().size();
        assertEquals(builtIn + 1, library.cases().size(), "every case loads, the built-in ones too: " + library.problems());
        return library.problems().stream().filter(p -> p.kind() == ProblemKind.SOURCE_TEXT_UNUSABLE).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at the source: " + library.problems()));
    }

    @Test
    void aPageTreeTenThousandLevelsDeepIsAProblemNotACrash() throws Exception {
        Problem problem = loadWithSource(deepPageTree(10_000));
        assertTrue(problem.file().endsWith("sources.json") && problem.line() > 0, problem.format());
        assertTrue(problem.format().contains("nested too deeply") || problem.format().contains("cannot be read"),
                problem.format());
    }

    @Test
    void formsDrawingEachOtherTenTimesOverEightLevelsAreAProblemNotAHang() throws Exception {
        Problem problem = loadWithSource(nestedForms(8));
        assertTrue(problem.format().contains("parts inside parts") || problem.format().contains("seconds"), problem.format());
    }

    @Test
    void tensOfThousandsOfPagesAreAProblemNotAMinuteAndAGigabyte() throws Exception {
        // 20,000 pages in 3 MB here (the issue's 200,000 were compressed into 2 MB): past the cap all the same.
        Problem problem = loadWithSource(manyPages(20_000));
        assertTrue(problem.format().contains("20,000 pages"), problem.format());
    }

    @Test
    void anOrdinaryPdfIsStillRead() throws Exception {
        Files.createDirectories(folder.resolve("sources"));
        Files.write(folder.resolve("sources/a.pdf"), nestedForms(2));
        String text = SourceTextFile.read(folder, "sources/a.pdf");
        // Drawn ten times in the same place: the text is read once (PDFBox drops overlapping repeats).
        assertEquals("x", text.strip(), "a form inside a form is read");
    }

    /** A PDF cut short (a download that stopped) is said to be cut short, not to be a scan with no text. */
    @Test
    void aPdfCutShortIsSaidToBeCutShort() throws Exception {
        byte[] whole = nestedForms(1);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 3);
        Problem problem = loadWithSource(cut);
        assertTrue(problem.format().contains("cut short"), problem.format());
    }
}
