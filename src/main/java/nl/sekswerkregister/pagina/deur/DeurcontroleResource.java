package nl.sekswerkregister.pagina.deur;

import io.quarkus.qute.CheckedTemplate;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.privacy.Registratienummer;
import nl.sekswerkregister.registratie.service.RegistratieService;
import nl.sekswerkregister.vergunning.service.VergunningService;
import nl.sekswerkregister.vergunning.service.VergunningstatusBeeld;
import nl.sekswerkregister.vestiging.service.VestigingBeeld;
import nl.sekswerkregister.vestiging.service.VestigingFilter;
import nl.sekswerkregister.vestiging.service.VestigingService;

/**
 * The check at the door, for an enforcement officer or a police vice unit on a phone: one field for a
 * licence number or the address they stand at, and, for the municipal officer, a registration number.
 *
 * <p>The checks are the API's own service calls with the API's scope, so page and API cannot disagree
 * and are logged alike: a licence number is the plain status check (a public decision, unlogged in the
 * API too); an address is the premises lookup ({@code vestiging.zoeken}); a registration number is the
 * registration status check ({@code registratie.statuscontrole}). The purpose of the two logged ones is
 * the one the README's door check sends through the API: a page cannot send headers, and the page is
 * for exactly that one purpose.
 *
 * <p>The checks are POSTs answered on the same page, so that no number or address ends up in a URL, a
 * browser history or an access log. CSRF: the login's session cookie is SameSite.
 */
@Path("/deurcontrole")
@Produces(DeurcontroleResource.HTML)
public class DeurcontroleResource {

    /** The purpose of a check at the door by the municipality's enforcement officers (APV supervision). */
    static final String DOEL_HANDHAVER = "Handhaving APV";
    /** The police vice unit's purpose, as its lookup in the README. */
    static final String DOEL_POLITIE = "Toezicht prostitutie";
    static final String ACTIVITEIT = "Controle ter plaatse";

    /** With its charset: the pages are UTF-8 (é in "privéhuis"), and a header outranks a meta tag. */
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final String ZOEKTERM = "zoekterm";
    static final String REGISTRATIENUMMER = "registratienummer";
    /** Doors at one postcode and number shown at most; more is not a door check. */
    private static final int MAXIMAAL_VESTIGINGEN = 20;
    private static final java.util.regex.Pattern LEESBAAR = java.util.regex.Pattern.compile("[\\p{L}\\p{N} ,.'/-]*");

    @CheckedTemplate(basePath = "pagina/deur")
    static class Sjablonen {
        static native TemplateInstance deurcontrole(Deurbeeld beeld);
    }

    private final VergunningService vergunningen;
    private final VestigingService vestigingen;
    private final RegistratieService registraties;
    private final Gebruiker gebruiker;

    public DeurcontroleResource(VergunningService vergunningen, VestigingService vestigingen,
                                RegistratieService registraties, Gebruiker gebruiker) {
        this.vergunningen = vergunningen;
        this.vestigingen = vestigingen;
        this.registraties = registraties;
        this.gebruiker = gebruiker;
    }

    @GET
    @RolesAllowed({Rol.HANDHAVER, Rol.POLITIE})
    public Response pagina() {
        return html(Response.Status.OK, Deurbeeld.leeg(registratiecontrole()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Rol.HANDHAVER, Rol.POLITIE})
    public Response controleer(@FormParam(ZOEKTERM) String zoekterm) {
        if (zoekterm == null || zoekterm.isBlank()) {
            return fout(ZOEKTERM, null, "Vul een vergunningnummer of een adres in.");
        }
        if (zoekterm.length() > Zoekterm.MAXIMALE_LENGTE) {
            return fout(ZOEKTERM, null, "Dit is te lang voor een vergunningnummer of een adres.");
        }
        Optional<Zoekterm> term = Zoekterm.lees(zoekterm);
        if (term.isEmpty()) {
            return fout(ZOEKTERM, zoekterm, "Vul een vergunningnummer in (zoals GM0363-2026-000042) of een adres als "
                    + "postcode en huisnummer (zoals 1012 JD 10). Op straatnaam zoeken kan niet.");
        }
        List<Uitslag> uitslagen = term.get().isAdres() ? opAdres(term.get()) : opNummer(term.get().vergunningnummer());
        String gezocht = term.get().isAdres() ? "het adres" : "vergunning " + term.get().vergunningnummer();
        return html(Response.Status.OK, new Deurbeeld(registratiecontrole(), zoekterm.strip(), gezocht, uitslagen,
                null, null));
    }

    /**
     * Valid or not, and nothing else about the person: not the status, the end date (it can reveal the
     * under-21 term) or where they registered, although the officer's role could see these in the API.
     * An unknown number is "not valid" here, where the API says 404; the log has the same FOUT entry.
     */
    @POST
    @Path("/registratie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Rol.HANDHAVER)
    public Response controleerRegistratie(@FormParam(REGISTRATIENUMMER) String registratienummer) {
        if (registratienummer == null || registratienummer.isBlank()) {
            return fout(REGISTRATIENUMMER, null, "Vul een registratienummer in.");
        }
        String nummer = registratienummer.strip();
        if (Registratienummer.normaliseer(nummer) == null) {
            return fout(REGISTRATIENUMMER, null, "Een registratienummer heeft 11 tekens, zoals K7QM-4XR2-9T6.");
        }
        if (!Registratienummer.isGeldig(nummer)) {
            return fout(REGISTRATIENUMMER, null, "Het controleteken klopt niet: een tikfout?");
        }
        boolean geldig;
        try {
            geldig = registraties.controleer(Registratienummer.opmaak(nummer), null, context()).geldig();
        } catch (ProbleemException e) {
            if (e.soort() != ProbleemSoort.NIET_GEVONDEN) {
                throw e;
            }
            geldig = false;
        }
        return html(Response.Status.OK, new Deurbeeld(true, null, null, List.of(), geldig ? "GELDIG" : "NIET_GELDIG",
                null));
    }

    private List<Uitslag> opNummer(String nummer) {
        VergunningstatusBeeld status;
        try {
            status = vergunningen.controleer(nummer, Optional.empty());
        } catch (ProbleemException e) {
            if (e.soort() != ProbleemSoort.NIET_GEVONDEN) {
                throw e;
            }
            return List.of(Uitslag.geenVergunning("Er is geen vergunning met dit nummer. Zonder vergunning mag hier "
                    + "geen seksbedrijf worden uitgeoefend."));
        }
        return List.of(Uitslag.van(status.vergunningnummer(), status.bedrijfstype(), status.status(), status.geldigTot(),
                status.geslotenTot(), status.geschorstTot(), status.vestigingsadres()));
    }

    /** Every door at that postcode and number (one, unless no letter or addition was given), each licence. */
    private List<Uitslag> opAdres(Zoekterm term) {
        List<VestigingBeeld> gevonden = vestigingen.zoek(new VestigingFilter(term.adres(), null),
                new Paginering(1, MAXIMAAL_VESTIGINGEN), context()).resultaten();
        List<Uitslag> uitslagen = new ArrayList<>();
        for (VestigingBeeld vestiging : gevonden) {
            for (VestigingBeeld.Vergunning v : vestiging.vergunningen()) {
                uitslagen.add(Uitslag.van(v.vergunningnummer(), v.bedrijfstype(), v.status(), v.geldigTot(),
                        vestiging.sluiting() == null ? null : vestiging.sluiting().einddatum(), null, vestiging.adres()));
            }
            if (vestiging.vergunningen().isEmpty() && vestiging.sluiting() != null) {
                uitslagen.add(Uitslag.geslotenZonderVergunning(vestiging.sluiting().einddatum(), vestiging.adres()));
            }
        }
        if (uitslagen.isEmpty()) {
            uitslagen.add(Uitslag.geenVergunning("Op dit adres is geen vergunning bekend die u mag zien. Zonder "
                    + "vergunning mag hier geen seksbedrijf worden uitgeoefend."));
        }
        return uitslagen;
    }

    private Verwerkingscontext context() {
        String doel = gebruiker.heeftRol(Rol.HANDHAVER) ? DOEL_HANDHAVER : DOEL_POLITIE;
        return Verwerkingscontext.lees(doel, ACTIVITEIT, null);
    }

    private boolean registratiecontrole() {
        return gebruiker.heeftRol(Rol.HANDHAVER);
    }

    /** 400 on the same page, the field named and the input never repeated in the message. */
    private Response fout(String veld, String zoekterm, String melding) {
        boolean registratie = registratiecontrole();
        // Shown again in the field only when it is plain text: the template escapes it, and control
        // characters or markup an officer did not type on purpose are better not shown back at all.
        String terug = zoekterm == null || !LEESBAAR.matcher(zoekterm).matches() ? null : zoekterm.strip();
        return html(Response.Status.BAD_REQUEST, new Deurbeeld(registratie, terug, null, List.of(), null,
                new Deurbeeld.Fout(veld, melding)));
    }

    /**
     * Rendered here, not by the template filter, so that the answer carries its charset (the filter writes
     * a bare text/html): one small page, rendered once.
     */
    private static Response html(Response.Status status, Deurbeeld beeld) {
        return Response.status(status).entity(Sjablonen.deurcontrole(beeld).render()).type(HTML).build();
    }
}
