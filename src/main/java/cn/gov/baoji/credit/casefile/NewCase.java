package cn.gov.baoji.credit.casefile;

/** What the case file keeps of a complaint when the case is opened (no reporter data: intake keeps that). */
public record NewCase(String caseNumber, String channel, String category, String subjectType, String subjectName,
                      String creditCode, String districtCode, String submittedBy) {
}
