package cn.gov.baoji.credit.adapters;

/** Marks an adapter that answers in-process instead of calling its agency; listed in a WARN line at start-up. */
public interface SandboxAdapter {

    /** The agency's name as in its {@code agency.<name>.*} properties, e.g. {@code market-registry}. */
    String agencyName();
}
