package cn.gov.baoji.credit.registry;

import java.util.List;

/**
 * A search of the registry. {@code subject} matches a credit code or ID number exactly, or is a part of the
 * subject's name. {@code sort} is one of {@link #SORTS}, descending with a leading '-'.
 */
public record EntryQuery(String listType, EntryStatus status, String countyCode, String subject, int page, int size,
                         String sort) {

    public static final List<String> SORTS = List.of("decisionDate", "validUntil", "subjectName");
    public static final int MAX_SIZE = 100;
}
