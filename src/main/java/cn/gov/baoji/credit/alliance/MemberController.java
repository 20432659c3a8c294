package cn.gov.baoji.credit.alliance;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/alliance/members}: the credit office (and the admin) registers and lists alliance members. */
@RestController
@RequestMapping("/api/v1/alliance/members")
@PreAuthorize("hasAnyAuthority('GROUP_credit-office', 'GROUP_camunda-admin')")
class MemberController {

    private final AllianceMembers members;

    MemberController(AllianceMembers members) {
        this.members = members;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MemberResponse> register(@Valid @RequestBody RegisterMemberRequest request,
                                            Authentication authentication) {
        AllianceMembers.Registered registered = members.register(request, authentication.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(MemberResponse.of(registered.member(), registered.generatedPassword()));
    }

    @GetMapping
    List<MemberResponse> list() {
        return members.all().stream().map(m -> MemberResponse.of(m, null)).toList();
    }
}
