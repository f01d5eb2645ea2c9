package nl.sekswerkregister.controle.rest;

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
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Invoerlezer;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.controle.service.ControleFilter;
import nl.sekswerkregister.controle.service.ControleService;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.rest.Verwerkingsheaders;
import nl.sekswerkregister.idempotentie.Idempotent;

/** Inspections at premises: recorded by enforcement, read by those who act on them. */
@Path(ControleResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class ControleResource {

    static final String PAD = "/api/v1/controles";

    private final ControleService controles;
    private final Invoerlezer lezer;

    public ControleResource(ControleService controles, Invoerlezer lezer) {
        this.controles = controles;
        this.lezer = lezer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.HANDHAVER)
    @Idempotent
    public Response legVast(JsonNode body, @BeanParam Verwerkingsheaders headers) {
        // The purpose first: without it nothing is read, looked up or logged.
        Verwerkingscontext context = headers.context();
        ControleVerzoek verzoek = lezer.lees(body, ControleVerzoek.class)
                .controleer(ControleVerzoek::controleerRegistratienummers).geldig();
        ControleDto dto = ControleDto.van(controles.legVast(verzoek.alsGegevens(), context));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    @GET
    @RolesAllowed({Rol.HANDHAVER, Rol.HANDHAVINGSJURIST, Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public PaginaDto<ControleDto> zoek(@QueryParam("vestigingId") String vestigingId,
                                       @QueryParam("datumVanaf") String datumVanaf,
                                       @QueryParam("datumTot") String datumTot,
                                       @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                       @BeanParam Verwerkingsheaders headers, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        ControleFilter filter = new ControleFilter(parameters.uuid("vestigingId", vestigingId).orElse(null),
                parameters.datum("datumVanaf", datumVanaf).orElse(null), parameters.datum("datumTot", datumTot).orElse(null));
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(controles.zoek(filter, paginering, headers.context()).map(ControleDto::van), uriInfo);
    }

    @GET
    @Path("/{controleId}")
    @RolesAllowed({Rol.HANDHAVER, Rol.HANDHAVINGSJURIST, Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public ControleDto een(@PathParam("controleId") String controleId, @BeanParam Verwerkingsheaders headers) {
        Parameters parameters = new Parameters();
        UUID id = parameters.uuid("controleId", controleId).orElse(null);
        parameters.valideer();
        return ControleDto.van(controles.lees(id, headers.context()));
    }
}
