package cn.gov.baoji.credit.adapters.nationalplatform;

import java.util.Locale;

/** What a report to the national platform is about; each kind has its own path. */
public enum FeedbackKind {
    ENTRY_LISTED, ENTRY_CHANGED, ENTRY_REMOVED, MEASURES_REPORTED, STATISTICS;

    /** The path segment, e.g. {@code entry-listed}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
