package cn.gov.baoji.credit.alliance;

import java.util.List;

/** A page of reports, newest first. */
record ReportPageResponse(List<ReportResponse> reports, int page, int size, long total) {
}
