package cn.gov.baoji.credit.adapters;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says once, loudly, which agencies are not really called, so a sandboxed production never goes unnoticed. */
@Component
class SandboxModeReporter {

    private static final Logger log = LoggerFactory.getLogger(SandboxModeReporter.class);

    private final ObjectProvider<SandboxAdapter> sandboxes;

    SandboxModeReporter(ObjectProvider<SandboxAdapter> sandboxes) {
        this.sandboxes = sandboxes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportSandboxedAgencies() {
        List<String> agencies = sandboxes.orderedStream().map(SandboxAdapter::agencyName).sorted().toList();
        if (!agencies.isEmpty()) {
            log.warn("Agencies in SANDBOX mode, answered in-process and never called: {}",
                    agencies.stream().collect(Collectors.joining(", ")));
        }
    }
}
