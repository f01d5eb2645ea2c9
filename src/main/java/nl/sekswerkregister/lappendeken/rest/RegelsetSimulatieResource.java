package nl.sekswerkregister.lappendeken.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Invoerlezer;
import nl.sekswerkregister.common.json.MergePatch;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.idempotentie.Idempotent;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.lappendeken.service.LappendekenService;
import nl.sekswerkregister.regelset.domain.Regels;

/**
 * "What if we adopted these rules?": computed and returned, never stored. Answered with 200 (not
 * 201) because nothing is created.
 */
@Path("/api/v1/regelset-simulaties")
@Produces(MediaType.APPLICATION_JSON)
public class RegelsetSimulatieResource {

    public record SimulatieDto(String gemeenteCode, LocalDate peildatum, Reikwijdte reikwijdte,
                               ConflictDto.KaderVerwijzing kader, Regels regels, List<ConflictDto> nieuweConflicten,
                               List<ConflictDto> opgelosteConflicten, List<ConflictDto> vergunningenBuitenRegels) {
    }

    /**
     * The rules under the request's own field name, so that the merge patch reports a wrong type, an
     * unknown field or a value out of range at the path the client wrote: {@code wijziging.minimumleeftijd}.
     */
    record Gewijzigd(@Valid Regels wijziging) {
    }

    private final LappendekenService service;
    private final MergePatch mergePatch;
    private final Invoerlezer lezer;

    public RegelsetSimulatieResource(LappendekenService service, MergePatch mergePatch, Invoerlezer lezer) {
        this.service = service;
        this.mergePatch = mergePatch;
        this.lezer = lezer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.BELEIDSMEDEWERKER, Rol.LANDELIJK_BEHEERDER})
    public Response simuleer(JsonNode body) {
        // Every problem of the body in one answer, contradictions in a full draft included: the person
        // reading it is trying out rules they are about to type into an APV.
        SimulatieVerzoek verzoek = lezer.lees(body, SimulatieVerzoek.class)
                .controleer((v, fouten) -> service.controleerRegels("regels.", v.regels(), fouten))
                .geldig();
        Regels regels = verzoek.wijziging() == null ? verzoek.regels() : gewijzigd(verzoek);
        var r = service.simuleer(verzoek.alsGegevens(regels));
        // A Response, not the record: an Idempotency-Key replay answers with the stored Response.
        return Response.ok(new SimulatieDto(r.gemeenteCode(), r.peildatum(), r.reikwijdte(), ConflictDto.KaderVerwijzing.van(r.kader()),
                r.regels(), r.nieuweConflicten().stream().map(ConflictDto::van).toList(),
                r.opgelosteConflicten().stream().map(ConflictDto::van).toList(),
                r.vergunningenBuitenRegels().stream().map(ConflictDto::van).toList())).build();
    }

    /** The rules in force with the change merged in (RFC 7396), validated like a complete draft. */
    private Regels gewijzigd(SimulatieVerzoek verzoek) {
        return gewijzigd(service, mergePatch, lezer, verzoek.gemeenteCode(), verzoek.peildatum(), verzoek.wijziging());
    }

    /**
     * The same for the desk's simulation page (pagina.kaart), so that a change typed into the form and
     * one sent to this API are merged and validated alike, with the problems named at the same paths.
     */
    public static Regels gewijzigd(LappendekenService service, MergePatch mergePatch, Invoerlezer lezer,
                                   String gemeenteCode, LocalDate peildatum, JsonNode wijziging) {
        if (!wijziging.isObject()) {
            throw ProbleemException.ongeldig("wijziging", "type",
                    "Verwacht een JSON-object met de te wijzigen regels (JSON Merge Patch, RFC 7396).");
        }
        Regels inWerking = service.regelsVoorWijziging(gemeenteCode, peildatum);
        var patch = JsonNodeFactory.instance.objectNode().set("wijziging", wijziging);
        return lezer.lees(mergePatch.samengevoegd(new Gewijzigd(inWerking), patch), Gewijzigd.class)
                .controleer((g, fouten) -> service.controleerRegels("wijziging.", g.wijziging(), fouten))
                .geldig().wijziging();
    }
}
