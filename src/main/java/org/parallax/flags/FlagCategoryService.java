package org.parallax.flags;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parallax.core.export.ItsIssueType;
import org.parallax.users.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of flag categories. Everyone reads it; only administrators add, rename, recolor, retire and delete
 * categories (checked here, not only in the view). A code never changes once made, since flags and exports refer to
 * it; a category in use can be retired but not deleted.
 */
@Service
@Transactional
public class FlagCategoryService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");

    private final CategoryRepository categories;
    private final FlagRepository flags;

    FlagCategoryService(CategoryRepository categories, FlagRepository flags) {
        this.categories = categories;
        this.flags = flags;
    }

    /** Every category, retired ones included, in list order. */
    @Transactional(readOnly = true)
    public List<Category> all() {
        return categories.all();
    }

    /** The categories a new flag may have: every one not retired, in list order. */
    @Transactional(readOnly = true)
    public List<Category> offered() {
        return categories.all().stream().filter(c -> !c.retired()).toList();
    }

    /**
     * @param code          upper-case letters, digits and underscores, e.g. {@code CALQUE}; lower case is raised
     * @param itsIssueType  an ITS 2.0 {@code locQualityIssueType}, e.g. {@code terminology}
     * @throws IllegalArgumentException when a field is invalid or the code or label is taken
     */
    @RolesAllowed(Roles.ADMIN)
    public Category add(String code, String label, String color, String itsIssueType) {
        String checkedCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(checkedCode).matches()) {
            throw new IllegalArgumentException("A category code is a letter followed by up to 39 letters, digits or "
                    + "underscores, e.g. CALQUE.");
        }
        if (categories.find(checkedCode).isPresent()) {
            throw new IllegalArgumentException("There is already a category with the code " + checkedCode + ".");
        }
        Category category = new Category(checkedCode, checkedLabel(label, checkedCode), checkedColor(color),
                checkedIssueType(itsIssueType), false);
        categories.insert(category);
        return category;
    }

    @RolesAllowed(Roles.ADMIN)
    public Category rename(String code, String label) {
        Category before = category(code);
        return save(new Category(code, checkedLabel(label, code), before.color(), before.itsIssueType(),
                before.retired()));
    }

    @RolesAllowed(Roles.ADMIN)
    public Category recolor(String code, String color) {
        Category before = category(code);
        return save(new Category(code, before.label(), checkedColor(color), before.itsIssueType(), before.retired()));
    }

    @RolesAllowed(Roles.ADMIN)
    public Category changeIssueType(String code, String itsIssueType) {
        Category before = category(code);
        return save(new Category(code, before.label(), before.color(), checkedIssueType(itsIssueType),
                before.retired()));
    }

    /** Stops offering the category for new flags; the flags that have it keep it. */
    @RolesAllowed(Roles.ADMIN)
    public Category retire(String code) {
        Category before = category(code);
        return save(new Category(code, before.label(), before.color(), before.itsIssueType(), true));
    }

    /** Offers a retired category again. */
    @RolesAllowed(Roles.ADMIN)
    public Category reinstate(String code) {
        Category before = category(code);
        return save(new Category(code, before.label(), before.color(), before.itsIssueType(), false));
    }

    /** @throws IllegalStateException when a flag has the category (retire it instead) */
    @RolesAllowed(Roles.ADMIN)
    public void delete(String code) {
        Category category = category(code);
        int inUse = flags.countWithCategory(code);
        if (inUse > 0) {
            throw new IllegalStateException("\"" + category.label() + "\" cannot be deleted: " + inUse
                    + (inUse == 1 ? " flag has" : " flags have") + " it. Retire it instead, so it is no longer "
                    + "offered for new flags.");
        }
        categories.delete(code);
    }

    /**
     * The category with this code, retired or not.
     *
     * @throws IllegalArgumentException when there is none
     */
    @Transactional(readOnly = true)
    public Category category(String code) {
        return categories.find(code).orElseThrow(() -> new IllegalArgumentException("no flag category " + code));
    }

    private Category save(Category category) {
        categories.update(category);
        return category;
    }

    private String checkedLabel(String label, String code) {
        String stripped = label == null ? "" : label.strip();
        if (stripped.isEmpty() || stripped.length() > 100) {
            throw new IllegalArgumentException("A category needs a label of 1 to 100 characters.");
        }
        boolean taken = categories.all().stream()
                .anyMatch(c -> !c.code().equals(code) && c.label().equalsIgnoreCase(stripped));
        if (taken) {
            throw new IllegalArgumentException("There is already a category labelled \"" + stripped + "\".");
        }
        return stripped;
    }

    private static String checkedColor(String color) {
        String lower = color == null ? "" : color.strip().toLowerCase(Locale.ROOT);
        if (!COLOR.matcher(lower).matches()) {
            throw new IllegalArgumentException("A color is written #rrggbb, e.g. #dbe9fb.");
        }
        return lower;
    }

    private static String checkedIssueType(String type) {
        return ItsIssueType.ofCode(type == null ? "" : type.strip()).map(ItsIssueType::code)
                .orElseThrow(() -> new IllegalArgumentException("Not an ITS 2.0 issue type: " + type + "."));
    }
}
