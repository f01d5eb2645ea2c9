package nl.sekswerkregister.document.service;

import java.time.Instant;
import java.util.UUID;
import nl.sekswerkregister.document.domain.Bestandssoort;
import nl.sekswerkregister.document.domain.Documentsoort;
import nl.sekswerkregister.document.domain.Vertrouwelijkheid;

/** A document's metadata; {@code inhoud} is where its content is stored, for the download only. */
public record DocumentBeeld(UUID id, String vergunningnummer, Documentsoort soort, Vertrouwelijkheid vertrouwelijkheid,
                            Bestandssoort bestandssoort, long grootte, byte[] sha256, Instant ontvangenOp,
                            String ontvangenRol, long inhoud) {
}
