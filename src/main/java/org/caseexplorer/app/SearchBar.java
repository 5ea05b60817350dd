package org.caseexplorer.app;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.AppState;
import org.caseexplorer.ui.ChoiceToggles;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LazyTooltip;
import org.caseexplorer.ui.UserAction;
import org.controlsfx.control.SegmentedButton;

/**
 * The row under the menus: the search (two-way with the filter's text), the map's button and
 * the language switch. In the comparison it steps aside and gives the matrix its height (the
 * language stays in the View menu).
 */
final class SearchBar extends HBox {

    private final CustomTextField search = new CustomTextField();

    SearchBar(AppState state, Messages messages, UserAction map, ObservableBooleanValue comparing) {
        search.promptTextProperty().bind(messages.bind("search.prompt"));
        search.accessibleTextProperty().bind(messages.bind("search.prompt"));
        search.setPrefColumnCount(32);
        search.setId("search");
        search.setLeft(Icons.search());
        Button clearSearch = new Button(null, Icons.clear());
        clearSearch.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        clearSearch.accessibleTextProperty().bind(messages.bind("search.clear"));
        clearSearch.setOnAction(e -> state.clearSearch());
        clearSearch.setFocusTraversable(false);
        clearSearch.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clearSearch);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(720);
        follow(state);

        ToggleButton en = new ToggleButton("English");
        ToggleButton zh = new ToggleButton("中文");
        en.setId("lang-en");
        zh.setId("lang-zh");
        ToggleGroup langs = ChoiceToggles.group(en, Lang.EN, zh, Lang.ZH);
        SegmentedButton langSwitch = new SegmentedButton(en, zh);
        langSwitch.setToggleGroup(langs);
        langSwitch.getStyleClass().add("lang-switch");
        ChoiceToggles.bind(langs, messages.langProperty(), messages.langProperty()::set);

        Button mapButton = new Button(null, Icons.map());
        mapButton.textProperty().bind(messages.bind("map.open"));
        mapButton.setId("open-map");
        LazyTooltip.install(mapButton, () -> messages.get("map.open.tooltip"));
        mapButton.setOnAction(e -> map.run());
        HBox end = new HBox(8, mapButton, langSwitch);
        end.setAlignment(Pos.CENTER_RIGHT);

        setSpacing(8);
        getChildren().setAll(search, StatusStrip.spacer(), end);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("tool-bar-row");
        visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !comparing.get(), comparing));
        managedProperty().bind(visibleProperty());
    }

    CustomTextField field() {
        return search;
    }

    /** The field and the filter's text follow each other. */
    private void follow(AppState state) {
        search.setText(state.filter().text());
        search.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(state.filter().text())) {
                state.search(now);
            }
        });
        state.filterProperty().addListener((obs, old, now) -> {
            if (!now.text().equals(search.getText())) {
                search.setText(now.text());
            }
        });
    }
}
