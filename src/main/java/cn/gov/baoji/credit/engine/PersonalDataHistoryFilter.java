package cn.gov.baoji.credit.engine;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Drops the history events of personal-data variables before they are written, so that neither
 * {@code ACT_HI_VARINST} nor {@code ACT_HI_DETAIL} (form properties included) ever holds them. Everything
 * else passes through to the engine's own handler unchanged.
 */
class PersonalDataHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler delegate;
    private final Set<String> personalVariables;

    PersonalDataHistoryFilter(HistoryEventHandler delegate, Set<String> personalVariables) {
        this.delegate = delegate;
        this.personalVariables = Set.copyOf(personalVariables);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isPersonal(event)) {
            delegate.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    boolean isPersonal(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return personalVariables.contains(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity formProperty) {
            return personalVariables.contains(formProperty.getPropertyId());
        }
        return false;
    }
}
