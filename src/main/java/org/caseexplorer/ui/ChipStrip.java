package org.caseexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A row of principle chips, wrapping onto more lines as the width asks: each a name in a pill
 * shaded by how strongly the case illustrates the principle, and plain words beside them (a
 * caption, "+3"). One node, painted, where a label per chip made a card's chips a dozen nodes
 * to style and lay out; the pills' shades, the words' colours and the font come from the
 * stylesheet ({@code -ce-chip-fill-1} … {@code -ce-chip-text-3}, {@code -fx-font}), so both
 * themes keep them. Screen readers hear the chips as one text.
 */
public final class ChipStrip extends Canvas {

    /** How a piece looks: a pill of link strength 1 to 3, plain text, or a muted caption. */
    public enum Kind { STRENGTH_1, STRENGTH_2, STRENGTH_3, PLAIN, CAPTION }

    /** One piece of the strip. */
    public record Chip(String text, Kind kind) {
        public Chip {
            Objects.requireNonNull(text);
            Objects.requireNonNull(kind);
        }

        /** A pill for a link of {@code strength} 1 to 3. */
        public static Chip ofStrength(String text, int strength) {
            return new Chip(text, strength >= 3 ? Kind.STRENGTH_3 : strength == 2 ? Kind.STRENGTH_2 : Kind.STRENGTH_1);
        }

        /** The link strength of a pill, 0 for plain words. */
        public int strength() {
            return switch (kind) {
                case STRENGTH_1 -> 1;
                case STRENGTH_2 -> 2;
                case STRENGTH_3 -> 3;
                default -> 0;
            };
        }

        boolean pill() {
            return strength() > 0;
        }
    }

    /** Where a chip is drawn, in the strip's coordinates. */
    public record Placed(Chip chip, double x, double y, double width, double height) {
        public boolean contains(double px, double py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    // As the chips were styled: padding 1 6 1 6 and a radius of 10 round each name.
    private static final double PAD_X = 6;
    private static final double PAD_Y = 1;
    private static final double RADIUS = 10;

    private static final StyleablePropertyFactory<ChipStrip> STYLE = new StyleablePropertyFactory<>(
            Canvas.getClassCssMetaData());
    private static final CssMetaData<ChipStrip, Font> FONT = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
        @Override
        public boolean isSettable(ChipStrip strip) {
            return !strip.font.isBound();
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(ChipStrip strip) {
            return strip.font;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        // Made before the list below reads the factory's.
        paint("-ce-chip-fill-1", s -> s.fill1, Color.LIGHTGRAY);
        paint("-ce-chip-fill-2", s -> s.fill2, Color.LIGHTBLUE);
        paint("-ce-chip-fill-3", s -> s.fill3, Color.STEELBLUE);
        paint("-ce-chip-text", s -> s.text, Color.BLACK);
        paint("-ce-chip-text-3", s -> s.text3, Color.WHITE);
        paint("-ce-chip-caption", s -> s.caption, Color.GRAY);
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(STYLE.getCssMetaData());
        all.add(FONT);
        CSS = List.copyOf(all);
    }

    private static void paint(String property, Function<ChipStrip, StyleableProperty<Paint>> field, Paint initial) {
        STYLE.createPaintCssMetaData(property, field, initial, false);
    }

    private final StyleableObjectProperty<Font> font = new StyleableObjectProperty<>(Font.getDefault()) {
        @Override
        public Object getBean() {
            return ChipStrip.this;
        }

        @Override
        public String getName() {
            return "font";
        }

        @Override
        public CssMetaData<ChipStrip, Font> getCssMetaData() {
            return FONT;
        }

        @Override
        protected void invalidated() {
            measured = null;
            relayoutParent();
            draw();
        }
    };
    private final StyleableProperty<Paint> fill1 = paintProperty("-ce-chip-fill-1", Color.LIGHTGRAY);
    private final StyleableProperty<Paint> fill2 = paintProperty("-ce-chip-fill-2", Color.LIGHTBLUE);
    private final StyleableProperty<Paint> fill3 = paintProperty("-ce-chip-fill-3", Color.STEELBLUE);
    private final StyleableProperty<Paint> text = paintProperty("-ce-chip-text", Color.BLACK);
    private final StyleableProperty<Paint> text3 = paintProperty("-ce-chip-text-3", Color.WHITE);
    private final StyleableProperty<Paint> caption = paintProperty("-ce-chip-caption", Color.GRAY);

    /**
     * The text and fill paints of each strength's pill, as the stylesheet gives them, so a test
     * can check their contrast: {text, fill} for strengths 1, 2 and 3.
     */
    public List<Paint[]> pillColours() {
        return List.of(new Paint[] {text.getValue(), fill1.getValue()}, new Paint[] {text.getValue(), fill2.getValue()},
                new Paint[] {text3.getValue(), fill3.getValue()});
    }

    private final double hgap;
    private final double vgap;
    private List<Chip> chips = List.of();
    /** The chips' sizes in the current font, measured once per font and chips. */
    private double[][] measured;
    private List<Placed> placed = List.of();

    /** A strip with {@code hgap} between chips on a line and {@code vgap} between lines. */
    public ChipStrip(double hgap, double vgap) {
        this.hgap = hgap;
        this.vgap = vgap;
    }

    @SuppressWarnings("unchecked")
    private StyleableProperty<Paint> paintProperty(String cssName, Paint initial) {
        CssMetaData<ChipStrip, Paint> meta = (CssMetaData<ChipStrip, Paint>) STYLE.getCssMetaData().stream()
                .filter(m -> m.getProperty().equals(cssName)).findFirst().orElseThrow();
        return new StyleableObjectProperty<>(initial) {
            @Override
            public Object getBean() {
                return ChipStrip.this;
            }

            @Override
            public String getName() {
                return cssName;
            }

            @Override
            public CssMetaData<ChipStrip, Paint> getCssMetaData() {
                return meta;
            }

            @Override
            protected void invalidated() {
                draw();
            }
        };
    }

    /** A canvas is not a parent: its parent lays it out again when its size would change. */
    private void relayoutParent() {
        if (getParent() != null) {
            getParent().requestLayout();
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    /** Shows {@code chips}, in order. */
    public void show(List<Chip> chips) {
        if (chips.equals(this.chips)) {
            return;
        }
        this.chips = List.copyOf(chips);
        measured = null;
        setAccessibleText(String.join(", ", this.chips.stream().map(Chip::text).toList()));
        relayoutParent();
        draw();
    }

    /** The chips shown, in order. */
    public List<Chip> chips() {
        return chips;
    }

    /** Where each chip is drawn at the strip's present width. */
    public List<Placed> placed() {
        return placed;
    }

    // ---- sizing: like a FlowPane of labels, which it replaces

    @Override
    public boolean isResizable() {
        return true;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    public double minWidth(double height) {
        return 0;
    }

    @Override
    public double prefWidth(double height) {
        double[][] sizes = sizes();
        double width = 0;
        for (int i = 0; i < sizes.length; i++) {
            width += sizes[i][0] + (i > 0 ? hgap : 0);
        }
        return width;
    }

    @Override
    public double maxWidth(double height) {
        return Double.MAX_VALUE;
    }

    @Override
    public double minHeight(double width) {
        return prefHeight(width);
    }

    @Override
    public double prefHeight(double width) {
        List<Placed> at = place(width < 0 ? prefWidth(-1) : width);
        return at.stream().mapToDouble(p -> p.y() + p.height()).max().orElse(0);
    }

    @Override
    public double maxHeight(double width) {
        return Double.MAX_VALUE;
    }

    @Override
    public void resize(double width, double height) {
        setWidth(width);
        setHeight(height);
        placed = place(width);
        draw();
    }

    /** Left to right, a chip that does not fit starting the next line; each line's chips centred on it. */
    private List<Placed> place(double width) {
        double[][] sizes = sizes();
        List<Placed> result = new ArrayList<>(chips.size());
        List<Integer> line = new ArrayList<>();
        double x = 0;
        double y = 0;
        for (int i = 0; i <= chips.size(); i++) {
            boolean end = i == chips.size();
            if (end || (!line.isEmpty() && x + sizes[i][0] > width)) {
                double lineHeight = line.stream().mapToDouble(j -> sizes[j][1]).max().orElse(0);
                for (int j : line) {
                    Placed p = result.get(j);
                    result.set(j, new Placed(p.chip(), p.x(), y + Math.round((lineHeight - p.height()) / 2),
                            p.width(), p.height()));
                }
                if (end) {
                    break;
                }
                y += lineHeight + vgap;
                x = 0;
                line.clear();
            }
            result.add(new Placed(chips.get(i), x, y, sizes[i][0], sizes[i][1]));
            line.add(i);
            x += sizes[i][0] + hgap;
        }
        return result;
    }

    /** Width and height of each chip: its words, plus the pill's padding for a pill or the "+N" beside them. */
    private double[][] sizes() {
        if (measured == null) {
            Text words = new Text();
            words.setFont(font.get());
            // As the theme sets a label's text: lines centred, which makes them as tall as the chips' labels were.
            words.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
            measured = new double[chips.size()][];
            for (int i = 0; i < chips.size(); i++) {
                Chip chip = chips.get(i);
                words.setText(chip.text());
                double padX = chip.kind() == Kind.CAPTION ? 0 : PAD_X;
                double padY = chip.kind() == Kind.CAPTION ? 0 : PAD_Y;
                measured[i] = new double[] {Math.ceil(words.getLayoutBounds().getWidth() + 2 * padX),
                    Math.ceil(words.getLayoutBounds().getHeight() + 2 * padY), padX, padY, words.getBaselineOffset()};
            }
        }
        return measured;
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (placed.size() != chips.size()) {
            return;
        }
        double[][] sizes = sizes();
        g.setFont(font.get());
        g.setTextBaseline(VPos.BASELINE);
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            Chip chip = p.chip();
            if (chip.pill()) {
                g.setFill(switch (chip.kind()) {
                    case STRENGTH_3 -> fill3.getValue();
                    case STRENGTH_2 -> fill2.getValue();
                    default -> fill1.getValue();
                });
                double arc = Math.min(2 * RADIUS, p.height());
                g.fillRoundRect(p.x(), p.y(), p.width(), p.height(), arc, arc);
            }
            g.setFill(chip.kind() == Kind.STRENGTH_3 ? text3.getValue()
                    : chip.kind() == Kind.CAPTION ? caption.getValue() : text.getValue());
            g.fillText(chip.text(), p.x() + sizes[i][2], p.y() + sizes[i][3] + sizes[i][4]);
        }
    }
}
