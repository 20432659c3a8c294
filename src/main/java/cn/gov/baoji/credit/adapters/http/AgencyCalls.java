package cn.gov.baoji.credit.adapters.http;

import cn.gov.baoji.credit.adapters.AgencyRejectedException;
import cn.gov.baoji.credit.adapters.AgencyUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A POST that delivers something under an idempotency key, with the outcome rules of our agency contracts:
 * any 2xx is delivered, and so is 409 (the agency already has it under that key); any other 4xx but 408 and
 * 429 is a refusal of the content ({@link AgencyRejectedException}); a 5xx, 408, 429, a timeout, a reset or
 * refused connection is {@link AgencyUnavailableException}. The calling job retries either, then raises an
 * incident; the two exceptions tell the operator which it was.
 */
public final class AgencyCalls {

    private AgencyCalls() {
    }

    public static void deliver(RestClient agency, String agencyName, String path, String idempotencyKey, Object body) {
        try {
            agency.post().uri(path)
                    .header(AgencyRestClients.IDEMPOTENCY_KEY, idempotencyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    // every non-2xx status is handled here, 409 included: a status no handler of ours takes
                    // falls through to RestClient's default handler, which throws for every 4xx and 5xx
                    .onStatus(status -> !status.is2xxSuccessful(),
                            (request, response) -> {
                                int status = response.getStatusCode().value();
                                if (status == HttpStatus.CONFLICT.value()) {
                                    return;   // delivered before under this key
                                }
                                String what = agencyName + " answered " + status + " to " + path + " (key "
                                        + idempotencyKey + ")";
                                // 408 and 429 say "not now", not "not this": retried like a 5xx
                                boolean notNow = status == 408 || status == 429;
                                if (response.getStatusCode().is4xxClientError() && !notNow) {
                                    throw new AgencyRejectedException(what);
                                }
                                throw new AgencyUnavailableException(what);
                            })
                    .toBodilessEntity();
        } catch (AgencyRejectedException | AgencyUnavailableException e) {
            throw e;
        } catch (RestClientException e) {
            throw new AgencyUnavailableException(agencyName + " could not be reached at " + path + ": "
                    + e.getMessage(), e);
        }
    }
}
