package nl.sekswerkregister.aanvraag.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.aanvraag.domain.Aanvraagstatus;
import nl.sekswerkregister.aanvraag.domain.Beslistermijn;
import nl.sekswerkregister.aanvraag.domain.GevolgNietTijdig;
import nl.sekswerkregister.aanvraag.domain.OntbrekendStukSoort;
import nl.sekswerkregister.aanvraag.domain.Termijnbron;

/** A case as the desk sees it on a day. */
public record AanvraagBeeld(String vergunningnummer, String gemeenteCode, LocalDate ontvangenOp, Aanvraagstatus status,
                            List<Onvolledigheid> onvolledigheden, int beslistermijnWeken, Termijnbron bron,
                            Integer regelsetVersie, Beslistermijn termijn, boolean opgeschort,
                            Integer verdagingWeken, String verdagingMotivering, LocalDate verdaagdOp,
                            boolean termijnVerstreken, GevolgNietTijdig gevolg, UUID besluitId, LocalDate beslotenOp,
                            Boolean tijdigBesloten, long versie) {

    public record Onvolledigheid(UUID id, LocalDate verzochtOp, LocalDate hersteltermijnTot, LocalDate aangevuldOp,
                                 long dagenOpgeschort, List<Stuk> ontbrekendeStukken) {
    }

    public record Stuk(OntbrekendStukSoort soort, String toelichting) {
    }
}
