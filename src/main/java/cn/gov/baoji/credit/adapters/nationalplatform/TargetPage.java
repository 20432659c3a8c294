package cn.gov.baoji.credit.adapters.nationalplatform;

import java.util.List;
import java.util.Objects;

/**
 * One page of targets changed at the platform, oldest change first.
 *
 * @param nextCursor where the next page starts; store it once the page is applied
 * @param more       whether another page is waiting already
 */
public record TargetPage(List<DesignatedTarget> targets, String nextCursor, boolean more) {

    public TargetPage {
        targets = List.copyOf(targets);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
