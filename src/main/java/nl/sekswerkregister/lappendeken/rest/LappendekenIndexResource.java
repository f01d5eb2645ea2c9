package nl.sekswerkregister.lappendeken.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.lappendeken.domain.Fragmentatie;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.lappendeken.service.LappendekenService;

/** How fragmented the rules are (Gini-Simpson per dimension), nationally and per region. */
@Path("/api/v1/lappendeken-index")
@Produces(MediaType.APPLICATION_JSON)
public class LappendekenIndexResource {

    static final String FORMULE = "Gini-Simpson per regel: 1 - Σ nᵢ(nᵢ-1) / (n(n-1)), met n het aantal gemeenten "
            + "waarvan de waarde bekend is (gezet of 'niet geregeld') en nᵢ het aantal met waarde i: de kans dat twee "
            + "verschillende willekeurige gemeenten een verschillende waarde hebben. Onbekende waarden tellen niet mee "
            + "maar staan in aantalOnbekend; dekking = bekend / (bekend + onbekend). Totaal: het gemiddelde over de "
            + "regels met een index (n ≥ 2).";

    public record RegioIndex(String regio, Double index, int aantalGemeentenMetRegelset, List<DimensieDto> dimensies) {
    }

    /** The index of one dimension of the rules, with how many municipalities chose each value. */
    public record DimensieDto(String dimensie, Double index, int aantalGemeenten, int aantalOnbekend, Double dekking,
                              List<WaardetellingDto> waarden) {

        static DimensieDto van(Fragmentatie.Dimensie d) {
            return new DimensieDto(d.dimensie(), d.index(), d.aantalGemeenten(), d.aantalOnbekend(), d.dekking(),
                    d.waarden().stream().map(w -> new WaardetellingDto(w.waarde(), w.aantal())).toList());
        }
    }

    public record WaardetellingDto(String waarde, int aantal) {
    }

    public record IndexDto(LocalDate peildatum, Reikwijdte regiosoort, String formule, RegioIndex landelijk,
                           List<RegioIndex> regios, @JsonProperty("_links") Links links) {
    }

    public record Links(Link self) {
    }

    private final LappendekenService service;

    public LappendekenIndexResource(LappendekenService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER})
    public IndexDto index(@QueryParam("peildatum") String peildatum, @QueryParam("regiosoort") String regiosoort) {
        Parameters parameters = new Parameters();
        LocalDate datum = parameters.datum("peildatum", peildatum).orElse(null);
        Reikwijdte soort = parameters.keuze("regiosoort", regiosoort, Reikwijdte.class).orElse(Reikwijdte.PROVINCIE);
        if (!soort.isRegionaal()) {
            parameters.fout("regiosoort", "waarde", "Toegestaan: PROVINCIE, VEILIGHEIDSREGIO, RIEC.");
        }
        parameters.valideer();
        var uitkomsten = service.index(datum, soort);
        List<RegioIndex> regios = new ArrayList<>();
        RegioIndex landelijk = null;
        for (var e : uitkomsten.entrySet()) {
            RegioIndex r = new RegioIndex(e.getKey(), e.getValue().index(), e.getValue().aantalGemeentenMetRegelset(),
                    e.getValue().dimensies().stream().map(DimensieDto::van).toList());
            if (landelijk == null) {
                landelijk = r;
            } else {
                regios.add(r);
            }
        }
        LocalDate effectief = datum == null ? service.vandaag() : datum;
        return new IndexDto(effectief, soort, FORMULE, landelijk, regios,
                new Links(new Link("/api/v1/lappendeken-index?peildatum=" + effectief + "&regiosoort=" + soort)));
    }
}
