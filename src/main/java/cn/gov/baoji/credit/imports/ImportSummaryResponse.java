package cn.gov.baoji.credit.imports;

import java.util.List;

/**
 * What an import did, row by row counted. {@code rejections} lists the first {@value ImportSummary#MAX_REJECTIONS}
 * problems ({@code rejectionsTruncated} says there were more); {@code stoppedEarly} says why the body could not
 * be read to its end (the rows before were applied), absent when it was.
 */
public record ImportSummaryResponse(long rows, long accepted, long updated, long withdrawn, long unchanged,
                                    long rejected, List<RowRejection> rejections, boolean rejectionsTruncated,
                                    String stoppedEarly) {
}
