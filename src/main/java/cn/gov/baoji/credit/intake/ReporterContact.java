package cn.gov.baoji.credit.intake;

/** How to reach the person who complained; personal data, read only to notify them. */
record ReporterContact(String name, String phone, String email) {
}
