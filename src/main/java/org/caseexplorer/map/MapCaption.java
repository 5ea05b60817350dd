package org.caseexplorer.map;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Labels;

/**
 * What an exported map says around the picture, the same in the SVG and the PNG: a title, the
 * library it is drawn from (its folder's name, or the built-in library) with the date, and a
 * legend for the circles' size, the colours and the lines' width, in the export's languages.
 */
public record MapCaption(String title, String source, List<Legend> legend) {

    /** What a legend line explains, and so which little picture goes before it. */
    public enum Symbol { SIZE, COLOUR, WIDTH }

    /** One line of the legend. */
    public record Legend(Symbol symbol, String text) {
    }

    /** Above the map: a title line and a source line, in map units. */
    static final double HEADER = 46;
    /** Below the map: a line of the legend. */
    static final double LEGEND_LINE = 15;

    /**
     * The caption of {@code map} in {@code langs}; {@code library} names where it is drawn from
     * (null: the built-in library); {@code date} is left out when empty.
     */
    public static MapCaption of(PrincipleMap map, List<Lang> langs, String library, Optional<LocalDate> date) {
        String title = langs.stream().map(l -> MapStyle.title(map, l)).distinct().collect(Collectors.joining(" · "));
        List<String> sources = new ArrayList<>();
        for (Lang lang : langs) {
            Labels labels = Labels.of(lang);
            String from = library == null ? labels.get("map.caption.builtIn") : labels.format("map.caption.library", library);
            sources.add(date.map(d -> from + " · " + d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(lang == Lang.EN ? Locale.UK : lang.locale()))).orElse(from));
        }
        List<Legend> legend = new ArrayList<>();
        boolean cases = map.kind() == MapKind.CASES;
        for (Lang lang : langs) {
            Labels labels = Labels.of(lang);
            legend.add(new Legend(Symbol.SIZE, labels.get(cases ? "map.legend.size" : "map.legend.size.principles")));
            legend.add(new Legend(Symbol.COLOUR, labels.get(cases ? "map.legend.colour" : "map.legend.colour.principles")));
            legend.add(new Legend(Symbol.WIDTH, labels.get(cases ? "map.legend.width" : "map.legend.width.principles")));
        }
        return new MapCaption(MapStyle.clean(title), MapStyle.clean(sources.stream().distinct()
                .collect(Collectors.joining(" · "))), List.copyOf(legend));
    }

    /**
     * The date a map says it was drawn: {@code SOURCE_DATE_EPOCH} (seconds, UTC) when the
     * environment sets it, so the same library draws the same picture; else today.
     */
    public static LocalDate drawnOn(String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())), ZoneOffset.UTC);
        }
        return LocalDate.now();
    }

    /** How much the legend adds below the map, in map units. */
    double legendHeight() {
        return 12 + LEGEND_LINE * legend.size();
    }
}
