package cn.gov.baoji.credit.punishment;

import java.util.List;
import java.util.Map;

public final class JointPunishmentPlan {
    private final List<PunishmentMeasure> measures;

    private JointPunishmentPlan(List<PunishmentMeasure> measures) {
        this.measures = measures;
    }

    public static JointPunishmentPlan from(List<Map<String, Object>> rows) {
        return new JointPunishmentPlan(rows.stream().map(r -> new PunishmentMeasure((String) r.get("memberUnit"),
                (String) r.get("measureCode"), (String) r.get("measure"), (String) r.get("legalBasis"),
                Boolean.TRUE.equals(r.get("voluntary")))).toList());
    }

    public List<String> units() {
        return measures.stream().map(PunishmentMeasure::memberUnit).distinct().toList();
    }

    public List<PunishmentMeasure> measuresOf(String unit) {
        return measures.stream().filter(m -> m.memberUnit().equals(unit)).toList();
    }

    public String describe(String unit) {
        return String.join("\n", measuresOf(unit).stream().map(m -> m.measure() + " — " + m.legalBasis()).toList());
    }
}
