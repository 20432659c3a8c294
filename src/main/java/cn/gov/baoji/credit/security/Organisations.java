package cn.gov.baoji.credit.security;

import java.util.List;
import java.util.Set;

/**
 * The groups of the work plan (DOMAIN.md), with their Chinese names. County groups come from the district
 * reference data: {@code county-<code>}.
 */
public final class Organisations {

    public static final String DRC = "drc";
    public static final String CREDIT_OFFICE = "credit-office";
    public static final String COMMERCE = "commerce";
    public static final String MARKET_REGULATION = "market-regulation";
    public static final String CREDIT_INVESTIGATOR = "credit-investigator";
    public static final String SUPERVISORS = "supervisors";
    public static final String INTEGRATORS = "integrators";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /** Industry associations and chambers of commerce: they may propose designations (mechanism 6). */
    public static final String ASSOCIATIONS = "associations";
    public static final String ECOMMERCE_ASSOCIATION = "ecommerce-association";
    public static final String COUNTY_PREFIX = "county-";

    /** City-level groups that see every case. */
    public static final Set<String> CITY_WIDE_READERS = Set.of(DRC, CREDIT_OFFICE, SUPERVISORS, CAMUNDA_ADMIN);

    /** Member units of the working group that share the lists and apply joint punishment. */
    public static final List<Organisation> MEMBER_UNITS = List.of(
            new Organisation(COMMERCE, "市商务局"),
            new Organisation("cyberspace", "市委网信办"),
            new Organisation("informatization", "市政府信息化办"),
            new Organisation(MARKET_REGULATION, "市工商局"),
            new Organisation("quality-supervision", "市质监局"),
            new Organisation("industry-it", "市工信局"),
            new Organisation("public-security", "市公安局"),
            new Organisation("customs", "宝鸡海关"),
            new Organisation(ECOMMERCE_ASSOCIATION, "市电子商务行业协会"));

    /** Every fixed group, member units included (county groups are added from reference data). */
    public static final List<Organisation> FIXED = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(
                    new Organisation(DRC, "市发改委"),
                    new Organisation(CREDIT_OFFICE, "市信用办"),
                    new Organisation(CREDIT_INVESTIGATOR, "陕西正浩征信有限公司"),
                    new Organisation(SUPERVISORS, "工作小组领导"),
                    new Organisation(INTEGRATORS, "系统对接方"),
                    new Organisation(ASSOCIATIONS, "行业协会商会"),
                    new Organisation(CAMUNDA_ADMIN, "系统管理员")),
            MEMBER_UNITS.stream()).toList();

    private Organisations() {
    }

    /** The Chinese name of a fixed group, or the id itself for any other. */
    public static String nameOf(String groupId) {
        return FIXED.stream().filter(o -> o.id().equals(groupId)).map(Organisation::name).findFirst().orElse(groupId);
    }

    public static boolean isCountyGroup(String groupId) {
        return groupId.startsWith(COUNTY_PREFIX);
    }

    /** A group of the plan with its Chinese name. */
    public record Organisation(String id, String name) {
    }
}
