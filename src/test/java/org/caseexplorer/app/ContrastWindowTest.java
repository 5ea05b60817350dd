package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.ui.ChipStrip;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every text the window shows, against what is behind it, meets WCAG AA in both themes: 4.5:1
 * for body text, 3:1 for large text (24 px, or 18.66 px bold). The colour behind a text is the
 * innermost background of the nearest region behind it that paints one; opacity on the way is
 * blended in. Disabled controls are exempt, as WCAG exempts inactive components; icons need the
 * 3:1 of graphics (1.4.11). The painted chips are checked by their stylesheet colours.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class ContrastWindowTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/contrast-test-" + System.nanoTime());
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, node, Runnable::run);
    }

    @AfterEach
    void cleanPreferences() throws Exception {
        test.close();
        node.removeNode();
    }

    record Low(String where, String text, double ratio, double needed, String fg, String bg) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s \"%s\": %.2f:1 < %.1f:1 (%s on %s)", where, text, ratio, needed, fg, bg);
        }
    }

    @ParameterizedTest(name = "dark={0}, lang={1}")
    @CsvSource({"false, en", "true, en", "false, zh", "true, zh"})
    void everyTextMeetsAaInEveryScreen(boolean dark, String lang, FxRobot robot) {
        robot.interact(() -> {
            test.settings.settings().darkThemeProperty().set(dark);
            test.messages.langProperty().set(Lang.parse(lang));
        });
        List<Low> low = new ArrayList<>();
        List<Case> cases = test.state.library().cases();
        // The cards and a case in the detail pane, with the problems open and a comparison in the tray.
        robot.interact(() -> {
            test.state.select(cases.get(1));
            test.state.addToComparison(cases.get(0));
            test.state.addToComparison(cases.get(1));
            test.state.addToComparison(cases.get(3));
            test.navigator.problemsShownProperty().set(true);
        });
        int checked = check(robot, "explorer", low);
        robot.interact(() -> test.navigator.showComparison());
        checked += check(robot, "comparison", low);
        robot.interact(() -> test.navigator.showMap());
        checked += check(robot, "map", low);
        robot.interact(() -> test.navigator.openPrinciple(test.state.library().principles().get(0).id()));
        checked += check(robot, "principle page", low);
        assertTrue(checked > 200, "the texts of four screens were measured: " + checked);
        assertEquals(List.of(), low, "texts below WCAG AA contrast");
    }

    private int check(FxRobot robot, String screen, List<Low> low) {
        int[] count = new int[1];
        robot.interact(() -> {
            Parent root = test.window.getScene().getRoot();
            root.applyCss();
            root.layout();
            walk(root, screen, low, count);
        });
        return count[0];
    }

    private void walk(Node n, String screen, List<Low> low, int[] count) {
        if (!n.isVisible() || n.isDisabled() || n.getOpacity() == 0 || !onScreen(n)) {
            return;
        }
        if (n instanceof Text text && !text.getText().isBlank() && text.getFill() instanceof Color fg) {
            count[0]++;
            measure(text, fg, screen, low);
        } else if (n instanceof ChipStrip chips) {
            for (Paint[] pair : chips.pillColours()) {
                count[0]++;
                if (pair[0] instanceof Color fg && pair[1] instanceof Color bg) {
                    Color under = behind(chips);
                    Color pill = blend(bg, under);
                    double ratio = ratio(fg, pill);
                    if (ratio < 4.5) {
                        low.add(new Low(screen + " chip " + chips.getStyleClass(), "pill", ratio, 4.5, hex(fg), hex(pill)));
                    }
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, screen, low, count);
            }
        }
    }

    /** Inside the window: a text scrolled out of its pane is not seen. */
    private boolean onScreen(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < test.window.getScene().getWidth()
                && b.getMinY() < test.window.getScene().getHeight();
    }

    private void measure(Text text, Color fg, String screen, List<Low> low) {
        double opacity = 1;
        for (Node a = text; a != null; a = a.getParent()) {
            opacity *= a.getOpacity();
        }
        Color bg = behind(text);
        Color shown = blend(new Color(fg.getRed(), fg.getGreen(), fg.getBlue(), fg.getOpacity() * opacity), bg);
        Font font = text.getFont();
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold")
                || FontWeight.findByName(font.getStyle()) == FontWeight.BOLD;
        boolean large = font.getSize() >= 24 || (bold && font.getSize() >= 18.66);
        // An icon is a graphic, not text: WCAG 1.4.11 asks 3:1 of it.
        boolean icon = text.getStyleClass().contains("ikonli-font-icon");
        double needed = large || icon ? 3 : 4.5;
        double ratio = ratio(shown, bg);
        if (ratio < needed) {
            String where = screen + " " + describe(text);
            String words = text.getText().length() > 40 ? text.getText().substring(0, 40) + "…" : text.getText();
            low.add(new Low(where, words, ratio, needed, hex(shown), hex(bg)));
        }
    }

    private static String describe(Node n) {
        StringBuilder path = new StringBuilder();
        for (Node a = n; a != null && path.length() < 160; a = a.getParent()) {
            if (!a.getStyleClass().isEmpty() || a.getId() != null) {
                path.insert(0, (a.getId() != null ? "#" + a.getId() : "") + a.getStyleClass() + " ");
            }
        }
        return path.toString().strip();
    }

    /** The colour behind {@code n}: the nearest region's innermost painted background, blended over what is behind it. */
    private static Color behind(Node n) {
        List<Color> layers = new ArrayList<>();
        for (Node a = n.getParent(); a != null; a = a.getParent()) {
            if (a instanceof Region r && r.getBackground() != null) {
                Color fill = innermost(r.getBackground());
                if (fill != null && fill.getOpacity() > 0) {
                    layers.add(fill);
                    if (fill.getOpacity() >= 1) {
                        break;
                    }
                }
            }
        }
        Color result = Color.WHITE;
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = blend(layers.get(i), result);
        }
        return result;
    }

    private static Color innermost(Background background) {
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            Paint p = fills.get(i).getFill();
            if (p instanceof Color c && c.getOpacity() > 0) {
                return c;
            }
            if (p instanceof LinearGradient g && !g.getStops().isEmpty()) {
                return g.getStops().get(g.getStops().size() - 1).getColor();
            }
        }
        return null;
    }

    private static Color blend(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
