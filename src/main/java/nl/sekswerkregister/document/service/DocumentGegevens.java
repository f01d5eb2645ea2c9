package nl.sekswerkregister.document.service;

import java.util.OptionalLong;
import nl.sekswerkregister.document.domain.Bestandssoort;
import nl.sekswerkregister.document.domain.Documentsoort;
import nl.sekswerkregister.document.domain.Vertrouwelijkheid;

/**
 * An upload as the desk sends it: its kind, confidentiality (null: the kind's default), the type the
 * client claims, and the length it announced (empty for a chunked body).
 */
public record DocumentGegevens(Documentsoort soort, Vertrouwelijkheid vertrouwelijkheid, Bestandssoort geclaimd,
                               OptionalLong lengte) {
}
