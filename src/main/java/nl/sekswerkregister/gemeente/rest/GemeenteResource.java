package nl.sekswerkregister.gemeente.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.gemeente.service.GemeenteService;

/** Reference data: every authenticated role may read it. */
@Path("/api/v1/gemeenten")
@Produces(MediaType.APPLICATION_JSON)
public class GemeenteResource {

    /** All 342 municipalities fit on one page. */
    static final int MAX_PAGE_SIZE = 400;

    /** The twelve provinces, spelled as CBS does (Fryslân with â). */
    static final List<String> PROVINCIES = List.of("Drenthe", "Flevoland", "Fryslân", "Gelderland", "Groningen",
            "Limburg", "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland");

    private final GemeenteService service;

    public GemeenteResource(GemeenteService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER})
    public PaginaDto<GemeenteDto> lijst(@QueryParam("provincie") String provincie, @QueryParam("page") String page,
                                        @QueryParam("pageSize") String pageSize, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        if (provincie != null && !PROVINCIES.contains(provincie)) {
            parameters.fout("provincie", "waarde", "Onbekende provincie; toegestaan: " + String.join(", ", PROVINCIES) + ".");
        }
        Paginering paginering = Paginering.lees(parameters, page, pageSize, MAX_PAGE_SIZE);
        parameters.valideer();
        return PaginaDto.van(service.zoek(provincie, paginering).map(GemeenteDto::van), uriInfo);
    }

    @GET
    @Path("/{gemeenteCode}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER})
    public GemeenteDto een(@PathParam("gemeenteCode") String gemeenteCode) {
        Parameters parameters = new Parameters();
        parameters.gemeenteCode("gemeenteCode", gemeenteCode);
        parameters.valideer();
        return service.vind(gemeenteCode).map(GemeenteDto::van)
                .orElseThrow(() -> ProbleemException.nietGevonden("Er is geen gemeente met deze code."));
    }
}
