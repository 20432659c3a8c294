package cn.gov.baoji.credit.registry;

/** Who designated the subject: Baoji itself, or the province or the nation (imported targets). */
public enum EntrySource {
    LOCAL, PROVINCIAL, NATIONAL
}
