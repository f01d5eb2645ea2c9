package nl.sekswerkregister.lappendeken.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.lappendeken.service.LappendekenService;

/**
 * "What if we adopted these rules?": computed and returned, never stored. Answered with 200 (not
 * 201) because nothing is created.
 */
@Path("/api/v1/regelset-simulaties")
@Produces(MediaType.APPLICATION_JSON)
public class RegelsetSimulatieResource {

    public record SimulatieDto(String gemeenteCode, LocalDate peildatum, Reikwijdte reikwijdte,
                               ConflictDto.KaderVerwijzing kader, List<ConflictDto> nieuweConflicten,
                               List<ConflictDto> opgelosteConflicten, List<ConflictDto> vergunningenBuitenRegels) {
    }

    private final LappendekenService service;

    public RegelsetSimulatieResource(LappendekenService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.BELEIDSMEDEWERKER, Rol.LANDELIJK_BEHEERDER})
    public SimulatieDto simuleer(@NotNull(message = "body ontbreekt") @Valid SimulatieVerzoek verzoek) {
        var r = service.simuleer(verzoek.alsGegevens());
        return new SimulatieDto(r.gemeenteCode(), r.peildatum(), r.reikwijdte(), ConflictDto.KaderVerwijzing.van(r.kader()),
                r.nieuweConflicten().stream().map(ConflictDto::van).toList(),
                r.opgelosteConflicten().stream().map(ConflictDto::van).toList(),
                r.vergunningenBuitenRegels().stream().map(ConflictDto::van).toList());
    }
}
