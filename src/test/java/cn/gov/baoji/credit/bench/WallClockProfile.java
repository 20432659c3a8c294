package cn.gov.baoji.credit.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A poor man's wall-clock profiler for {@code -Dbench.profile=true}: samples the stacks of the server's request
 * threads every few milliseconds and counts, per sample, the deepest frame of our code and the deepest frame of
 * the engine, and whether the thread is waiting for PostgreSQL. Enough to see where a request spends its time.
 */
final class WallClockProfile implements AutoCloseable {

    private final Map<String, Integer> counts = new HashMap<>();
    private final Thread sampler;
    private int samples;

    WallClockProfile() {
        sampler = new Thread(this::sample, "bench-profiler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (thread.getName().contains("-exec-") && inRequest(stack)) {
                    record(stack);
                }
            });
            Load.sleepUntil(System.nanoTime() + 2_000_000L);
        }
    }

    private static boolean inRequest(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.springframework.security.web.FilterChainProxy")) {
                return true;
            }
        }
        return false;
    }

    private synchronized void record(StackTraceElement[] stack) {
        samples++;
        String ours = null;
        String engine = null;
        boolean database = false;
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (name.startsWith("org.postgresql")) {
                database = true;
            }
            if (engine == null && name.startsWith("org.camunda") && !name.contains(".interceptor.")) {
                engine = simple(frame);
            }
            if (ours == null && name.startsWith("cn.gov.baoji")) {
                ours = simple(frame);
            }
        }
        String leaf = stack.length > 0 ? simple(stack[0]) : "?";
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (!database && !name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
                String[] parts = name.split("\\.");
                counts.merge("cpu in " + String.join(".", Arrays.copyOf(parts, Math.min(3, parts.length - 1))), 1,
                        Integer::sum);
                break;
            }
        }
        counts.merge((database ? "DB  " : "CPU ") + ours + " | " + engine, 1, Integer::sum);
        counts.merge("leaf " + leaf, 1, Integer::sum);
    }

    private static String simple(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.substring(name.lastIndexOf('.') + 1) + "." + frame.getMethodName();
    }

    synchronized String top(int n) {
        return "samples: " + samples + "\n" + counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .map(e -> String.format("%5.1f%% %s", 100.0 * e.getValue() / samples, e.getKey()))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
