package cn.gov.baoji.credit.punishment;

import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The case file's record of the joint punishment. An entry imported from the national or provincial platform
 * has no case in Baoji: its steps are only logged (the registry history and the outbound call log keep them).
 */
@Component
class PunishmentTrail {

    private static final Logger log = LoggerFactory.getLogger(PunishmentTrail.class);

    private final CaseFile caseFile;

    PunishmentTrail(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    void record(String caseNumber, CaseEventKind kind, String actor, String summary, Map<String, Object> details) {
        if (caseNumber == null) {
            log.info("{} by {}: {} {}", kind, actor, summary, details);
        } else {
            caseFile.record(caseNumber, kind, actor, summary, details);
        }
    }
}
