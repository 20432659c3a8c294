package cn.gov.baoji.credit.listing;

import java.net.URI;

import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.security.Caller;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The subject's statement and objection, as staff or an integrator record them. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
class DueProcessController {

    private final DueProcess dueProcess;

    DueProcessController(DueProcess dueProcess) {
        this.dueProcess = dueProcess;
    }

    @PostMapping(path = "/statements", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StatementAccepted> statement(@PathVariable String caseNumber,
                                                @Valid @RequestBody DueProcessRequests.Statement request,
                                                Authentication authentication) {
        var stage = dueProcess.statement(caseNumber, request, Caller.from(authentication));
        return ResponseEntity.accepted().body(new StatementAccepted(caseNumber, stage.name()));
    }

    @PostMapping(path = "/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectionAccepted> objection(@PathVariable String caseNumber,
                                                @Valid @RequestBody DueProcessRequests.Objection request,
                                                Authentication authentication) {
        ListEntry entry = dueProcess.objection(caseNumber, request, Caller.from(authentication));
        return ResponseEntity.accepted().location(URI.create("/api/v1/list-entries/" + entry.id()))
                .body(new ObjectionAccepted(caseNumber, entry.id(), entry.status().name()));
    }

    record StatementAccepted(String caseNumber, String stage) {
    }

    record ObjectionAccepted(String caseNumber, String listEntryId, String entryStatus) {
    }
}
