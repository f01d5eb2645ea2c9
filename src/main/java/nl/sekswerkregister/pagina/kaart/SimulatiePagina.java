package nl.sekswerkregister.pagina.kaart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Invoerlezer;
import nl.sekswerkregister.common.json.MergePatch;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.lappendeken.rest.RegelsetSimulatieResource;
import nl.sekswerkregister.lappendeken.service.LappendekenService;
import nl.sekswerkregister.lappendeken.service.SimulatieBeeld;
import nl.sekswerkregister.lappendeken.service.SimulatieGegevens;
import nl.sekswerkregister.pagina.kaart.Kaartweergave.Fout;
import nl.sekswerkregister.pagina.kaart.Kaartweergave.Keuze;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.service.RegelsetBeeld;

/**
 * "What if we changed our rules?" at the desk: a change to the own municipality's rules in force
 * (a JSON Merge Patch, or just a new minimum age), run through the same merge, validation and
 * engine as {@code POST /api/v1/regelset-simulaties}, shown as the findings it adds and resolves and
 * as the map with the simulated rules. Nothing is stored. The municipality is the caller's own
 * (claim {@code gemeente}); there is no field to name another.
 */
@Path("/balie/simulatie")
public class SimulatiePagina {

    static final String VOORBEELD = "{\n  \"minimumleeftijd\": 21\n}";

    private final Template pagina;
    private final Kaartsamensteller samensteller;
    private final LappendekenService lappendeken;
    private final MergePatch mergePatch;
    private final Invoerlezer lezer;
    private final Gebruiker gebruiker;
    private final ObjectMapper json = new ObjectMapper();

    public SimulatiePagina(@Location("pagina/kaart/simulatie.html") Template pagina, Kaartsamensteller samensteller,
                           LappendekenService lappendeken, MergePatch mergePatch, Invoerlezer lezer, Gebruiker gebruiker) {
        this.pagina = pagina;
        this.samensteller = samensteller;
        this.lappendeken = lappendeken;
        this.mergePatch = mergePatch;
        this.lezer = lezer;
        this.gebruiker = gebruiker;
    }

    @GET
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.BELEIDSMEDEWERKER})
    @Produces(MediaType.TEXT_HTML)
    public Response formulier() {
        String gemeente = gebruiker.gemeenteCode().orElse(null);
        if (gemeente == null) {
            return zonderGemeente();
        }
        return Response.ok(formulier(gemeente, samensteller.vandaag().toString(), "", VOORBEELD, Dimensie.STANDAARD,
                List.of())).build();
    }

    @POST
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.BELEIDSMEDEWERKER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response simuleer(@FormParam("peildatum") String peildatum, @FormParam("minimumleeftijd") String minimumleeftijd,
                             @FormParam("wijziging") String wijziging, @FormParam("dimensie") String dimensie) {
        String gemeente = gebruiker.gemeenteCode().orElse(null);
        if (gemeente == null) {
            return zonderGemeente();
        }
        List<Fout> fouten = new ArrayList<>();
        LocalDate datum = samensteller.vandaag();
        if (peildatum != null && !peildatum.isBlank()) {
            try {
                datum = LocalDate.parse(peildatum.strip());
            } catch (DateTimeParseException e) {
                fouten.add(new Fout("peildatum", "Vul de peildatum in als jaar-maand-dag, bijvoorbeeld 2026-01-01."));
            }
        }
        Dimensie getoond = dimensie == null || dimensie.isBlank() ? Dimensie.STANDAARD
                : Dimensie.metCode(dimensie).orElse(Dimensie.STANDAARD);
        JsonNode patch = patch(minimumleeftijd, wijziging, fouten);
        String tekst = wijziging == null ? "" : wijziging;
        String leeftijd = minimumleeftijd == null ? "" : minimumleeftijd;
        String datumtekst = peildatum == null || peildatum.isBlank() ? datum.toString() : peildatum;
        if (!fouten.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(formulier(gemeente, datumtekst, leeftijd, tekst, getoond, fouten)).build();
        }
        SimulatieBeeld uitkomst;
        try {
            Regels regels = RegelsetSimulatieResource.gewijzigd(lappendeken, mergePatch, lezer, gemeente, datum, patch);
            uitkomst = lappendeken.simuleer(new SimulatieGegevens(gemeente, regels, "wijziging", datum, Reikwijdte.BUREN,
                    null));
        } catch (ProbleemException probleem) {
            // The engine's own words, at the path of the field (wijziging.minimumleeftijd): the form again.
            List<Fout> gemeld = probleem.ongeldigeParameters() == null || probleem.ongeldigeParameters().isEmpty()
                    ? List.of(new Fout("wijziging", probleem.getMessage()))
                    : probleem.ongeldigeParameters().stream().map(p -> new Fout(p.name(), p.reason())).toList();
            return Response.status(probleem.soort().status())
                    .entity(formulier(gemeente, datumtekst, leeftijd, tekst, getoond, gemeld)).build();
        }
        Map<String, Regels> regels = new HashMap<>();
        Map<String, RegelsetBeeld> inWerking = samensteller.regelsets(datum);
        inWerking.forEach((code, r) -> regels.put(code, r.regels()));
        regels.put(gemeente, uitkomst.regels());
        Set<String> opgelost = uitkomst.opgelosteConflicten().stream().map(Conflict::id).collect(Collectors.toSet());
        List<Conflict> lijnen = new ArrayList<>(samensteller.conflicten(datum, null).stream()
                .filter(c -> !opgelost.contains(c.id())).toList());
        lijnen.addAll(uitkomst.nieuweConflicten().stream().filter(c -> samensteller.isOpenbareControle(c.controle()))
                .toList());
        var kaart = samensteller.kaart(datum, getoond, regels, lijnen, gemeente, null, null);
        return Response.ok(formulier(gemeente, datumtekst, leeftijd, tekst, getoond, List.of())
                .data("uitkomst", true)
                .data("kaart", kaart)
                .data("nieuw", samensteller.bevindingen(uitkomst.nieuweConflicten(), null))
                .data("opgelost", samensteller.bevindingen(uitkomst.opgelosteConflicten(), null))
                .data("buitenRegels", samensteller.bevindingen(uitkomst.vergunningenBuitenRegels(), null))).build();
    }

    /**
     * The change as a merge patch: the text area's JSON object, with the minimum-age field laid over
     * it when filled. An unreadable JSON text is named with its line and column.
     */
    private JsonNode patch(String minimumleeftijd, String wijziging, List<Fout> fouten) {
        ObjectNode patch = json.createObjectNode();
        if (wijziging != null && !wijziging.isBlank()) {
            try {
                JsonNode gelezen = json.readTree(wijziging);
                if (!(gelezen instanceof ObjectNode object)) {
                    fouten.add(new Fout("wijziging",
                            "Verwacht een JSON-object tussen { en }, zoals " + VOORBEELD.replace("\n", " ")));
                    return patch;
                }
                patch = object;
            } catch (JsonProcessingException e) {
                var plek = e.getLocation();
                fouten.add(new Fout("wijziging", "Geen geldige JSON" + (plek == null ? "" : " (regel " + plek.getLineNr()
                        + ", kolom " + plek.getColumnNr() + ")") + ". Schrijf bijvoorbeeld " + VOORBEELD.replace("\n", " ")));
                return patch;
            }
        }
        if (minimumleeftijd != null && !minimumleeftijd.isBlank()) {
            try {
                patch.put("minimumleeftijd", Integer.parseInt(minimumleeftijd.strip()));
            } catch (NumberFormatException e) {
                fouten.add(new Fout("minimumleeftijd", "Vul de minimumleeftijd in als een heel getal, bijvoorbeeld 21."));
            }
        }
        if (fouten.isEmpty() && patch.isEmpty()) {
            fouten.add(new Fout("wijziging", "Vul een wijziging in (of een minimumleeftijd): er is niets om te simuleren."));
        }
        return patch;
    }

    private TemplateInstance formulier(String gemeente, String peildatum, String minimumleeftijd, String wijziging,
                                       Dimensie dimensie, List<Fout> fouten) {
        String naam = samensteller.gemeenten().get(gemeente).naam();
        return pagina.data("gemeente", gemeente).data("gemeentenaam", naam).data("peildatum", peildatum)
                .data("minimumleeftijd", minimumleeftijd).data("wijziging", wijziging)
                .data("dimensie", dimensie.naam())
                .data("dimensies", Dimensie.ALLE.stream().map(d -> new Keuze(d.code(), d.naam(), d.equals(dimensie))).toList())
                .data("fouten", fouten).data("uitkomst", false).data("kaart", null);
    }

    /** A token without a municipality has no rules to change here. */
    private Response zonderGemeente() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("Uw account hoort bij geen gemeente; alleen de eigen regels van een gemeente zijn te simuleren.")
                .build();
    }
}
