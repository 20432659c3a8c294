package cn.gov.baoji.credit.punishment;

public record PunishmentMeasure(String memberUnit, String measureCode, String measure, String legalBasis,
                                boolean voluntary) {
}
