package org.caseexplorer.map;

import static org.caseexplorer.map.MapFixtures.aCase;
import static org.caseexplorer.map.MapFixtures.link;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.caseexplorer.assets.BundledFonts;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MapExportTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String HOSTILE = "<script>alert(\"x\")</script> & ]]> \u0000\u0007\uD800 Tom's \uD83D\uDE00";

    private static Document svg(PrincipleMap map, List<Lang> langs) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapSvgWriter.write(map, langs, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(Document doc) {
        NodeList tspans = doc.getElementsByTagNameNS(SVG, "tspan");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < tspans.getLength(); i++) {
            texts.add(tspans.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theSvgKeepsItsLabelsAsTextInTheBundledFontAndTheirLanguage() throws Exception {
        PrincipleMap map = PrincipleMap.of(MapFixtures.builtIn(), MapKind.CASES);
        Document doc = svg(map, List.of(Lang.ZH));
        Element root = doc.getDocumentElement();
        assertEquals("zh-CN", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertTrue(root.getAttribute("font-family").startsWith("'Case Explorer Sans'"));
        assertTrue(texts(doc).containsAll(List.of("小米", "口碑", "兜售参与感")), texts(doc).toString());
        assertEquals(map.edges().size(), doc.getElementsByTagNameNS(SVG, "line").getLength());
        assertEquals(map.nodes().size(), doc.getElementsByTagNameNS(SVG, "circle").getLength());
    }

    @Test
    void bothLanguagesGiveTwoLinesPerLabel() throws Exception {
        Document doc = svg(PrincipleMap.of(MapFixtures.builtIn(), MapKind.CASES), List.of(Lang.EN, Lang.ZH));
        List<String> texts = texts(doc);
        assertTrue(texts.containsAll(List.of("Xiaomi", "小米", "Word of mouth", "口碑")), texts.toString());
        NodeList tspans = doc.getElementsByTagNameNS(SVG, "tspan");
        assertEquals("zh-CN", ((Element) tspans.item(1)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    }

    /** Names come from user files: markup stays text, and what XML cannot hold is dropped, not fatal. */
    @Test
    void aHostileNameStaysTextAndTheSvgStaysValidXml() throws Exception {
        Library builtIn = MapFixtures.builtIn();
        Case hostile = aCase("hostile", HOSTILE, HOSTILE, link("word-of-mouth", 2));
        Library library = new Library(builtIn.principles(), List.of(), List.of(hostile), List.of());
        Document doc = svg(PrincipleMap.of(library, MapKind.CASES), List.of(Lang.EN));
        String expected = "<script>alert(\"x\")</script> & ]]>  Tom's \uD83D\uDE00";
        assertTrue(texts(doc).contains(expected), texts(doc).toString());
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(0, doc.getElementsByTagNameNS(SVG, "script").getLength());
    }

    /** A case named in one language only, and one with a name of 5,000 characters: both drawn, and the picture stays map-sized. */
    @Test
    void aOneLanguageNameAndAVeryLongNameAreDrawnWithinTheMap() throws Exception {
        Library builtIn = MapFixtures.builtIn();
        Case english = new Case("english-only", new Bilingual("Only English", null), new Bilingual("i", "业"),
                new Bilingual("t", "语"), new Bilingual("s", "概"), "#AA3300", null, List.of(),
                List.of(link("word-of-mouth", 2)), List.of(), "english-only.json");
        Case longName = aCase("long", "N".repeat(5000), "名".repeat(5000), link("word-of-mouth", 2));
        Library library = new Library(builtIn.principles(), List.of(), List.of(english, longName), List.of());
        PrincipleMap map = PrincipleMap.of(library, MapKind.CASES);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        MapPngWriter.withBundledFonts().write(map, List.of(Lang.EN, Lang.ZH), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        PrincipleMap usual = PrincipleMap.of(builtIn, MapKind.CASES);
        assertTrue(image.getWidth() <= usual.width() * 2 * 1.5, "width " + image.getWidth() + " for a map of "
                + usual.width() + " units");
        String label = map.node("case:long").orElseThrow().label().en();
        assertEquals(MapNode.MAX_LABEL, label.codePointCount(0, label.length()));
        assertTrue(label.endsWith("…"));
        assertTrue(texts(svg(map, List.of(Lang.ZH))).contains("Only English"), "drawn in the other language");
    }

    @Test
    void thePngIsThePictureAtTwiceItsSize() throws Exception {
        PrincipleMap map = PrincipleMap.of(MapFixtures.builtIn(), MapKind.CASES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapPngWriter.withBundledFonts().write(map, List.of(Lang.ZH), out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertNotNull(image);
        assertEquals((int) Math.ceil(map.width() * 2), image.getWidth());
        assertEquals((int) Math.ceil(map.height() * 2), image.getHeight());
        // Xiaomi's node is drawn in its accent colour where the map placed it.
        MapNode xiaomi = map.node("case:xiaomi").orElseThrow();
        int rgb = image.getRGB((int) ((xiaomi.x() - map.minX()) * 2), (int) ((xiaomi.y() - map.minY()) * 2)) & 0xFFFFFF;
        assertEquals(Integer.parseInt(xiaomi.colour().substring(1), 16), rgb);
    }

    /** The PNG sets its labels in the bundled font, which has every glyph the library's names need. */
    @Test
    void theBundledFontHasEveryGlyphOfTheLabels() throws Exception {
        Font font;
        try (InputStream in = BundledFonts.open(BundledFonts.REGULAR)) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        for (MapNode node : PrincipleMap.of(MapFixtures.builtIn(), MapKind.CASES).nodes()) {
            for (Lang lang : Lang.values()) {
                String label = node.label().in(lang);
                assertEquals(-1, font.canDisplayUpTo(label), () -> "cannot draw " + label);
            }
        }
    }

    @Test
    void aLabelIsDrawnWhereTheMapPutsIt() throws Exception {
        PrincipleMap map = PrincipleMap.of(MapFixtures.builtIn(), MapKind.CASES);
        MapNode word = map.node("principle:word-of-mouth").orElseThrow();
        BufferedImage image = MapPngWriter.withBundledFonts().draw(map, List.of(Lang.ZH));
        int dark = 0;
        int y = (int) ((word.labelY() - map.minY() - 5) * 2);
        for (int dx = -20; dx <= 20; dx++) {
            int x = (int) ((word.labelX() - map.minX()) * 2) + dx;
            if ((image.getRGB(x, y) & 0xFF) < 0x80) {
                dark++;
            }
        }
        assertTrue(dark > 3, "no ink in the label 口碑");
        assertFalse(map.edges().isEmpty());
    }

    @Test
    void anExportCarriesATitleItsLibraryTheDateAndALegendInBothFormats() throws Exception {
        PrincipleMap map = PrincipleMap.of(new org.caseexplorer.cases.io.LibraryLoader().load(
                org.caseexplorer.cases.io.BuiltInLibrary.folder(), java.util.Optional.empty()), MapKind.CASES);
        // 1 December 2026, 00:00 UTC: the date a reproducible build says.
        java.time.LocalDate day = MapCaption.drawnOn("1796083200");
        assertEquals(java.time.LocalDate.of(2026, 12, 1), day);
        assertEquals(java.time.LocalDate.now(), MapCaption.drawnOn(null), "without SOURCE_DATE_EPOCH, today");
        MapCaption caption = MapCaption.of(map, List.of(Lang.EN, Lang.ZH), "Course 2026", java.util.Optional.of(day));
        assertTrue(caption.title().startsWith("Principle map: 5 cases") && caption.title().contains("原则图谱"), caption.title());
        assertTrue(caption.source().contains("Library: Course 2026") && caption.source().contains("1 December 2026")
                && caption.source().contains("2026年12月1日"), caption.source());
        assertEquals(6, caption.legend().size(), "size, colour and width in each language");

        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        MapSvgWriter.write(map, List.of(Lang.EN, Lang.ZH), caption, svg);
        String text = svg.toString(java.nio.charset.StandardCharsets.UTF_8);
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.toByteArray()));
        assertEquals("svg", doc.getDocumentElement().getNodeName(), "valid XML");
        for (MapCaption.Legend line : caption.legend()) {
            assertTrue(text.contains(line.text()), "the legend says " + line.text());
        }
        assertTrue(text.contains("Library: Course 2026"));
        // Two exports of the same library on the same SOURCE_DATE_EPOCH are the same picture.
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        MapSvgWriter.write(map, List.of(Lang.EN, Lang.ZH), MapCaption.of(map, List.of(Lang.EN, Lang.ZH), "Course 2026",
                java.util.Optional.of(MapCaption.drawnOn("1796083200"))), again);
        assertArrayEquals(svg.toByteArray(), again.toByteArray());

        BufferedImage plain = MapPngWriter.withBundledFonts().draw(map, List.of(Lang.EN));
        BufferedImage captioned = MapPngWriter.withBundledFonts().draw(map, List.of(Lang.EN),
                MapCaption.of(map, List.of(Lang.EN), null, java.util.Optional.of(day)));
        assertEquals(plain.getWidth(), captioned.getWidth());
        assertTrue(captioned.getHeight() > plain.getHeight() + 2 * (MapCaption.HEADER + 3 * MapCaption.LEGEND_LINE) - 4,
                "the PNG grows by the title and the legend: " + plain.getHeight() + " → " + captioned.getHeight());
        // Ink in the title band: the title is drawn, not left blank.
        int dark = 0;
        for (int x = 0; x < captioned.getWidth() / 2; x++) {
            for (int y = 0; y < (int) (MapCaption.HEADER * 2); y++) {
                if ((captioned.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 200, "the title band has text: " + dark + " dark pixels");
    }
}
