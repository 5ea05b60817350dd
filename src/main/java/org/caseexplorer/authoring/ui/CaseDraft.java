package org.caseexplorer.authoring.ui;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.caseexplorer.authoring.DraftStore;

/**
 * The draft of one case's unsaved edits, kept for crash recovery: written now, or as work for
 * another thread (the editor keeps one every few seconds on the files lane), and dropped when
 * the case is saved or its edits discarded. A draft asked for before such a drop is not
 * written, so a draft never outlives the save that made it needless.
 */
final class CaseDraft {

    private final DraftStore drafts;
    private final String key;
    /** Orders the drafts written on another thread with the saves and discards made here. */
    private final Object lock = new Object();
    /** Counts saves and discards: a draft asked for before one of them is not written. */
    private long generation;

    CaseDraft(DraftStore drafts, String key) {
        this.drafts = drafts;
        this.key = key;
    }

    String key() {
        return key;
    }

    /** Keeps {@code draft} now, or drops the draft if there is none (null: no unsaved edits). */
    void keepNow(DraftStore.Draft draft) throws IOException {
        callNow(work(draft));
    }

    /** Runs work meant for another thread here and now; its failure as an {@code IOException}. */
    static <T> T callNow(Callable<T> work) throws IOException {
        try {
            return work.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /**
     * Keeping {@code draft}, or dropping the draft if it is null, as work for another thread; a
     * save or a discard that comes first makes it do nothing.
     */
    Callable<Void> work(DraftStore.Draft draft) {
        long asked;
        synchronized (lock) {
            asked = generation;
        }
        return () -> {
            synchronized (lock) {
                if (asked == generation) {
                    if (draft != null) {
                        drafts.keep(draft);
                    } else {
                        drafts.discard(key);
                    }
                }
            }
            return null;
        };
    }

    /** The case is saved or its edits discarded: the draft goes, and none asked for before is written. */
    void drop() throws IOException {
        synchronized (lock) {
            generation++;
            drafts.discard(key);
        }
    }
}
