package nl.sekswerkregister.pagina.balie;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.sekswerkregister.aanvraag.domain.Aanvraagstatus;
import nl.sekswerkregister.aanvraag.service.AanvraagFilter;
import nl.sekswerkregister.aanvraag.service.AanvraagOverzichtBeeld;
import nl.sekswerkregister.aanvraag.service.AanvraagService;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.pagina.Woorden;
import nl.sekswerkregister.lappendeken.service.ConflictFilter;
import nl.sekswerkregister.lappendeken.service.LappendekenService;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.service.RegelsetService;
import nl.sekswerkregister.vergunning.domain.VergunningFilter;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;
import nl.sekswerkregister.vergunning.service.VergunningBeeld;
import nl.sekswerkregister.vergunning.service.VergunningService;

/**
 * The licensing desk's overview of its own municipality (the token's {@code gemeente}): licences, those
 * whose term ends soon first, open applications with their deadlines, the rule set in force and its
 * conflicts with the neighbours. Every section is the service call of the matching API operation, with
 * the same scope, and shown only to the roles that operation allows: a policy officer does not see the
 * applications, as {@code GET /api/v1/aanvragen} does not let them.
 */
@Path("/balie")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class BalieResource {

    static final int VERLOOPT_BINNEN_DAGEN = 90;
    static final int PER_PAGINA = 25;
    /** Open applications shown at most; the rest through the API's worklist. */
    static final int MAXIMAAL_AANVRAGEN = 50;
    /** Pages of 100 read for the expiring licences: 10,000 granted licences is far above any municipality's. */
    private static final int MAXIMAAL_PAGINAS = 100;

    @CheckedTemplate(basePath = "pagina/balie")
    static class Sjablonen {
        static native TemplateInstance balie(Baliebeeld beeld);
    }

    private final VergunningService vergunningen;
    private final AanvraagService aanvragen;
    private final RegelsetService regelsets;
    private final LappendekenService lappendeken;
    private final GemeenteService gemeenten;
    private final Gebruiker gebruiker;
    private final Klok klok;

    public BalieResource(VergunningService vergunningen, AanvraagService aanvragen, RegelsetService regelsets,
                         LappendekenService lappendeken, GemeenteService gemeenten, Gebruiker gebruiker, Klok klok) {
        this.vergunningen = vergunningen;
        this.aanvragen = aanvragen;
        this.regelsets = regelsets;
        this.lappendeken = lappendeken;
        this.gemeenten = gemeenten;
        this.gebruiker = gebruiker;
        this.klok = klok;
    }

    @GET
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.BELEIDSMEDEWERKER})
    public Response overzicht(@QueryParam("pagina") String pagina) {
        Parameters parameters = new Parameters();
        int nummer = parameters.geheelGetal("pagina", pagina, 1, 1, 10_000);
        parameters.valideer();
        String gemeente = gebruiker.gemeenteCode().orElseThrow(() -> ProbleemException.geenToegang(
                "De balie is van één gemeente; uw account noemt geen gemeente."));
        LocalDate vandaag = klok.vandaag();
        LocalDate grens = vandaag.plusDays(VERLOOPT_BINNEN_DAGEN);

        Pagina<VergunningBeeld> pagina1 = vergunningen.zoek(new VergunningFilter(gemeente, null, null, null),
                new Paginering(nummer, PER_PAGINA));
        List<Baliebeeld.Vergunningregel> lijst = pagina1.resultaten().stream().map(BalieResource::regel).toList();

        Baliebeeld beeld = new Baliebeeld(gemeente, gemeenten.vind(gemeente).map(GemeenteService.GemeenteBeeld::naam)
                .orElse(gemeente), datum(vandaag), datum(grens), verlopend(gemeente, vandaag, grens), lijst, nummer,
                pagina1.heeftVolgende(), null, 0, regelset(gemeente, vandaag), conflicten(gemeente));
        if (gebruiker.heeftRol(Rol.VERGUNNINGVERLENER)) {
            List<AanvraagOverzichtBeeld> open = openAanvragen();
            beeld = new Baliebeeld(beeld.gemeenteCode(), beeld.gemeentenaam(), beeld.vandaag(), beeld.verlooptTot(),
                    beeld.verlopend(), beeld.vergunningen(), beeld.pagina(), beeld.volgende(),
                    open.stream().limit(MAXIMAAL_AANVRAGEN).map(BalieResource::regel).toList(), open.size(),
                    beeld.regelset(), beeld.conflicten());
        }
        // Rendered here so that the answer carries its charset (the template filter writes a bare text/html).
        return Response.ok(Sjablonen.balie(beeld).render(), MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }

    /**
     * Granted or suspended licences whose last day is today or within the next 90 days, soonest first. The
     * API lists licences by number without a filter on their end, so the page reads the municipality's
     * licences in force in pages of the API's maximum size and picks them out.
     */
    private List<Baliebeeld.Vergunningregel> verlopend(String gemeente, LocalDate vandaag, LocalDate grens) {
        List<VergunningBeeld> gevonden = new ArrayList<>();
        for (VergunningStatus status : List.of(VergunningStatus.VERLEEND, VergunningStatus.GESCHORST)) {
            for (int p = 1; p <= MAXIMAAL_PAGINAS; p++) {
                Pagina<VergunningBeeld> pagina = vergunningen.zoek(new VergunningFilter(gemeente, status, null, null),
                        new Paginering(p, Paginering.MAX_PAGE_SIZE));
                pagina.resultaten().stream().filter(v -> v.geldigTot() != null && !v.geldigTot().isBefore(vandaag)
                        && !v.geldigTot().isAfter(grens)).forEach(gevonden::add);
                if (!pagina.heeftVolgende()) {
                    break;
                }
            }
        }
        return gevonden.stream().sorted(Comparator.comparing(VergunningBeeld::geldigTot)
                .thenComparing(VergunningBeeld::vergunningnummer)).map(BalieResource::regel).toList();
    }

    /** The open cases: the worklist of the API per open status, merged by deadline. */
    private List<AanvraagOverzichtBeeld> openAanvragen() {
        List<AanvraagOverzichtBeeld> open = new ArrayList<>();
        for (Aanvraagstatus status : Aanvraagstatus.values()) {
            if (!status.isOpen()) {
                continue;
            }
            for (int p = 1; p <= MAXIMAAL_PAGINAS; p++) {
                Pagina<AanvraagOverzichtBeeld> pagina = aanvragen.zoek(new AanvraagFilter(null, status, false),
                        new Paginering(p, Paginering.MAX_PAGE_SIZE));
                open.addAll(pagina.resultaten());
                if (!pagina.heeftVolgende()) {
                    break;
                }
            }
        }
        open.sort(Comparator.comparing(AanvraagOverzichtBeeld::uitersteBeslisdatum)
                .thenComparing(AanvraagOverzichtBeeld::vergunningnummer));
        return open;
    }

    private Baliebeeld.Regelsetbeeld regelset(String gemeente, LocalDate vandaag) {
        return regelsets.inWerking(gemeente, vandaag).map(r -> {
            Regelwoorden.Uitkomst regels = Regelwoorden.van(r.regels());
            return new Baliebeeld.Regelsetbeeld(r.versie(), datum(r.geldigVanaf()),
                    r.geldigTot() == null ? null : datum(r.geldigTot()), r.bron(),
                    "/api/v1/gemeenten/" + gemeente + "/regelsets/" + r.versie(), regels.regels(), regels.onbekend());
        }).orElse(null);
    }

    private String naamEnCode(String code) {
        GemeenteService.GemeenteBeeld gemeente = gemeenten.perCode().get(code);
        return gemeente == null ? code : gemeente.naam() + " (" + code + ")";
    }

    /** The engine's findings between this municipality and its neighbours today, as GET /conflicten gives them. */
    private List<Baliebeeld.Conflictregel> conflicten(String gemeente) {
        return lappendeken.conflicten(new ConflictFilter(null, Reikwijdte.BUREN, null, gemeente, null, null, null))
                .conflicten().stream().map(c -> new Baliebeeld.Conflictregel(Woorden.code(c.ernst()), c.controle(),
                        String.join(", ", c.gemeenten().stream().map(this::naamEnCode).toList()), c.uitlegNl(),
                        c.uitlegEn()))
                .toList();
    }

    private static Baliebeeld.Vergunningregel regel(VergunningBeeld v) {
        return new Baliebeeld.Vergunningregel(v.vergunningnummer(), Woorden.bedrijfstype(v.bedrijfstype()),
                Woorden.code(v.status()),
                v.geldigTot() == null ? null : datum(v.geldigTot()),
                // A home is not put on a screen at the desk; the licence itself holds it for whoever opens it.
                v.vestigingIsWoning() || v.bedrijfstype() == Bedrijfstype.THUISWERK ? "woning (niet getoond)"
                        : v.vestigingsadres() == null || v.vestigingsadres().postcode() == null ? null
                        : Woorden.postcode(v.vestigingsadres().postcode()) + " " + v.vestigingsadres().huisnummer()
                        + (v.vestigingsadres().huisletter() == null ? "" : v.vestigingsadres().huisletter())
                        + (v.vestigingsadres().huisnummertoevoeging() == null ? ""
                        : "-" + v.vestigingsadres().huisnummertoevoeging()));
    }

    private static Baliebeeld.Aanvraagregel regel(AanvraagOverzichtBeeld a) {
        return new Baliebeeld.Aanvraagregel(a.vergunningnummer(), Woorden.code(a.status()), datum(a.ontvangenOp()),
                datum(a.uitersteBeslisdatum()), a.termijnVerstreken(), a.gevolg() == null ? null : switch (a.gevolg()) {
                    case VAN_RECHTSWEGE_VERLEEND -> "van rechtswege verleend";
                    case INGEBREKESTELLING_EN_DWANGSOM -> "ingebrekestelling en dwangsom mogelijk";
                    case ONBEKEND -> "gevolg onbekend";
                });
    }

    static String datum(LocalDate datum) {
        return Woorden.datum(datum);
    }
}
