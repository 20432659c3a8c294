package cn.gov.baoji.credit.feedback;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code baoji.national-feedback.retry-intervals}: the waits between delivery attempts. The default spans more
 * than an hour, so a short outage of the national platform never needs an operator. Read by the model as
 * {@code ${nationalFeedbackRetries.cycle}}.
 */
@Component("nationalFeedbackRetries")
public class NationalFeedbackRetries {

    private final List<Duration> intervals;

    NationalFeedbackRetries(@Value("${baoji.national-feedback.retry-intervals:PT1M,PT2M,PT5M,PT10M,PT15M,PT30M}")
                            List<Duration> intervals) {
        if (intervals.isEmpty() || intervals.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException(
                    "baoji.national-feedback.retry-intervals must be one or more positive durations: " + intervals);
        }
        this.intervals = List.copyOf(intervals);
    }

    /** The intervals as a Camunda retry time cycle, e.g. {@code PT1M,PT2M,PT5M}. */
    public String getCycle() {
        return String.join(",", intervals.stream().map(Duration::toString).toList());
    }

}
