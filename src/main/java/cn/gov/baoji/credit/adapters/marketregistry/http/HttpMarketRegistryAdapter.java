package cn.gov.baoji.credit.adapters.marketregistry.http;

import java.util.Map;
import java.util.Optional;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.AgencyUnavailableException;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.http.AgencyRestClients;
import cn.gov.baoji.credit.adapters.marketregistry.EnterpriseRecord;
import cn.gov.baoji.credit.adapters.marketregistry.MarketRegistryPort;
import cn.gov.baoji.credit.adapters.marketregistry.RegistrationStatus;
import cn.gov.baoji.credit.shared.CreditCode;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks the registry's API ({@code GET /enterprises/{creditCode}}, agencies/market-registry.yaml).
 * 404 is the one business answer (not registered → empty). Every other non-2xx is
 * {@link AgencyUnavailableException}, other 4xx included: we only ask with valid credit codes, so a 400, 401
 * or 403 means a wrong configuration or a changed contract, for an operator to fix through the incident.
 * A 2xx whose body we cannot read, or that describes another enterprise, is unavailable too.
 */
public class HttpMarketRegistryAdapter implements MarketRegistryPort {

    private static final String OPERATION = "findEnterprise";

    private final RestClient registry;
    private final OutboundCallLog calls;

    public HttpMarketRegistryAdapter(RestClient registry, OutboundCallLog calls) {
        this.registry = registry;
        this.calls = calls;
    }

    @Override
    public Optional<EnterpriseRecord> findEnterprise(CreditCode code, String idempotencyKey, String caseNumber) {
        var attempt = new OutboundCallAttempt(AGENCY, OPERATION, idempotencyKey, caseNumber, AdapterMode.HTTP,
                Map.of("creditCode", code.value()));
        Optional<EnterpriseRecord> found;
        try {
            found = fetch(code, idempotencyKey).map(body -> toRecord(code, body));
        } catch (AgencyUnavailableException e) {
            calls.recordFailure(attempt, e);
            throw e;
        }
        calls.record(attempt, found.isPresent() ? OutboundCallOutcome.FOUND : OutboundCallOutcome.NOT_FOUND);
        return found;
    }

    private Optional<EnterpriseResponse> fetch(CreditCode code, String idempotencyKey) {
        try {
            EnterpriseResponse body = registry.get().uri("/enterprises/{creditCode}", code.value())
                    .header(AgencyRestClients.IDEMPOTENCY_KEY, idempotencyKey)
                    .retrieve()
                    .onStatus(status -> !status.is2xxSuccessful() && status.value() != 404, (request, response) -> {
                        throw new AgencyUnavailableException("The market registry answered "
                                + response.getStatusCode().value() + " for " + code);
                    })
                    .body(EnterpriseResponse.class);
            return Optional.of(body == null ? unexpected(code, "an empty body") : body);
        } catch (HttpClientErrorException.NotFound notRegistered) {
            return Optional.empty();
        } catch (RestClientException e) {
            throw new AgencyUnavailableException("The market registry could not be reached or read for " + code
                    + ": " + e.getMessage(), e);
        }
    }

    private static EnterpriseRecord toRecord(CreditCode asked, EnterpriseResponse body) {
        if (!asked.value().equals(body.creditCode()) || body.name() == null || body.districtCode() == null) {
            unexpected(asked, "an incomplete record or one of another enterprise");
        }
        return new EnterpriseRecord(asked, body.name(), body.districtCode(), body.legalRepresentative(),
                status(asked, body.status()));
    }

    private static RegistrationStatus status(CreditCode asked, String status) {
        if (status == null) {
            return unexpected(asked, "no status");
        }
        return switch (status) {
            case "ACTIVE" -> RegistrationStatus.ACTIVE;
            case "REVOKED" -> RegistrationStatus.REVOKED;
            case "DEREGISTERED" -> RegistrationStatus.DEREGISTERED;
            default -> unexpected(asked, "the unknown status " + status);
        };
    }

    private static <T> T unexpected(CreditCode asked, String what) {
        throw new AgencyUnavailableException("The market registry answered " + what + " for " + asked);
    }
}
