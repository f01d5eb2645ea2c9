package nl.sekswerkregister.aanvraag.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.sekswerkregister.aanvraag.domain.Aanvraagstatus;
import nl.sekswerkregister.aanvraag.service.AanvraagFilter;
import nl.sekswerkregister.aanvraag.service.AanvraagService;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;

/** The desk's worklist: cases of the own municipality, soonest last day first; passed periods on request. */
@Path("/api/v1/aanvragen")
@Produces(MediaType.APPLICATION_JSON)
public class AanvragenResource {

    private final AanvraagService aanvragen;

    public AanvragenResource(AanvraagService aanvragen) {
        this.aanvragen = aanvragen;
    }

    @GET
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public PaginaDto<AanvraagOverzichtDto> lijst(@QueryParam("gemeenteCode") String gemeenteCode,
                                                 @QueryParam("status") String status,
                                                 @QueryParam("termijnVerstreken") String termijnVerstreken,
                                                 @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                                 @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        String gemeente = parameters.gemeenteCode("gemeenteCode", gemeenteCode).orElse(null);
        Aanvraagstatus gevraagd = parameters.keuze("status", status, Aanvraagstatus.class).orElse(null);
        boolean verstreken = false;
        if (termijnVerstreken != null) {
            if (termijnVerstreken.equals("true")) {
                verstreken = true;
            } else if (!termijnVerstreken.equals("false")) {
                parameters.fout("termijnVerstreken", "keuze", "Moet true of false zijn.");
            }
        }
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(aanvragen.zoek(new AanvraagFilter(gemeente, gevraagd, verstreken), paginering)
                .map(AanvraagOverzichtDto::van), uriInfo);
    }
}
