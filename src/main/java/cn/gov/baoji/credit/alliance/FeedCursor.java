package cn.gov.baoji.credit.alliance;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.gov.baoji.credit.api.InvalidRequestException;

/**
 * The opaque cursor of the feed: the last sequence a member has seen, encoded so that members do not build on its
 * form. Sequences, not timestamps: two items never share one, and they commit in order.
 */
final class FeedCursor {

    private static final String PREFIX = "f1:";

    private FeedCursor() {
    }

    static String of(long sequence) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + sequence).getBytes(StandardCharsets.US_ASCII));
    }

    /** The sequence in the cursor; 0 (the beginning) for none. */
    static long parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                long sequence = Long.parseLong(text.substring(PREFIX.length()));
                if (sequence >= 0) {
                    return sequence;
                }
            }
        } catch (IllegalArgumentException e) {
            // not ours: answered below
        }
        throw new InvalidRequestException("after", "format", "is not a cursor this feed returned");
    }
}
