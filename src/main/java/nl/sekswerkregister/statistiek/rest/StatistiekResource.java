package nl.sekswerkregister.statistiek.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.csv.CsvSchrijver;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.statistiek.domain.Gebiedsniveau;
import nl.sekswerkregister.statistiek.domain.Statistiek;
import nl.sekswerkregister.statistiek.service.StatistiekFilter;
import nl.sekswerkregister.statistiek.service.StatistiekService;
import nl.sekswerkregister.statistiek.service.TabelBeeld;

/**
 * Statistics for the National Rapporteur, WODC, the ministry and councils. Public: every figure has
 * passed disclosure control whoever asks, so a token would add nothing.
 */
@Path("/api/v1/statistieken")
@Produces({MediaType.APPLICATION_JSON, CsvSchrijver.MEDIA_TYPE})
public class StatistiekResource {

    /** A statistic is a table, read whole by spreadsheets and scripts: larger pages than a register's. */
    static final int STANDAARD_PAGE_SIZE = 1000;
    static final int MAX_PAGE_SIZE = 5000;
    private static final Pattern MAAND = Pattern.compile("(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])");

    private final StatistiekService statistieken;

    public StatistiekResource(StatistiekService statistieken) {
        this.statistieken = statistieken;
    }

    @GET
    @Path("/vergunningen")
    @PermitAll
    public Response vergunningen(@QueryParam("peildatum") String peildatum, @BeanParam Tabelparameters tabel) {
        return tabel(Statistiek.VERGUNNINGEN, peildatum, tabel);
    }

    @GET
    @Path("/registraties")
    @PermitAll
    public Response registraties(@QueryParam("peildatum") String peildatum, @BeanParam Tabelparameters tabel) {
        return tabel(Statistiek.REGISTRATIES, peildatum, tabel);
    }

    @GET
    @Path("/regelsets")
    @PermitAll
    public Response regelsets(@QueryParam("peildatum") String peildatum, @BeanParam Tabelparameters tabel) {
        return tabel(Statistiek.REGELSETS, peildatum, tabel);
    }

    @GET
    @Path("/regels")
    @PermitAll
    public Response regels(@QueryParam("peildatum") String peildatum, @BeanParam Tabelparameters tabel) {
        return tabel(Statistiek.REGELS, peildatum, tabel);
    }

    @GET
    @Path("/besluiten")
    @PermitAll
    public Response besluiten(@BeanParam Tabelparameters tabel) {
        return tabel(Statistiek.BESLUITEN, null, tabel);
    }

    @GET
    @Path("/controles")
    @PermitAll
    public Response controles(@BeanParam Tabelparameters tabel) {
        return tabel(Statistiek.CONTROLES, null, tabel);
    }

    @GET
    @Path("/bevindingen")
    @PermitAll
    public Response bevindingen(@BeanParam Tabelparameters tabel) {
        return tabel(Statistiek.BEVINDINGEN, null, tabel);
    }

    @GET
    @Path("/sancties")
    @PermitAll
    public Response sancties(@BeanParam Tabelparameters tabel) {
        return tabel(Statistiek.SANCTIES, null, tabel);
    }

    @GET
    @Path("/signaleringen")
    @PermitAll
    public Response signaleringen(@BeanParam Tabelparameters tabel) {
        return tabel(Statistiek.SIGNALERINGEN, null, tabel);
    }

    private Response tabel(Statistiek statistiek, String peildatum, Tabelparameters tabel) {
        String indeling = tabel.indeling;
        String gebied = tabel.gebied;
        Parameters parameters = new Parameters();
        Gebiedsniveau niveau = Gebiedsniveau.NEDERLAND;
        if (indeling != null) {
            Optional<Gebiedsniveau> gelezen = Gebiedsniveau.metNaam(indeling);
            if (gelezen.isEmpty()) {
                parameters.fout("indeling", "waarde",
                        "Onbekende waarde; toegestaan: gemeente, provincie, veiligheidsregio, riecRegio, nederland.");
            }
            niveau = gelezen.orElse(niveau);
        }
        if (gebied != null && (gebied.isBlank() || gebied.length() > 100)) {
            parameters.fout("gebied", "lengte", "Verwacht een gemeentecode of de naam van een gebied (1 tot 100 tekens).");
            gebied = null;
        }
        var filter = new StatistiekFilter(statistiek, niveau, gebied,
                parameters.datum("peildatum", peildatum).orElse(null),
                maand(parameters, "vanaf", tabel.vanaf), maand(parameters, "tot", tabel.tot));
        int p = parameters.geheelGetal("page", tabel.page, 1, 1, 1_000_000);
        int grootte = parameters.geheelGetal("pageSize", tabel.pageSize, STANDAARD_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        parameters.valideer();
        Paginering paginering = new Paginering(p, grootte);
        TabelBeeld beeld = statistieken.tabel(filter, paginering);
        var links = PaginaDto.van(new Pagina<>(beeld.cellen(), paginering, beeld.heeftVolgende()), tabel.uriInfo).links();
        return Response.ok(StatistiekDto.van(statistiek, niveau.naam(), beeld, links), mediatype(tabel)).build();
    }

    /**
     * CSV only when the client prefers it: the first acceptable type (by quality) that is CSV or JSON
     * decides, and a wildcard (any type, {@code application} with any subtype, an empty header) means JSON. Chosen
     * here rather than left to content negotiation over two @Produces types, which answered a wildcard
     * with no writer at all.
     */
    private static MediaType mediatype(Tabelparameters tabel) {
        MediaType csv = MediaType.valueOf(CsvSchrijver.MEDIA_TYPE);
        try {
            for (MediaType gevraagd : tabel.headers.getAcceptableMediaTypes()) {
                if (gevraagd.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                    return MediaType.APPLICATION_JSON_TYPE;
                }
                if (gevraagd.isCompatible(csv)) {
                    return csv;
                }
            }
        } catch (IllegalArgumentException onleesbaar) {
            // An Accept header that does not parse gets the default representation.
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    private static YearMonth maand(Parameters parameters, String naam, String waarde) {
        return parameters.patroon(naam, waarde, MAAND, "een maand als JJJJ-MM tussen 1900 en 2999")
                .map(YearMonth::parse).orElse(null);
    }
}
