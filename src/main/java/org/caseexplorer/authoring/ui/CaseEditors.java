package org.caseexplorer.authoring.ui;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.authoring.ContentHash;
import org.caseexplorer.authoring.DraftStore;
import org.caseexplorer.authoring.UserLibrary;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.state.TaskExecutor;

/**
 * The ways an editor of a case is opened: on a file of the user's library, on a case not saved
 * yet, on a draft left behind. Each editor keeps its draft under a key of its own (another Case
 * Explorer editing the same case keeps its own), and one on a file claims the file's lock
 * ({@link CaseClaim}): read-only when another Case Explorer has it open.
 */
public final class CaseEditors {

    private CaseEditors() {
    }

    /** An editor for a case file already in the user's library. */
    public static CaseEditorViewModel forFile(UserLibrary library, DraftStore drafts, LibraryLoader loader,
                                              Supplier<Library> context, String caseId, LongSupplier nanoClock,
                                              TaskExecutor tasks) throws IOException {
        byte[] bytes = library.read(caseId).orElseThrow(() -> new IOException("no file for case " + caseId));
        CaseDocument doc = CaseDocument.parse(bytes);
        return new CaseEditorViewModel(library, drafts, loader, context, doc, doc, caseId, ContentHash.of(bytes),
                caseId + "--" + UUID.randomUUID(), nanoClock, tasks, CaseClaim.of(library.locks(), caseId));
    }

    /** An editor for a case not saved yet, starting from {@code start} (blank, a copy, a recovered draft). */
    public static CaseEditorViewModel forNew(UserLibrary library, DraftStore drafts, LibraryLoader loader,
                                             Supplier<Library> context, CaseDocument start, String draftKey,
                                             LongSupplier nanoClock, TaskExecutor tasks) {
        return new CaseEditorViewModel(library, drafts, loader, context, start, null, null, ContentHash.ABSENT,
                draftKey, nanoClock, tasks, CaseClaim.none(library.locks()));
    }

    /**
     * An editor for a draft left behind, unsaved, as it was: on the file it edits when that is
     * there and readable, else as a new case. It keeps writing the same draft, now as its own.
     */
    public static CaseEditorViewModel forDraft(UserLibrary library, DraftStore drafts, LibraryLoader loader,
                                               Supplier<Library> context, DraftStore.Draft draft,
                                               LongSupplier nanoClock, TaskExecutor tasks) throws IOException {
        Optional<CaseDocument> onDisk = library.fileEditedBy(draft);
        if (onDisk.isEmpty()) {
            return forNew(library, drafts, loader, context, draft.document(), draft.key(), nanoClock, tasks);
        }
        return new CaseEditorViewModel(library, drafts, loader, context, draft.document(), onDisk.get(),
                draft.editedId(), library.hashOf(draft.editedId()), draft.key(), nanoClock, tasks,
                CaseClaim.of(library.locks(), draft.editedId()));
    }
}
