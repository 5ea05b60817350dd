package org.caseexplorer.export;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a PDF: what it fails of PDF/UA-1 or PDF/A-2u, for the export tests. */
final class VeraPdf {

    static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U);

    private VeraPdf() {
    }

    /** The first ten distinct failed rules (clause and message); empty when the PDF complies. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + " " + a.getMessage())
                    .distinct().limit(10).toList();
            return result.isCompliant() && failures.isEmpty() ? List.of()
                    : failures.isEmpty() ? List.of("not compliant") : failures;
        }
    }
}
