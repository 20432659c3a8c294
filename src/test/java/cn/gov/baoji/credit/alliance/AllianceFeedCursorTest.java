package cn.gov.baoji.credit.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baoji.credit.api.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllianceFeedCursorTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 1_000_000_007L, Long.MAX_VALUE})
    void aCursorGivesBackItsSequence(long sequence) {
        assertThat(FeedCursor.parse(FeedCursor.of(sequence))).isEqualTo(sequence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"17", "not-base64!", "ZjE6LTE", "ZjI6MTc", "ZjE6YWJj"})
    void anythingElseIsAFieldProblem(String cursor) {
        assertThatThrownBy(() -> FeedCursor.parse(cursor)).isInstanceOf(InvalidRequestException.class);
    }
}
