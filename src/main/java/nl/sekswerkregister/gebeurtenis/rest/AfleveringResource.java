package nl.sekswerkregister.gebeurtenis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.gebeurtenis.service.AbonnementService;
import nl.sekswerkregister.gebeurtenis.service.AfleveringFilter;

/** Deliveries of events, for the administrator: the dead letters, and replaying them. */
@Path(AfleveringResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class AfleveringResource {

    static final String PAD = "/api/v1/afleveringen";
    private static final Pattern STATUS = Pattern.compile("WACHTEND|AFGELEVERD|DOOD");

    private final AbonnementService abonnementen;

    public AfleveringResource(AbonnementService abonnementen) {
        this.abonnementen = abonnementen;
    }

    @GET
    @RolesAllowed(Rol.LANDELIJK_BEHEERDER)
    public PaginaDto<AfleveringDto> lijst(@QueryParam("status") String status,
                                          @QueryParam("abonnementId") String abonnementId,
                                          @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                          @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        String gekozen = parameters.patroon("status", status, STATUS, "WACHTEND, AFGELEVERD of DOOD").orElse(null);
        UUID abonnement = parameters.uuid("abonnementId", abonnementId).orElse(null);
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(abonnementen.afleveringen(new AfleveringFilter(gekozen, abonnement), paginering)
                .map(AfleveringDto::van), uriInfo);
    }

    @GET
    @Path("/{afleveringId}")
    @RolesAllowed(Rol.LANDELIJK_BEHEERDER)
    public AfleveringDto een(@PathParam("afleveringId") String afleveringId) {
        return AfleveringDto.van(abonnementen.aflevering(AbonnementResource.id("afleveringId", afleveringId)));
    }

    @POST
    @Path("/{afleveringId}/herbezorging")
    @RolesAllowed(Rol.LANDELIJK_BEHEERDER)
    public AfleveringDto herbezorg(@PathParam("afleveringId") String afleveringId) {
        return AfleveringDto.van(abonnementen.herbezorg(AbonnementResource.id("afleveringId", afleveringId)));
    }
}
