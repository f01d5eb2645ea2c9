package nl.sekswerkregister.pagina.kaart;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.pagina.kaart.Kaartweergave.Fout;
import nl.sekswerkregister.pagina.kaart.Kaartweergave.Keuze;
import nl.sekswerkregister.regelset.service.RegelsetBeeld;

/**
 * The patchwork map, for anyone and without login: the published rules of every municipality on a
 * date, coloured by one rule, with the conflicts between neighbours as lines. Everything is in the
 * page (GET links and a GET form), so it works without JavaScript; kaart.js only saves a reload.
 */
@Path("/lappendeken")
public class LappendekenPagina {

    static final String PAD = "/lappendeken";
    static final String ALLE_CONTROLES = "alle";
    /** A list longer than this is no help to a reader; the check filter and the panel narrow it down. */
    static final int MEESTE_LIJNEN_IN_LIJST = 200;
    private static final Pattern GEMEENTECODE = Pattern.compile("GM[0-9]{4}");
    /** Strict ISO date: "2026-02-30" is no date, not 2 March. */
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Template pagina;
    private final Kaartsamensteller samensteller;

    public LappendekenPagina(@Location("pagina/kaart/lappendeken.html") Template pagina, Kaartsamensteller samensteller) {
        this.pagina = pagina;
        this.samensteller = samensteller;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response toon(@QueryParam("peildatum") String peildatum, @QueryParam("dimensie") String dimensie,
                         @QueryParam("controle") String controle, @QueryParam("gemeente") String gemeente) {
        List<Fout> fouten = new ArrayList<>();
        LocalDate datum = datum(peildatum, fouten);
        Dimensie gekozen = dimensie == null ? Dimensie.STANDAARD : Dimensie.metCode(dimensie).orElse(null);
        if (gekozen == null) {
            fouten.add(new Fout("dimensie", "Kies een regel uit de lijst: deze dimensie kent de kaart niet."));
        }
        String check = controle == null || controle.equals(ALLE_CONTROLES) ? null : controle;
        if (check != null && !samensteller.isOpenbareControle(check)) {
            fouten.add(new Fout("controle", "Kies een controle uit de lijst: deze controle bestaat niet."));
        }
        if (gemeente != null && !(GEMEENTECODE.matcher(gemeente).matches() && samensteller.bestaat(gemeente))) {
            fouten.add(new Fout("gemeente",
                    "Er is geen gemeente met deze code; een gemeentecode is GM met vier cijfers, zoals GM0363."));
        }
        LocalDate effectief = datum == null ? samensteller.vandaag() : datum;
        Dimensie getoond = gekozen == null ? Dimensie.STANDAARD : gekozen;
        var sjabloon = pagina.data("peildatum", effectief.toString())
                .data("dimensies", Dimensie.ALLE.stream().map(d -> new Keuze(d.code(), d.naam(), d.equals(getoond))).toList())
                .data("controles", controles(check))
                .data("gemeente", fouten.stream().anyMatch(f -> f.veld().equals("gemeente")) ? null : gemeente)
                .data("fouten", fouten);
        if (!fouten.isEmpty()) {
            // The form again, naming what was wrong: a person typed or edited this address.
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(sjabloon.data("kaart", null).data("paneel", null).data("index", List.of())).build();
        }
        Map<String, RegelsetBeeld> regelsets = samensteller.regelsets(effectief);
        List<Conflict> conflicten = samensteller.conflicten(effectief, check);
        Function<String, String> link = code -> adres(datum, gekozen, check, code) + "#paneel";
        // The lines in words too: a title inside the SVG is no way for a screen reader to find them.
        List<Kaartweergave.Bevinding> lijnen = samensteller.bevindingen(conflicten.stream()
                .filter(c -> c.gemeenten().size() == 2).toList(), null);
        var kaart = samensteller.kaart(effectief, getoond, regelsets.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().regels())), conflicten, gemeente, link,
                link);
        return Response.ok(sjabloon.data("kaart", kaart)
                .data("dimensie", getoond.naam())
                .data("paneel", gemeente == null ? null : samensteller.paneel(gemeente, regelsets.get(gemeente), conflicten))
                .data("index", samensteller.index(effectief, getoond))
                .data("lijnen", lijnen.subList(0, Math.min(lijnen.size(), MEESTE_LIJNEN_IN_LIJST)))
                .data("aantalLijnen", lijnen.size())
                .data("meesteLijnen", MEESTE_LIJNEN_IN_LIJST)).build();
    }

    private List<Keuze> controles(String gekozen) {
        List<Keuze> keuzes = new ArrayList<>();
        keuzes.add(new Keuze(ALLE_CONTROLES, "Alle controles", gekozen == null));
        samensteller.openbareControles().forEach(c -> keuzes.add(new Keuze(c.code(), c.omschrijving(),
                c.code().equals(gekozen))));
        return keuzes;
    }

    /** The address of this map with a municipality chosen: only the parameters the reader set, so links stay short. */
    static String adres(LocalDate datum, Dimensie dimensie, String controle, String gemeente) {
        StringBuilder adres = new StringBuilder(PAD).append('?');
        if (datum != null) {
            adres.append("peildatum=").append(datum).append('&');
        }
        if (dimensie != null && !dimensie.equals(Dimensie.STANDAARD)) {
            adres.append("dimensie=").append(URLEncoder.encode(dimensie.code(), StandardCharsets.UTF_8)).append('&');
        }
        if (controle != null) {
            adres.append("controle=").append(controle).append('&');
        }
        return adres.append("gemeente=").append(gemeente).toString();
    }

    private static LocalDate datum(String peildatum, List<Fout> fouten) {
        if (peildatum == null) {
            return null;
        }
        try {
            LocalDate datum = LocalDate.parse(peildatum, DATUM);
            if (datum.getYear() < 1900 || datum.getYear() > 9999) {
                throw new DateTimeParseException("buiten bereik", peildatum, 0);
            }
            return datum;
        } catch (DateTimeParseException e) {
            fouten.add(new Fout("peildatum", "Vul de peildatum in als jaar-maand-dag, bijvoorbeeld 2026-01-01."));
            return null;
        }
    }
}
