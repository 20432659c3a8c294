package cn.gov.baoji.credit.adapters;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Runs without the application's security configuration: Boot's default chain plus method security. */
@WebMvcTest(OutboundCallController.class)
@Import(OutboundCallControllerTest.MethodSecurity.class)
class OutboundCallControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OutboundCallLog log;

    @Test
    @WithMockUser(authorities = "GROUP_camunda-admin")
    void listsRecordedCallsNewestFirstWithPaging() throws Exception {
        when(log.recent(any())).thenReturn(List.of(new OutboundCall(7, "market-registry", "findEnterprise",
                "job-1", "BJDS-2026-000001", AdapterMode.HTTP, "{\"creditCode\":\"91610302MA6X00001J\"}",
                OutboundCallOutcome.FOUND, 2, Instant.parse("2026-03-01T08:00:00Z"),
                Instant.parse("2026-03-01T08:05:00Z"))));

        mvc.perform(get("/api/v1/outbound-calls").param("agency", "market-registry")
                        .param("caseNumber", "BJDS-2026-000001").param("limit", "20").param("offset", "40"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.limit").value(20))
                .andExpect(jsonPath("$.offset").value(40))
                .andExpect(jsonPath("$.items[0].agency").value("market-registry"))
                .andExpect(jsonPath("$.items[0].idempotencyKey").value("job-1"))
                .andExpect(jsonPath("$.items[0].mode").value("HTTP"))
                .andExpect(jsonPath("$.items[0].request.creditCode").value("91610302MA6X00001J"))
                .andExpect(jsonPath("$.items[0].outcome").value("FOUND"))
                .andExpect(jsonPath("$.items[0].attempts").value(2));
        verify(log).recent(new OutboundCallQuery("market-registry", "BJDS-2026-000001", 20, 40));
    }

    @Test
    @WithMockUser(authorities = "GROUP_camunda-admin")
    void defaultsToTheFirstFiftyOfEveryAgency() throws Exception {
        mvc.perform(get("/api/v1/outbound-calls"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.limit").value(50))
                .andExpect(jsonPath("$.offset").value(0));
        verify(log).recent(OutboundCallQuery.latest());
    }

    @Test
    @WithMockUser(authorities = "GROUP_camunda-admin")
    void badPagingIsAProblemNotAnError() throws Exception {
        for (String[] bad : List.of(new String[] {"limit", "201"}, new String[] {"limit", "0"},
                new String[] {"limit", "-1"}, new String[] {"offset", "-1"}, new String[] {"limit", "ten"},
                new String[] {"offset", "1.5"})) {
            mvc.perform(get("/api/v1/outbound-calls").param(bad[0], bad[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        verifyNoInteractions(log);
    }

    @Test
    @WithMockUser(authorities = "GROUP_credit-office")
    void onlyAdministratorsMayReadTheLog() throws Exception {
        mvc.perform(get("/api/v1/outbound-calls")).andExpect(status().isForbidden());
        verifyNoInteractions(log);
    }

    @TestConfiguration
    @EnableMethodSecurity
    static class MethodSecurity {
    }
}
