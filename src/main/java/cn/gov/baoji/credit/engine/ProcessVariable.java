package cn.gov.baoji.credit.engine;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and type, declared once in a module's {@code *Variables} class and
 * used by delegates, listeners, services and tests alike.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    /** The value, or {@code null} when the variable is not set; a value of another type is refused. */
    public T from(VariableScope scope) {
        Object value = scope.getVariable(name);
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (Number.class.isAssignableFrom(type) && value instanceof Number number) {
            return type.cast(convertNumber(number));
        }
        // usually a task completed over REST with a value of the wrong type: the caller's error, not ours
        throw new TaskInputException(name, "has the wrong type (" + value.getClass().getSimpleName()
                + "), expected " + type.getSimpleName());
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** Forms send numbers as Long or Double depending on what was typed; read them as the declared type. */
    private Object convertNumber(Number number) {
        if (type == Long.class) {
            return number.longValue();
        }
        if (type == Integer.class) {
            return number.intValue();
        }
        if (type == Double.class) {
            return number.doubleValue();
        }
        return number;
    }
}
