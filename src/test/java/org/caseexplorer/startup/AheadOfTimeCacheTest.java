package org.caseexplorer.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AheadOfTimeCacheTest {

    @TempDir
    Path dir;

    private Optional<AheadOfTimeCache> from(String cache, String configuration) {
        Map<String, String> properties = new java.util.HashMap<>();
        if (cache != null) {
            properties.put(AheadOfTimeCache.CACHE_PROPERTY, cache);
        }
        if (configuration != null) {
            properties.put(AheadOfTimeCache.CONFIGURATION_PROPERTY, configuration);
        }
        return AheadOfTimeCache.fromProperties(properties::get);
    }

    @Test
    void nothingIsAskedForWithoutBothPropertiesOrWithAnUnexpandedVariable() {
        assertTrue(from(null, null).isEmpty(), "run from the jar or the .deb: no properties");
        assertTrue(from(dir.resolve("c.aot").toString(), null).isEmpty());
        assertTrue(from("$HOME/.cache/case-explorer/1.0.0/case-explorer.aot", dir.resolve("x").toString()).isEmpty(),
                "HOME unset: the launcher leaves the variable in the path");
        assertTrue(from(dir.resolve("c.aot").toString(), dir.resolve("c.aotconf").toString()).isPresent());
    }

    @Test
    void aCacheIsNeededWhenMissingEmptyOrOlderThanTheConfiguration() throws IOException {
        Path configuration = Files.writeString(dir.resolve("c.aotconf"), "recorded");
        Path cache = dir.resolve("cache/c.aot");
        AheadOfTimeCache aot = from(cache.toString(), configuration.toString()).orElseThrow();
        assertTrue(aot.needed(), "missing");
        Files.createDirectories(cache.getParent());
        Files.write(cache, new byte[0]);
        assertTrue(aot.needed(), "empty");
        Files.writeString(cache, "cache");
        Files.setLastModifiedTime(configuration, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        Files.setLastModifiedTime(cache, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        assertTrue(aot.needed(), "a newer build unpacked over the old one");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.parse("2026-01-03T00:00:00Z")));
        assertFalse(aot.needed(), "up to date");
        Files.delete(configuration);
        assertFalse(from(dir.resolve("other.aot").toString(), configuration.toString()).orElseThrow().needed(),
                "no configuration (a JDK 17 build): nothing to make it from");
    }

    @Test
    void theChildRunsTheSameRuntimeAndOptionsAndWritesElsewhereFirst() {
        AheadOfTimeCache aot = from(dir.resolve("c.aot").toString(), dir.resolve("c.aotconf").toString()).orElseThrow();
        List<String> command = aot.command(Path.of("/rt"), "a.jar:b.jar", dir.resolve("c.aot.part"));
        assertEquals(Path.of("/rt/bin/java").toString(), command.get(0));
        assertTrue(command.containsAll(AheadOfTimeCache.JVM_OPTIONS));
        assertTrue(command.contains("-XX:AOTMode=create"));
        assertTrue(command.contains("-XX:AOTConfiguration=" + dir.resolve("c.aotconf")));
        assertTrue(command.contains("-XX:AOTCache=" + dir.resolve("c.aot.part")));
        assertEquals(List.of("-cp", "a.jar:b.jar"), command.subList(command.size() - 2, command.size()));
    }

    @Test
    void theCommandLinesCacheSitsBesideTheWindowsAndIsMadeFromItsOwnTraining() throws IOException {
        Path cache = dir.resolve("user-cache/case-explorer/1.0.0/case-explorer.aot");
        Path windowTraining = Files.writeString(dir.resolve("case-explorer.aotconf"), "window");
        AheadOfTimeCache window = from(cache.toString(), windowTraining.toString()).orElseThrow();
        AheadOfTimeCache commandLine = window.commandLine();
        assertEquals(cache.resolveSibling("case-explorer-cli.aot"), commandLine.cache());
        List<String> command = commandLine.command(Path.of("/rt"), "a.jar", dir.resolve("x.part"));
        assertTrue(command.contains("-XX:AOTConfiguration=" + dir.resolve("case-explorer-cli.aotconf")), command::toString);
        assertTrue(window.needed());
        assertFalse(commandLine.needed(), "no command-line training shipped (a build without one): nothing to make");
        Files.writeString(dir.resolve("case-explorer-cli.aotconf"), "export");
        assertTrue(commandLine.needed());
    }

    @Test
    void makingACacheRemovesOtherBuildsCachesAndNothingElse() throws IOException {
        Path all = Files.createDirectories(dir.resolve("user-cache/case-explorer"));
        Path otherBuild = Files.createDirectories(all.resolve("1.0.0-aaaa11112222"));
        Files.writeString(otherBuild.resolve("case-explorer.aot"), "old");
        Files.writeString(otherBuild.resolve("case-explorer-cli.aot"), "old");
        // The case files that build found to pass their checks: of no use to another build either.
        Files.writeString(otherBuild.resolve("checked-case-files"), "old");
        Files.writeString(otherBuild.resolve(".checked-case-files.pid123.456.part"), "old");
        Path unnamedBuild = Files.createDirectories(all.resolve("1.0.0"));
        Files.writeString(unnamedBuild.resolve("case-explorer.aot"), "old");
        Path withOtherFiles = Files.createDirectories(all.resolve("1.0.0-bbbb"));
        Files.writeString(withOtherFiles.resolve("case-explorer.aot"), "old");
        Files.writeString(withOtherFiles.resolve("notes.txt"), "someone's");
        Path notABuild = Files.createDirectories(all.resolve("fonts"));
        Files.writeString(notABuild.resolve("case-explorer.aot"), "kept");
        Path own = Files.createDirectories(all.resolve("1.0.0-cccc"));
        Files.writeString(own.resolve("case-explorer.aot"), "this build's");
        Path configuration = Files.writeString(dir.resolve("c.aotconf"), "recorded");
        from(own.resolve("case-explorer.aot").toString(), configuration.toString()).orElseThrow().removeOtherBuilds();
        assertFalse(Files.exists(otherBuild), "another build's caches are of no use to this one");
        assertFalse(Files.exists(unnamedBuild), "nor the caches of a build named by version only");
        assertTrue(Files.exists(withOtherFiles.resolve("notes.txt")), "a folder with anything else in it is left");
        assertTrue(Files.exists(notABuild.resolve("case-explorer.aot")), "a folder not named like a build is left");
        assertEquals("this build's", Files.readString(own.resolve("case-explorer.aot")));
    }

    /** A stand-in runtime whose java writes (or fails to write) the file -XX:AOTCache names. */
    private Path fakeRuntime(String body) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("runtime/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in -XX:AOTCache=*) out=${a#-XX:AOTCache=};; esac; done\n"
                + body + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir.resolve("runtime");
    }

    @Test
    void aMadeCacheIsMovedIntoPlaceWhole() throws Exception {
        Path configuration = Files.writeString(dir.resolve("c.aotconf"), "recorded");
        Path cache = dir.resolve("user-cache/case-explorer/1.0.0/case-explorer.aot");
        AheadOfTimeCache aot = from(cache.toString(), configuration.toString()).orElseThrow();
        assertTrue(aot.make(fakeRuntime("printf cache > \"$out\""), "a.jar").get());
        assertEquals("cache", Files.readString(cache));
        try (var files = Files.list(cache.getParent())) {
            assertEquals(List.of(cache), files.toList(), "no partial file left beside it");
        }
        assertFalse(aot.needed());
    }

    @Test
    void aFailedChildLeavesNoCacheAndNoPartialFile() throws Exception {
        Path configuration = Files.writeString(dir.resolve("c.aotconf"), "recorded");
        Path cache = dir.resolve("cache/case-explorer.aot");
        AheadOfTimeCache aot = from(cache.toString(), configuration.toString()).orElseThrow();
        assertFalse(aot.make(fakeRuntime("printf half > \"$out\"; exit 3"), "a.jar").get());
        assertFalse(Files.exists(cache));
        try (var files = Files.list(cache.getParent())) {
            assertEquals(0, files.count());
        }
        assertTrue(aot.needed(), "tried again on the next start");
    }

    @Test
    void aFolderThatCannotBeCreatedFailsQuietly() throws Exception {
        Path configuration = Files.writeString(dir.resolve("c.aotconf"), "recorded");
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        AheadOfTimeCache aot = from(blocker.resolve("c.aot").toString(), configuration.toString()).orElseThrow();
        assertFalse(aot.make(fakeRuntime("printf cache > \"$out\""), "a.jar").get());
    }
}
