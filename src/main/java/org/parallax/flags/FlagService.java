package org.parallax.flags;

import java.util.List;
import org.parallax.core.flags.FlagCategory;
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
 * approved or rejected by editors, and searched across the corpus ("renderings of a source term").
 */
@Service
@Transactional
public class FlagService {

    static final String IMPORTER = "importer";
    private static final int LIST_LIMIT = 5000;

    private final FlagRepository flags;
    private final LibraryService library;
    private final FlagSuggester suggester = new FlagSuggester();

    FlagService(FlagRepository flags, LibraryService library) {
        this.flags = flags;
        this.library = library;
    }

    /** Suggests flags from the brackets of a newly imported version, in the import's transaction. */
    @EventListener
    public void suggestFlags(VersionImported imported) {
        VersionText version = library.version(imported.versionId()).orElseThrow();
        List<VersionText.Paragraph> paragraphs = version.paragraphs();
        List<String> texts = paragraphs.stream().map(p -> version.textOf(p.span())).toList();
        for (SuggestedFlag suggested : suggester.suggest(texts)) {
            Span inBody = suggested.span().shift(paragraphs.get(suggested.paragraph()).span().start());
            long id = flags.insert(version.summary().id(), inBody, suggested.text(), suggested.category(),
                    suggested.sourceTerm(), suggested.transliteration(), suggested.comment(), FlagStatus.PROPOSED,
                    IMPORTER);
            flags.insertChange(id, "suggest", IMPORTER, suggested.category().label() + " \"" + suggested.text() + "\"");
        }
    }

    /** A flag made by a person on a span of a version's body text. */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public Flag create(long versionId, Span span, FlagCategory category, String sourceTerm, String transliteration,
                       String comment, String author) {
        VersionText version = library.version(versionId).orElseThrow(() -> new IllegalArgumentException("no version"));
        if (span.end() > version.body().length() || span.length() == 0) {
            throw new IllegalArgumentException("the flagged span is empty or outside the text");
        }
        String text = version.textOf(span);
        long id = flags.insert(versionId, span, text, category, blankToNull(sourceTerm), blankToNull(transliteration),
                blankToNull(comment), FlagStatus.PROPOSED, author);
        flags.insertChange(id, "create", author, category.label() + " \"" + text + "\"");
        return flags.find(id).orElseThrow();
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
    public List<Flag> ofVersion(long versionId) {
        return flags.find(new FlagQuery(null, null, null, versionId), LIST_LIMIT);
    }

    /** A version's sentences as body spans with its flags, for highlighting sentence by sentence. */
    @Transactional(readOnly = true)
    public SentenceFlags inSentences(long versionId) {
        VersionText version = library.version(versionId)
                .orElseThrow(() -> new IllegalArgumentException("no version " + versionId));
        List<Span> sentences = version.paragraphs().stream().flatMap(p -> p.sentences().stream()).toList();
        return new SentenceFlags(versionId, version.body(), sentences, ofVersion(versionId));
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
