package org.caseexplorer.map;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.caseexplorer.assets.BundledFonts;
import org.caseexplorer.cases.Lang;

/**
 * The map as a PNG, drawn with Java2D in the bundled Case Explorer Sans (read with
 * {@link Font#createFont}, so Chinese never falls back to boxes): no JavaFX, no display, so the
 * command line writes it headless. Same positions, colours and labels as the SVG.
 */
public final class MapPngWriter {

    /** Pixels per map unit: sharp on a high-density screen and in print. */
    static final double SCALE = 2;
    /** No side longer than this many pixels: a map of hundreds of cases stays a few megabytes. */
    static final int MAX_SIDE = 8000;

    private final Font regular;
    private final Font bold;

    private MapPngWriter(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Reads the bundled fonts; keep the writer to draw several maps. */
    public static MapPngWriter withBundledFonts() throws IOException {
        return new MapPngWriter(font(BundledFonts.REGULAR), font(BundledFonts.BOLD));
    }

    private static Font font(String name) throws IOException {
        try (InputStream in = BundledFonts.open(name)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IOException("the bundled font " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes the map with labels in {@code langs}; does not close the stream. */
    public void write(PrincipleMap map, List<Lang> langs, OutputStream out) throws IOException {
        write(map, langs, null, out);
    }

    /** Writes the map with labels in {@code langs} and {@code caption} around it, if any; does not close the stream. */
    public void write(PrincipleMap map, List<Lang> langs, MapCaption caption, OutputStream out) throws IOException {
        BufferedImage image = draw(map, langs, caption);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    /** The map drawn as an image. */
    public BufferedImage draw(PrincipleMap map, List<Lang> langs) {
        return draw(map, langs, null);
    }

    /** The map drawn as an image, with {@code caption} above and below it when there is one. */
    public BufferedImage draw(PrincipleMap map, List<Lang> langs, MapCaption caption) {
        double top = caption == null ? 0 : MapCaption.HEADER;
        double tall = map.height() + top + (caption == null ? 0 : caption.legendHeight());
        double scale = Math.min(SCALE, MAX_SIDE / Math.max(map.width(), tall));
        int width = (int) Math.ceil(map.width() * scale);
        int height = (int) Math.ceil(tall * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.decode(MapStyle.BACKGROUND));
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            g.translate(-map.minX(), -map.minY() + top);
            if (caption != null) {
                drawCaption(g, map, caption);
            }
            drawEdges(g, map);
            for (MapNode node : map.nodes()) {
                drawNode(g, node, langs);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** As the SVG draws it: title and source above the map, the legend below. */
    private void drawCaption(Graphics2D g, PrincipleMap map, MapCaption caption) {
        double left = map.minX() + 8;
        double top = map.minY() - MapCaption.HEADER;
        drawText(g, caption.title(), bold.deriveFont(15f), MapStyle.TEXT, left, top + 20);
        drawText(g, caption.source(), regular.deriveFont(11f), MapStyle.MUTED, left, top + 37);
        double y = map.minY() + map.height() + 14;
        for (MapCaption.Legend line : caption.legend()) {
            for (MapStyle.Mark mark : MapStyle.marks(line.symbol(), left, y - 4)) {
                g.setColor(Color.decode(mark.colour()));
                if (mark.line()) {
                    g.setStroke(new BasicStroke((float) mark.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(mark.x(), mark.y(), mark.x() + mark.size(), mark.y()));
                } else {
                    g.fill(new Ellipse2D.Double(mark.x() - mark.size(), mark.y() - mark.size(), 2 * mark.size(), 2 * mark.size()));
                }
            }
            drawText(g, line.text(), regular.deriveFont(11f), MapStyle.TEXT, left + 34, y);
            y += MapCaption.LEGEND_LINE;
        }
    }

    private static void drawText(Graphics2D g, String text, Font font, String colour, double x, double y) {
        if (text.isEmpty()) {
            return;
        }
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        g.setColor(Color.decode(colour));
        g.fill(layout.getOutline(AffineTransform.getTranslateInstance(x, y)));
    }

    private static void drawEdges(Graphics2D g, PrincipleMap map) {
        Map<String, MapNode> nodes = map.byKey();
        for (MapEdge edge : map.edges()) {
            MapNode from = nodes.get(edge.from());
            MapNode to = nodes.get(edge.to());
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) MapStyle.strokeOpacity(map, edge)));
            g.setColor(Color.decode(MapStyle.stroke(map, from)));
            g.setStroke(new BasicStroke((float) MapStyle.strokeWidth(map, edge), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(from.x(), from.y(), to.x(), to.y()));
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    private void drawNode(Graphics2D g, MapNode node, List<Lang> langs) {
        Ellipse2D circle = new Ellipse2D.Double(node.x() - node.r(), node.y() - node.r(), 2 * node.r(), 2 * node.r());
        g.setColor(Color.decode(MapStyle.fill(node)));
        g.fill(circle);
        g.setColor(Color.decode(MapStyle.HALO));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(circle);
        double size = MapStyle.font(node);
        Font font = (MapStyle.bold(node) ? bold : regular).deriveFont((float) size);
        FontRenderContext context = g.getFontRenderContext();
        List<MapStyle.Line> lines = MapStyle.lines(node, langs);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.isEmpty()) {
                continue;
            }
            TextLayout layout = new TextLayout(text, font, context);
            double advance = layout.getAdvance();
            double x = switch (node.anchor()) {
                case START -> node.labelX();
                case MIDDLE -> node.labelX() - advance / 2;
                case END -> node.labelX() - advance;
            };
            double y = node.firstBaseline(lines.size()) + i * size * MapStyle.LINE_HEIGHT;
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
            g.setColor(Color.decode(MapStyle.HALO));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(Color.decode(MapStyle.TEXT));
            g.fill(outline);
        }
    }
}
