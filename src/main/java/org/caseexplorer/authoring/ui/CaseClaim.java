package org.caseexplorer.authoring.ui;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caseexplorer.authoring.EditLocks;

/**
 * An editor's claim on its case's file (see {@link EditLocks}): the lock it holds while the case
 * is open, touched with every draft tick and given up on closing; or, when another Case Explorer
 * has the case open, who and since when, and the editor is read-only. A new case claims its id
 * when first saved. A lock that cannot be written (a read-only folder) is no reason not to edit:
 * the editor then goes without one, and saving says what is wrong.
 */
final class CaseClaim {

    private final EditLocks locks;
    private final EditLocks.Holder elsewhere;
    /** The id whose lock this editor holds, or null. */
    private volatile String held;

    private CaseClaim(EditLocks locks, EditLocks.Holder elsewhere, String held) {
        this.locks = locks;
        this.elsewhere = elsewhere;
        this.held = held;
    }

    /** The claim of an editor opening the file of {@code caseId}: the lock, or who has it. */
    static CaseClaim of(EditLocks locks, String caseId) {
        try {
            Optional<EditLocks.Holder> other = locks.claim(caseId);
            return other.map(h -> new CaseClaim(locks, h, null)).orElseGet(() -> new CaseClaim(locks, null, caseId));
        } catch (IOException e) {
            return new CaseClaim(locks, null, null);
        }
    }

    /** The claim of a new case: nothing to lock until it has a file. */
    static CaseClaim none(EditLocks locks) {
        return new CaseClaim(locks, null, null);
    }

    /** Who has the case open for editing elsewhere; empty when this editor may edit it. */
    Optional<EditLocks.Holder> elsewhere() {
        return Optional.ofNullable(elsewhere);
    }

    boolean readOnly() {
        return elsewhere != null;
    }

    /** {@code work} (a draft tick on the files lane), with the heartbeat of the lock before it. */
    <T> Callable<T> beating(Callable<T> work) {
        return () -> {
            String id = held;
            if (id != null) {
                locks.beat(id);
            }
            return work.call();
        };
    }

    /** The case's file is now named {@code caseId} (a first save, a rename): the lock follows it. */
    void savedAs(String caseId) {
        if (readOnly() || caseId.equals(held)) {
            return;
        }
        release();
        try {
            held = locks.claim(caseId).isEmpty() ? caseId : null;
        } catch (IOException e) {
            held = null;
        }
    }

    /** The editor closes: its lock goes. */
    void release() {
        String id = held;
        held = null;
        if (id != null) {
            try {
                locks.release(id);
            } catch (IOException e) {
                // Left behind, it is stale once this process ends, and taken over then.
            }
        }
    }
}
