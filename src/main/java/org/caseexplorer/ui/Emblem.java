package org.caseexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;

/**
 * A case's emblem: its accent colour with the first character of its Chinese name. Not a
 * company logo; the colour comes from the case file. Painted, one node: every card has one, and
 * a circle under a label was four. The letter's font and colour come from the stylesheet
 * ({@code .emblem}: {@code -fx-font}, {@code -ce-emblem-text}); its size is the radius.
 */
public final class Emblem extends Canvas {

    private static final StyleablePropertyFactory<Emblem> STYLE =
            new StyleablePropertyFactory<>(Canvas.getClassCssMetaData());
    private static final CssMetaData<Emblem, Font> FONT = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
        @Override
        public boolean isSettable(Emblem emblem) {
            return true;
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(Emblem emblem) {
            return emblem.font;
        }
    };

    private final StyleableObjectProperty<Font> font = new StyleableObjectProperty<>(Font.getDefault()) {
        @Override
        public Object getBean() {
            return Emblem.this;
        }

        @Override
        public String getName() {
            return "font";
        }

        @Override
        public CssMetaData<Emblem, Font> getCssMetaData() {
            return FONT;
        }

        @Override
        protected void invalidated() {
            draw();
        }
    };
    private final StyleableProperty<Paint> letterColor = STYLE.createStyleablePaintProperty(this, "letterColor",
            "-ce-emblem-text", e -> e.letterColor, Color.WHITE);

    private final double radius;
    private Color accent = Color.TRANSPARENT;
    private String letter = "";

    public Emblem(Case c, double radius) {
        this(radius);
        show(c);
    }

    /** An emblem with nothing in it yet, for a view that reuses it ({@link #show}). */
    public Emblem(double radius) {
        super(radius * 2, radius * 2);
        this.radius = radius;
        getStyleClass().add("emblem");
        // The letter is as large as the radius: set here, as the size of the emblem is.
        setStyle("-fx-font-size: " + Math.round(radius) + "px;");
        ((javafx.beans.value.ObservableValue<?>) letterColor).addListener(o -> draw());
    }

    /** Shows {@code c}'s colour and initial. */
    public void show(Case c) {
        accent = Color.web(c.accent());
        letter = initialOf(c.name().in(Lang.ZH));
        setAccessibleText(letter);
        draw();
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setFill(accent);
        g.fillOval(0, 0, 2 * radius, 2 * radius);
        g.setFill(letterColor.getValue());
        g.setFont(font.get());
        g.setTextBaseline(VPos.BASELINE);
        // Centred, on whole pixels, as a label centres its text (the theme's text is centred on its line).
        Text measure = new Text(letter);
        measure.setFont(font.get());
        measure.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        double x = Math.round(radius - measure.getLayoutBounds().getWidth() / 2);
        double y = Math.round(radius - measure.getLayoutBounds().getHeight() / 2);
        g.fillText(letter, x, y + measure.getBaselineOffset());
    }

    /** The canvas's CSS properties and the emblem's; complete once an emblem has been made. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(STYLE.getCssMetaData());
        all.add(FONT);
        return List.copyOf(all);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        if (cssMetaData == null) {
            cssMetaData = getClassCssMetaData();
        }
        return cssMetaData;
    }

    /** Read by the CSS engine on every pass: made once, after the first emblem made its property. */
    private static List<CssMetaData<? extends Styleable, ?>> cssMetaData;

    /** The first letter or ideograph of a name: 《小时代》 gives 小, not the bracket. */
    static String initialOf(String name) {
        int i = 0;
        while (i < name.length() && !Character.isLetterOrDigit(name.codePointAt(i))) {
            i += Character.charCount(name.codePointAt(i));
        }
        if (i >= name.length()) {
            return name.isEmpty() ? "" : name.substring(0, name.offsetByCodePoints(0, 1));
        }
        return name.substring(i, name.offsetByCodePoints(i, 1));
    }
}
