package cn.gov.baoji.credit.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The problems of a refused form as the template shows them: by field, in the order of the form, each field's
 * messages next to it and all of them in the summary at the top.
 */
final class FormErrors {

    /** Problems of the whole form rather than one field; they show only in the summary. */
    static final String FORM = "form";

    private final Map<String, List<String>> byField;
    private final UnaryOperator<String> labels;

    private FormErrors(Map<String, List<String>> byField, UnaryOperator<String> labels) {
        this.byField = byField;
        this.labels = labels;
    }

    static FormErrors none() {
        return new FormErrors(Map.of(), UnaryOperator.identity());
    }

    /**
     * Problems as (field id, Chinese message), ordered as the fields in {@code order}; problems of the whole form
     * ({@link #FORM}) come first.
     */
    static FormErrors of(List<Problem> problems, List<String> order, UnaryOperator<String> labels) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        problems.stream()
                .sorted(Comparator.comparingInt(p -> order.indexOf(p.field())))
                .forEach(p -> {
                    List<String> messages = byField.computeIfAbsent(p.field(), f -> new ArrayList<>());
                    if (!messages.contains(p.message())) {
                        messages.add(p.message());
                    }
                });
        return new FormErrors(byField, labels);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public int count() {
        return byField.values().stream().mapToInt(List::size).sum();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> messages(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** For {@code aria-invalid}: "true", or null so that the attribute is left out. */
    public String invalid(String field) {
        return has(field) ? "true" : null;
    }

    /** For {@code aria-describedby}: the field's hint (when it has one) and its error, or null for neither. */
    public String describedBy(String field, boolean withHint) {
        String ids = ((withHint ? field + "-hint " : "") + (has(field) ? field + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    /** Every problem for the summary: the field to jump to (null for the whole form) and the text. */
    public List<Problem> summary() {
        List<Problem> all = new ArrayList<>();
        byField.forEach((field, messages) -> messages.forEach(m -> all.add(field.equals(FORM)
                ? new Problem(null, m) : new Problem(field, labels.apply(field) + "：" + m))));
        return all;
    }

    /** One message about one field. */
    record Problem(String field, String message) {
    }
}
