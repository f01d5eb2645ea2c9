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
import java.util.regex.Pattern;
import nl.sekswerkregister.audittrail.service.AudittrailService;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;

/** A licence's audit trail, under the licence's path (see ExploitantAudittrailResource). */
@Path("/api/v1/vergunningen")
@Produces(MediaType.APPLICATION_JSON)
public class VergunningAudittrailResource {

    private static final Pattern VERGUNNINGNUMMER = Pattern.compile("GM[0-9]{4}-[0-9]{4}-[0-9]{6}");

    private final AudittrailService audittrail;

    public VergunningAudittrailResource(AudittrailService audittrail) {
        this.audittrail = audittrail;
    }

    @GET
    @Path("/{vergunningnummer}/audittrail")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public PaginaDto<AudittrailregelDto> audittrail(@PathParam("vergunningnummer") String vergunningnummer,
                                                    @QueryParam("page") String page,
                                                    @QueryParam("pageSize") String pageSize, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        parameters.patroon("vergunningnummer", vergunningnummer, VERGUNNINGNUMMER,
                "een vergunningnummer zoals GM0363-2026-000042");
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(audittrail.vanVergunning(vergunningnummer, paginering).map(AudittrailregelDto::van), uriInfo);
    }
}
