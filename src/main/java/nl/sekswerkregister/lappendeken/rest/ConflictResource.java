package nl.sekswerkregister.lappendeken.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.lappendeken.controles.Controlecatalogus;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.lappendeken.service.AnalyseBeeld;
import nl.sekswerkregister.lappendeken.service.ConflictFilter;
import nl.sekswerkregister.lappendeken.service.LappendekenService;

/** The patchwork: conflicting local rules, derived from public rules and public licences, for every role. */
@Path("/api/v1/conflicten")
@Produces(MediaType.APPLICATION_JSON)
public class ConflictResource {

    static final Pattern KADER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final LappendekenService service;
    private final Controlecatalogus catalogus;

    public ConflictResource(LappendekenService service, Controlecatalogus catalogus) {
        this.service = service;
        this.catalogus = catalogus;
    }

    @GET
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER})
    public ConflictenDto lijst(@QueryParam("peildatum") String peildatum, @QueryParam("reikwijdte") String reikwijdte,
                               @QueryParam("regio") String regio, @QueryParam("gemeenteCode") String gemeenteCode,
                               @QueryParam("controle") String controle, @QueryParam("ernst") String ernst,
                               @QueryParam("kader") String kader, @QueryParam("page") String page,
                               @QueryParam("pageSize") String pageSize, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        if (controle != null && catalogus.metCode(controle).isEmpty()) {
            parameters.fout("controle", "onbekend", "Onbekende controle; toegestaan: " + String.join(", ", catalogus.codes()) + ".");
        }
        ConflictFilter filter = new ConflictFilter(parameters.datum("peildatum", peildatum).orElse(null),
                parameters.keuze("reikwijdte", reikwijdte, Reikwijdte.class).orElse(null), regio,
                parameters.gemeenteCode("gemeenteCode", gemeenteCode).orElse(null), controle,
                parameters.keuze("ernst", ernst, Ernst.class).orElse(null),
                parameters.patroon("kader", kader, KADER, "een kadercode zoals wrs-wetsvoorstel").orElse(null));
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();

        AnalyseBeeld resultaat = service.conflicten(filter);
        var conflicten = resultaat.conflicten();
        int van = Math.min(paginering.offset(), conflicten.size());
        int tot = Math.min(van + paginering.pageSize() + 1, conflicten.size());
        PaginaDto<ConflictDto> pagina = PaginaDto.van(Pagina.uit(conflicten.subList(van, tot), paginering)
                .map(ConflictDto::van), uriInfo);
        return new ConflictenDto(resultaat.peildatum(), resultaat.reikwijdte(),
                ConflictDto.KaderVerwijzing.van(resultaat.kader()), pagina.resultaten(), pagina.links());
    }
}
