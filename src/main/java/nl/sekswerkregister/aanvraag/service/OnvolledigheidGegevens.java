package nl.sekswerkregister.aanvraag.service;

import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.aanvraag.domain.OntbrekendStukSoort;

/** The applicant was asked on {@code verzochtOp} to supply these items by {@code hersteltermijnTot}. */
public record OnvolledigheidGegevens(LocalDate verzochtOp, LocalDate hersteltermijnTot, List<StukGegevens> stukken) {

    public record StukGegevens(OntbrekendStukSoort soort, String toelichting) {
    }
}
