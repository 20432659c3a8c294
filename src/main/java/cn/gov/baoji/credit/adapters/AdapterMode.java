package cn.gov.baoji.credit.adapters;

/** How an agency adapter reaches its agency: the in-process sandbox (default) or the agency's real HTTP API. */
public enum AdapterMode {
    SANDBOX,
    HTTP
}
