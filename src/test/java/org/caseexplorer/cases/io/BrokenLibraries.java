package org.caseexplorer.cases.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.savedviews.SavedViews;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;

/**
 * Libraries broken in every way the loader, the saved views and the library service report, one
 * scenario each, named after what is wrong. Each writes its files into an empty folder and gives
 * the problems found there; the folder is known as "lib" in them, so they read the same on every
 * machine. {@code EnglishWordsTest} holds their words to the lines recorded before problems had
 * kinds; {@code ProblemKindsTest} holds each to its kind.
 */
public final class BrokenLibraries {

    /** Writes a broken library into an empty folder and returns what was found in it. */
    @FunctionalInterface
    public interface Maker {
        List<Problem> problems(Path dir) throws Exception;
    }

    public record Scenario(String name, Maker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    private BrokenLibraries() {
    }

    static String tesla() throws IOException {
        return Files.readString(BuiltInLibrary.folder().path().resolve("tesla.json"));
    }

    public static String teslaAs(String id) throws IOException {
        return tesla().replace("\"id\": \"tesla\"", "\"id\": \"" + id + "\"");
    }

    /** The built-in library and {@code dir}, known as "lib". */
    public static List<Problem> load(Path dir) {
        return new LibraryLoader().load(BuiltInLibrary.folder(), Optional.of(new LibraryFolder(dir, "lib", false)))
                .problems();
    }

    /** {@code dir} alone, trusted as the built-in library is: its files are bound without the schema. */
    static List<Problem> loadTrusted(Path dir) throws IOException {
        for (String definitions : List.of(LibraryLoader.PRINCIPLES_FILE, LibraryLoader.SOURCES_FILE)) {
            Files.copy(BuiltInLibrary.folder().path().resolve(definitions), dir.resolve(definitions));
        }
        return new LibraryLoader().load(new LibraryFolder(dir, "lib", true), Optional.empty()).problems();
    }

    static void write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** One file in the folder, then the load's problems. */
    private static Scenario file(String name, String fileName, String text) {
        return new Scenario(name, dir -> {
            write(dir, fileName, text);
            return load(dir);
        });
    }

    /** A copy of Tesla with {@code from} replaced by {@code to} (the first occurrence only when {@code first}). */
    private static Scenario teslaWith(String name, String from, String to) {
        return new Scenario(name, dir -> {
            String text = teslaAs("copy");
            if (!text.contains(from)) {
                throw new IllegalStateException("Tesla has no " + from);
            }
            write(dir, "copy.json", text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
            return load(dir);
        });
    }

    private static Scenario trusted(String name, String from, String to) {
        return new Scenario(name, dir -> {
            write(dir, "copy.json", teslaAs("copy").replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
            return loadTrusted(dir);
        });
    }

    private static Scenario view(String name, String text) {
        return new Scenario(name, dir -> {
            write(dir, "views/v.json", text);
            Library library = new LibraryLoader().open(Optional.of(dir));
            return new SavedViews().load(dir, library).problems();
        });
    }

    /** A case citing my-article with these quotes; my-article's text is {@link SourceTextCheckTest#ARTICLE}. */
    private static Scenario quotes(String name, String... quotes) {
        return new Scenario(name, dir -> {
            write(dir, "sources.json", SourceTextCheckTest.sources("sources/article.txt"));
            write(dir, "sources/article.txt", SourceTextCheckTest.ARTICLE);
            write(dir, "mine.json", SourceTextCheckTest.caseWith(quotes));
            return load(dir);
        });
    }

    private static Scenario sourceText(String name, String path, byte[] content) {
        return new Scenario(name, dir -> {
            write(dir, "sources.json", SourceTextCheckTest.sources(path));
            if (content != null) {
                Path file = dir.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            }
            return load(dir);
        });
    }

    private static Scenario image(String name, String image, Maker prepare) {
        return new Scenario(name, dir -> {
            prepare.problems(dir);
            write(dir, "pic.json", teslaAs("pic").replace("\"accent\"", "\"image\": \"" + image + "\",\n  \"accent\""));
            return load(dir);
        });
    }

    private static Scenario inEditor(String name, String from, String to, Set<String> otherIds) {
        return new Scenario(name, dir -> {
            LibraryLoader loader = new LibraryLoader();
            Library context = loader.open(Optional.empty());
            String text = teslaAs("copy").replace(from, to);
            return loader.checkCase(new com.fasterxml.jackson.databind.ObjectMapper().readTree(text), dir, "copy.json",
                    context, otherIds);
        });
    }

    /** A PDF of one blank page, locked with a password when {@code encrypted}. */
    private static byte[] pdf(boolean encrypted) {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            if (encrypted) {
                org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
                        new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "",
                                new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>();
        // Files that cannot be read as JSON at all.
        all.add(new Scenario("a file over 5 MB", dir -> {
            Files.write(dir.resolve("big.json"), new byte[(int) JsonFileReader.MAX_FILE_BYTES + 1]);
            return load(dir);
        }));
        all.add(new Scenario("a file of 6 MB", dir -> {
            Files.write(dir.resolve("big.json"), new byte[6 * 1024 * 1024]);
            return load(dir);
        }));
        all.add(new Scenario("a folder, a dangling link, a link out and a link to a folder named .json", dir -> {
            Files.createDirectories(dir.resolve("folder.json"));
            Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere"));
            Path outside = Files.createDirectories(dir.resolve("outside"));
            Path lib = Files.createDirectories(dir.resolve("lib"));
            Files.writeString(outside.resolve("out.json"), "{}");
            Files.createSymbolicLink(lib.resolve("out.json"), outside.resolve("out.json"));
            Files.createDirectories(lib.resolve("sub"));
            Files.createSymbolicLink(lib.resolve("sub.json"), lib.resolve("sub"));
            List<Problem> problems = new ArrayList<>(load(dir));
            problems.addAll(load(lib));
            return problems;
        }));
        all.add(new Scenario("a named pipe", dir -> {
            if (new ProcessBuilder("mkfifo", dir.resolve("pipe.json").toString()).start().waitFor() != 0) {
                throw new IllegalStateException("mkfifo");
            }
            return load(dir);
        }));
        all.add(new Scenario("a library folder that is gone", dir -> new LibraryLoader().load(BuiltInLibrary.folder(),
                Optional.of(new LibraryFolder(dir.resolve("gone"), "gone", false))).problems()));
        all.add(new Scenario("a file in Latin-1", dir -> {
            Files.write(dir.resolve("latin.json"), "{\"id\": \"caf\u00E9\"}".getBytes(StandardCharsets.ISO_8859_1));
            return load(dir);
        }));
        all.add(file("a file of white space", "blank.json", "  \n "));
        String[] syntax = {
            "{\"a\": [1}", "{\"a\": 1,}", "{\"a\": 'x'}", "{\"a\": 1 \"b\": 2}", "{\"a\": [1 2]}", "{\"a\" 1}",
            "{a: 1}", "{\"a\": [1,]}", "{\"a\": @}", "// note\n{}", "{\"a\": -x}", "{\"id\": " + "y".repeat(400) + "}",
            "{\"id\": tesla}", "{\"a\": NaN}", "{\"a\": \"line\nbreak\"}", "{\"a\": \"tab\there\"}",
            "{\"a\": \"bell\u0007\"}", "{\"a\": \u0001}", "{\"a\": 07}", "{\"a\": \"x\\qy\"}", "{\"a\": 1, \"a\": 2}",
            "{\"a\": 1}}", "{\"a\": {\"b\": 1]}", "{\"a\": 1", "{} {}", "{\"a\": 1.5e}",
        };
        for (int i = 0; i < syntax.length; i++) {
            all.add(file("not JSON: " + syntax[i].replace("\n", "\\n"), "syntax.json", syntax[i]));
        }
        all.add(file("JSON nested 70 deep", "deep.json", "[".repeat(70) + "]".repeat(70)));
        all.add(file("a text of a million characters and more", "long.json",
                "{\"a\": \"" + "y".repeat(JsonFileReader.MAX_STRING_LENGTH + 1) + "\"}"));
        all.add(file("a number of 101 digits", "number.json", "{\"a\": " + "1".repeat(101) + "}"));

        // The schema.
        all.add(teslaWith("a required field left out", "\"accent\": \"#3E5C76\",", ""));
        all.add(teslaWith("an unknown field", "\"accent\"", "\"colour\": \"red\",\n  \"accent\""));
        all.add(teslaWith("a number for an id", "\"id\": \"copy\"", "\"id\": 5"));
        all.add(teslaWith("a text for a strength", "\"strength\": 3", "\"strength\": \"3\""));
        all.add(teslaWith("a list for a name", "\"name\": { \"en\": \"Tesla\", \"zh\": \"特斯拉\" }", "\"name\": [1]"));
        all.add(teslaWith("an id with capitals", "\"id\": \"copy\"", "\"id\": \"My_Case\""));
        all.add(teslaWith("an id of 200 characters", "\"id\": \"copy\"", "\"id\": \"" + "a".repeat(200) + "\""));
        all.add(teslaWith("a colour in words", "\"accent\": \"#3E5C76\"", "\"accent\": \"red\""));
        all.add(teslaWith("an empty English name", "\"en\": \"Tesla\"", "\"en\": \"\""));
        all.add(teslaWith("an id of 65 characters", "\"id\": \"copy\"", "\"id\": \"" + "a".repeat(65) + "\""));
        all.add(teslaWith("no evidence", "\"evidence\": [", "\"evidence\": [], \"was\": ["));
        all.add(new Scenario("an empty list of links", dir -> {
            write(dir, "copy.json", teslaAs("copy").replaceFirst("(?s)\"links\": \\[.*\\]\\s*}\\s*$", "\"links\": []}"));
            return load(dir);
        }));
        all.add(teslaWith("21 web links", "\"accent\": \"#3E5C76\"", "\"accent\": \"#3E5C76\", \"web\": ["
                + String.join(", ", java.util.Collections.nCopies(21,
                "{\"label\": {\"en\": \"x\"}, \"url\": \"https://example.com\"}")) + "]"));
        all.add(teslaWith("a year before 1800", "\"year\": 2003", "\"year\": 1700"));
        all.add(teslaWith("a strength of 7", "\"strength\": 3", "\"strength\": 7"));
        all.add(teslaWith("a name with no language", "\"name\": { \"en\": \"Tesla\", \"zh\": \"特斯拉\" }", "\"name\": {}"));
        // The format.
        all.add(teslaWith("a case from a newer format", "\"format\": 3", "\"format\": 9"));
        all.add(teslaWith("a format in words", "\"format\": 3", "\"format\": \"three\""));
        all.add(file("a first release's sources.json with an origin", "sources.json",
                "{\"sources\": [{\"id\": \"s\", \"title\": {\"en\": \"S\", \"zh\": \"源\"}, \"origin\": \"a note\"}]}"));
        all.add(file("a source text's path with a NUL", "sources.json",
                "{\"sources\": [{\"id\": \"s\", \"title\": {\"en\": \"S\"}, \"text\": \"sources/a\\u0000.txt\"}]}"));
        all.add(view("a view from a newer format", "{\"format\": 4, \"name\": \"x\"}"));
        all.add(view("a view whose mode is neither any nor all", "{\"name\": \"x\", \"mode\": \"some\"}"));
        all.add(view("a view named with spaces only", "{\"name\": \"   \"}"));
        all.add(view("a view comparing a case twice", "{\"name\": \"x\", \"compare\": [\"xiaomi\", \"xiaomi\"]}"));

        // The content checks.
        all.add(teslaWith("a quote of white space only", "\"quote\": \"這個公司成立于2003年\"", "\"quote\": \"\\u3000 \\t\""));
        all.add(teslaWith("an English zh", "\"zh\": \"特斯拉\"", "\"zh\": \"Tesla\""));

        // What only the whole library tells.
        all.add(new Scenario("a principle, a source and a case defined twice", dir -> {
            write(dir, "principles.json", "{\"principles\": [{\"id\": \"brand\", \"name\": {\"en\": \"Brand\", \"zh\": \"品牌\"},"
                    + " \"definition\": {\"en\": \"Mine.\", \"zh\": \"我的。\"}}]}");
            write(dir, "sources.json", "{\"sources\": [{\"id\": \"tesla-rise\", \"title\": {\"en\": \"Mine\"}}]}");
            write(dir, "tesla.json", tesla());
            write(dir, "a.json", teslaAs("twice"));
            write(dir, "b.json", teslaAs("twice"));
            return load(dir);
        }));
        all.add(sourceText("a source text that does not exist", "sources/missing.txt", null));
        all.add(sourceText("a source text given as an absolute path", "/absolute/article.txt", null));
        all.add(sourceText("a source text outside the folder", "../outside.txt", null));
        all.add(sourceText("a source text with NUL bytes", "sources/nul.txt", new byte[] {'a', 0, 'b'}));
        all.add(sourceText("a source text in Latin-1", "sources/latin.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9}));
        all.add(sourceText("a source text that is a broken PDF", "sources/broken.pdf",
                "%PDF-1.4 nothing".getBytes(StandardCharsets.US_ASCII)));
        all.add(new Scenario("a source text that is a folder", dir -> {
            write(dir, "sources.json", SourceTextCheckTest.sources("sources/folder"));
            Files.createDirectories(dir.resolve("sources/folder"));
            return load(dir);
        }));
        all.add(sourceText("a source text that is a PDF with no text", "sources/blank.pdf", pdf(false)));
        all.add(sourceText("a source text that is an encrypted PDF", "sources/locked.pdf", pdf(true)));
        all.add(new Scenario("a principle whose parent is unknown", dir -> {
            write(dir, "principles.json", "{\"principles\": [{\"id\": \"mine\", \"parent\": \"brnad\","
                    + " \"name\": {\"en\": \"Mine\", \"zh\": \"我的\"}, \"definition\": {\"en\": \"Mine.\", \"zh\": \"我的。\"}}]}");
            return load(dir);
        }));
        all.add(teslaWith("an unknown principle", "\"principle\": \"brand\"", "\"principle\": \"brnad\""));
        all.add(teslaWith("a principle linked twice", "\"principle\": \"user-thinking\"", "\"principle\": \"brand\""));
        all.add(teslaWith("an unknown source", "\"source\": \"tesla-rise\"", "\"source\": \"tesla-rsie\""));
        all.add(quotes("quotes not in the source", "the quick brown cat", "nothing like it at all, not at all"));
        all.add(quotes("a quote in other characters", "小米的参与感"));
        all.add(new Scenario("quotes citing sources without text, the user's and the built-in ones", dir -> {
            write(dir, "sources.json", "{\"sources\": [{\"id\": \"notes\", \"title\": {\"en\": \"Notes\"}},"
                    + " {\"id\": \"more\", \"title\": {\"en\": \"More\"}}, {\"id\": \"most\", \"title\": {\"en\": \"Most\"}}]}");
            write(dir, "one.json", teslaAs("one").replaceFirst("\"source\": \"tesla-rise\"", "\"source\": \"notes\""));
            write(dir, "mine.json", teslaAs("mine").replace("\"source\": \"tesla-rise\"", "\"source\": \"notes\""));
            String three = teslaAs("three");
            for (String s : List.of("notes", "more", "most")) {
                three = three.replaceFirst("\"source\": \"tesla-rise\"", "\"source\": \"" + s + "\"");
            }
            write(dir, "three.json", three);
            write(dir, "two.json", teslaAs("two").replace("\"source\": \"tesla-rise\"", "\"source\": \"notes\"")
                    .replaceFirst("\"source\": \"notes\"", "\"source\": \"more\""));
            String single = teslaAs("single").replaceFirst("(?s)\"facts\": \\[.*?\\n  \\],", "\"facts\": [],")
                    .replaceFirst("(?s)(\"evidence\": \\[\\s*\\{[^}]*\\})[^\\]]*", "$1\n      ");
            write(dir, "single.json", single);
            return load(dir);
        }));
        all.add(new Scenario("cases in one language", dir -> {
            write(dir, "english.json", teslaAs("english").replaceAll(",?\\s*\"zh\": \"[^\"]*\"", ""));
            write(dir, "chinese.json", teslaAs("chinese").replaceAll("\"en\": \"[^\"]*\",?\\s*", ""));
            write(dir, "partly.json", teslaAs("partly").replaceFirst(",?\\s*\"zh\": \"[^\"]*\"", "")
                    .replaceFirst("\"en\": \"Internet company \\(as the article classes it\\)\",\\s*", ""));
            write(dir, "two.json", teslaAs("two").replaceFirst(",?\\s*\"zh\": \"[^\"]*\"", "")
                    .replaceFirst(",?\\s*\"zh\": \"[^\"]*\"", ""));
            return load(dir);
        }));
        all.add(new Scenario("a built-in case in one language", dir -> {
            write(dir, "english.json", teslaAs("english").replaceAll(",?\\s*\"zh\": \"[^\"]*\"", ""));
            return loadTrusted(dir);
        }));
        for (String url : List.of("ftp://example.com/a", "https://", "https:///a", "http://exa mple.com")) {
            all.add(teslaWith("a web address " + url, "\"accent\": \"#3E5C76\"", "\"accent\": \"#3E5C76\", \"web\": ["
                    + "{\"label\": {\"en\": \"x\", \"zh\": \"网\"}, \"url\": \"" + url + "\"}]"));
        }
        all.add(image("an image given as an address", "https://example.com/a.png", dir -> null));
        all.add(image("an image outside the folder", "../a.png", dir -> null));
        all.add(image("an image that is not there", "missing.png", dir -> null));
        all.add(image("an image that is a link out of the folder", "link.png", dir -> {
            Path outside = Files.createTempFile("outside", ".png");
            outside.toFile().deleteOnExit();
            Files.createSymbolicLink(dir.resolve("link.png"), outside);
            return null;
        }));
        all.add(image("an image that is text", "text.png", dir -> {
            Files.writeString(dir.resolve("text.png"), "not a picture");
            return null;
        }));
        all.add(image("an image that is a broken GIF", "empty.gif", dir -> {
            Files.write(dir.resolve("empty.gif"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 10, 0, 10, 0, 0, 0, 0, ';'});
            return null;
        }));
        all.add(image("an image of 900 million pixels", "huge.png", dir -> {
            TestPictures.hugePng(dir.resolve("huge.png"), 30_000, 30_000);
            return null;
        }));
        all.add(image("an image that is a link to itself", "loop.png", dir -> {
            Files.createSymbolicLink(dir.resolve("loop.png"), dir.resolve("loop.png"));
            return null;
        }));
        all.add(image("an image that is a folder", "pics", dir -> {
            Files.createDirectories(dir.resolve("pics"));
            return null;
        }));

        // Saved views.
        all.add(view("a view naming unknown cases and principles", "{\"name\": \"x\", \"principles\": [\"brnad\"],"
                + " \"excluded\": [\"nothing-like-any\"], \"compare\": [\"xiomi\", \"nokia\"]}"));
        all.add(view("a view whose baseline is not compared", "{\"name\": \"x\", \"compare\": [\"xiaomi\"],"
                + " \"baseline\": \"tesla\"}"));
        all.add(view("a broken view", "{\"name\": \"x\",}"));

        // A load that failed.
        all.add(new Scenario("a load that failed", dir -> {
            AppState state = new AppState();
            try (LibraryService service = new LibraryService(state, new LibraryLoader(), org.caseexplorer.state.TaskExecutor.inline())) {
                service.show(Optional.empty(),
                        CompletableFuture.failedFuture(new IllegalStateException("out of memory, say"))).join();
            }
            return List.copyOf(state.problems());
        }));

        // The built-in library's files are bound without the schema: what the binding finds.
        all.add(trusted("a trusted file without an id", "\"id\": \"copy\",", ""));
        all.add(trusted("a trusted file whose name is text", "\"name\": { \"en\": \"Tesla\", \"zh\": \"特斯拉\" }",
                "\"name\": \"Tesla\""));
        all.add(trusted("a trusted file whose name is empty", "\"name\": { \"en\": \"Tesla\", \"zh\": \"特斯拉\" }",
                "\"name\": {}"));
        all.add(trusted("a trusted file whose id is a number", "\"id\": \"copy\"", "\"id\": 5"));
        all.add(trusted("a trusted file whose strength is text", "\"strength\": 3", "\"strength\": \"3\""));
        all.add(trusted("a trusted file whose facts are an object", "\"facts\": [", "\"facts\": {}, \"was\": ["));
        all.add(trusted("a trusted file whose links hold a number", "\"links\": [", "\"links\": [1, "));

        // One case checked in memory, as the editor checks it.
        all.add(inEditor("in the editor: an id another case has", "\"id\": \"copy\"", "\"id\": \"copy\"", Set.of("copy")));
        all.add(inEditor("in the editor: quotes citing a source with no text", "\"id\": \"copy\"", "\"id\": \"copy\"",
                Set.of()));
        return all;
    }
}
