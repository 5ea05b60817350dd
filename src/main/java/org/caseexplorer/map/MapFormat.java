package org.caseexplorer.map;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The files a map is exported as, told by the file name's ending. */
public enum MapFormat {
    SVG("svg"), PNG("png");

    private final String extension;

    MapFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** SVG for {@code x.svg}, PNG for {@code x.png} (any case); empty for anything else. */
    public static Optional<MapFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (MapFormat format : values()) {
            if (name.endsWith("." + format.extension) && name.length() > format.extension.length() + 1) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
