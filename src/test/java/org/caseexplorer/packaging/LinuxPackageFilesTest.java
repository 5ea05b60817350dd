package org.caseexplorer.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The files the .deb is made from say what the package is. (lintian itself is run on the built
 * .deb by hand; the README lists what it reports and why.)
 */
class LinuxPackageFilesTest {

    private static final Path LINUX = Path.of("src", "packaging", "linux");
    /** The main categories of the freedesktop.org menu specification. */
    private static final Set<String> MAIN_CATEGORIES = Set.of("AudioVideo", "Audio", "Video", "Development",
            "Education", "Game", "Graphics", "Network", "Office", "Science", "Settings", "System", "Utility");

    @Test
    void theMenuEntryHasExactlyOneMainCategory() throws IOException {
        String categories = Files.readAllLines(LINUX.resolve("case-explorer.desktop")).stream()
                .filter(l -> l.startsWith("Categories=")).findFirst().orElseThrow().substring("Categories=".length());
        assertTrue(categories.endsWith(";"), "a list ends with ';': " + categories);
        long main = Arrays.stream(categories.split(";")).filter(MAIN_CATEGORIES::contains).count();
        assertEquals(1, main, categories);
    }

    @Test
    void theControlFileHasASynopsisAndAnExtendedDescription() throws IOException {
        List<String> lines = Files.readAllLines(LINUX.resolve("control"));
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("Description: ")).findFirst().orElseThrow());
        assertFalse(lines.get(at).contains("APPLICATION_DESCRIPTION"));
        assertTrue(lines.get(at).length() <= 80, "a synopsis of one short line");
        long extended = lines.stream().skip(at + 1).takeWhile(l -> l.startsWith(" ")).count();
        assertTrue(extended >= 3, "an extended description");
    }

    @Test
    void theCopyrightFileIsMachineReadableAndDefinesEveryLicenceItNames() throws IOException {
        String copyright = Files.readString(LINUX.resolve("copyright"));
        assertTrue(copyright.startsWith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"));
        assertFalse(copyright.contains("Unknown"));
        Set<String> named = new LinkedHashSet<>();
        Set<String> defined = new LinkedHashSet<>();
        for (String paragraph : copyright.split("\n\n")) {
            Matcher license = Pattern.compile("(?m)^License: (.+)$").matcher(paragraph);
            if (license.find()) {
                (paragraph.startsWith("License: ") ? defined : named).add(license.group(1).strip());
            }
        }
        assertTrue(named.containsAll(List.of("OFL-1.1", "Apache-2.0", "GPL-2 with Classpath exception",
                "LGPL-2.1+", "BSD-3-clause", "Expat", "all-rights-reserved")), named.toString());
        assertEquals(named, defined, "every licence named is given a paragraph of its own");
    }

    @Test
    void theFinishingScriptPutsTheCopyrightFileWhereDebianLooksForIt() throws IOException {
        String script = Files.readString(LINUX.resolve("finish-deb.sh"));
        assertTrue(script.contains("doc=$root/usr/share/doc/$name"), script);
        assertTrue(script.contains("install -m 644 \"$packaging/copyright\" \"$doc/copyright\""), script);
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("src/packaging/linux/package.sh"), "the dist profile runs the packaging script");
        assertTrue(Files.readString(LINUX.resolve("package.sh")).contains("bash \"$packaging/finish-deb.sh\""),
                "which finishes the .deb with it");
    }
}
