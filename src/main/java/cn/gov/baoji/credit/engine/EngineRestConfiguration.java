package cn.gov.baoji.credit.engine;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API as the starter configures it, plus our answer to refused task input. */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(TaskInputExceptionMapper.RestExceptions.class);
        register(TaskInputExceptionMapper.EngineExceptions.class);
    }
}
