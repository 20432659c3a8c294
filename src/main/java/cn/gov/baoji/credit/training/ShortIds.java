package cn.gov.baoji.credit.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.baoji.credit.engine.TaskInputException;

/** Subjects named in a form by their short ids (the first 8 characters of the entry id), one per line. */
final class ShortIds {

    private ShortIds() {
    }

    /** The obligations named, in the order of {@code among}; every line must name one of them. */
    static List<Obligation> pick(List<Obligation> among, String field, String text) {
        TaskInputException.require(text != null && !text.isBlank(), field,
                "请逐行填写主体短号 / one short id per line");
        Map<String, Obligation> byShortId = among.stream()
                .collect(Collectors.toMap(o -> o.shortId().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        List<Obligation> named = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            String id = line.strip().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            Obligation obligation = byShortId.get(id);
            TaskInputException.require(obligation != null, field, "列表中没有短号 " + line.strip()
                    + " / no subject with that short id in the list");
            if (!named.contains(obligation)) {
                named.add(obligation);
            }
        }
        return among.stream().filter(named::contains).toList();
    }
}
