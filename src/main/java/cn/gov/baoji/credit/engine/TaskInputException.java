package cn.gov.baoji.credit.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A form value a task listener refuses on completion. The engine REST API answers it with 400 and Tasklist
 * shows the message next to the form; the task stays open and nothing is written.
 */
public class TaskInputException extends BadUserRequestException {

    private final String field;

    public TaskInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new TaskInputException(field, message);
        }
    }

    /** The enum constant named by a form value, or a readable refusal listing the allowed values. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TaskInputException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
