package cn.gov.baoji.credit.training;

import java.util.List;

import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.registry.ListedSubject;
import cn.gov.baoji.credit.shared.PersonNames;
import org.springframework.stereotype.Component;

/**
 * The read-only lists the forms show, one line per subject: short id, list, subject (a person's name masked,
 * an enterprise with its legal representative, who attends), sessions missed. A process variable holds at most
 * 4000 characters: the first {@value #MAX_LINES} lines, the rest at {@code GET /api/v1/training/obligations}.
 */
@Component
class SubjectLines {

    static final int MAX_LINES = 40;

    private final ListRegistry registry;

    SubjectLines(ListRegistry registry) {
        this.registry = registry;
    }

    String of(List<Obligation> obligations, long total) {
        if (obligations.isEmpty()) {
            return "（无）";
        }
        StringBuilder text = new StringBuilder();
        obligations.stream().limit(MAX_LINES).forEach(o -> text.append(line(o)).append('\n'));
        if (total > MAX_LINES) {
            text.append("……其余 ").append(total - MAX_LINES).append(" 个见 GET /api/v1/training/obligations\n");
        }
        return text.toString();
    }

    private String line(Obligation o) {
        String subject = registry.find(o.entryId()).map(entry -> describe(entry.subject())).orElse("？");
        return o.shortId() + "｜" + ListType.valueOf(o.listType()).chineseName() + "｜" + subject
                + (o.missedSessions() > 0 ? "｜已缺席 " + o.missedSessions() + " 次" : "");
    }

    static String describe(ListedSubject subject) {
        if (subject.creditCode() == null) {
            return PersonNames.mask(subject.name()) + "（本人）";
        }
        return subject.name() + "（法定代表人："
                + (subject.legalRepresentative() == null ? "未登记" : subject.legalRepresentative()) + "）";
    }
}
