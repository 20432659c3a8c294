package cn.gov.baoji.credit.portal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The hourly limits per client address, through MockMvc so that each test speaks from addresses of its own
 * (documentation range 203.0.113.0/24) and the other portal tests, all from 127.0.0.1, do not count. The CSRF
 * token is taken from a real form, as a browser does: spring-security-test's {@code csrf()} would swap the
 * shared CsrfFilter's repository for a session-based one, for every later test of this context.
 */
@PostgresIntegrationTest
class PortalRateLimitIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    PortalProperties properties;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Cookie csrfCookie;
    String csrfToken;

    @BeforeEach
    void openTheForm() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MvcResult form = mvc.perform(get("/complaints/new")).andExpect(status().isOk()).andReturn();
        csrfCookie = form.getResponse().getCookie(PortalSecurityConfiguration.CSRF_COOKIE);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(form.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(token.find()).isTrue();
        csrfToken = token.group(1);
    }

    @Test
    void anAddressFilesAtMostTheConfiguredNumberOfComplaintsPerHour() throws Exception {
        for (int i = 0; i < properties.complaintsPerHour(); i++) {
            mvc.perform(complaint(from("203.0.113.17")).param("website", "spam")).andExpect(status().isOk());
        }
        long cases = cases();

        mvc.perform(complaint(from("203.0.113.17")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+")))
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("提交过于频繁")))
                .andExpect(content().string(containsString("每小时最多提交 " + properties.complaintsPerHour())));
        assertThat(cases()).isEqualTo(cases);

        mvc.perform(complaint(from("203.0.113.18"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"queryCode\"")));
        assertThat(cases()).isEqualTo(cases + 1);
    }

    @Test
    void anAddressMakesAtMostTheConfiguredNumberOfStatusQueriesPerHour() throws Exception {
        for (int i = 0; i < properties.statusQueriesPerHour(); i++) {
            mvc.perform(statusQuery(from("203.0.113.30"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("未找到与该编号和查询码相符的投诉")));
        }
        mvc.perform(statusQuery(from("203.0.113.30")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("查询过于频繁")));
        mvc.perform(statusQuery(from("203.0.113.31"))).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder complaint(RequestPostProcessor address) {
        MockHttpServletRequestBuilder request = multipart("/complaints").with(address).cookie(csrfCookie)
                .param("_csrf", csrfToken);
        Map.of("reporterName", "王秀英", "reporterPhone", "13912345678", "subjectType", "ENTERPRISE",
                "subjectName", "宝鸡市某某电子商务有限公司", "category", "FAKE_TRANSACTIONS",
                "description", "该店铺长期组织刷单，虚构交易记录和好评。",
                "subjectCreditCode", TestIdentifiers.creditCode(new java.util.Random(address.hashCode()), "610302"))
                .forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder statusQuery(RequestPostProcessor address) {
        return post("/status").with(address).cookie(csrfCookie).param("_csrf", csrfToken)
                .param("caseNumber", "BJDS-2026-999999").param("queryCode", "ABCDEFGHJK");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long cases() {
        return jdbc.sql("SELECT count(*) FROM casefile_case").query(Long.class).single();
    }
}
