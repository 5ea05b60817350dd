package org.caseexplorer.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * PDF/UA asks every link to carry a description (its /Contents) for assistive technology;
 * openhtmltopdf writes none. Each citation link shows "[n]", so the text under the link gives
 * the description "Source n".
 */
final class LinkDescriptions {

    private LinkDescriptions() {
    }

    static void add(PDDocument pdf, ComparisonText text) throws IOException {
        for (PDPage page : pdf.getPages()) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    links.add(link);
                }
            }
            if (links.isEmpty()) {
                continue;
            }
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float height = page.getMediaBox().getHeight();
            for (int i = 0; i < links.size(); i++) {
                PDRectangle r = links.get(i).getRectangle();
                // Text areas are measured from the top of the page, annotations from the bottom.
                stripper.addRegion(Integer.toString(i), new Rectangle2D.Float(
                        r.getLowerLeftX() - 1, height - r.getUpperRightY() - 1, r.getWidth() + 2, r.getHeight() + 2));
            }
            stripper.extractRegions(page);
            for (int i = 0; i < links.size(); i++) {
                String digits = stripper.getTextForRegion(Integer.toString(i)).replaceAll("\\D", "");
                links.get(i).setContents(digits.isEmpty()
                        ? text.label("export.sources")
                        : text.format("export.citation", Integer.parseInt(digits)));
            }
        }
    }
}
