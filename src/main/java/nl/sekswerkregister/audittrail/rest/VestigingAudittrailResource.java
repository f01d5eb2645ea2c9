package nl.sekswerkregister.audittrail.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.sekswerkregister.audittrail.service.AudittrailService;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;

/** The audit trail of premises, under the premises' path (see ExploitantAudittrailResource). */
@Path("/api/v1/vestigingen")
@Produces(MediaType.APPLICATION_JSON)
public class VestigingAudittrailResource {

    private final AudittrailService audittrail;

    public VestigingAudittrailResource(AudittrailService audittrail) {
        this.audittrail = audittrail;
    }

    @GET
    @Path("/{vestigingId}/audittrail")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public PaginaDto<AudittrailregelDto> audittrail(@PathParam("vestigingId") String vestigingId,
                                                    @QueryParam("page") String page,
                                                    @QueryParam("pageSize") String pageSize, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        UUID id = parameters.uuid("vestigingId", vestigingId).orElse(null);
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(audittrail.vanVestiging(id, paginering).map(AudittrailregelDto::van), uriInfo);
    }
}
