package cn.gov.baoji.credit.calendar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Constructor;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A missing calendar year escaping a controller is 503 {@code calendar-year-missing}, also when the engine wrapped
 * it, and although the general {@code ApiProblemHandler} (registered too) answers any other exception with 500.
 */
class CalendarProblemHandlerTest {

    MockMvc mvc;

    @BeforeEach
    void setUp() throws Exception {
        // the api module keeps its handler package-private; here it only has to be present, as in the application
        Constructor<?> general = Class.forName("cn.gov.baoji.credit.api.ApiProblemHandler").getDeclaredConstructor();
        general.setAccessible(true);
        mvc = MockMvcBuilders.standaloneSetup(new Failing())
                .setControllerAdvice(general.newInstance(), new CalendarProblemHandler()).build();
    }

    @Test
    void aMissingYearIsServiceUnavailableAndNamesTheYear() throws Exception {
        mvc.perform(get("/missing")).andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:baoji-credit:problem:calendar-year-missing"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2031")));
    }

    @Test
    void aMissingYearWrappedByTheEngineIsServiceUnavailableToo() throws Exception {
        mvc.perform(get("/wrapped")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:baoji-credit:problem:calendar-year-missing"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2028")));
    }

    @Test
    void anyOtherFailureIsStillAnInternalError() throws Exception {
        mvc.perform(get("/broken")).andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:baoji-credit:problem:internal-error"));
    }

    @RestController
    static class Failing {

        @GetMapping("/missing")
        String missing() {
            throw new CalendarYearMissingException(2031);
        }

        @GetMapping("/wrapped")
        String wrapped() {
            throw new ProcessEngineException("Unknown property used in expression: ${caseDeadlines.due('triage')}",
                    new CalendarYearMissingException(2028));
        }

        @GetMapping("/broken")
        String broken() {
            throw new IllegalStateException("a bug");
        }
    }
}
