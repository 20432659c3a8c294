package cn.gov.baoji.credit.adapters.marketregistry.sandbox;

import java.util.Map;
import java.util.Optional;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.AgencyUnavailableException;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.SandboxAdapter;
import cn.gov.baoji.credit.adapters.marketregistry.EnterpriseRecord;
import cn.gov.baoji.credit.adapters.marketregistry.MarketRegistryPort;
import cn.gov.baoji.credit.adapters.marketregistry.RegistrationStatus;
import cn.gov.baoji.credit.shared.CreditCode;

/**
 * An in-process registry whose answer a tester picks with the credit code's registration part (characters
 * 9–17, the nine before the check character):
 * <table>
 * <caption>Sandbox answers</caption>
 * <tr><th>registration part</th><th>answer</th><th>example code</th></tr>
 * <tr><td>starts with {@code 0000}</td><td>not registered (empty)</td><td>{@code 916103020000123457}</td></tr>
 * <tr><td>starts with {@code 8888}</td><td>found, {@code DEREGISTERED}</td><td>{@code 91610302888812345Q}</td></tr>
 * <tr><td>starts with {@code 7777}</td><td>found, {@code REVOKED}</td><td>{@code 91610302777712345J}</td></tr>
 * <tr><td>starts with {@code 9999}</td><td>{@link AgencyUnavailableException}: the job retries, then an
 * incident</td><td>{@code 91610302999912345Y}</td></tr>
 * <tr><td>anything else</td><td>found, {@code ACTIVE}</td><td>{@code 91610302MA6X00001J}</td></tr>
 * </table>
 * A found enterprise is named {@code 宝鸡沙箱企业} plus the code's last 4 characters, has legal representative
 * {@code 沙箱法人}, and is registered in the division of the code's characters 3–8: {@code 610302} is 渭滨区, a
 * code from outside Baoji such as {@code 91610102MA6X000018} (西安 新城区) walks the out-of-jurisdiction path.
 * Every lookup is recorded in the outbound call log with mode {@code SANDBOX}.
 */
public class SandboxMarketRegistryAdapter implements MarketRegistryPort, SandboxAdapter {

    static final String UNREGISTERED = "0000";
    static final String DEREGISTERED = "8888";
    static final String REVOKED = "7777";
    static final String UNAVAILABLE = "9999";

    private final OutboundCallLog calls;

    public SandboxMarketRegistryAdapter(OutboundCallLog calls) {
        this.calls = calls;
    }

    @Override
    public Optional<EnterpriseRecord> findEnterprise(CreditCode code, String idempotencyKey, String caseNumber) {
        var attempt = new OutboundCallAttempt(AGENCY, "findEnterprise", idempotencyKey, caseNumber,
                AdapterMode.SANDBOX, Map.of("creditCode", code.value()));
        String registration = code.value().substring(8, 17);
        if (registration.startsWith(UNAVAILABLE)) {
            var failure = new AgencyUnavailableException("Sandbox market registry: " + code
                    + " is a code that simulates an unavailable registry");
            calls.recordFailure(attempt, failure);
            throw failure;
        }
        Optional<EnterpriseRecord> found = registration.startsWith(UNREGISTERED)
                ? Optional.empty() : Optional.of(enterprise(code, status(registration)));
        calls.record(attempt, found.isPresent() ? OutboundCallOutcome.FOUND : OutboundCallOutcome.NOT_FOUND);
        return found;
    }

    @Override
    public String agencyName() {
        return AGENCY;
    }

    private static RegistrationStatus status(String registration) {
        if (registration.startsWith(DEREGISTERED)) {
            return RegistrationStatus.DEREGISTERED;
        }
        return registration.startsWith(REVOKED) ? RegistrationStatus.REVOKED : RegistrationStatus.ACTIVE;
    }

    private static EnterpriseRecord enterprise(CreditCode code, RegistrationStatus status) {
        return new EnterpriseRecord(code, "宝鸡沙箱企业" + code.value().substring(14), code.divisionCode(), "沙箱法人",
                status);
    }
}
