package cn.gov.baoji.credit.portal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The hourly limits per client address, through MockMvc so that each test speaks from addresses of its own
 * (documentation range 203.0.113.0/24) and the other portal tests, all from 127.0.0.1, do not count.
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

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
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
        MockHttpServletRequestBuilder request = multipart("/complaints").with(csrf()).with(address);
        Map.of("reporterName", "王秀英", "reporterPhone", "13912345678", "subjectType", "ENTERPRISE",
                "subjectName", "宝鸡市某某电子商务有限公司", "category", "FAKE_TRANSACTIONS",
                "description", "该店铺长期组织刷单，虚构交易记录和好评。",
                "subjectCreditCode", TestIdentifiers.creditCode(new java.util.Random(address.hashCode()), "610302"))
                .forEach(request::param);
        return request;
    }

    private static MockHttpServletRequestBuilder statusQuery(RequestPostProcessor address) {
        return post("/status").with(csrf()).with(address).param("caseNumber", "BJDS-2026-999999")
                .param("queryCode", "ABCDEFGHJK");
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
