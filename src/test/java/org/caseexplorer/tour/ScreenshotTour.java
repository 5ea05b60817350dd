package org.caseexplorer.tour;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.caseexplorer.app.TestWindow;
import org.caseexplorer.bench.SyntheticLibrary;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.sources.ui.SourceReader;
import org.caseexplorer.ui.Theme;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a tour of the real window, headless, that writes screenshots of it at the sizes,
 * languages and themes a user meets, for people to look at.
 * {@code java -cp … org.caseexplorer.tour.ScreenshotTour OUT_DIR} (see README, "Looking at it").
 */
public final class ScreenshotTour {

    private record Size(int width, int height) {
    }

    private static final List<Size> SIZES = List.of(new Size(1024, 640), new Size(1366, 768), new Size(1920, 1080));

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/tour");
        Files.createDirectories(out);
        for (String[] p : new String[][] {{"testfx.robot", "glass"}, {"testfx.headless", "true"},
                {"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"},
                {"prism.text", "t2k"}, {"java.awt.headless", "true"}, {"headless.geometry", "1920x1200-32"}}) {
            System.setProperty(p[0], p[1]);
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        Executor inline = Runnable::run;
        // "--map-only" after the folder: just the principle map and page, at 5 and at 50 cases.
        boolean mapOnly = args.length > 1 && args[1].equals("--map-only");
        for (Size size : mapOnly ? List.<Size>of() : SIZES) {
            for (Lang lang : Lang.values()) {
                for (boolean dark : new boolean[] {false, true}) {
                    String name = size.width() + "x" + size.height() + "-" + lang.code() + (dark ? "-dark" : "");
                    tour(stage, inline, size, lang, dark, out, name);
                }
            }
        }
        for (Lang lang : Lang.values()) {
            mapTour(stage, inline, lang, out);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void tour(Stage stage, Executor executor, Size size, Lang lang, boolean dark, Path out, String name)
            throws Exception {
        Preferences node = Preferences.userRoot().node("org/caseexplorer/tour-" + System.nanoTime());
        TestWindow[] window = new TestWindow[1];
        fx(() -> {
            window[0] = new TestWindow(stage, node, executor);
            Theme.apply(dark);
            window[0].messages.langProperty().set(lang);
            stage.setWidth(size.width());
            stage.setHeight(size.height());
        });
        TestWindow w = window[0];
        shoot(stage, out, name + "-1-cards");
        fx(() -> {
            w.state.select(w.state.library().caseById("xiaomi").orElseThrow());
            for (String id : List.of("xiaomi", "tesla", "haidilao")) {
                w.state.addToComparison(w.state.library().caseById(id).orElseThrow());
            }
            w.window.gallery().focusCards();
        });
        shoot(stage, out, name + "-2-detail");
        fx(() -> {
            w.state.toggleIncluded("fans");
            w.state.search("参与感");
        });
        shoot(stage, out, name + "-3-filtered");
        fx(() -> {
            w.state.clearFilters();
            w.window.showComparison();
        });
        shoot(stage, out, name + "-4-comparison");
        fx(() -> w.state.clearComparison());
        if (size.width() == 1366) {
            editorTour(w, out, name, stage);
            provenance(stage, w, out, name);
        }
        fx(() -> w.navigator.openPrinciple("participation"));
        shoot(stage, out, name + "-5-principle");
        fx(() -> w.window.showMap());
        shoot(stage, out, name + "-6-map");
        fx(() -> w.window.showExplorer());
        w.close();
        node.removeNode();
    }

    /**
     * The principle map of the five built-in cases and of 50 generated ones (readable at 50?),
     * with a node lit, a filter dimming, the co-occurrence map, and the principle page.
     */
    private static void mapTour(Stage stage, Executor executor, Lang lang, Path out) throws Exception {
        Preferences node = Preferences.userRoot().node("org/caseexplorer/tour-" + System.nanoTime());
        TestWindow[] window = new TestWindow[1];
        fx(() -> {
            window[0] = new TestWindow(stage, node, executor);
            Theme.apply(false);
            window[0].messages.langProperty().set(lang);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        TestWindow w = window[0];
        String name = "map-" + lang.code();
        fx(() -> w.window.showMap());
        shoot(stage, out, name + "-1-five");
        fx(() -> w.window.mapView().nodeView("case:xiaomi").requestFocus());
        shoot(stage, out, name + "-2-five-xiaomi-lit");
        fx(() -> w.state.toggleIncluded("word-of-mouth"));
        shoot(stage, out, name + "-3-five-filtered");
        fx(() -> w.state.clearFilters());
        fx(() -> w.navigator.openPrinciple("user-thinking"));
        shoot(stage, out, name + "-4-page-user-thinking");
        fx(() -> w.navigator.openPrinciple("word-of-mouth"));
        shoot(stage, out, name + "-5-page-word-of-mouth");
        fx(() -> w.navigator.back());
        Path library = Files.createTempDirectory("map-tour-lib");
        SyntheticLibrary.write(library, 50, w.state.library().principles(), 50);
        fx(() -> w.libraries.load(java.util.Optional.of(library)).join());
        fx(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        shoot(stage, out, name + "-6-fifty");
        fx(() -> w.window.mapView().nodeView("case:case-7").requestFocus());
        shoot(stage, out, name + "-7-fifty-lit");
        fx(() -> ((javafx.scene.control.ToggleButton) w.window.mapView().lookup("#map-kind-principles")).fire());
        shoot(stage, out, name + "-8-fifty-co-occurrence");
        fx(() -> w.window.showExplorer());
        w.close();
        node.removeNode();
    }

    /** The case editor: a duplicate of Xiaomi in a library of one's own, then with problems at fields. */
    private static void editorTour(TestWindow w, Path out, String name, Stage stage) throws Exception {
        Path library = Files.createTempDirectory("ed-tour-library");
        fx(() -> {
            w.window.showExplorer();
            try {
                w.duplicateIntoLibrary(library, "xiaomi");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        shoot(stage, out, name + "-5-editor");
        fx(() -> {
            var vm = w.editor().viewModel();
            vm.setText("/name/zh", "");
            vm.setText("/links/0/evidence/0/source", "no-such-article");
            w.editor().fieldAt("/links/0/evidence/0/quote").requestFocus();
        });
        shoot(stage, out, name + "-6-editor-problems");
        fx(() -> {
            w.editor().viewModel().undo();
            w.editor().viewModel().undo();
            w.editor().viewModel().setText("/summary/en", "My unsaved summary.");
        });
        Path file = library.resolve(w.editor().viewModel().document().id() + ".json");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, org.caseexplorer.authoring.CaseDocument.parse(bytes).withText("/accent", "#336699")
                .withText("/industry/en", "Phones, changed elsewhere").bytes());
        fx(() -> {
            try {
                w.editor().viewModel().checkDisk();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        shoot(stage, out, name + "-7-editor-external");
        fx(() -> {
            w.editor().viewModel().keepMine();
            w.save();
        });
        String id = w.editor().viewModel().savedId();
        javafx.scene.control.Dialog<?>[] dialog = new javafx.scene.control.Dialog<?>[1];
        fx(() -> {
            try {
                dialog[0] = w.historyDialog(id);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            dialog[0].show();
        });
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> dialog[0].getDialogPane().getScene().snapshot(null)).get();
        write(image, out.resolve(name + "-8-history.png"));
        fx(() -> {
            dialog[0].setResult(null);
            dialog[0].close();
        });
    }

    /** A user library whose quotes are checked against a source's text; then the source reader. */
    private static void provenance(Stage stage, TestWindow w, Path out, String name) throws Exception {
        Path dir = Files.createTempDirectory("prov-tour");
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/article.txt"), "第一節 用戶思維\n小米的參與感，來自用戶。雷軍說：「專注、極致、"
                + "口碑、快。」\n參與感是小米的核心，小米把用戶變成粉絲。\n");
        Files.writeString(dir.resolve("sources.json"), "{ \"sources\": [ { \"id\": \"my-article\", \"title\": "
                + "{ \"zh\": \"我的文章\" }, \"text\": \"sources/article.txt\" } ] }");
        Files.writeString(dir.resolve("my-case.json"), """
                {
                  "id": "my-case",
                  "name": { "zh": "我的案例" },
                  "industry": { "zh": "手机" },
                  "tagline": { "zh": "把用户变成粉丝。" },
                  "summary": { "zh": "一个只用中文写的案例。" },
                  "accent": "#336699",
                  "links": [
                    { "principle": "participation", "strength": 2,
                      "explanation": { "zh": "粉丝参与。" },
                      "evidence": [
                        { "source": "my-article", "quote": "小米的參與感，來自用戶。", "translation": "Xiaomi's sense of participation comes from its users." },
                        { "source": "my-article", "quote": "小米的参与感" },
                        { "source": "my-article", "quote": "小米的參與感來自粉絲" },
                        { "source": "tesla-rise", "quote": "口碑" }
                      ] }
                  ]
                }
                """);
        fx(() -> w.libraries.load(Optional.of(dir)));
        fx(() -> w.state.select(w.state.library().caseById("my-case").orElseThrow()));
        shoot(stage, out, name + "-5-provenance");
        fx(() -> {
            SourceReader reader = new SourceReader("my-article", "我的文章",
                    w.state.library().sourceText("my-article").orElseThrow().text(), w.messages, q -> { });
            Scene scene = new Scene(reader, 620, 480);
            Theme.addAppStylesheet(scene);
            stage.setScene(scene);
            ((TextField) reader.lookup("#source-search")).setText("参与感");
        });
        shoot(stage, out, name + "-6-reader");
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shoot(Stage stage, Path out, String name) throws Exception {
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        write(image, out.resolve(name + ".png"));
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
    }
}
