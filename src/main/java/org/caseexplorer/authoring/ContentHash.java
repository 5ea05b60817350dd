package org.caseexplorer.authoring;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's identity by its content: SHA-256 of its bytes. Changes on disk are judged by this,
 * never by time stamps, so a touch, the app's own save or the same bytes written again is no change.
 */
public final class ContentHash {

    /** The hash of a file that is not there. */
    public static final String ABSENT = "absent";

    private ContentHash() {
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
