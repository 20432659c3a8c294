package cn.gov.baoji.credit.intake;

/** Who the complaint is about. Natural persons' names and ID numbers are personal data. */
enum SubjectType {
    ENTERPRISE, INDIVIDUAL_BUSINESS, NATURAL_PERSON, PLATFORM
}
