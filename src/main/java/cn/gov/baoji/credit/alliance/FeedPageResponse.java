package cn.gov.baoji.credit.alliance;

import java.util.List;

/**
 * A page of the alliance feed. {@code nextCursor} continues after the last item (pass it as {@code after}); it is
 * returned even when the page is empty, so that a member can poll with it.
 */
record FeedPageResponse(List<FeedItem> items, String nextCursor, boolean more) {
}
