package cn.gov.baoji.credit.adapters.marketregistry.http;

/** The registry's {@code GET /enterprises/{creditCode}} answer (agencies/market-registry.yaml), as sent. */
record EnterpriseResponse(String creditCode, String name, String districtCode, String legalRepresentative,
                          String status) {
}
