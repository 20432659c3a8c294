package cn.gov.baoji.credit.shared;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a search box's text means for a subject. Eighteen digits and letters are an identifier (a unified social
 * credit code or a resident ID number), looked up exactly by its index; anything else is a part of a name, matched
 * anywhere in it (on PostgreSQL through the trigram indexes of migration V31). Keeping the two apart is what lets
 * each use its index: one condition {@code code = ? OR name LIKE ?} made PostgreSQL scan the whole table.
 */
public record SubjectSearch(String identifier, String namePart) {

    private static final Pattern IDENTIFIER = Pattern.compile("[0-9A-Z]{18}");

    public SubjectSearch {
        if ((identifier == null) == (namePart == null)) {
            throw new IllegalArgumentException("a subject search is either an identifier or a part of a name");
        }
    }

    /** The search for what a person typed; null when there is nothing to search for. */
    public static SubjectSearch of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        String upper = stripped.toUpperCase(Locale.ROOT);
        return IDENTIFIER.matcher(upper).matches() ? new SubjectSearch(upper, null) : new SubjectSearch(null, stripped);
    }

    public boolean byIdentifier() {
        return identifier != null;
    }

    /**
     * The SQL condition of this search ({@code AND …}) over a table's identifier columns or its name column; its
     * parameters are added to {@code params}. Column names come from the caller's code, never from input.
     */
    public String condition(List<String> identifierColumns, String nameColumn, List<Object> params) {
        if (byIdentifier()) {
            identifierColumns.forEach(column -> params.add(identifier));
            return " AND (" + String.join(" OR ", identifierColumns.stream().map(c -> c + " = ?").toList()) + ")";
        }
        params.add(likePattern());
        return " AND " + nameColumn + " LIKE ? ESCAPE '\\'";
    }

    /** The part of the name as a {@code LIKE} pattern with backslash as the escape character. */
    public String likePattern() {
        return "%" + namePart.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
