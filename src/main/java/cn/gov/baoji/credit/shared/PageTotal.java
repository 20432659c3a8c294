package cn.gov.baoji.credit.shared;

/**
 * How many rows a search matched, counted up to {@link #CAP}: enough for any pager a person uses, while a page of a
 * million-row table costs an index range of at most {@code CAP} rows instead of a count of the whole table.
 * {@code exact} is false when there are more.
 */
public record PageTotal(long count, boolean exact) {

    public static final int CAP = 10_000;

    /** The SQL that counts the rows of {@code fromWhere} (a {@code FROM … WHERE …} clause) up to one past the cap. */
    public static String countSql(String fromWhere) {
        return "SELECT count(*) FROM (SELECT 1 AS one " + fromWhere + " FETCH FIRST " + (CAP + 1) + " ROWS ONLY) capped";
    }

    /** The total from what {@link #countSql(String)} counted. */
    public static PageTotal of(long counted) {
        return counted > CAP ? new PageTotal(CAP, false) : new PageTotal(counted, true);
    }
}
