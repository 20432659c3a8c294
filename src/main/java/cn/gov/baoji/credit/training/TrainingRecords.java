package cn.gov.baoji.credit.training;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The training of listed subjects, for other modules: the credit repair review shows it as evidence. */
@Service
@Transactional(readOnly = true)
public class TrainingRecords {

    private final TrainingObligations obligations;

    TrainingRecords(TrainingObligations obligations) {
        this.obligations = obligations;
    }

    /**
     * Whether and when the subject of a list entry attended training; empty when the entry owes none (not a
     * listed entry, or listed before training was recorded).
     */
    public Optional<TrainingAttendance> attendance(String listEntryId) {
        return obligations.find(listEntryId).map(Obligation::attendance);
    }
}
