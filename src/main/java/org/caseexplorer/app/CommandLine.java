package org.caseexplorer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Lang;

/** The command-line options, parsed. Plain Java: the window is not involved. */
public record CommandLine(Optional<Path> validate, Optional<Path> library, Optional<Lang> lang, boolean help) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar case-explorer.jar [options]",
            "",
            "  (no options)          open the Case Explorer window",
            "  --library DIR         open the window with the case library in DIR added",
            "  --lang en|zh          language of the window (default: the last one used)",
            "  --validate DIR        check the library in DIR without opening a window;",
            "                        prints FILE:LINE:COL: message per problem;",
            "                        exit 0 when clean, 1 when there are problems, 2 on usage errors",
            "  --help                show this help");

    /** A command line that cannot be understood; its message says what is wrong. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static CommandLine parse(List<String> args) throws UsageException {
        Optional<Path> validate = Optional.empty();
        Optional<Path> library = Optional.empty();
        Optional<Lang> lang = Optional.empty();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--validate" -> validate = Optional.of(Path.of(value(args, ++i, arg)));
                case "--library" -> library = Optional.of(Path.of(value(args, ++i, arg)));
                case "--lang" -> {
                    String code = value(args, ++i, arg);
                    lang = Optional.ofNullable(Lang.parse(code));
                    if (lang.isEmpty()) {
                        throw new UsageException("--lang takes en or zh, not '" + code + "'");
                    }
                }
                case "--help", "-h" -> help = true;
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return new CommandLine(validate, library, lang, help);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }
}
