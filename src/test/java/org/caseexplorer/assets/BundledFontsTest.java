package org.caseexplorer.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledFontsTest {

    @Test
    void aJarWithACompleteFontsFolderBesideItUsesThatFolder(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("case-explorer.jar"));
        Path fonts = Files.createDirectory(dir.resolve(BundledFonts.FOLDER));
        for (String name : BundledFonts.FILES) {
            Files.writeString(fonts.resolve(name), "x");
        }
        assertEquals(Optional.of(fonts), BundledFonts.folderBeside(Optional.of(jar)));
    }

    @Test
    void aFolderMissingOneFontIsNotUsed(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("case-explorer.jar"));
        Path fonts = Files.createDirectory(dir.resolve(BundledFonts.FOLDER));
        Files.writeString(fonts.resolve(BundledFonts.REGULAR), "x");
        assertEquals(Optional.empty(), BundledFonts.folderBeside(Optional.of(jar)));
    }

    @Test
    void classFoldersUseTheClassPath(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve(BundledFonts.FOLDER));
        assertEquals(Optional.empty(), BundledFonts.folderBeside(Optional.of(dir)));
        assertEquals(Optional.empty(), BundledFonts.folderBeside(Optional.empty()));
    }

    @Test
    void everyFontOpensAndIsATrueTypeFile() throws IOException {
        for (String name : BundledFonts.FILES) {
            try (InputStream in = BundledFonts.open(name)) {
                byte[] head = in.readNBytes(4);
                assertEquals(0x00010000, java.nio.ByteBuffer.wrap(head).getInt(), name + " is not a TrueType font");
            }
        }
    }

    @Test
    void anUnknownFontSaysWhereItWasLookedFor() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> BundledFonts.open("Missing.ttf"));
        assertTrue(e.getMessage().contains("Missing.ttf"), e.getMessage());
    }
}
