package cn.gov.baoji.credit.training;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The training obligations of listed subjects, oldest first, for commerce, the credit office and supervisors. */
@RestController
@RequestMapping("/api/v1/training")
@PreAuthorize("hasAnyAuthority('GROUP_commerce', 'GROUP_credit-office', 'GROUP_supervisors', 'GROUP_camunda-admin')")
class TrainingController {

    private final TrainingObligations obligations;

    TrainingController(TrainingObligations obligations) {
        this.obligations = obligations;
    }

    @GetMapping("/obligations")
    List<ObligationResponse> obligations(@RequestParam(defaultValue = "OPEN") TrainingStatus status,
                                         @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return obligations.inStatus(status, limit).stream().map(ObligationResponse::of).toList();
    }
}
