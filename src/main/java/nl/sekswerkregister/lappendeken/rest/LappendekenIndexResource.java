package nl.sekswerkregister.lappendeken.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.lappendeken.domain.Fragmentatie;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.lappendeken.service.IndexBeeld;
import nl.sekswerkregister.lappendeken.service.IndexFilter;
import nl.sekswerkregister.lappendeken.service.LappendekenService;

/**
 * How fragmented the rules are (Gini-Simpson per dimension), nationally and per region, or for a
 * chosen set of municipalities or one region: "how alike are we and our neighbours?" is a question
 * about a handful of municipalities, whose answer a national index drowns.
 */
@Path(LappendekenIndexResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class LappendekenIndexResource {

    public static final String PAD = "/api/v1/lappendeken-index";
    static final String FORMULE = "Gini-Simpson per regel: 1 - Σ nᵢ(nᵢ-1) / (n(n-1)), met n het aantal gemeenten "
            + "waarvan de waarde bekend is (gezet of 'niet geregeld') en nᵢ het aantal met waarde i: de kans dat twee "
            + "verschillende willekeurige gemeenten een verschillende waarde hebben. Onbekende waarden tellen niet mee "
            + "maar staan in aantalOnbekend; dekking = bekend / (bekend + onbekend). Totaal: het gemiddelde over de "
            + "regels met een index (n ≥ 2).";
    /** Two municipalities are the least that can differ; 400 is more than the country has (342). */
    static final int MINSTE_GEMEENTEN = 2;
    static final int MEESTE_GEMEENTEN = 400;

    public record RegioIndex(String regio, Double index, int aantalGemeentenMetRegelset, List<DimensieDto> dimensies) {

        static RegioIndex van(String regio, Fragmentatie.Uitkomst u) {
            return new RegioIndex(regio, u.index(), u.aantalGemeentenMetRegelset(),
                    u.dimensies().stream().map(DimensieDto::van).toList());
        }
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

    /** What the index was asked for; absent for the whole country. */
    public record SelectieDto(Soort soort, List<String> gemeenteCodes, String regio) {

        public enum Soort { GEMEENTEN, REGIO }

        static SelectieDto van(IndexFilter s) {
            if (s.gemeenteCodes() != null) {
                return new SelectieDto(Soort.GEMEENTEN, s.gemeenteCodes(), null);
            }
            return s.regio() == null ? null : new SelectieDto(Soort.REGIO, null, s.regio());
        }
    }

    public record IndexDto(LocalDate peildatum, Reikwijdte regiosoort, String formule, SelectieDto selectie,
                           RegioIndex landelijk, List<RegioIndex> regios, SignaleringenDto signaleringen,
                           @JsonProperty("_links") Links links) {
    }

    /**
     * Signals of unlicensed activity dated in [vanaf, tot], over the selection: open and total, per
     * region of the index's kind and per municipality that has any. Counts, never lists.
     */
    public record SignaleringenDto(LocalDate vanaf, LocalDate tot, int open, int totaal, List<RegioTelling> perRegio,
                                   List<GemeenteTelling> perGemeente) {

        static SignaleringenDto van(IndexBeeld.Signaleringen s) {
            return new SignaleringenDto(s.vanaf(), s.tot(), s.geheel().open(), s.geheel().totaal(),
                    s.perRegio().entrySet().stream().map(e -> new RegioTelling(e.getKey(), e.getValue().open(),
                            e.getValue().totaal())).toList(),
                    s.perGemeente().entrySet().stream().map(e -> new GemeenteTelling(e.getKey(), e.getValue().open(),
                            e.getValue().totaal())).toList());
        }
    }

    public record RegioTelling(String regio, int open, int totaal) {
    }

    public record GemeenteTelling(String gemeenteCode, int open, int totaal) {
    }

    public record Links(Link self) {
    }

    private final LappendekenService service;

    public LappendekenIndexResource(LappendekenService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER})
    public IndexDto index(@QueryParam("peildatum") String peildatum, @QueryParam("regiosoort") String regiosoort,
                          @QueryParam("gemeenteCodes") String gemeenteCodes, @QueryParam("regio") String regio) {
        return index(service, PAD, true, peildatum, regiosoort, gemeenteCodes, regio);
    }

    /**
     * The index as this resource gives it, also for the public one (openbaar): there without the signals
     * of unlicensed activity, which are figures derived from signals and so go through the disclosure
     * control of the statistics, not out here per municipality.
     */
    public static IndexDto index(LappendekenService service, String pad, boolean metSignaleringen, String peildatum,
                                 String regiosoort, String gemeenteCodes, String regio) {
        Parameters parameters = new Parameters();
        LocalDate datum = parameters.datum("peildatum", peildatum).orElse(null);
        Reikwijdte soort = parameters.keuze("regiosoort", regiosoort, Reikwijdte.class).orElse(Reikwijdte.PROVINCIE);
        if (!soort.isRegionaal()) {
            parameters.fout("regiosoort", "waarde", "Toegestaan: PROVINCIE, VEILIGHEIDSREGIO, RIEC.");
        }
        List<String> codes = parameters.gemeenteCodes("gemeenteCodes", gemeenteCodes, MINSTE_GEMEENTEN, MEESTE_GEMEENTEN)
                .orElse(null);
        if (gemeenteCodes != null && regio != null) {
            String reden = "Kies gemeenteCodes of regio, niet allebei.";
            parameters.fout("gemeenteCodes", "niet-toegestaan", reden);
            parameters.fout("regio", "niet-toegestaan", reden);
        }
        parameters.valideer();
        IndexFilter selectie = new IndexFilter(codes, regio);
        var uitkomst = service.index(datum, soort, selectie);
        List<RegioIndex> regios = uitkomst.perRegio().entrySet().stream()
                .map(e -> RegioIndex.van(e.getKey(), e.getValue())).toList();
        LocalDate effectief = datum == null ? service.vandaag() : datum;
        return new IndexDto(effectief, soort, FORMULE, SelectieDto.van(selectie),
                RegioIndex.van(uitkomst.naam(), uitkomst.geheel()), regios,
                metSignaleringen ? SignaleringenDto.van(uitkomst.signaleringen()) : null,
                new Links(new Link(zelf(pad, effectief, soort, selectie))));
    }

    /** The query that reproduces this answer, with the defaults filled in. */
    private static String zelf(String pad, LocalDate peildatum, Reikwijdte soort, IndexFilter selectie) {
        StringBuilder link = new StringBuilder(pad).append("?peildatum=").append(peildatum)
                .append("&regiosoort=").append(soort);
        if (selectie.gemeenteCodes() != null) {
            link.append("&gemeenteCodes=").append(String.join(",", selectie.gemeenteCodes()));
        }
        if (selectie.regio() != null) {
            link.append("&regio=").append(URLEncoder.encode(selectie.regio(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return link.toString();
    }
}
