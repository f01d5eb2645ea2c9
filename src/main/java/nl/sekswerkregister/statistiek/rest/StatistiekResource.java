package nl.sekswerkregister.statistiek.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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
    public StatistiekDto vergunningen(@QueryParam("indeling") String indeling, @QueryParam("gebied") String gebied,
                                      @QueryParam("peildatum") String peildatum, @QueryParam("vanaf") String vanaf,
                                      @QueryParam("tot") String tot, @QueryParam("page") String page,
                                      @QueryParam("pageSize") String pageSize, @Context UriInfo uriInfo) {
        return tabel(Statistiek.VERGUNNINGEN, indeling, gebied, peildatum, vanaf, tot, page, pageSize, uriInfo);
    }

    @GET
    @Path("/registraties")
    @PermitAll
    public StatistiekDto registraties(@QueryParam("indeling") String indeling, @QueryParam("gebied") String gebied,
                                      @QueryParam("peildatum") String peildatum, @QueryParam("vanaf") String vanaf,
                                      @QueryParam("tot") String tot, @QueryParam("page") String page,
                                      @QueryParam("pageSize") String pageSize, @Context UriInfo uriInfo) {
        return tabel(Statistiek.REGISTRATIES, indeling, gebied, peildatum, vanaf, tot, page, pageSize, uriInfo);
    }

    @GET
    @Path("/regelsets")
    @PermitAll
    public StatistiekDto regelsets(@QueryParam("indeling") String indeling, @QueryParam("gebied") String gebied,
                                   @QueryParam("peildatum") String peildatum, @QueryParam("vanaf") String vanaf,
                                   @QueryParam("tot") String tot, @QueryParam("page") String page,
                                   @QueryParam("pageSize") String pageSize, @Context UriInfo uriInfo) {
        return tabel(Statistiek.REGELSETS, indeling, gebied, peildatum, vanaf, tot, page, pageSize, uriInfo);
    }

    @GET
    @Path("/besluiten")
    @PermitAll
    public StatistiekDto besluiten(@QueryParam("indeling") String indeling, @QueryParam("gebied") String gebied,
                                   @QueryParam("vanaf") String vanaf, @QueryParam("tot") String tot,
                                   @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                   @Context UriInfo uriInfo) {
        return tabel(Statistiek.BESLUITEN, indeling, gebied, null, vanaf, tot, page, pageSize, uriInfo);
    }

    @GET
    @Path("/controles")
    @PermitAll
    public StatistiekDto controles(@QueryParam("indeling") String indeling, @QueryParam("gebied") String gebied,
                                   @QueryParam("vanaf") String vanaf, @QueryParam("tot") String tot,
                                   @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                   @Context UriInfo uriInfo) {
        return tabel(Statistiek.CONTROLES, indeling, gebied, null, vanaf, tot, page, pageSize, uriInfo);
    }

    @GET
    @Path("/bevindingen")
    @PermitAll
    public StatistiekDto bevindingen(@QueryParam("indeling") String indeling, @QueryParam("gebied") String gebied,
                                     @QueryParam("vanaf") String vanaf, @QueryParam("tot") String tot,
                                     @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                     @Context UriInfo uriInfo) {
        return tabel(Statistiek.BEVINDINGEN, indeling, gebied, null, vanaf, tot, page, pageSize, uriInfo);
    }

    @GET
    @Path("/sancties")
    @PermitAll
    public StatistiekDto sancties(@QueryParam("indeling") String indeling, @QueryParam("gebied") String gebied,
                                  @QueryParam("vanaf") String vanaf, @QueryParam("tot") String tot,
                                  @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                  @Context UriInfo uriInfo) {
        return tabel(Statistiek.SANCTIES, indeling, gebied, null, vanaf, tot, page, pageSize, uriInfo);
    }

    @GET
    @Path("/signaleringen")
    @PermitAll
    public StatistiekDto signaleringen(@QueryParam("indeling") String indeling, @QueryParam("gebied") String gebied,
                                       @QueryParam("vanaf") String vanaf, @QueryParam("tot") String tot,
                                       @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                       @Context UriInfo uriInfo) {
        return tabel(Statistiek.SIGNALERINGEN, indeling, gebied, null, vanaf, tot, page, pageSize, uriInfo);
    }

    private StatistiekDto tabel(Statistiek statistiek, String indeling, String gebied, String peildatum, String vanaf,
                                String tot, String page, String pageSize, UriInfo uriInfo) {
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
                maand(parameters, "vanaf", vanaf), maand(parameters, "tot", tot));
        int p = parameters.geheelGetal("page", page, 1, 1, 1_000_000);
        int grootte = parameters.geheelGetal("pageSize", pageSize, STANDAARD_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        parameters.valideer();
        Paginering paginering = new Paginering(p, grootte);
        TabelBeeld tabel = statistieken.tabel(filter, paginering);
        var links = PaginaDto.van(new Pagina<>(tabel.cellen(), paginering, tabel.heeftVolgende()), uriInfo).links();
        return StatistiekDto.van(statistiek, niveau.naam(), tabel, links);
    }

    private static YearMonth maand(Parameters parameters, String naam, String waarde) {
        return parameters.patroon(naam, waarde, MAAND, "een maand als JJJJ-MM tussen 1900 en 2999")
                .map(YearMonth::parse).orElse(null);
    }
}
