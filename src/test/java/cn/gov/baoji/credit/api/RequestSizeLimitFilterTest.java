package cn.gov.baoji.credit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** API bodies are capped at 256 KB, imports (streamed row by row) at 64 MiB; declared or counted as read. */
class RequestSizeLimitFilterTest {

    @ParameterizedTest(name = "{0} {1} bytes declared → {2}")
    @CsvSource({"/api/v1/complaints, 262144, 200", "/api/v1/complaints, 262145, 413",
            "/api/v1/imports/targets, 262145, 200", "/api/v1/imports/targets, 67108864, 200",
            "/api/v1/imports/targets, 67108865, 413"})
    void aDeclaredLengthOverTheLimitOfThePathIsRefused(String path, long length, int status) throws Exception {
        var request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return length;
            }
        };
        request.setContentType("text/csv");
        var response = new MockHttpServletResponse();
        AtomicLong passed = new AtomicLong();

        new RequestSizeLimitFilter().doFilter(request, response, (req, res) -> passed.incrementAndGet());

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(passed.get()).isEqualTo(status == 200 ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/complaints, 262145, true", "/api/v1/imports/targets, 262145, false"})
    void aBodyWithoutLengthIsCountedAsItIsRead(String path, int size, boolean refused) throws Exception {
        var request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return -1;   // chunked
            }
        };
        request.setContentType("text/csv");
        request.setContent(new byte[size]);
        FilterChain readAll = (req, res) -> req.getInputStream().readAllBytes();

        if (refused) {
            assertThatThrownBy(() -> new RequestSizeLimitFilter().doFilter(request, new MockHttpServletResponse(),
                    readAll)).isInstanceOf(RequestTooLargeException.class);
        } else {
            new RequestSizeLimitFilter().doFilter(request, new MockHttpServletResponse(), readAll);
        }
    }
}
