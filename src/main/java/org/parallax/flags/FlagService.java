package org.parallax.flags;

import java.util.List;
import java.util.Optional;
import org.parallax.core.flags.FlagSuggester;
import org.parallax.core.flags.SuggestedFlag;
import org.parallax.core.text.Span;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionImported;
import org.parallax.library.VersionText;
import org.parallax.review.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import org.parallax.users.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translation-choice flags: suggested from a translation's own brackets when it is imported, created by people,
 * approved or rejected by editors, and searched across the corpus ("renderings of a source term"). A flag created in
 * an alignment is linked to the source span it renders (see {@link SourceLinkService} for the links afterwards).
 * Every change is recorded in the flag's history.
 */
@Service
@Transactional
public class FlagService {

    static final String IMPORTER = "importer";
    private static final int LIST_LIMIT = 5000;

    private final FlagRepository flags;
    private final FlagCategoryService categories;
    private final LibraryService library;
    private final AlignedSources alignedSources;
    private final SourceLinking linking;
    private final FlagSuggester suggester = new FlagSuggester();

    FlagService(FlagRepository flags, FlagCategoryService categories, LibraryService library,
                AlignedSources alignedSources) {
        this.flags = flags;
        this.categories = categories;
        this.library = library;
        this.alignedSources = alignedSources;
        this.linking = new SourceLinking(flags);
    }

    /** Suggests flags from the brackets of a newly imported version, in the import's transaction. */
    @EventListener
    public void suggestFlags(VersionImported imported) {
        VersionText version = library.version(imported.versionId()).orElseThrow();
        List<VersionText.Paragraph> paragraphs = version.paragraphs();
        List<String> texts = paragraphs.stream().map(p -> version.textOf(p.span())).toList();
        for (SuggestedFlag suggested : suggester.suggest(texts)) {
            Span inBody = suggested.span().shift(paragraphs.get(suggested.paragraph()).span().start());
            long id = flags.insert(version.summary().id(), inBody, suggested.text(), suggested.category().name(),
                    suggested.sourceTerm(), suggested.transliteration(), suggested.comment(), FlagStatus.PROPOSED,
                    IMPORTER);
            flags.insertChange(id, "suggest", IMPORTER, suggested.category().label() + " \"" + suggested.text() + "\"");
        }
    }

    /**
     * A flag made by a person on a span of a version's body text.
     *
     * @param category the code of a category that is offered (not retired)
     */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public Flag create(long versionId, Span span, String category, String sourceTerm, String transliteration,
                       String comment, String author) {
        return insert(versionId, span, offered(category), sourceTerm, transliteration, comment, author, "create");
    }

    /**
     * A flag read from an exported file: like {@link #create}, but a retired category is kept, since the flag had it
     * before, and the source span it was linked to is restored.
     *
     * @param sourceSpan offsets into the body text of version {@code sourceVersionId}, or null when not linked
     */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public Flag restore(long versionId, Span span, String category, String sourceTerm, String transliteration,
                        String comment, long sourceVersionId, Span sourceSpan, String author) {
        Flag flag = insert(versionId, span, categories.category(category), sourceTerm, transliteration, comment,
                author, "import");
        if (sourceSpan == null) {
            return flag;
        }
        VersionText source = library.version(sourceVersionId)
                .orElseThrow(() -> new IllegalArgumentException("no version " + sourceVersionId));
        AlignedSource.checked(source, sourceSpan);
        return linking.link(flag, new SourceLink(sourceVersionId, sourceSpan, source.textOf(sourceSpan), author),
                author);
    }

    /**
     * A flag made in an alignment's editor on its target version, linked to the source span the person selected or,
     * when none is given, to where the source term is found in the bead's source sentences.
     *
     * @param span       offsets into the target version's body text
     * @param sourceSpan offsets into the source version's body text, or null
     */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public Flag createInAlignment(long alignmentId, Span span, String category, String sourceTerm,
                                  String transliteration, String comment, Span sourceSpan, String author) {
        AlignedSource aligned = alignedSources.of(alignmentId);
        Category checked = offered(category);
        if (sourceSpan != null) {
            aligned.checkedSourceSpan(sourceSpan);
        }
        Flag flag = insert(aligned.targetVersionId(), span, checked, sourceTerm, transliteration, comment, author,
                "create");
        if (sourceSpan != null) {
            return linking.link(flag, aligned.chosen(sourceSpan, author), author);
        }
        return aligned.locate(flag).map(found -> linking.link(flag, aligned.found(found), author)).orElse(flag);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Flag approve(long flagId, int lockVersion, String editor) {
        return decide(flagId, lockVersion, FlagStatus.APPROVED, editor);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Flag reject(long flagId, int lockVersion, String editor) {
        return decide(flagId, lockVersion, FlagStatus.REJECTED, editor);
    }

    /** Approves every given flag still as the editor saw it; returns how many were approved. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public int approveAll(List<Flag> seen, String editor) {
        int approved = 0;
        for (Flag flag : seen) {
            if (flag.status() != FlagStatus.APPROVED && flags.updateStatus(flag.id(), flag.lockVersion(),
                    FlagStatus.APPROVED)) {
                flags.insertChange(flag.id(), "approve", editor, flag.status().name().toLowerCase() + " → approved");
                approved++;
            }
        }
        return approved;
    }

    @Transactional(readOnly = true)
    public List<Flag> find(FlagQuery query) {
        return flags.find(query, LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public Optional<Flag> flag(long flagId) {
        return flags.find(flagId);
    }

    @Transactional(readOnly = true)
    public List<Flag> ofVersion(long versionId) {
        return flags.find(new FlagQuery(null, null, null, versionId), LIST_LIMIT);
    }

    /** A version's sentences as body spans with its flags, for highlighting sentence by sentence. */
    @Transactional(readOnly = true)
    public SentenceFlags inSentences(long versionId) {
        VersionText version = library.version(versionId)
                .orElseThrow(() -> new IllegalArgumentException("no version " + versionId));
        return new SentenceFlags(versionId, version.body(), version.sentenceSpans(), ofVersion(versionId));
    }

    /** The categories a new flag may have, for the views that create flags (see {@link FlagCategoryService}). */
    @Transactional(readOnly = true)
    public List<Category> offeredCategories() {
        return categories.offered();
    }

    /** Every category, retired ones included, for filters of existing flags. */
    @Transactional(readOnly = true)
    public List<Category> allCategories() {
        return categories.all();
    }

    @Transactional(readOnly = true)
    public List<String> history(long flagId) {
        return flags.history(flagId);
    }

    /** Every way the corpus renders a source term (e.g. доказать), most frequent first; rejected flags excluded. */
    @Transactional(readOnly = true)
    public List<Rendering> renderings(String sourceTerm) {
        return flags.renderings(sourceTerm);
    }

    private Flag decide(long flagId, int lockVersion, FlagStatus status, String editor) {
        Flag before = flags.find(flagId).orElseThrow(() -> new IllegalArgumentException("no flag " + flagId));
        if (!flags.updateStatus(flagId, lockVersion, status)) {
            throw new ConflictException("This flag was changed by someone else since you loaded it (now "
                    + before.status().name().toLowerCase() + "); reload to see the change.");
        }
        flags.insertChange(flagId, status == FlagStatus.APPROVED ? "approve" : "reject", editor,
                before.status().name().toLowerCase() + " → " + status.name().toLowerCase());
        return flags.find(flagId).orElseThrow();
    }

    private Flag insert(long versionId, Span span, Category category, String sourceTerm, String transliteration,
                        String comment, String author, String operation) {
        VersionText version = library.version(versionId).orElseThrow(() -> new IllegalArgumentException("no version"));
        if (span.end() > version.body().length() || span.length() == 0) {
            throw new IllegalArgumentException("the flagged span is empty or outside the text");
        }
        String text = version.textOf(span);
        long id = flags.insert(versionId, span, text, category.code(), blankToNull(sourceTerm),
                blankToNull(transliteration), blankToNull(comment), FlagStatus.PROPOSED, author);
        flags.insertChange(id, operation, author, category.label() + " \"" + text + "\"");
        return flags.find(id).orElseThrow();
    }

    private Category offered(String code) {
        Category category = categories.category(code);
        if (category.retired()) {
            throw new IllegalArgumentException("the category \"" + category.label()
                    + "\" is retired and no longer offered for new flags");
        }
        return category;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
