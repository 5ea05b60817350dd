package org.caseexplorer.cases.io;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Wording;

/**
 * A PDF's text read within bounds, checked before and during the work: PDFBox cannot be
 * interrupted, so the extraction counts as it goes and stops itself. A source's PDF is an
 * article: at most {@link #MAX_PAGES} pages, {@link #MAX_CHARACTERS} characters of text, forms
 * nested at most {@link #MAX_FORM_DEPTH} deep and {@link #MAX_FORMS} drawn in all, and
 * {@link #DEADLINE} of work. A PDF past a bound (a page tree 10,000 levels deep, forms that draw
 * each other ten times over eight levels, 200,000 pages) is refused with the bound it passed.
 * (Reading in a child JVM with its own heap would also bound memory, at the price of a JVM start
 * per PDF source on every load; the counters bound the work, and the page and character caps the
 * memory, in this one.)
 */
final class BoundedPdfText extends PDFTextStripper {

    static final int MAX_PAGES = 2_000;
    static final int MAX_CHARACTERS = 5_000_000;
    static final int MAX_FORM_DEPTH = 12;
    static final int MAX_FORMS = 100_000;
    static final Duration DEADLINE = Duration.ofSeconds(10);

    /** A bound passed: the reason is what the user reads. */
    static final class Limit extends RuntimeException {
        final transient Phrase reason;

        Limit(Phrase reason) {
            super(reason.toString(), null, false, false);
            this.reason = reason;
        }
    }

    private final long deadline;
    private int depth;
    private int forms;
    private long characters;
    private long operators;

    private BoundedPdfText(Duration budget) {
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    /**
     * The text of {@code pdf}, within the bounds.
     *
     * @throws Limit when a bound is passed
     */
    static String of(PDDocument pdf) throws IOException {
        return of(pdf, DEADLINE);
    }

    static String of(PDDocument pdf, Duration budget) throws IOException {
        int pages = pdf.getNumberOfPages();
        if (pages > MAX_PAGES) {
            throw new Limit(Wording.SOURCE_TEXT_PDF_TOO_MANY_PAGES.with(count(pages), count(MAX_PAGES)));
        }
        return new BoundedPdfText(budget).getText(pdf);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ((++operators & 0x3FF) == 0) {
            checkTime();
        }
        super.processOperator(operator, operands);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        if (++forms > MAX_FORMS || depth >= MAX_FORM_DEPTH) {
            throw new Limit(Wording.SOURCE_TEXT_PDF_TOO_INTRICATE.with(MAX_FORM_DEPTH, count(MAX_FORMS)));
        }
        checkTime();
        depth++;
        try {
            super.showForm(form);
        } finally {
            depth--;
        }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        characters += text.length();
        if (characters > MAX_CHARACTERS) {
            throw new Limit(Wording.SOURCE_TEXT_PDF_TOO_LONG.with(count(MAX_CHARACTERS)));
        }
        super.writeString(text, positions);
    }

    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private void checkTime() {
        if (System.nanoTime() > deadline) {
            throw new Limit(Wording.SOURCE_TEXT_PDF_TOO_SLOW.with(DEADLINE.toSeconds()));
        }
    }
}
