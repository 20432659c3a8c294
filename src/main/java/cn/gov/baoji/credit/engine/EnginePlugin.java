package cn.gov.baoji.credit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/** Our engine settings that the Spring Boot properties cannot express. */
@Component
class EnginePlugin extends AbstractProcessEnginePlugin {

    private final Set<String> personalVariables;

    EnginePlugin(List<PersonalDataVariables> personalData) {
        this.personalVariables = personalData.stream()
                .flatMap(declared -> declared.names().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // our filter replaces the engine's own database handler; other plugins' handlers stay
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new PersonalDataHistoryFilter(new DbHistoryEventHandler(), personalVariables));
        configuration.setCustomHistoryEventHandlers(handlers);
        // Unhandled technical failures in delegates must not leak their text into REST answers.
        configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
    }
}
