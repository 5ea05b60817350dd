package org.caseexplorer.cases.io;

import static org.caseexplorer.cases.io.LibraryAssembly.problemAt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;
import org.caseexplorer.cases.io.LibraryAssembly.PendingCase;

/**
 * Which picture a case may show: a relative path to a regular file inside its library folder,
 * not reached through a link that leads out of it, and a picture within the size limit
 * ({@link CasePicture#check}). Anything else is a problem at the case's {@code /image}, and the
 * case shows no picture.
 */
final class PicturePolicy {

    private PicturePolicy() {
    }

    /** Images resolve only inside the library folder; anything else is reported and ignored. */
    static Path resolveImage(PendingCase p, List<Problem> sink, String image) {
        String lower = image.toLowerCase(Locale.ROOT);
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || image.startsWith("/") || image.startsWith("\\")) {
            sink.add(problemAt(p.display(), p.json(), "/image", ProblemKind.IMAGE_NOT_RELATIVE,
                    Wording.IMAGE_NOT_RELATIVE.with(image)));
            return null;
        }
        Path folder = p.folder().toAbsolutePath().normalize();
        Path resolved;
        try {
            resolved = folder.resolve(image).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            sink.add(problemAt(p.display(), p.json(), "/image", ProblemKind.IMAGE_NOT_RELATIVE,
                    Wording.PATH_NOT_A_NAME.with(org.caseexplorer.cases.Printable.escape(image))));
            return null;
        }
        if (!resolved.startsWith(folder)) {
            sink.add(problemAt(p.display(), p.json(), "/image", ProblemKind.IMAGE_OUTSIDE_FOLDER,
                    Wording.IMAGE_OUTSIDE.with(image)));
            return null;
        }
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            sink.add(problemAt(p.display(), p.json(), "/image", ProblemKind.IMAGE_NOT_FOUND,
                    Wording.IMAGE_NOT_FOUND.with(image)));
            return null;
        }
        // A symbolic link inside the folder may still lead out of it: compare the real paths.
        try {
            if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
                sink.add(problemAt(p.display(), p.json(), "/image", ProblemKind.IMAGE_LINK_OUTSIDE_FOLDER,
                        Wording.IMAGE_LINK_OUTSIDE.with(image)));
                return null;
            }
        } catch (IOException e) {
            sink.add(problemAt(p.display(), p.json(), "/image", ProblemKind.IMAGE_UNREADABLE,
                    Wording.IMAGE_UNREADABLE.with(image)));
            return null;
        }
        // Only a regular file, and only a picture whose size (read from its header) is within the limit.
        try {
            CasePicture.check(resolved, folder);
        } catch (LibraryFile.Refused e) {
            sink.add(problemAt(p.display(), p.json(), "/image", ProblemKind.IMAGE_NOT_USABLE,
                    Wording.IMAGE_NOT_SHOWN.with(image, e.reason())));
            return null;
        } catch (IOException e) {
            sink.add(problemAt(p.display(), p.json(), "/image", ProblemKind.IMAGE_UNREADABLE,
                    Wording.IMAGE_UNREADABLE_BECAUSE.with(image, JsonFileReader.describe(e))));
            return null;
        }
        return resolved;
    }
}
