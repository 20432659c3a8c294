package cn.gov.baoji.credit.engine;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
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
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(
                List.of(new PersonalDataHistoryFilter(new DbHistoryEventHandler(), personalVariables)));
        // Unhandled technical failures in delegates must not leak their text into REST answers.
        configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
    }
}
