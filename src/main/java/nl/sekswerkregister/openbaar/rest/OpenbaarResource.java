package nl.sekswerkregister.openbaar.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import nl.sekswerkregister.common.csv.CsvSchrijver;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.lappendeken.rest.LappendekenIndexResource;
import nl.sekswerkregister.lappendeken.rest.LappendekenIndexResource.IndexDto;
import nl.sekswerkregister.lappendeken.service.LappendekenService;
import nl.sekswerkregister.openbaar.service.OpenbaarService;
import nl.sekswerkregister.openbaar.service.RegisterFilter;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.rest.RegelsetDto;

/**
 * Open data (Woo active disclosure): licences in force, the rules in force and how fragmented they
 * are, for anyone and without a token. A token sent along is ignored, not checked: nothing here depends
 * on who asks, and an open-data client should not fail because a proxy adds a header. Caching headers
 * and the rate limit are added for every path under {@link #PAD} by common.http (OpenbareAntwoorden,
 * Verzoeklimiet).
 */
@Path(OpenbaarResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class OpenbaarResource {

    static final String PAD = "/api/v1/openbaar";
    /** How many licences in force the register withholds under the filter (all pages together). */
    static final String NIET_GETOOND = "X-Niet-Getoond";

    private final OpenbaarService service;
    private final LappendekenService lappendeken;

    public OpenbaarResource(OpenbaarService service, LappendekenService lappendeken) {
        this.service = service;
        this.lappendeken = lappendeken;
    }

    @GET
    @Path("/vergunningen")
    @Produces({MediaType.APPLICATION_JSON, CsvSchrijver.MEDIA_TYPE})
    @PermitAll
    public Response vergunningen(@QueryParam("gemeenteCode") String gemeenteCode,
                                 @QueryParam("bedrijfstype") String bedrijfstype, @QueryParam("page") String page,
                                 @QueryParam("pageSize") String pageSize, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        String code = parameters.gemeenteCode("gemeenteCode", gemeenteCode).orElse(null);
        Bedrijfstype type = parameters.keuze("bedrijfstype", bedrijfstype, Bedrijfstype.class).orElse(null);
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        OpenbaarRegisterDto dto = OpenbaarRegisterDto.van(service.register(new RegisterFilter(code, type), paginering),
                uriInfo);
        return Response.ok(dto).header(NIET_GETOOND, dto.aantalNietGetoond()).build();
    }

    @GET
    @Path("/regelsets")
    @PermitAll
    public PaginaDto<RegelsetDto> regelsets(@QueryParam("gemeenteCode") String gemeenteCode,
                                            @QueryParam("peildatum") String peildatum, @QueryParam("page") String page,
                                            @QueryParam("pageSize") String pageSize, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        String code = parameters.gemeenteCode("gemeenteCode", gemeenteCode).orElse(null);
        LocalDate datum = parameters.datum("peildatum", peildatum).orElse(null);
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(service.regelsets(code, datum, paginering).map(RegelsetDto::van), uriInfo);
    }

    @GET
    @Path("/lappendeken-index")
    @PermitAll
    public IndexDto lappendekenIndex(@QueryParam("peildatum") String peildatum,
                                     @QueryParam("regiosoort") String regiosoort,
                                     @QueryParam("gemeenteCodes") String gemeenteCodes, @QueryParam("regio") String regio) {
        return LappendekenIndexResource.index(lappendeken, PAD + "/lappendeken-index", false, peildatum, regiosoort,
                gemeenteCodes, regio);
    }
}
