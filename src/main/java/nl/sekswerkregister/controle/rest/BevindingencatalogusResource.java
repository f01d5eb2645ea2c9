package nl.sekswerkregister.controle.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.controle.service.ControleService;
import nl.sekswerkregister.dataverwerking.rest.Verwerkingsheaders;

/**
 * The findings an inspection at premises may record on a day. A resource of its own under the
 * premises' path: the premises feature need not know inspections exist.
 */
// The class path of VestigingResource, for the reason RegelsetResource gives (405 rather than 404).
@Path("/api/v1/vestigingen")
@Produces(MediaType.APPLICATION_JSON)
public class BevindingencatalogusResource {

    private final ControleService controles;

    public BevindingencatalogusResource(ControleService controles) {
        this.controles = controles;
    }

    @GET
    @Path("/{vestigingId}/bevindingencatalogus")
    @RolesAllowed({Rol.HANDHAVER, Rol.HANDHAVINGSJURIST, Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public BevindingencatalogusDto catalogus(@PathParam("vestigingId") String vestigingId,
                                             @QueryParam("datum") String datum, @BeanParam Verwerkingsheaders headers) {
        Parameters parameters = new Parameters();
        UUID id = parameters.uuid("vestigingId", vestigingId).orElse(null);
        LocalDate peildatum = parameters.datum("datum", datum).orElse(null);
        parameters.valideer();
        return BevindingencatalogusDto.van(controles.catalogus(id, peildatum, headers.context()));
    }
}
