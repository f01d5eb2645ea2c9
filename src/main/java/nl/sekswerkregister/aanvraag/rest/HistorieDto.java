package nl.sekswerkregister.aanvraag.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.aanvraag.domain.Aanvraagstatus;
import nl.sekswerkregister.aanvraag.domain.Historiegebeurtenis;
import nl.sekswerkregister.common.paginering.Link;

/** GET /vergunningen/{vergunningnummer}/aanvraag/historie: who did what to the case, oldest first. */
public record HistorieDto(List<Regel> resultaten, @JsonProperty("_links") Links links) {

    /** One entry: what, the status after it, the day it concerns, and who recorded it when, in which role, for whom. */
    public record Regel(Historiegebeurtenis gebeurtenis, Aanvraagstatus statusNa, LocalDate datum, Instant vastgelegdOp,
                        Actor vastgelegdDoor) {
    }

    public record Actor(String subject, String rol, String organisatie) {
    }

    public record Links(Link self, Link aanvraag) {
    }
}
