package nl.sekswerkregister.gebeurtenis.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.gebeurtenis.service.AfleveringBeeld;

/** One event for one subscription: its state, never the event's subject or data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AfleveringDto(UUID afleveringId, UUID abonnementId, UUID gebeurtenisId, String type, String status,
                            int pogingen, String laatsteUitkomst, Instant laatstePoging, Instant volgendePoging,
                            Instant afgeleverdOp, @JsonProperty("_links") Links links) {

    public record Links(Link self, Link abonnement, Link herbezorging) {
    }

    static AfleveringDto van(AfleveringBeeld a) {
        String self = AfleveringResource.PAD + "/" + a.id();
        return new AfleveringDto(a.id(), a.abonnementId(), a.gebeurtenisId(), a.type(), a.status(), a.pogingen(),
                a.laatsteUitkomst(), a.laatstePoging(), a.volgendePoging(), a.afgeleverdOp(),
                new Links(new Link(self), new Link(AbonnementResource.PAD + "/" + a.abonnementId()),
                        a.status().equals("DOOD") ? new Link(self + "/herbezorging") : null));
    }
}
