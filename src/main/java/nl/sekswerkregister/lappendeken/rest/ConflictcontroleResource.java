package nl.sekswerkregister.lappendeken.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.lappendeken.controles.Controlecatalogus;
import nl.sekswerkregister.lappendeken.domain.Ernst;

/** The catalogue of checks: what each finds and why it matters, so a finding can be explained. */
@Path("/api/v1/conflictcontroles")
@Produces(MediaType.APPLICATION_JSON)
public class ConflictcontroleResource {

    public record ConflictcontroleDto(String code, Ernst ernst, String omschrijving, String reden) {
    }

    public record ConflictcontrolesDto(List<ConflictcontroleDto> resultaten, @JsonProperty("_links") Links links) {
    }

    public record Links(Link self) {
    }

    private final Controlecatalogus catalogus;

    public ConflictcontroleResource(Controlecatalogus catalogus) {
        this.catalogus = catalogus;
    }

    @GET
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER})
    public ConflictcontrolesDto lijst() {
        return new ConflictcontrolesDto(catalogus.alle().stream()
                .map(c -> new ConflictcontroleDto(c.code(), c.ernst(), c.omschrijving(), c.reden())).toList(),
                new Links(new Link("/api/v1/conflictcontroles")));
    }
}
