package cn.gov.baoji.credit.punishment;

import java.util.Date;
import java.util.List;

import cn.gov.baoji.credit.engine.ProcessVariable;

/** Variables of the joint-punishment subprocess; all but the element variable are local to one unit's instance. */
public final class PunishmentVariables {

    /** The multi-instance element: the member unit's group id. */
    public static final ProcessVariable<String> MEMBER_UNIT = string("memberUnit");
    public static final ProcessVariable<String> MEMBER_UNIT_NAME = string("memberUnitName");
    /** Read-only text of the measures the unit may apply, each with its legal basis. */
    public static final ProcessVariable<String> MEASURES_OFFERED = string("measuresOffered");
    public static final ProcessVariable<Date> MEASURES_DUE_AT = new ProcessVariable<>("measuresDueAt", Date.class);
    public static final ProcessVariable<Date> MEASURES_REMINDER_AT = new ProcessVariable<>("measuresReminderAt",
            Date.class);
    /** Where an entry is shared: a member unit or the provincial platform (an input parameter). */
    public static final ProcessVariable<String> SHARE_DESTINATION = string("shareDestination");
    /** What a destination is told: LISTED (default), CHANGED or REMOVED (process listChangeNotice). */
    public static final ProcessVariable<String> NOTICE_KIND = string("noticeKind");
    /** Why the listing changed or ended, for the notice and the closed reports. */
    public static final ProcessVariable<String> CHANGE_REASON = string("changeReason");
    /** yyyy-MM-dd. */
    public static final ProcessVariable<String> MEASURES_APPLIED_ON = string("measuresAppliedOn");
    public static final ProcessVariable<String> MEASURES_DOCUMENT_REFERENCE = string("measuresDocumentReference");
    public static final ProcessVariable<String> MEASURES_NOTE = string("measuresNote");
    /**
     * The form offers the unit's measures in slots: {@code measure1} is the text of its first measure (null when
     * it has none), {@code measure1Applied} the checkbox saying it was applied; in decision order.
     */
    public static final List<ProcessVariable<String>> MEASURE_SLOTS = List.of(string("measure1"), string("measure2"),
            string("measure3"));
    public static final List<ProcessVariable<Boolean>> MEASURE_APPLIED = List.of(bool("measure1Applied"),
            bool("measure2Applied"), bool("measure3Applied"));
    // also as single fields, so that the form check finds every name the forms use
    public static final ProcessVariable<String> MEASURE_1 = MEASURE_SLOTS.get(0);
    public static final ProcessVariable<String> MEASURE_2 = MEASURE_SLOTS.get(1);
    public static final ProcessVariable<String> MEASURE_3 = MEASURE_SLOTS.get(2);
    public static final ProcessVariable<Boolean> MEASURE_1_APPLIED = MEASURE_APPLIED.get(0);
    public static final ProcessVariable<Boolean> MEASURE_2_APPLIED = MEASURE_APPLIED.get(1);
    public static final ProcessVariable<Boolean> MEASURE_3_APPLIED = MEASURE_APPLIED.get(2);

    private PunishmentVariables() {
    }

    private static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    private static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }
}
