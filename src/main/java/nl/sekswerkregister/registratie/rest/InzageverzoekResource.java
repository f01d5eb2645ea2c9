package nl.sekswerkregister.registratie.rest;

import nl.sekswerkregister.dataverwerking.rest.Verwerkingsheaders;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.registratie.service.Inzageverzoeken;

/**
 * A sex worker asks at the desk who processed their data (GDPR art. 15). The officer sends the
 * identifier in the body; the answer lists every processing, officers only as pseudonyms.
 */
@Path("/api/v1/inzageverzoeken")
@Produces(MediaType.APPLICATION_JSON)
public class InzageverzoekResource {

    public record InzageDto(List<InzageregelDto> verwerkingen) {
    }

    private final Inzageverzoeken inzageverzoeken;

    public InzageverzoekResource(Inzageverzoeken inzageverzoeken) {
        this.inzageverzoeken = inzageverzoeken;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    public InzageDto inzage(@NotNull(message = "body ontbreekt") @Valid IdentificatieVerzoek verzoek,
                            @BeanParam Verwerkingsheaders headers) {
        return new InzageDto(inzageverzoeken.behandel(verzoek.identificatie().alsIdentificatie(), headers.context())
                .stream().map(InzageregelDto::van).toList());
    }
}
