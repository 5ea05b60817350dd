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
 * openhtmltopdf writes none. The links are the citations "[n]", laid out in reading order, so
 * each gets "Source n" from the document's own sequence of citations. Should the count ever
 * differ, the text under each link is read instead (slower: it loads the text extractor).
 */
final class LinkDescriptions {

    private LinkDescriptions() {
    }

    static void add(PDDocument pdf, HandoutWords text) throws IOException {
        List<List<PDAnnotationLink>> pages = new ArrayList<>();
        int count = 0;
        for (PDPage page : pdf.getPages()) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    links.add(link);
                }
            }
            pages.add(links);
            count += links.size();
        }
        List<Integer> citations = text.citationSequence();
        if (count == citations.size()) {
            int i = 0;
            for (List<PDAnnotationLink> links : pages) {
                for (PDAnnotationLink link : links) {
                    link.setContents(text.format("export.citation", citations.get(i++)));
                }
            }
        } else {
            int p = 0;
            for (PDPage page : pdf.getPages()) {
                describeFromText(page, pages.get(p++), text);
            }
        }
    }

    private static void describeFromText(PDPage page, List<PDAnnotationLink> links, HandoutWords text)
            throws IOException {
        if (links.isEmpty()) {
            return;
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
