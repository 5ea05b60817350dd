package org.caseexplorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import org.caseexplorer.testing.CaseFileBuilder;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown export rendered as GitHub renders it (CommonMark with the GFM table,
 * strikethrough and autolink extensions, via commonmark-java): text from a case file comes out
 * as written, whatever markup it holds, and the matrix is one table.
 */
class MarkdownRenderingTest {

    static final String NAME = "a|b ~~x~~ &amp; <br> *y* 名";
    static final String TAGLINE = "1. first\nsecond ~~struck~~ &amp; a|b <br> **bold** `code` [link](http://x) # no heading"
            + " :smile: $x$ \\";
    static final String LABEL = "1. numbered";
    static final String VALUE = "- dash";
    static final String EXPLANATION = "x\ny | z <b>bold</b> &#124; ~~s~~";
    static final String QUOTE = "~~q~~ &amp; <i>q</i>";

    @TempDir
    static Path dir;
    static Comparison comparison;
    static Node document;

    @BeforeAll
    static void renderHostileCase() throws IOException {
        CaseFileBuilder.aCase("hostile")
                .name(NAME, "敌意")
                .tagline(TAGLINE, "标语")
                .fact(LABEL, "标签", VALUE, "值", null, null)
                .link("brand", 3, EXPLANATION, "解释",
                        CaseFileBuilder.quote(CaseFileBuilder.BUILT_IN_SOURCE, QUOTE, "a quote"))
                .writeTo(dir);
        Library library = new LibraryLoader().open(Optional.of(dir));
        comparison = Comparison.of(library, List.of(library.caseById("hostile").orElseThrow(),
                library.caseById("xiaomi").orElseThrow()), ComparisonOptions.DEFAULT);
        String md = new String(ExportFixtures.export(new ComparisonMarkdownExporter(), comparison,
                ExportFixtures.settings(ExportLanguage.EN)), StandardCharsets.UTF_8);
        document = Parser.builder().extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create())).build().parse(md);
    }

    private static List<Node> all(Node root) {
        List<Node> nodes = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            nodes.add(child);
            nodes.addAll(all(child));
        }
        return nodes;
    }

    /** The text a reader sees in a node: its text, a soft line break read as the space it is shown as. */
    private static String shown(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node n : all(node)) {
            if (n instanceof Text t) {
                text.append(t.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static String asShown(String written) {
        return written.replace('\n', ' ');
    }

    @Test
    void noTextBecomesMarkupHtmlStrikethroughOrCode() {
        for (Node n : all(document)) {
            assertTrue(!(n instanceof HtmlInline || n instanceof HtmlBlock || n instanceof Strikethrough
                    || n instanceof Code || n instanceof Emphasis), () -> "markup from a case file: " + n);
            if (n instanceof Link link) {
                assertEquals(link.getDestination(), shown(link), "only an address shown as itself may be a link");
            }
            if (n instanceof StrongEmphasis strong) {
                assertTrue(!shown(strong).contains("bold"), "no bold from a case file: " + shown(strong));
            }
        }
    }

    @Test
    void theMatrixIsOneTableWithARowPerPrincipleAndACellPerCase() {
        List<TableBlock> tables = all(document).stream().filter(TableBlock.class::isInstance)
                .map(TableBlock.class::cast).toList();
        assertEquals(1, tables.size());
        List<TableRow> rows = all(tables.get(0)).stream().filter(TableRow.class::isInstance).map(TableRow.class::cast).toList();
        assertEquals(comparison.rows().size() + 1, rows.size());
        for (TableRow row : rows) {
            assertEquals(3, all(row).stream().filter(TableCell.class::isInstance).count(), () -> shown(row));
        }
        String header = shown(rows.get(0));
        assertTrue(header.contains(NAME), header);
        String cells = shown(tables.get(0));
        assertTrue(cells.contains(asShown(EXPLANATION)), cells);
        assertTrue(cells.contains("「" + QUOTE + "」"), cells);
    }

    @Test
    void theCaseListKeepsOneItemPerCaseAndEveryTaglineAsWritten() {
        BulletList cases = all(document).stream().filter(BulletList.class::isInstance).map(BulletList.class::cast)
                .findFirst().orElseThrow();
        List<Node> items = all(cases).stream().filter(ListItem.class::isInstance).toList();
        assertEquals(2, items.size(), () -> shown(cases));
        assertTrue(all(cases).stream().noneMatch(n -> n instanceof OrderedList || n instanceof Heading));
        assertTrue(shown(items.get(0)).contains(asShown(TAGLINE)), shown(items.get(0)));
        assertTrue(shown(items.get(0)).startsWith(NAME), shown(items.get(0)));
    }

    @Test
    void aFactThatLooksLikeAListItemStaysOneItemWithItsText() {
        Heading facts = all(document).stream().filter(n -> n instanceof Heading h && h.getLevel() == 3
                && shown(h).equals(NAME)).map(Heading.class::cast).findFirst().orElseThrow();
        BulletList list = (BulletList) facts.getNext();
        ListItem first = (ListItem) list.getFirstChild();
        assertTrue(shown(first).startsWith(LABEL + ": " + VALUE), shown(first));
        assertTrue(all(list).stream().noneMatch(n -> n instanceof OrderedList || n instanceof BulletList));
    }

    /** The sources are a list whose items begin "[n]", as the text cites them; no other list is numbered. */
    @Test
    void theSourcesAreAListCitedAsTheTextCitesThem() {
        assertEquals(0, all(document).stream().filter(OrderedList.class::isInstance).count());
        List<BulletList> sources = all(document).stream().filter(BulletList.class::isInstance)
                .map(BulletList.class::cast)
                .filter(l -> l.getPrevious() instanceof Heading h && shown(h).equals("Sources")).toList();
        assertEquals(1, sources.size());
        assertTrue(shown(sources.get(0)).startsWith("[1] \u201C"), shown(sources.get(0)));
    }

    /** An address with "_" in it links whole: no escape ends up inside the link. */
    @Test
    void aSourcesAddressRendersAsOneWorkingLink() {
        List<String> links = all(document).stream()
                .filter(n -> n instanceof org.commonmark.node.Link)
                .map(n -> ((org.commonmark.node.Link) n).getDestination())
                .filter(d -> d.contains("nywlwx"))
                .toList();
        assertEquals(List.of("http://www.nywlwx.com/zixun_detail/28528.html"), links);
    }
}
