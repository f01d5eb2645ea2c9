package nl.sekswerkregister.registratie.rest;

import java.time.Instant;
import java.util.List;
import nl.sekswerkregister.registratie.service.InzagerapportBeeld;

/**
 * The person's whole report. {@code ondertekening} is the service's signature over the report
 * without it: a compact JWS whose payload is exactly this report (minus the signature), so that the
 * person can show it to someone else and that one can check it came from the registry unchanged.
 */
public record InzagerapportDto(List<InzageregelDto> verwerkingen, Instant opgesteldOp, OndertekeningDto ondertekening) {

    /** {@code alg} EdDSA, {@code kid} the service's key id, {@code jws} the compact serialisation. */
    public record OndertekeningDto(String alg, String kid, String jws) {
    }

    static InzagerapportDto van(InzagerapportBeeld b) {
        return new InzagerapportDto(b.verwerkingen().stream().map(InzageregelDto::van).toList(), b.opgesteldOp(), null);
    }

    InzagerapportDto ondertekend(OndertekeningDto ondertekening) {
        return new InzagerapportDto(verwerkingen, opgesteldOp, ondertekening);
    }
}
