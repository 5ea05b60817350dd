package org.caseexplorer.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.Handouts;
import org.caseexplorer.export.Paper;
import org.caseexplorer.map.MapKind;

/** The command-line options, parsed. Plain Java: the window is not involved. */
public record CommandLine(Optional<Path> validate, Optional<Path> library, Optional<ExportLanguage> language,
                          boolean help, Optional<Export> export, Optional<Handout> handout,
                          Optional<MapExport> map, boolean principles) {

    /** {@code --export-map}: where the picture of the library goes (its ending says SVG or PNG). */
    public record MapExport(Path out) {
    }

    /** {@code --export-comparison}: which cases, where to, and how. */
    /** {@code author} is the name a PDF gives as its author, when one was given. */
    public record Export(List<String> caseIds, Path out, Optional<ExportFormat> format, Paper paper,
                         Optional<String> author) {
        public Export {
            caseIds = List.copyOf(caseIds);
        }
    }

    /** {@code --export-case} or {@code --export-principle}: which one, where to, and how. */
    public record Handout(Handouts.Kind kind, String id, Path out, Optional<ExportFormat> format, Paper paper,
                          Optional<String> author) {
    }

    /**
     * The help, naming the command the user ran: the installed launcher ("case-explorer", which
     * jpackage names in {@code jpackage.app-path}) or the jar.
     */
    public static String usage() {
        String launcher = System.getProperty("jpackage.app-path");
        String command = launcher == null || launcher.isBlank() ? "java -jar case-explorer.jar"
                : Path.of(launcher).getFileName().toString().replaceAll("(?i)\\.exe$", "");
        return USAGE.replace("java -jar case-explorer.jar [options]", command + " [options]");
    }

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar case-explorer.jar [options]",
            "",
            "  (no options)          open the Case Explorer window",
            "  --library DIR         add the case library in DIR (window or export)",
            "  --lang en|zh          language of the window (default: the last one used)",
            "  --principles          list every principle's id with its English and Chinese name",
            "                        (the built-in ones, and those of --library DIR)",
            "  --validate DIR        check the library in DIR without opening a window;",
            "                        prints FILE:LINE:COL: message per problem;",
            "                        exit 0 when clean, 1 when there are problems, 2 on usage errors",
            "      --lang en|zh          the language of the messages (default: en, whatever the",
            "                            desktop's language; FILE:LINE:COL: and note: stay as they are)",
            "  --export-comparison ID,ID[,...] --out FILE",
            "                        write a comparison of 2 to 5 cases without opening a window",
            "      --format pdf|xlsx|csv|md  (default: from the file name's ending;",
            "                            a name with another ending needs --format; none: pdf)",
            "      --lang en|zh|both     (default: en)",
            "      --paper a4|letter     (default: a4; PDF only)",
            "      --author NAME         the PDF's author (default: the name set in the window",
            "                            under File > Name on handouts, else Case Explorer)",
            "                        exit 0 when written, 2 on an unknown case, a wrong number of",
            "                        cases, an unknown file ending, or a path that cannot be written",
            "                        (not a regular file or a new name; full disk): no file is left",
            "                        behind. A symbolic link is written through to its file.",
            "  --export-case ID --out FILE",
            "  --export-principle ID --out FILE",
            "                        write the handout of one case or one principle",
            "      --format pdf|md       (default: from the file name's ending; none: pdf)",
            "      --lang, --paper, --author and --library as for --export-comparison",
            "                        exit 0 when written, 2 on an unknown id, a format other",
            "                        than pdf or md, or a path that cannot be written: no file",
            "                        is left behind",
            "  --export-map --out FILE.svg|FILE.png",
            "                        draw the principle map of the library without opening a window",
            "                        (cases and principles; principles alone above " + MapKind.MAX_CASES_DRAWN + " cases)",
            "      --lang en|zh|both     (default: en)",
            "                        exit 0 when written, 2 on another ending or a path that cannot",
            "                        be written: no file is left behind",
            "  --help                show this help");

    /** Every option there is, for the help and for "did you mean" on a mistyped one. */
    static final List<String> OPTIONS = List.of("--library", "--lang", "--validate", "--principles",
            "--export-comparison", "--export-case", "--export-principle", "--export-map", "--out", "--format",
            "--paper", "--author", "--help");

    /** A command line that cannot be understood; its message says what is wrong. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }

        /**
         * The one line a user sees: "case-explorer: unknown option --exprot-case; did you mean
         * --export-case? Try --help."
         */
        public String line() {
            String message = getMessage();
            boolean ended = message.endsWith("?") || message.endsWith(".");
            return "case-explorer: " + message + (ended ? "" : ".") + " Try --help.";
        }
    }

    /** Whether the arguments ask for the help, wherever they do: help is given even beside a mistake. */
    public static boolean asksForHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    /** The window's language, when one was given. */
    public Optional<Lang> lang() {
        return language.map(ExportLanguage::primary);
    }

    public static CommandLine parse(List<String> args) throws UsageException {
        Optional<Path> validate = Optional.empty();
        Optional<Path> library = Optional.empty();
        Optional<ExportLanguage> language = Optional.empty();
        Optional<List<String>> exportIds = Optional.empty();
        Optional<Handouts.Kind> handoutKind = Optional.empty();
        String handoutId = null;
        Optional<Path> out = Optional.empty();
        Optional<ExportFormat> format = Optional.empty();
        Optional<Paper> paper = Optional.empty();
        Optional<String> author = Optional.empty();
        boolean help = false;
        boolean map = false;
        boolean principles = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--validate" -> validate = Optional.of(path(value(args, ++i, arg), arg));
                case "--library" -> library = Optional.of(path(value(args, ++i, arg), arg));
                case "--lang" -> language = Optional.of(choice(ExportLanguage.parse(value(args, ++i, arg)),
                        args.get(i), "--lang takes en, zh or both"));
                case "--export-map" -> map = true;
                case "--principles" -> principles = true;
                case "--export-comparison" -> exportIds = Optional.of(ids(value(args, ++i, arg)));
                case "--export-case", "--export-principle" -> {
                    if (handoutKind.isPresent()) {
                        throw new UsageException("give one --export-case or --export-principle at a time");
                    }
                    handoutKind = Optional.of(arg.equals("--export-case") ? Handouts.Kind.CASE : Handouts.Kind.PRINCIPLE);
                    handoutId = value(args, ++i, arg).strip();
                }
                case "--out" -> out = Optional.of(path(value(args, ++i, arg), arg));
                case "--format" -> format = Optional.of(choice(ExportFormat.parse(value(args, ++i, arg)),
                        args.get(i), "--format takes pdf, xlsx, csv or md"));
                case "--paper" -> paper = Optional.of(choice(Paper.parse(value(args, ++i, arg)),
                        args.get(i), "--paper takes a4 or letter"));
                case "--author" -> author = Optional.of(value(args, ++i, arg).strip());
                case "--help", "-h" -> help = true;
                default -> throw new UsageException(unknown(arg));
            }
        }
        Optional<Export> export = Optional.empty();
        Optional<Handout> handout = Optional.empty();
        Optional<MapExport> mapExport = Optional.empty();
        if (principles && (exportIds.isPresent() || handoutKind.isPresent() || map || validate.isPresent())) {
            throw new UsageException("--principles goes on its own (with --library DIR), not with an export"
                    + " or --validate");
        }
        if ((exportIds.isPresent() ? 1 : 0) + (handoutKind.isPresent() ? 1 : 0) + (map ? 1 : 0) > 1) {
            throw new UsageException("--export-comparison, --export-case, --export-principle and --export-map"
                    + " go one at a time");
        }
        if (map) {
            if (out.isEmpty()) {
                throw new UsageException("--export-map needs --out FILE.svg or FILE.png");
            }
            if (format.isPresent() || paper.isPresent() || author.isPresent()) {
                throw new UsageException("--format, --paper and --author go with --export-comparison; "
                        + "--export-map takes its format from the file name (.svg or .png)");
            }
            mapExport = Optional.of(new MapExport(out.get()));
        } else if (handoutKind.isPresent()) {
            if (out.isEmpty()) {
                throw new UsageException("--export-" + handoutKind.get().word() + " needs --out FILE");
            }
            handout = Optional.of(new Handout(handoutKind.get(), handoutId, out.get(), format,
                    paper.orElse(Paper.A4), author));
        } else if (exportIds.isPresent()) {
            if (out.isEmpty()) {
                throw new UsageException("--export-comparison needs --out FILE");
            }
            export = Optional.of(new Export(exportIds.get(), out.get(), format, paper.orElse(Paper.A4), author));
        } else if (out.isPresent() || format.isPresent() || paper.isPresent() || author.isPresent()) {
            throw new UsageException("--out, --format, --paper and --author go with --export-comparison,"
                    + " --export-case, --export-principle or --export-map");
        } else if (language.filter(l -> l == ExportLanguage.BOTH).isPresent()) {
            throw new UsageException("--lang both goes with an export; the window takes en or zh");
        }
        return new CommandLine(validate, library, language, help, export, handout, mapExport, principles);
    }

    /** "unknown option --exprot-case; did you mean --export-case?", or what a word that is no option is. */
    private static String unknown(String arg) {
        String shown = org.caseexplorer.cases.Printable.escape(arg);
        if (!arg.startsWith("-")) {
            return "unexpected argument '" + shown + "': options start with --, and a value follows its option"
                    + " (such as --validate DIR)";
        }
        String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        if (OPTIONS.contains(option)) {
            return "write " + option + " and its value as two arguments, not '" + shown + "'";
        }
        String dashed = option.startsWith("--") ? option : "-" + option;
        String near = null;
        int best = Integer.MAX_VALUE;
        for (String candidate : OPTIONS) {
            int d = org.caseexplorer.cases.io.UnknownId.distance(dashed, candidate);
            if (d < best && d <= Math.max(2, candidate.length() / 3)) {
                near = candidate;
                best = d;
            }
        }
        return "unknown option " + shown + (near == null ? "" : "; did you mean " + near + "?");
    }

    private static List<String> ids(String csv) {
        List<String> ids = new ArrayList<>();
        Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        return ids;
    }

    private static <T> T choice(T parsed, String given, String expected) throws UsageException {
        if (parsed == null) {
            throw new UsageException(expected + ", not '" + given + "'");
        }
        return parsed;
    }

    private static Path path(String text, String option) throws UsageException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": not a valid path: " + text);
        }
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value: " + option + " " + VALUES.getOrDefault(option, "VALUE"));
        }
        return args.get(index);
    }

    /** What each option's value is, as the help writes it. */
    private static final java.util.Map<String, String> VALUES = java.util.Map.of(
            "--validate", "DIR", "--library", "DIR", "--lang", "en|zh|both", "--export-comparison", "ID,ID[,...]",
            "--export-case", "ID", "--export-principle", "ID", "--out", "FILE", "--format", "pdf|xlsx|csv|md",
            "--paper", "a4|letter", "--author", "NAME");
}
