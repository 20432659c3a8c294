package cn.gov.baoji.credit.portal;

import java.util.List;
import java.util.Map;

/**
 * The fields of the complaint form in their order, with the Chinese label and message for every problem intake
 * (or the evidence check) reports. Field ids are the form's element ids: {@code subject.creditCode} in a problem
 * is the field {@code subjectCreditCode}, {@code file[2]} is {@code evidence}.
 */
final class ComplaintFields {

    static final String EVIDENCE = "evidence";
    static final int MAX_FILES = 5;

    static final List<String> ORDER = List.of("reporterName", "reporterPhone", "reporterEmail",
            "reporterOrganization", "subjectType", "subjectName", "subjectCreditCode", "subjectIdNumber",
            "subjectDistrictCode", "subjectPlatform", "subjectStoreName", "subjectStoreUrl", "category",
            "description", "occurredFrom", "occurredTo", EVIDENCE);

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("reporterName", "姓名或单位名称"), Map.entry("reporterPhone", "联系电话"),
            Map.entry("reporterEmail", "电子邮箱"), Map.entry("reporterOrganization", "所在单位"),
            Map.entry("subjectType", "被投诉对象类型"), Map.entry("subjectName", "被投诉对象名称或姓名"),
            Map.entry("subjectCreditCode", "统一社会信用代码"), Map.entry("subjectIdNumber", "身份证号码"),
            Map.entry("subjectDistrictCode", "所在区县"), Map.entry("subjectPlatform", "所在电子商务平台"),
            Map.entry("subjectStoreName", "网店名称"), Map.entry("subjectStoreUrl", "网店网址"),
            Map.entry("category", "投诉类别"), Map.entry("description", "投诉内容"),
            Map.entry("occurredFrom", "发生时间（起）"), Map.entry("occurredTo", "发生时间（止）"),
            Map.entry(EVIDENCE, "证据材料"));

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("reporterName:size", "姓名或单位名称最多 100 个字"),
            Map.entry("reporterPhone:required", "联系电话和电子邮箱请至少填写一项，以便告知您处理结果"),
            Map.entry("reporterPhone:format", "请填写正确的电话号码，例如 13912345678 或 0917-3261234"),
            Map.entry("reporterPhone:size", "联系电话最多 32 位"),
            Map.entry("reporterEmail:format", "请填写正确的电子邮箱，例如 name@example.com"),
            Map.entry("reporterEmail:size", "电子邮箱最多 254 个字符"),
            Map.entry("reporterOrganization:size", "所在单位最多 200 个字"),
            Map.entry("subjectName:size", "被投诉对象名称最多 200 个字"),
            Map.entry("subjectCreditCode:required", "被投诉对象是企业时，请填写统一社会信用代码"),
            Map.entry("subjectCreditCode:identifier",
                    "统一社会信用代码有误：应为 18 位数字或大写字母，最后一位是校验码，请核对是否输错或漏输"),
            Map.entry("subjectCreditCode:size", "统一社会信用代码应为 18 位"),
            Map.entry("subjectIdNumber:identifier", "身份证号码有误：应为 18 位，最后一位可能是 X，请核对是否输错"),
            Map.entry("subjectIdNumber:size", "身份证号码应为 18 位"),
            Map.entry("subjectDistrictCode:required",
                    "无法从统一社会信用代码或身份证号码确定被投诉对象所在地，请选择所在区县，或填写统一社会信用代码或身份证号码"),
            Map.entry("subjectDistrictCode:format", "请从列表中选择所在区县"),
            Map.entry("subjectPlatform:size", "平台名称最多 100 个字"),
            Map.entry("subjectStoreName:size", "网店名称最多 200 个字"),
            Map.entry("subjectStoreUrl:format", "网址应以 http:// 或 https:// 开头，例如 https://shop.example.com/123"),
            Map.entry("subjectStoreUrl:size", "网址最多 500 个字符"),
            Map.entry("description:size", "投诉内容请写 10 至 5000 个字"),
            Map.entry("occurredFrom:future", "日期不能晚于今天"),
            Map.entry("occurredTo:future", "日期不能晚于今天"),
            Map.entry("occurredTo:order", "结束日期不能早于开始日期"),
            Map.entry("evidence:count", "最多上传 " + MAX_FILES + " 个文件"),
            Map.entry("evidence:empty", "是空文件"),
            Map.entry("evidence:size", "超过 10 MB"),
            Map.entry("evidence:type", "不是 PDF、JPG 或 PNG 文件"));

    private ComplaintFields() {
    }

    /** The form field a problem of intake's request is about; null for a part of the request the form lacks. */
    static String fieldOf(String problemField) {
        if (problemField.startsWith("file[")) {
            return EVIDENCE;
        }
        String[] parts = problemField.split("\\.");
        String field = parts.length == 2
                ? parts[0] + Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1) : parts[0];
        return LABELS.containsKey(field) ? field : null;
    }

    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** The Chinese message for a problem code on a field. */
    static String message(String field, String code) {
        String message = MESSAGES.get(field + ":" + code);
        if (message != null) {
            return message;
        }
        return switch (code) {
            case "required" -> (field.equals("subjectType") || field.equals("category") ? "请选择" : "请填写")
                    + label(field);
            case "date" -> "请按“年-月-日”填写日期，例如 2026-03-19";
            default -> label(field) + "填写有误，请检查";
        };
    }
}
