package nl.sekswerkregister.sanctie.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.sanctie.domain.Bedragperiode;
import nl.sekswerkregister.sanctie.domain.Grondslagsoort;
import nl.sekswerkregister.sanctie.domain.Sanctiesoort;
import nl.sekswerkregister.vergunning.domain.Besluitgrond;

/**
 * A sanction to impose, checked for form. Which of the optional fields a kind needs (or refuses) is
 * {@link SanctieService#valideer}'s; lists are never null.
 */
public record SanctieGegevens(Sanctiesoort soort, UUID vestigingId, String vergunningnummer, String motivering,
                              List<Grondslag> grondslagen, List<UUID> controles, List<UUID> bevindingen,
                              LocalDate bekendgemaaktOp, BigDecimal bedrag, Bedragperiode bedragPer,
                              BigDecimal maximumbedrag, LocalDate begunstigingstermijnTot, String maatregel,
                              LocalDate ingangsdatum, LocalDate einddatum, UUID opheffingVan, Besluitgrond grond) {

    public record Grondslag(Grondslagsoort soort, String verwijzing) {
    }
}
