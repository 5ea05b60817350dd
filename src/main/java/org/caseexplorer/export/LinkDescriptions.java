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
 * openhtmltopdf writes none. The links are the citations "[n]", each leading to source n in the
 * numbered list at the end, so each gets "Source n" from where it leads (see {@link #byTarget}).
 * Should the targets not match the sources cited, the text under each link is read instead
 * (slower: it loads the text extractor).
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
        java.util.Map<PDAnnotationLink, Integer> byTarget = byTarget(pdf, pages, citations);
        if (byTarget != null) {
            byTarget.forEach((link, n) -> link.setContents(text.format("export.citation", n)));
        } else {
            int p = 0;
            for (PDPage page : pdf.getPages()) {
                describeFromText(page, pages.get(p++), text);
            }
        }
    }

    /**
     * Each citation "[n]" links to source n in the numbered list at the end, and the list is in
     * order: so the links' targets, in the order the list has them (page, then down the page), are
     * sources 1, 2, 3… This holds however the layout orders the links themselves (a table row
     * broken across pages puts a later column's citations before an earlier one's). Null when the
     * targets are not one per cited source, so the text under each link must be read instead.
     */
    private static java.util.Map<PDAnnotationLink, Integer> byTarget(PDDocument pdf, List<List<PDAnnotationLink>> pages,
                                                                     List<Integer> citations) throws IOException {
        java.util.Map<PDAnnotationLink, float[]> targets = new java.util.LinkedHashMap<>();
        for (List<PDAnnotationLink> links : pages) {
            for (PDAnnotationLink link : links) {
                float[] target = target(pdf, link);
                if (target == null) {
                    return null;
                }
                targets.put(link, target);
            }
        }
        java.util.TreeSet<float[]> distinct = new java.util.TreeSet<>((a, b) -> a[0] != b[0] ? Float.compare(a[0], b[0])
                : Float.compare(b[1], a[1]));
        distinct.addAll(targets.values());
        java.util.List<Integer> numbers = citations.stream().distinct().sorted().toList();
        if (distinct.size() != numbers.size()) {
            return null;
        }
        java.util.List<float[]> ordered = new ArrayList<>(distinct);
        java.util.Map<PDAnnotationLink, Integer> described = new java.util.LinkedHashMap<>();
        targets.forEach((link, target) -> {
            for (int i = 0; i < ordered.size(); i++) {
                if (distinct.comparator().compare(ordered.get(i), target) == 0) {
                    described.put(link, numbers.get(i));
                }
            }
        });
        return described;
    }

    /** Where an internal link leads: {page index, top}; null for any other link. */
    private static float[] target(PDDocument pdf, PDAnnotationLink link) throws IOException {
        org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination destination = link.getDestination();
        if (destination == null && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination xyz) {
            int page = xyz.getPage() != null ? pdf.getPages().indexOf(xyz.getPage()) : xyz.getPageNumber();
            return page < 0 ? null : new float[] {page, xyz.getTop()};
        }
        return null;
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
