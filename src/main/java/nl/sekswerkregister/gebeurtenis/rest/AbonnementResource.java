package nl.sekswerkregister.gebeurtenis.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nl.sekswerkregister.gebeurtenis.service.AbonnementService;
import nl.sekswerkregister.idempotentie.Idempotent;

/**
 * Subscriptions to events (ZGW Notificaties style): made, read and ended by the subscribing system
 * with its own token; which events a role may receive is the service's to decide (AbonnementService).
 */
@Path(AbonnementResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class AbonnementResource {

    static final String PAD = "/api/v1/abonnementen";

    private final AbonnementService abonnementen;
    private final Invoerlezer lezer;

    public AbonnementResource(AbonnementService abonnementen, Invoerlezer lezer) {
        this.abonnementen = abonnementen;
        this.lezer = lezer;
    }

    /**
     * Idempotent: a system that lost the answer and retries must not end up with two subscriptions (every
     * event delivered twice) and a secret it never saw. The stored answer holds the secret, like the
     * subscription's own row, for as long as the key is kept, and is only ever replayed to the same caller.
     */
    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.HANDHAVINGSJURIST, Rol.AUDITOR,
            Rol.VERIFICATEUR})
    public Response maak(JsonNode body) {
        AbonnementVerzoek verzoek = lezer.lees(body, AbonnementVerzoek.class)
                .controleer((v, fouten) -> v.controleerTypen(fouten))
                .controleer((v, fouten) -> abonnementen.valideer(v.alsGegevens(), fouten))
                .geldig();
        AbonnementDto dto = AbonnementDto.van(abonnementen.maak(verzoek.alsGegevens()));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    @GET
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.HANDHAVINGSJURIST, Rol.AUDITOR,
            Rol.VERIFICATEUR, Rol.LANDELIJK_BEHEERDER})
    public PaginaDto<AbonnementDto> lijst(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                          @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(abonnementen.lijst(paginering).map(AbonnementDto::van), uriInfo);
    }

    @GET
    @Path("/{abonnementId}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.HANDHAVINGSJURIST, Rol.AUDITOR,
            Rol.VERIFICATEUR, Rol.LANDELIJK_BEHEERDER})
    public AbonnementDto een(@PathParam("abonnementId") String abonnementId) {
        return AbonnementDto.van(abonnementen.lees(id(abonnementId)));
    }

    @DELETE
    @Path("/{abonnementId}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.HANDHAVINGSJURIST, Rol.AUDITOR,
            Rol.VERIFICATEUR, Rol.LANDELIJK_BEHEERDER})
    public AbonnementDto beeindig(@PathParam("abonnementId") String abonnementId) {
        return AbonnementDto.van(abonnementen.beeindig(id(abonnementId)));
    }

    static UUID id(String naam, String waarde) {
        Parameters parameters = new Parameters();
        UUID id = parameters.uuid(naam, waarde).orElse(null);
        parameters.valideer();
        return id;
    }

    private static UUID id(String abonnementId) {
        return id("abonnementId", abonnementId);
    }
}
