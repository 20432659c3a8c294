package cn.gov.baoji.credit.casefile;

import java.util.List;

/** One page of a case search; {@code total} is exact up to {@link cn.gov.baoji.credit.shared.PageTotal#CAP}. */
public record CasePage(List<CaseSummary> cases, int page, int size, long total, boolean totalExact) {
}
