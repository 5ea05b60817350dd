package org.caseexplorer.authoring.ui;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.authoring.CaseIds;
import org.caseexplorer.authoring.ContentHash;
import org.caseexplorer.authoring.DraftStore;
import org.caseexplorer.authoring.EditLocks;
import org.caseexplorer.authoring.EditHistory;
import org.caseexplorer.authoring.FieldDiff;
import org.caseexplorer.authoring.UserLibrary;
import org.caseexplorer.cases.io.LibraryFile;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.state.TaskExecutor;
import org.caseexplorer.state.ViewModel;

/**
 * One case being edited: its document, the loader's problems with it (checked on every edit),
 * undo and redo, saving, the draft kept for crash recovery, and a change made on disk meanwhile.
 * Uses {@code javafx.beans} only, so it is tested without the toolkit.
 */
@ViewModel
public final class CaseEditorViewModel {

    private final UserLibrary library;
    private final LibraryLoader loader;
    private final Supplier<Library> context;
    private final EditHistory<CaseDocument> history;
    private final CaseDraft draft;

    private final ReadOnlyObjectWrapper<CaseDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ExternalChange> externalChange = new ReadOnlyObjectWrapper<>();

    /** What the file held when editing began or was last saved; null for a case never saved. */
    private CaseDocument saved;
    /** The id the case's file has on disk (null until first saved). */
    private String savedId;
    private String baseHash;
    /** A new case's id follows its name (English, else Chinese) until the id is typed in by hand. */
    private boolean idFollowsName;
    private final LiveCheck checks;
    private final CaseClaim claim;

    CaseEditorViewModel(UserLibrary library, DraftStore drafts, LibraryLoader loader, Supplier<Library> context,
                        CaseDocument start, CaseDocument saved, String savedId, String baseHash, String draftKey,
                        LongSupplier nanoClock, TaskExecutor tasks, CaseClaim claim) {
        this.checks = new LiveCheck(tasks.checks(), tasks.fx(), this::check);
        this.claim = claim;
        this.library = library;
        this.loader = loader;
        this.context = context;
        this.history = new EditHistory<>(nanoClock);
        this.saved = saved;
        this.savedId = savedId;
        this.baseHash = baseHash;
        this.draft = new CaseDraft(drafts, draftKey);
        this.idFollowsName = savedId == null && (start.id().isEmpty()
                || CaseIds.fromName(start.text("/name/en")).equals(start.id())
                || proposedId(start).equals(start.id()));
        show(start);
    }

    public ReadOnlyObjectProperty<CaseDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public CaseDocument document() {
        return document.get();
    }

    /** The loader's problems with the case as it is now, in field order. */
    public ObservableList<Problem> problems() {
        return checks.problems();
    }

    /** The problems at one field, named as problems name fields ("links[0].evidence[1].quote"). */
    public List<Problem> problemsAt(String field) {
        return checks.problems().stream().filter(p -> p.field().equals(field)).toList();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** No problem at all: only then is the case written to its file. */
    public ReadOnlyBooleanProperty validProperty() {
        return checks.validProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExternalChange> externalChangeProperty() {
        return externalChange.getReadOnlyProperty();
    }

    /** The id of the case's file, or null for a case not saved yet. */
    public String savedId() {
        return savedId;
    }

    /** Who has this case open for editing in another Case Explorer; then it is shown here read-only. */
    public Optional<EditLocks.Holder> openElsewhere() {
        return claim.elsewhere();
    }

    public String draftKey() {
        return draft.key();
    }

    /** Copies a picture into the library and names it as the case's picture. */
    public void choosePicture(Path file) throws IOException {
        setOptionalText("/image", library.copyPicture(file));
    }

    public Library library() {
        return context.get();
    }

    // --- edits -------------------------------------------------------------------------------

    /** Sets the text at {@code pointer}; typing in one field undoes as one step. */
    public void setText(String pointer, String value) {
        CaseDocument now = document.get();
        if (now.text(pointer).equals(value) && !now.at(pointer).isMissingNode()) {
            return;
        }
        CaseDocument next = now.withText(pointer, value);
        if (pointer.equals("/id")) {
            idFollowsName = false;
        } else if ((pointer.equals("/name/en") || pointer.equals("/name/zh")) && idFollowsName) {
            next = next.withText("/id", proposedId(next));
        }
        apply(next, pointer);
    }

    /** Sets or (with "" for an optional field) removes the text at {@code pointer}. */
    public void setOptionalText(String pointer, String value) {
        if (value == null || value.isEmpty()) {
            if (!document.get().at(pointer).isMissingNode()) {
                apply(document.get().withValue(pointer, null), pointer);
            }
        } else {
            setText(pointer, value);
        }
    }

    public void setStrength(int linkIndex, int strength) {
        String pointer = "/links/" + linkIndex + "/strength";
        if (document.get().at(pointer).asInt() != strength) {
            apply(document.get().withValue(pointer, IntNode.valueOf(strength)), null);
        }
    }

    /** A year as typed: a number when it is one; otherwise kept as text, so the loader's message shows at the field. */
    public void setYear(int factIndex, String text) {
        String pointer = "/facts/" + factIndex + "/year";
        String digits = text.strip();
        if (digits.isEmpty() || !digits.matches("-?\\d{1,9}")) {
            setOptionalText(pointer, digits.isEmpty() ? "" : text);
            return;
        }
        CaseDocument next = document.get().withValue(pointer, IntNode.valueOf(Integer.parseInt(digits)));
        if (!next.equals(document.get())) {
            apply(next, pointer);
        }
    }

    /** A structural edit (add, remove, move): always a step of its own. */
    public void edit(UnaryOperator<CaseDocument> change) {
        CaseDocument next = change.apply(document.get());
        if (!next.equals(document.get()) && !claim.readOnly()) {
            apply(next, null);
        }
    }

    public void addFact() {
        append("/facts", BlankItems.fact());
    }

    /** Adds a link to {@code principleId} (strength 2) with one empty quote to fill in. */
    public void addLink(String principleId) {
        append("/links", BlankItems.link(principleId));
    }

    /**
     * Adds a quote from {@code sourceId} to link {@code linkIndex}, exactly as given: the seam
     * for the source reader's "Use as evidence", which passes the passage as the source has it.
     * The link's first quote with no words yet (the one "Add link" makes, even with a source
     * already picked for it) is filled instead of adding another; its translation stays.
     */
    public void addEvidence(int linkIndex, String sourceId, String quote) {
        String list = "/links/" + linkIndex + "/evidence";
        int size = document.get().size(list);
        int empty = quote.isEmpty() ? -1 : BlankItems.firstWithoutWords(document.get(), list);
        if (empty >= 0) {
            String at = list + "/" + empty;
            edit(x -> x.withText(at + "/source", sourceId).withText(at + "/quote", quote));
        } else {
            edit(x -> x.withInserted(list, size, BlankItems.evidence(sourceId, quote)));
        }
    }

    public void addWebLink() {
        append("/web", BlankItems.webLink());
    }

    private void append(String listPointer, ObjectNode item) {
        edit(d -> d.withInserted(listPointer, d.size(listPointer), item));
    }

    public void remove(String listPointer, int index) {
        edit(d -> d.withRemoved(listPointer, index));
    }

    /** Moves a list item by {@code offset} places (keyboard: Alt+Up, Alt+Down), or to a place (drag). */
    public void move(String listPointer, int from, int to) {
        edit(d -> d.withMoved(listPointer, from, to));
    }

    public void undo() {
        history.undo(document.get()).filter(d -> !claim.readOnly()).ifPresent(this::show);
    }

    public void redo() {
        history.redo(document.get()).filter(d -> !claim.readOnly()).ifPresent(this::show);
    }

    private void apply(CaseDocument next, String coalesceKey) {
        if (claim.readOnly()) {
            return; // open for editing elsewhere: shown, not changed
        }
        history.record(document.get(), coalesceKey);
        show(next);
        history.settled();
    }

    private void show(CaseDocument next) {
        checks.ask(next); // on the checks lane; inline (tests), the problems come before the document
        document.set(next);
        dirty.set(saved == null || !saved.equals(next));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    /** The case checked as it will be written: a language left empty in a text is left out (one language is enough). */
    private List<Problem> check(CaseDocument doc) {
        Library lib = context.get();
        return loader.checkCase(doc.withoutEmptyLanguages().readOnlyTree(), library.folder(), fileName(doc), lib,
                otherIds(lib));
    }

    private String fileName(CaseDocument doc) {
        return library.folder() + "/" + (doc.id().isEmpty() ? "new case" : doc.id()) + ".json";
    }

    private Set<String> otherIds(Library lib) {
        return lib.cases().stream().map(Case::id).filter(id -> !id.equals(savedId)).collect(Collectors.toSet());
    }

    /** The id proposed from the names: not one the library has, nor a file in its folder (one that did not load). */
    private String proposedId(CaseDocument doc) {
        Set<String> others = otherIds(context.get());
        return CaseIds.propose(doc.text("/name/en"), doc.text("/name/zh"),
                id -> others.contains(id) || java.nio.file.Files.exists(library.folder().resolve(id + ".json")));
    }

    // --- saving, drafts, the disk ----------------------------------------------------------

    /**
     * Writes the case if it has no problem (the loader would take it as it is), here and now.
     *
     * @return whether it was written
     */
    public boolean save() throws IOException {
        Callable<Runnable> work = saveWork();
        if (work != null) {
            CaseDraft.callNow(work).run();
        }
        return work != null;
    }

    /**
     * A save as work for another thread (the window's files lane), or null if the case has a
     * problem. The case is taken as it is now; the work writes it (and drops the draft) and
     * returns what to do on this thread once written: the editor then knows the case as saved.
     * Edits made meanwhile stay, unsaved.
     */
    public Callable<Runnable> saveWork() {
        if (claim.readOnly() || !checks.validNow(document.get())) { // checked now if typed since the last check came back
            return null;
        }
        CaseDocument doc = document.get();
        String replacing = savedId;
        return () -> {
            String hash = library.save(doc.withoutEmptyLanguages(), replacing);
            draft.drop();
            return () -> saved(doc, hash);
        };
    }

    private void saved(CaseDocument doc, String hash) {
        baseHash = hash;
        saved = doc;
        savedId = doc.id();
        claim.savedAs(savedId);
        idFollowsName = false;
        history.breakCoalescing();
        externalChange.set(null);
        show(document.get());
    }

    /** Keeps the unsaved edits as a draft now (on closing and quitting), or drops the draft if none. */
    public void keepDraft() throws IOException {
        draft.keepNow(unsavedEdits());
        claim.release(); // the editor goes (another opens, or the app quits): its lock goes with it
    }

    /**
     * The draft to keep as the case is now, as work for another thread (the editor keeps one
     * every few seconds on the files lane): the unsaved edits, or dropping the draft if there are
     * none. A save or a discard that comes first makes it do nothing, so a draft never outlives
     * the save that made it needless.
     */
    public Callable<Void> draftWork() {
        return claim.beating(draft.work(unsavedEdits()));
    }

    /** The editor is closed without saving: its draft goes too. */
    public void discard() throws IOException {
        draft.drop();
        claim.release();
    }

    /** The draft of the unsaved edits as the case is now, or null if there are none. */
    private DraftStore.Draft unsavedEdits() {
        return dirty.get() && !claim.readOnly() // a read-only editor has no edits of its own to keep
                ? new DraftStore.Draft(draft.key(), savedId == null ? "" : savedId, baseHash, document.get()) : null;
    }

    /**
     * Looks at the case's file after the folder changed. Judged by content: the same bytes (the
     * app's own save, a touch, a rewrite) are no change. A change with no unsaved edits is taken;
     * with unsaved edits, it is offered ({@link #externalChangeProperty}).
     */
    public void checkDisk() throws IOException {
        if (savedId == null) {
            return;
        }
        String hash = library.hashOf(savedId);
        if (hash.equals(baseHash) || hash.equals(ContentHash.ABSENT)) {
            return;
        }
        CaseDocument theirs;
        try {
            byte[] bytes = library.read(savedId).orElseThrow();
            org.caseexplorer.cases.io.LibraryFormat.refuseToReplace(bytes, savedId); // a newer one's file: said, never taken
            theirs = CaseDocument.parse(bytes);
        } catch (LibraryFile.Refused e) {
            return; // not a file to read at all (replaced by a FIFO, grown past the limit): the loader says so
        } catch (IOException e) {
            externalChange.set(ExternalChange.unreadable(hash, e)); // said at once: no save writes over it unseen
            return;
        }
        if (!dirty.get()) {
            if (!claim.readOnly()) {
                history.record(document.get(), null); // a read-only editor has no step of its own to undo
            }
            saved = theirs;
            baseHash = hash;
            externalChange.set(null);
            show(theirs);
        } else {
            externalChange.set(new ExternalChange(theirs, hash, FieldDiff.between(document.get(), theirs)));
        }
    }

    /** Checks the case again: the library around it (its principles, sources, other ids) changed. */
    public void revalidate() {
        show(document.get());
    }

    /** Takes the file's version, dropping the unsaved edits (undoable). */
    public void takeTheirs() {
        mergeFromTheirs(null);
    }

    /** Keeps the edits; saving will replace their version (which then goes to the history). */
    public void keepMine() {
        ExternalChange change = externalChange.get();
        if (change != null) {
            baseOn(change);
            show(document.get());
        }
    }

    /** Takes their value for the fields named (by pointer), keeps mine for the rest (undoable). */
    public void mergeFromTheirs(Set<String> pointers) {
        ExternalChange change = externalChange.get();
        if (change == null || change.unreadable()) {
            return;
        }
        CaseDocument next = pointers == null ? change.theirs()
                : FieldDiff.merge(document.get(), change.theirs(), pointers);
        baseOn(change);
        history.record(document.get(), null);
        show(next);
    }

    /**
     * Their version is now what the file holds, as far as this editor knows. For an unreadable
     * file there is no version to compare with: the case counts as unsaved, so Save writes it.
     */
    private void baseOn(ExternalChange change) {
        saved = change.theirs();
        baseHash = change.theirHash();
        externalChange.set(null);
    }
}
