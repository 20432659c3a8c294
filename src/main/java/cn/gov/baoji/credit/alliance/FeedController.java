package cn.gov.baoji.credit.alliance;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/alliance/feed}: what the alliance shares with its members (verified subjects and list
 * entries), masked, oldest first, resumed after an opaque cursor.
 */
@RestController
@RequestMapping("/api/v1/alliance/feed")
@PreAuthorize("hasAnyAuthority('GROUP_alliance-members', 'GROUP_credit-office', 'GROUP_camunda-admin')")
class FeedController {

    private final AllianceFeed feed;

    FeedController(AllianceFeed feed) {
        this.feed = feed;
    }

    @GetMapping
    FeedPageResponse read(@RequestParam(required = false) @Size(max = 64) String after,
                          @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        long since = FeedCursor.parse(after);
        List<FeedItem> items = feed.after(since, size + 1);
        boolean more = items.size() > size;
        List<FeedItem> page = more ? items.subList(0, size) : items;
        long last = page.isEmpty() ? since : page.get(page.size() - 1).sequence();
        return new FeedPageResponse(page, FeedCursor.of(last), more);
    }
}
