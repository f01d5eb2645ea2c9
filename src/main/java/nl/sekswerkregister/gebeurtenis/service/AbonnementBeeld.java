package nl.sekswerkregister.gebeurtenis.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;

/**
 * A subscription. {@code geheim} (the signing key) only in the answer to its creation, null ever after:
 * the subscriber keeps it, the service never shows it again.
 */
public record AbonnementBeeld(UUID id, String callbackUrl, List<Gebeurtenistype> typen, String gemeenteCode,
                              Instant aangemaaktOp, String geheim) {
}
