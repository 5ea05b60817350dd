package org.caseexplorer.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/**
 * A group of toggles that shows one choice among several (ANY/ALL, English/中文): each toggle's
 * user data is the value it stands for. Selecting a toggle chooses its value, the value selects
 * its toggle wherever it is changed from, and clicking the selected toggle never leaves the group
 * with nothing selected.
 */
public final class ChoiceToggles {

    private ChoiceToggles() {
    }

    public static <T> void bind(ToggleGroup group, ObservableValue<T> value, Consumer<T> choose) {
        Runnable show = () -> group.getToggles().stream()
                .filter(t -> Objects.equals(t.getUserData(), value.getValue()))
                .findFirst()
                .ifPresent(group::selectToggle);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                show.run();
            } else if (!Objects.equals(now.getUserData(), value.getValue())) {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                choose.accept(chosen);
            }
        });
        value.addListener((obs, old, now) -> show.run());
        show.run();
    }

    /** Puts the toggles in the group, each standing for its value. */
    public static <T> ToggleGroup group(Toggle first, T firstValue, Toggle second, T secondValue) {
        ToggleGroup group = new ToggleGroup();
        first.setUserData(firstValue);
        second.setUserData(secondValue);
        first.setToggleGroup(group);
        second.setToggleGroup(group);
        return group;
    }
}
