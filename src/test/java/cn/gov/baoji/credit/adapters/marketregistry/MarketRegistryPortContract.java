package cn.gov.baoji.credit.adapters.marketregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.AgencyUnavailableException;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * What every {@link MarketRegistryPort} does, sandbox or HTTP. The codes are those of the sandbox rules; an
 * HTTP subclass stubs the registry to answer them the same way.
 */
public abstract class MarketRegistryPortContract {

    protected static final String ACTIVE = "91610302MA6X00001J";
    protected static final String OUTSIDE_BAOJI = "91610102MA6X000018";
    protected static final String UNREGISTERED = "916103020000123457";
    protected static final String DEREGISTERED = "91610302888812345Q";
    protected static final String REVOKED = "91610302777712345J";
    protected static final String UNAVAILABLE = "91610302999912345Y";
    protected static final List<String> ALL = List.of(ACTIVE, OUTSIDE_BAOJI, UNREGISTERED, DEREGISTERED, REVOKED,
            UNAVAILABLE);

    protected static final String CASE = "BJDS-2026-000001";

    protected final OutboundCallLog calls = mock(OutboundCallLog.class);

    /** The implementation under test, recording into {@link #calls}. */
    protected abstract MarketRegistryPort port();

    protected abstract AdapterMode mode();

    @Test
    void activeEnterpriseIsFoundInTheDivisionOfItsCode() {
        assertThat(find(ACTIVE)).contains(new EnterpriseRecord(CreditCode.of(ACTIVE), "宝鸡沙箱企业001J", "610302",
                "沙箱法人", RegistrationStatus.ACTIVE));
    }

    @Test
    void enterpriseRegisteredOutsideBaojiIsFoundWithItsDivision() {
        assertThat(find(OUTSIDE_BAOJI)).map(EnterpriseRecord::districtCode).contains("610102");
    }

    @Test
    void unregisteredCodeIsNotFoundAndRecordedSo() {
        assertThat(find(UNREGISTERED)).isEmpty();
        assertThat(recorded(OutboundCallOutcome.NOT_FOUND).maskedRequest())
                .isEqualTo(Map.of("creditCode", UNREGISTERED));
    }

    @Test
    void deregisteredEnterpriseIsFoundWithItsStatus() {
        assertThat(find(DEREGISTERED)).map(EnterpriseRecord::status).contains(RegistrationStatus.DEREGISTERED);
    }

    @Test
    void revokedEnterpriseIsFoundWithItsStatus() {
        assertThat(find(REVOKED)).map(EnterpriseRecord::status).contains(RegistrationStatus.REVOKED);
    }

    @Test
    void unavailableRegistryIsATechnicalFailureAndRecordedSo() {
        var thrown = catchThrowableOfType(AgencyUnavailableException.class, () -> find(UNAVAILABLE));

        assertThat(thrown).isNotNull();
        var attempt = ArgumentCaptor.forClass(OutboundCallAttempt.class);
        verify(calls).recordFailure(attempt.capture(), same(thrown));
        assertThat(attempt.getValue().idempotencyKey()).isEqualTo("job-" + UNAVAILABLE);
    }

    @Test
    void lookupIsRecordedWithItsKeyCaseAndMode() {
        find(ACTIVE);

        OutboundCallAttempt attempt = recorded(OutboundCallOutcome.FOUND);
        assertThat(attempt.agency()).isEqualTo("market-registry");
        assertThat(attempt.operation()).isEqualTo("findEnterprise");
        assertThat(attempt.idempotencyKey()).isEqualTo("job-" + ACTIVE);
        assertThat(attempt.caseNumber()).isEqualTo(CASE);
        assertThat(attempt.mode()).isEqualTo(mode());
    }

    private java.util.Optional<EnterpriseRecord> find(String code) {
        return port().findEnterprise(CreditCode.of(code), "job-" + code, CASE);
    }

    private OutboundCallAttempt recorded(OutboundCallOutcome outcome) {
        var attempt = ArgumentCaptor.forClass(OutboundCallAttempt.class);
        verify(calls).record(attempt.capture(), eq(outcome));
        return attempt.getValue();
    }
}
