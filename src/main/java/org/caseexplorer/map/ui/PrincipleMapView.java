package org.caseexplorer.map.ui;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.export.ui.ExportRequests;
import org.caseexplorer.export.ui.ExportService;
import org.caseexplorer.export.ui.FileKind;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.map.MapDimming;
import org.caseexplorer.map.MapEdge;
import org.caseexplorer.map.MapFormat;
import org.caseexplorer.map.MapKind;
import org.caseexplorer.map.MapNode;
import org.caseexplorer.map.PrincipleMap;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.Navigator;
import org.caseexplorer.state.TaskExecutor;
import org.caseexplorer.ui.ChoiceToggles;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LazyTooltip;
import org.controlsfx.control.SegmentedButton;

/**
 * The library as a network: principles and cases as nodes, a link per piece of evidence (or,
 * for a large library, principles linked by the cases that show both). The positions come from
 * {@link PrincipleMap}, the same as the SVG and PNG exports. Hover or focus a node to light its
 * neighbours; click it (or Enter) to open the case or the principle's page; what the filter hides
 * is dimmed. Scroll to zoom, drag the background to pan, drag a node to move it; + − 0 zoom and fit.
 */
public final class PrincipleMapView extends BorderPane {

    private static final double MIN_SCALE = 0.1;
    private static final double MAX_SCALE = 6;
    /** Labels shrink with the map down to this share of their size, no further. */

    private final AppState state;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final ExportService exports;
    private final Navigator navigator;
    private final ObjectProperty<MapKind> kind = new SimpleObjectProperty<>();
    private final Pane viewport = new Pane();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group world = new Group(edgeLayer, nodeLayer);
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final java.util.function.Supplier<String> libraryName;
    private final Translate translate = new Translate();
    private final Label title = new Label();
    private final Label status = new Label();
    private final ToggleButton casesToggle = new ToggleButton();
    private final ToggleButton principlesToggle = new ToggleButton();
    private final Map<String, MapNodeView> nodes = new LinkedHashMap<>();
    private final List<MapEdgeView> edges = new ArrayList<>();
    private PrincipleMap map;
    private Set<String> dimmed = Set.of();
    private String lit;
    private boolean userMoved;
    private double pressX;
    private double pressY;
    private int generation;

    public PrincipleMapView(AppState state, Navigator navigator, Messages messages, TaskExecutor tasks,
                            ExportService exports) {
        this(state, navigator, messages, tasks, exports, () -> null);
    }

    /** {@code libraryName} names the open library on an export (its folder's name; null: the built-in one). */
    public PrincipleMapView(AppState state, Navigator navigator, Messages messages, TaskExecutor tasks,
                            ExportService exports, java.util.function.Supplier<String> libraryName) {
        this.libraryName = libraryName;
        this.state = state;
        this.navigator = navigator;
        this.messages = messages;
        this.tasks = tasks;
        this.exports = exports;
        getStyleClass().add("map-view");
        setId("map-view");

        Button backButton = new Button(null, Icons.back());
        backButton.textProperty().bind(messages.bind("map.back"));
        backButton.setId("map-back");
        backButton.setOnAction(e -> navigator.back());
        title.getStyleClass().add("map-title");
        title.setId("map-title");
        title.setMinWidth(0);
        casesToggle.textProperty().bind(messages.bind("map.kind.cases"));
        principlesToggle.textProperty().bind(messages.bind("map.kind.principles"));
        casesToggle.setId("map-kind-cases");
        principlesToggle.setId("map-kind-principles");
        LazyTooltip.install(principlesToggle, () -> messages.get("map.kind.principles.tooltip"));
        ToggleGroup kinds = ChoiceToggles.group(casesToggle, MapKind.CASES, principlesToggle, MapKind.PRINCIPLES);
        SegmentedButton kindSwitch = new SegmentedButton(casesToggle, principlesToggle);
        kindSwitch.setToggleGroup(kinds);
        kindSwitch.setMinWidth(Region.USE_PREF_SIZE);
        ChoiceToggles.bind(kinds, kind, kind::set);
        Button zoomIn = iconButton(Icons.zoomIn(), "map.zoomIn", () -> zoomBy(1.25));
        Button zoomOut = iconButton(Icons.zoomOut(), "map.zoomOut", () -> zoomBy(0.8));
        Button fit = iconButton(Icons.fit(), "map.fit", this::fit);
        Button export = new Button(null, Icons.export());
        export.textProperty().bind(messages.bind("map.export"));
        export.setId("map-export");
        export.setOnAction(e -> exportWithDialog());
        export.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, backButton, title, spacer, kindSwitch, zoomOut, zoomIn, fit, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("map-bar");

        world.getTransforms().addAll(translate, scale);
        viewport.getChildren().add(world);
        viewport.getStyleClass().add("map-viewport");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setMinSize(0, 0);
        status.getStyleClass().add("map-status");
        status.setId("map-status");
        status.setMaxWidth(Double.MAX_VALUE);
        setTop(bar);
        setCenter(viewport);
        setBottom(status);

        installGestures();
        scale.xProperty().addListener((obs, old, now) -> zoomLabels());
        viewport.widthProperty().addListener((obs, old, now) -> fitUnlessMoved());
        viewport.heightProperty().addListener((obs, old, now) -> fitUnlessMoved());
        kind.addListener((obs, old, now) -> rebuild());
        state.loadedProperty().addListener((obs, old, now) -> {
            kind.set(MapKind.forLibrary(now.library()));
            rebuild();
        });
        messages.langProperty().addListener((obs, old, now) -> rebuild());
        state.shownCases().addListener((ListChangeListener<Case>) c -> applyDimming());
        kind.set(MapKind.forLibrary(state.library()));
        rebuild();
    }

    /** The map drawn now; null until the first layout is done. */
    public PrincipleMap map() {
        return map;
    }

    /** The node drawn for a key ({@link MapNode#key()}), for tests and the tour. */
    public Node nodeView(String key) {
        return nodes.get(key);
    }

    private Button iconButton(Node icon, String key, Runnable action) {
        Button button = new Button(null, icon);
        button.getStyleClass().addAll(Styles.BUTTON_ICON);
        button.accessibleTextProperty().bind(messages.bind(key));
        LazyTooltip.install(button, () -> messages.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Lays the map out off the FX thread (a few hundred cases take a few tenths of a second). */
    private void rebuild() {
        Library library = state.library();
        MapKind chosen = kind.get() == MapKind.CASES && library.cases().size() > MapKind.MAX_CASES_DRAWN
                ? MapKind.PRINCIPLES : kind.get();
        casesToggle.setDisable(library.cases().size() > MapKind.MAX_CASES_DRAWN);
        int ticket = ++generation;
        CompletableFuture.supplyAsync(() -> PrincipleMap.of(library, chosen), tasks.files())
                .thenAcceptAsync(laidOut -> {
                    if (ticket == generation) {
                        show(laidOut, library);
                    }
                }, tasks.fx());
    }

    private void show(PrincipleMap laidOut, Library library) {
        map = laidOut;
        Lang lang = messages.lang();
        nodes.clear();
        edges.clear();
        lit = null;
        for (MapNode node : laidOut.nodes()) {
            MapNodeView view = new MapNodeView(node, lang, describe(node, lang));
            view.setOnMouseEntered(e -> light(node.key()));
            view.setOnMouseExited(e -> light(null));
            view.focusedProperty().addListener((obs, old, focused) -> {
                light(focused ? node.key() : null);
                if (focused) {
                    bringIntoView(view);
                }
            });
            view.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                    open(node, library);
                }
            });
            view.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    open(node, library);
                    e.consume();
                }
            });
            dragNode(view);
            nodes.put(node.key(), view);
        }
        for (MapEdge edge : laidOut.edges()) {
            MapNodeView from = nodes.get(edge.from());
            MapNodeView to = nodes.get(edge.to());
            if (from != null && to != null) {
                edges.add(new MapEdgeView(edge, from, to, laidOut));
            }
        }
        edgeLayer.getChildren().setAll(edges);
        nodeLayer.getChildren().setAll(nodes.values());
        long cases = laidOut.nodes().stream().filter(n -> n.type() == MapNode.Type.CASE).count();
        title.setText(laidOut.kind() == MapKind.CASES
                ? messages.format("map.title.cases", cases, laidOut.nodes().size() - cases)
                : messages.format("map.title.principles", laidOut.nodes().size()));
        status.setText(messages.get(laidOut.kind() == MapKind.CASES ? "map.hint.cases" : "map.hint.principles"));
        applyDimming();
        userMoved = false;
        fit();
        zoomLabels();
    }

    private void zoomLabels() {
        nodes.values().forEach(view -> view.zoomedTo(scale.getX()));
    }

    private String describe(MapNode node, Lang lang) {
        return messages.format(node.type() == MapNode.Type.PRINCIPLE ? "map.node.principle" : "map.node.case",
                node.label().in(lang), node.count());
    }

    private void open(MapNode node, Library library) {
        if (node.type() == MapNode.Type.PRINCIPLE) {
            navigator.openPrinciple(node.id());
        } else {
            library.caseById(node.id()).ifPresent(navigator::openCase);
        }
    }

    private void applyDimming() {
        if (map == null) {
            return;
        }
        dimmed = MapDimming.dimmed(map, state.shownCases(), !state.filter().isEmpty(), state.filter().excluded());
        restyle();
    }

    /** Lights a node and its neighbours (null: none), fading the rest. */
    private void light(String key) {
        lit = key;
        restyle();
        if (key != null && map != null) {
            map.node(key).ifPresent(n -> status.setText(describe(n, messages.lang())));
        }
    }

    private void restyle() {
        Set<String> near = lit == null ? Set.of() : new java.util.HashSet<>(map.neighbours(lit));
        nodes.forEach((key, view) -> view.setState(dimmed.contains(key),
                lit != null && !key.equals(lit) && !near.contains(key), key.equals(lit)));
        for (MapEdgeView edge : edges) {
            boolean touches = lit != null && (edge.edge().from().equals(lit) || edge.edge().to().equals(lit));
            edge.setState(dimmed.contains(edge.edge().from()) || dimmed.contains(edge.edge().to()),
                    lit != null && !touches, touches);
        }
    }

    // ---- zoom, pan, drag

    private void installGestures() {
        viewport.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
                e.consume();
            }
        });
        viewport.setOnMousePressed(e -> {
            pressX = e.getX() - translate.getX();
            pressY = e.getY() - translate.getY();
        });
        viewport.setOnMouseDragged(e -> {
            if (e.getTarget() == viewport) {
                translate.setX(e.getX() - pressX);
                translate.setY(e.getY() - pressY);
                userMoved = true;
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // With Ctrl (⌘) the keys zoom the whole window (View ▸ Zoom), not the map.
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl || e.isShortcutDown()) {
                return;
            }
            switch (e.getCode()) {
                case PLUS, EQUALS, ADD -> zoomBy(1.25);
                case MINUS, SUBTRACT -> zoomBy(0.8);
                case DIGIT0, NUMPAD0 -> fit();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private void dragNode(MapNodeView view) {
        double[] grab = new double[2];
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            grab[0] = e.getSceneX();
            grab[1] = e.getSceneY();
            view.requestFocus();
            e.consume();
        });
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double s = scale.getX();
            view.moveBy((e.getSceneX() - grab[0]) / s, (e.getSceneY() - grab[1]) / s);
            grab[0] = e.getSceneX();
            grab[1] = e.getSceneY();
            e.consume();
        });
    }

    private void zoomBy(double factor) {
        zoomAt(factor, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    /** Zooms keeping the point under (x, y) of the viewport in place. */
    private void zoomAt(double factor, double x, double y) {
        double old = scale.getX();
        double now = Math.max(MIN_SCALE, Math.min(MAX_SCALE, old * factor));
        double worldX = (x - translate.getX()) / old;
        double worldY = (y - translate.getY()) / old;
        scale.setX(now);
        scale.setY(now);
        translate.setX(x - worldX * now);
        translate.setY(y - worldY * now);
        userMoved = true;
    }

    /**
     * Pans a zoomed map so that the node the keyboard moved to (its disc) is in sight, with a margin;
     * a node already in sight leaves the map where it is.
     */
    void bringIntoView(Node view) {
        // The node's disc: a long label on a zoomed map can be wider than the map itself.
        Node mark = view.lookup(".map-circle") != null ? view.lookup(".map-circle") : view;
        javafx.geometry.Bounds b = viewport.sceneToLocal(mark.localToScene(mark.getBoundsInLocal()));
        double margin = 24;
        double dx = 0;
        double dy = 0;
        if (b.getMinX() < margin) {
            dx = margin - b.getMinX();
        } else if (b.getMaxX() > viewport.getWidth() - margin) {
            dx = Math.max(viewport.getWidth() - margin - b.getMaxX(), margin - b.getMinX());
        }
        if (b.getMinY() < margin) {
            dy = margin - b.getMinY();
        } else if (b.getMaxY() > viewport.getHeight() - margin) {
            dy = Math.max(viewport.getHeight() - margin - b.getMaxY(), margin - b.getMinY());
        }
        if (dx != 0 || dy != 0) {
            translate.setX(translate.getX() + dx);
            translate.setY(translate.getY() + dy);
            userMoved = true;
        }
    }

    private void fitUnlessMoved() {
        if (!userMoved) {
            fit();
        }
    }

    /** The whole map in view, centred. */
    public void fit() {
        if (map == null || viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return;
        }
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE,
                0.92 * Math.min(viewport.getWidth() / map.width(), viewport.getHeight() / map.height())));
        scale.setX(s);
        scale.setY(s);
        translate.setX((viewport.getWidth() - map.width() * s) / 2 - map.minX() * s);
        translate.setY((viewport.getHeight() - map.height() * s) / 2 - map.minY() * s);
        userMoved = false;
    }

    // ---- export

    private void exportWithDialog() {
        if (map != null) {
            exports.exportWithDialog(ExportRequests.map(exports, drawnNow(), libraryName.get()));
        }
    }

    /** Writes the map as drawn now (moved nodes where the user put them) through the window's exports. */
    public Task<Path> export(Path out, MapFormat format) {
        return exports.export(ExportRequests.map(exports, drawnNow(), libraryName.get()), FileKind.of(format), out);
    }

    /** The map with the nodes the user moved where they are now. */
    private PrincipleMap drawnNow() {
        Map<String, double[]> moved = new HashMap<>();
        nodes.forEach((key, view) -> {
            if (view.wasMoved()) {
                moved.put(key, new double[] {view.x(), view.y()});
            }
        });
        return map.withMoved(moved);
    }
}
