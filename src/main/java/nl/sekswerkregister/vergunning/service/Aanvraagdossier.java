package nl.sekswerkregister.vergunning.service;

import java.time.LocalDate;
import java.util.UUID;
import nl.sekswerkregister.vergunning.domain.Besluittype;

/**
 * The case that every application is at the desk. Implemented by the aanvraag feature, which reads
 * licences: declaring the need here keeps the two features free of a cycle (aanvraag depends on
 * vergunning, never the other way round). Both calls run inside the licence's own transaction, so a
 * licence never exists without its case, nor a decision on an application without closing it.
 */
public interface Aanvraagdossier {

    /** Opens the case of a licence just applied for, received on {@code ontvangenOp}. */
    void open(UUID vergunningId, String vergunningnummer, String gemeenteCode, LocalDate ontvangenOp);

    /**
     * A decision was taken on the licence: a grant, refusal or withdrawal of the application closes
     * its case (and records whether that was in time); any other decision leaves it alone.
     */
    void verwerkBesluit(UUID vergunningId, Besluittype besluittype, UUID besluitId, LocalDate besluitdatum);
}
