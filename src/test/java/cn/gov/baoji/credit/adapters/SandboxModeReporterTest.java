package cn.gov.baoji.credit.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticApplicationContext;

@ExtendWith(OutputCaptureExtension.class)
class SandboxModeReporterTest {

    @Test
    void warnsOnceListingEverySandboxedAgency(CapturedOutput output) {
        var context = new StaticApplicationContext();
        context.getBeanFactory().registerSingleton("registry", (SandboxAdapter) () -> "market-registry");
        context.getBeanFactory().registerSingleton("notification", (SandboxAdapter) () -> "notification");

        new SandboxModeReporter(context.getBeanProvider(SandboxAdapter.class)).reportSandboxedAgencies();

        assertThat(output.getOut().lines().filter(line -> line.contains("SANDBOX mode")))
                .singleElement().asString()
                .contains("WARN", "market-registry, notification");
    }

    @Test
    void saysNothingWhenEveryAgencyIsReal(CapturedOutput output) {
        var context = new StaticApplicationContext();

        new SandboxModeReporter(context.getBeanProvider(SandboxAdapter.class)).reportSandboxedAgencies();

        assertThat(output.getOut()).doesNotContain("SANDBOX mode");
    }
}
