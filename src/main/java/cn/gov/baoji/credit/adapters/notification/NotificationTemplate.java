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
    INVESTIGATION_OVERDUE("【信用宝鸡】案件{caseNumber}的调查核实已于{dueDate}逾期，请尽快办理并说明原因。"),
    PRIOR_NOTICE("【信用宝鸡】失信惩戒事先告知：{subjectName}，经调查核实（案件编号{caseNumber}），{facts}。依据{basis}，"
            + "拟将你方列入{listName}。你方有权陈述和申辩，请于{statementDueDate}前向{authority}提出书面陈述申辩意见，"
            + "逾期视为放弃。"),
    LISTING_DECISION("【信用宝鸡】失信认定决定：{subjectName}已被列入{listName}（案件编号{caseNumber}），"
            + "有效期自{validFrom}至{validUntil}。信用修复告知：自{repairEligibleFrom}起，在纠正失信行为、履行相关义务后，"
            + "可通过“信用宝鸡”网站或向{authority}申请信用修复。对本决定有异议的，可向{authority}提出异议申请。"),
    LISTING_DROPPED("【信用宝鸡】{subjectName}：经审查你方陈述申辩意见（案件编号{caseNumber}），决定不予列入失信名单。"),
    OBJECTION_DECIDED("【信用宝鸡】{subjectName}：你方对失信名单认定提出的异议（案件编号{caseNumber}）已办结，结果：{outcome}。"),
    MEASURES_REMINDER("【信用宝鸡】案件{caseNumber}涉及的联合惩戒措施落实情况将于{dueDate}到期，请及时反馈。"),
    MEASURES_OVERDUE("【信用宝鸡】{memberUnit}对案件{caseNumber}的联合惩戒措施落实情况已于{dueDate}逾期未反馈，请督办。"),
    OBJECTION_OVERDUE("【信用宝鸡】案件{caseNumber}的异议申请已于{dueDate}超过办理期限，请督办。"),
    REPAIR_DECIDED("【信用宝鸡】{applicantName}：你方就{listName}提出的信用修复申请（申请编号{applicationNumber}）已办结，"
            + "结果：{outcome}。"),
    REPAIR_OVERDUE("【信用宝鸡】信用修复申请{applicationNumber}已于{dueDate}超过办理期限，请督办。"),
    TRAINING_INVITATION("【信用宝鸡】{subjectName}：依据失信主体轮训安排，请{attendee}于{sessionTime}到{place}参加培训。"
            + "参训情况将作为信用修复的依据。如有疑问，请联系市商务局。"),
    TRAINING_REMINDER("【信用宝鸡】{subjectName}：{attendee}未参加{sessionTime}的失信主体轮训。参加培训是信用修复的条件之一，"
            + "市商务局将通知下一期培训，请按时参加。"),
    TRAINING_ABSENCE_ESCALATED("【信用宝鸡】失信主体轮训：{subjectCount}个主体已{missedSessions}次以上未参加培训"
            + "（{sessionTime}一期，主体短号：{shortIds}），请督办。");

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
                CASE_NUMBER.equals(placeholder.group(1)) ? caseNumberOrNone(caseNumber)
                        : parameters.get(placeholder.group(1))));
    }

    /** An entry imported from the national or provincial platform has no case in Baoji. */
    private static String caseNumberOrNone(String caseNumber) {
        return caseNumber == null ? "（无）" : caseNumber;
    }
}
