package nl.sekswerkregister.sanctie.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.sanctie.domain.Bedragperiode;
import nl.sekswerkregister.sanctie.domain.Sanctiesoort;

/**
 * A sanction as it leaves the service. The addressee is the licence's operator (by id and KvK
 * number: a business, not a person) or, without a licence, "de gebruiker van de vestiging", never a
 * name. Who took it is kept as the role and municipality; the officer's own identity stays inside the
 * service, as with licence decisions.
 */
public record SanctieBeeld(UUID id, String gemeenteCode, Sanctiesoort soort, UUID vestigingId, String vergunningnummer,
                           UUID exploitantId, String kvkNummer, String motivering, List<SanctieGegevens.Grondslag> grondslagen,
                           List<UUID> controles, List<UUID> bevindingen, LocalDate bekendgemaaktOp, LocalDate bezwaarTot,
                           BigDecimal bedrag, Bedragperiode bedragPer, BigDecimal maximumbedrag,
                           LocalDate begunstigingstermijnTot, String maatregel, LocalDate ingangsdatum,
                           LocalDate einddatum, UUID besluitId, UUID opheffingVan, Opheffing opgeheven,
                           List<Verbeurte> verbeurten, BigDecimal totaalVerbeurd, Instant genomenOp, String genomenRol) {

    /** The later decision that lifted this one, from its date. */
    public record Opheffing(UUID sanctieId, LocalDate ingangsdatum) {
    }

    public record Verbeurte(UUID id, LocalDate datum, BigDecimal bedrag, UUID controleId, Instant vastgelegdOp,
                            String vastgelegdRol) {
    }
}
