package nl.sekswerkregister.sanctie.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Invoerlezer;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.rest.Verwerkingsheaders;
import nl.sekswerkregister.idempotentie.Idempotent;
import nl.sekswerkregister.sanctie.service.SanctieFilter;
import nl.sekswerkregister.sanctie.service.SanctieService;

/**
 * Sanctions: imposed by the municipality's handhavingsjurist, who takes enforcement decisions for the
 * mayor in mandate (not the licensing desk, not the inspector: see Toegang.vereisSanctierecht);
 * read by that municipality's legal officer, inspectors and licensing desk, and by auditors.
 */
@Path(SanctieResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class SanctieResource {

    static final String PAD = "/api/v1/sancties";
    private static final Pattern VERGUNNINGNUMMER = Pattern.compile("GM[0-9]{4}-[0-9]{4}-[0-9]{6}");

    private final SanctieService sancties;
    private final Invoerlezer lezer;

    public SanctieResource(SanctieService sancties, Invoerlezer lezer) {
        this.sancties = sancties;
        this.lezer = lezer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.HANDHAVINGSJURIST)
    @Idempotent
    public Response leg(JsonNode body, @BeanParam Verwerkingsheaders headers) {
        Verwerkingscontext context = headers.context();
        SanctieVerzoek verzoek = lezer.lees(body, SanctieVerzoek.class)
                .controleer((v, fouten) -> sancties.valideer(v.alsGegevens(), fouten))
                .geldig();
        SanctieDto dto = SanctieDto.van(sancties.leg(verzoek.alsGegevens(), context));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    @GET
    @RolesAllowed({Rol.HANDHAVINGSJURIST, Rol.HANDHAVER, Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public PaginaDto<SanctieDto> zoek(@QueryParam("vestigingId") String vestigingId,
                                      @QueryParam("vergunningnummer") String vergunningnummer,
                                      @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                      @BeanParam Verwerkingsheaders headers, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        UUID vestiging = parameters.uuid("vestigingId", vestigingId).orElse(null);
        String nummer = parameters.patroon("vergunningnummer", vergunningnummer, VERGUNNINGNUMMER,
                "een vergunningnummer zoals GM0363-2026-000042").orElse(null);
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(sancties.zoek(new SanctieFilter(vestiging, nummer), paginering, headers.context())
                .map(SanctieDto::van), uriInfo);
    }

    @GET
    @Path("/{sanctieId}")
    @RolesAllowed({Rol.HANDHAVINGSJURIST, Rol.HANDHAVER, Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public SanctieDto een(@PathParam("sanctieId") String sanctieId, @BeanParam Verwerkingsheaders headers) {
        UUID id = id(sanctieId);
        return SanctieDto.van(sancties.lees(id, headers.context()));
    }

    @POST
    @Path("/{sanctieId}/verbeurten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.HANDHAVINGSJURIST)
    @Idempotent
    public Response verbeur(@PathParam("sanctieId") String sanctieId, JsonNode body,
                            @BeanParam Verwerkingsheaders headers) {
        UUID id = id(sanctieId);
        Verwerkingscontext context = headers.context();
        VerbeurteVerzoek verzoek = lezer.lees(body, VerbeurteVerzoek.class).geldig();
        VerbeurteDto dto = VerbeurteDto.van(sancties.verbeur(id, verzoek.alsGegevens(), context));
        return Response.status(Response.Status.CREATED).entity(dto).build();
    }

    private static UUID id(String sanctieId) {
        Parameters parameters = new Parameters();
        UUID id = parameters.uuid("sanctieId", sanctieId).orElse(null);
        parameters.valideer();
        return id;
    }
}
