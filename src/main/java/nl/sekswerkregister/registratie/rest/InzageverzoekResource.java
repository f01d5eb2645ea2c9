package nl.sekswerkregister.registratie.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.dataverwerking.rest.Verwerkingsheaders;
import nl.sekswerkregister.idempotentie.Idempotent;
import nl.sekswerkregister.registratie.service.Inzageverzoeken;

/**
 * Access requests at the desk (GDPR art. 15): an officer files one on the person's behalf, a second
 * officer of the same municipality approves it, and the municipality then sees its own part of the
 * report. The whole report goes to the person themselves ({@link InzageResource}). Auditors list who
 * requested what.
 */
@Path(InzageverzoekResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class InzageverzoekResource {

    static final String PAD = "/api/v1/inzageverzoeken";

    private final Inzageverzoeken inzageverzoeken;

    public InzageverzoekResource(Inzageverzoeken inzageverzoeken) {
        this.inzageverzoeken = inzageverzoeken;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response dienIn(@NotNull(message = "body ontbreekt") @Valid IdentificatieVerzoek verzoek,
                           @BeanParam Verwerkingsheaders headers) {
        InzageverzoekDto dto = InzageverzoekDto.van(inzageverzoeken.dienIn(verzoek.identificatie().alsIdentificatie(),
                headers.context()));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    @GET
    @RolesAllowed(Rol.AUDITOR)
    public PaginaDto<InzageverzoekDto> lijst(@QueryParam("gemeenteCode") String gemeenteCode,
                                            @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                            @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        parameters.gemeenteCode("gemeenteCode", gemeenteCode);
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(inzageverzoeken.lijst(gemeenteCode, paginering).map(InzageverzoekDto::van), uriInfo);
    }

    @GET
    @Path("/{inzageverzoekId}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public InzageverzoekDto een(@PathParam("inzageverzoekId") String inzageverzoekId,
                                @BeanParam Verwerkingsheaders headers) {
        UUID id = id(inzageverzoekId);
        return InzageverzoekDto.van(inzageverzoeken.lees(id, headers.context()));
    }

    /** Four eyes: a second officer of the municipality approves; the answer carries the municipality's part. */
    @POST
    @Path("/{inzageverzoekId}/goedkeuring")
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response keurGoed(@PathParam("inzageverzoekId") String inzageverzoekId,
                             @BeanParam Verwerkingsheaders headers) {
        UUID id = id(inzageverzoekId);
        return Response.ok(InzageverzoekDto.van(inzageverzoeken.keurGoed(id, headers.context()))).build();
    }

    private static UUID id(String waarde) {
        Parameters parameters = new Parameters();
        UUID id = parameters.uuid("inzageverzoekId", waarde).orElse(null);
        parameters.valideer();
        return id;
    }
}
