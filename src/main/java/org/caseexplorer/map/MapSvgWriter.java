package org.caseexplorer.map;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.caseexplorer.cases.Lang;

/**
 * The map as SVG: the text stays text ({@code <text>} in the bundled font's family, with its
 * language), so it scales, can be searched and copied, and a screen reader finds each node's
 * and link's {@code <title>}. Written with the JDK's StAX writer, which escapes what XML needs;
 * characters XML cannot hold at all are dropped first.
 */
public final class MapSvgWriter {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private MapSvgWriter() {
    }

    /** Writes the map with labels in {@code langs} (one line each), without a caption; does not close the stream. */
    public static void write(PrincipleMap map, List<Lang> langs, OutputStream stream) throws IOException {
        write(map, langs, null, stream);
    }

    /**
     * Writes the map with labels in {@code langs}, and {@code caption} (title, library, date,
     * legend) around it when there is one; does not close the stream.
     */
    public static void write(PrincipleMap map, List<Lang> langs, MapCaption caption, OutputStream stream) throws IOException {
        Writer text = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG);
            xml.writeAttribute("version", "1.1");
            xml.writeAttribute("xml", XML, "lang", langs.get(0).locale().toLanguageTag());
            double top = caption == null ? map.minY() : map.minY() - MapCaption.HEADER;
            double height = caption == null ? map.height() : map.height() + MapCaption.HEADER + caption.legendHeight();
            xml.writeAttribute("viewBox", MapStyle.number(map.minX()) + " " + MapStyle.number(top) + " "
                    + MapStyle.number(map.width()) + " " + MapStyle.number(height));
            xml.writeAttribute("width", MapStyle.number(map.width()));
            xml.writeAttribute("height", MapStyle.number(height));
            xml.writeAttribute("font-family", MapStyle.FONT_FAMILY);
            element(xml, "title", caption == null ? MapStyle.title(map, langs.get(0)) : caption.title());
            rect(xml, map, top, height);
            if (caption != null) {
                caption(xml, map, caption);
            }
            edges(xml, map, langs.get(0));
            nodes(xml, map, langs);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            text.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the map as SVG: " + e.getMessage(), e);
        }
    }

    private static void rect(XMLStreamWriter xml, PrincipleMap map, double top, double height) throws XMLStreamException {
        xml.writeEmptyElement("rect");
        xml.writeAttribute("x", MapStyle.number(map.minX()));
        xml.writeAttribute("y", MapStyle.number(top));
        xml.writeAttribute("width", MapStyle.number(map.width()));
        xml.writeAttribute("height", MapStyle.number(height));
        xml.writeAttribute("fill", MapStyle.BACKGROUND);
    }

    /** The title and source above the map, the legend below, each legend line after its little picture. */
    private static void caption(XMLStreamWriter xml, PrincipleMap map, MapCaption caption) throws XMLStreamException {
        double left = map.minX() + 8;
        double top = map.minY() - MapCaption.HEADER;
        xml.writeStartElement("g");
        xml.writeAttribute("class", "caption");
        text(xml, left, top + 20, 15, "bold", MapStyle.TEXT, caption.title());
        text(xml, left, top + 37, 11, null, MapStyle.MUTED, caption.source());
        double y = map.minY() + map.height() + 14;
        for (MapCaption.Legend line : caption.legend()) {
            for (MapStyle.Mark mark : MapStyle.marks(line.symbol(), left, y - 4)) {
                if (mark.line()) {
                    xml.writeEmptyElement("line");
                    xml.writeAttribute("x1", MapStyle.number(mark.x()));
                    xml.writeAttribute("y1", MapStyle.number(mark.y()));
                    xml.writeAttribute("x2", MapStyle.number(mark.x() + mark.size()));
                    xml.writeAttribute("y2", MapStyle.number(mark.y()));
                    xml.writeAttribute("stroke", mark.colour());
                    xml.writeAttribute("stroke-width", MapStyle.number(mark.width()));
                    xml.writeAttribute("stroke-linecap", "round");
                } else {
                    xml.writeEmptyElement("circle");
                    xml.writeAttribute("cx", MapStyle.number(mark.x()));
                    xml.writeAttribute("cy", MapStyle.number(mark.y()));
                    xml.writeAttribute("r", MapStyle.number(mark.size()));
                    xml.writeAttribute("fill", mark.colour());
                }
            }
            text(xml, left + 34, y, 11, null, MapStyle.TEXT, line.text());
            y += MapCaption.LEGEND_LINE;
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, double x, double y, double size, String weight, String fill, String text)
            throws XMLStreamException {
        xml.writeStartElement("text");
        xml.writeAttribute("x", MapStyle.number(x));
        xml.writeAttribute("y", MapStyle.number(y));
        xml.writeAttribute("font-size", MapStyle.number(size));
        if (weight != null) {
            xml.writeAttribute("font-weight", weight);
        }
        xml.writeAttribute("fill", fill);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void edges(XMLStreamWriter xml, PrincipleMap map, Lang lang) throws XMLStreamException {
        Map<String, MapNode> nodes = map.byKey();
        xml.writeStartElement("g");
        xml.writeAttribute("class", "links");
        xml.writeAttribute("stroke-linecap", "round");
        for (MapEdge edge : map.edges()) {
            MapNode from = nodes.get(edge.from());
            MapNode to = nodes.get(edge.to());
            xml.writeStartElement("line");
            xml.writeAttribute("x1", MapStyle.number(from.x()));
            xml.writeAttribute("y1", MapStyle.number(from.y()));
            xml.writeAttribute("x2", MapStyle.number(to.x()));
            xml.writeAttribute("y2", MapStyle.number(to.y()));
            xml.writeAttribute("stroke", MapStyle.stroke(map, from));
            xml.writeAttribute("stroke-width", MapStyle.number(MapStyle.strokeWidth(map, edge)));
            xml.writeAttribute("stroke-opacity", MapStyle.number(MapStyle.strokeOpacity(map, edge)));
            element(xml, "title", MapStyle.describe(map, edge, lang));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void nodes(XMLStreamWriter xml, PrincipleMap map, List<Lang> langs) throws XMLStreamException {
        xml.writeStartElement("g");
        xml.writeAttribute("class", "nodes");
        for (MapNode node : map.nodes()) {
            xml.writeStartElement("g");
            xml.writeAttribute("class", node.type() == MapNode.Type.CASE ? "case" : "principle");
            xml.writeAttribute("data-id", MapStyle.clean(node.id()));
            element(xml, "title", MapStyle.describe(node, langs.get(0)));
            xml.writeEmptyElement("circle");
            xml.writeAttribute("cx", MapStyle.number(node.x()));
            xml.writeAttribute("cy", MapStyle.number(node.y()));
            xml.writeAttribute("r", MapStyle.number(node.r()));
            xml.writeAttribute("fill", MapStyle.fill(node));
            xml.writeAttribute("stroke", MapStyle.HALO);
            xml.writeAttribute("stroke-width", "1.5");
            label(xml, node, langs);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void label(XMLStreamWriter xml, MapNode node, List<Lang> langs) throws XMLStreamException {
        double font = MapStyle.font(node);
        List<MapStyle.Line> lines = MapStyle.lines(node, langs);
        xml.writeStartElement("text");
        xml.writeAttribute("x", MapStyle.number(node.labelX()));
        xml.writeAttribute("y", MapStyle.number(node.firstBaseline(lines.size())));
        xml.writeAttribute("font-size", MapStyle.number(font));
        if (MapStyle.bold(node)) {
            xml.writeAttribute("font-weight", "bold");
        }
        xml.writeAttribute("text-anchor", node.anchor().svg());
        xml.writeAttribute("fill", MapStyle.TEXT);
        // A white outline under the letters keeps a label readable where links cross it.
        xml.writeAttribute("stroke", MapStyle.HALO);
        xml.writeAttribute("stroke-width", "3");
        xml.writeAttribute("stroke-linejoin", "round");
        xml.writeAttribute("paint-order", "stroke");
        for (int i = 0; i < lines.size(); i++) {
            xml.writeStartElement("tspan");
            xml.writeAttribute("x", MapStyle.number(node.labelX()));
            xml.writeAttribute("dy", i == 0 ? "0" : MapStyle.number(font * MapStyle.LINE_HEIGHT));
            xml.writeAttribute("xml", XML, "lang", lines.get(i).lang().locale().toLanguageTag());
            xml.writeCharacters(lines.get(i).text());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
