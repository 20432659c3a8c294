package cn.gov.baoji.credit.adapters.notification;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts we send, one per occasion. {@code {caseNumber}} is always filled from the notification; every
 * other placeholder is a parameter the caller must supply ({@link #requiredParameters()}).
 */
public enum NotificationTemplate {
    COMPLAINT_REJECTED("【信用宝鸡】您反映的电子商务失信问题（案件编号{caseNumber}）经审核不予受理，理由：{reason}。"
            + "如有疑问，请联系市信用办。"),
    COMPLAINT_TRANSFERRED("【信用宝鸡】您反映的电子商务失信问题（案件编号{caseNumber}）不属本专项治理范围，已移送有关部门处理：{reason}。"),
    COMPLAINT_DUPLICATE("【信用宝鸡】您反映的电子商务失信问题（案件编号{caseNumber}）与已受理的案件{originalCaseNumber}"
            + "重复，将合并办理。"),
    COMPLAINT_TRANSFERRED_OUT_OF_JURISDICTION("【信用宝鸡】您反映的电子商务失信问题（案件编号{caseNumber}）"
            + "涉及的市场主体不在宝鸡市管辖范围内，已移送{destination}处理。"),
    INVESTIGATION_REMINDER("【信用宝鸡】案件{caseNumber}的调查核实将于{dueDate}到期，请及时办理。"),
    INVESTIGATION_OVERDUE("【信用宝鸡】案件{caseNumber}的调查核实已于{dueDate}逾期，请尽快办理并说明原因。");

    static final String CASE_NUMBER = "caseNumber";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final String text;

    NotificationTemplate(String text) {
        this.text = text;
    }

    /** The parameters a notification with this template must carry. */
    public Set<String> requiredParameters() {
        Set<String> names = new LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        names.remove(CASE_NUMBER);
        return Set.copyOf(names);
    }

    /** The text with every placeholder filled; {@code parameters} must hold every required parameter. */
    public String render(String caseNumber, Map<String, String> parameters) {
        return PLACEHOLDER.matcher(text).replaceAll(placeholder -> Matcher.quoteReplacement(
                CASE_NUMBER.equals(placeholder.group(1)) ? caseNumber : parameters.get(placeholder.group(1))));
    }
}
