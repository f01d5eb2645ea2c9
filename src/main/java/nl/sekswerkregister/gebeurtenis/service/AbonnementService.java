package nl.sekswerkregister.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.beveiliging.Webhookhandtekening;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype.Kring;
import nl.sekswerkregister.gebeurtenis.repository.AbonnementRepository;
import nl.sekswerkregister.gebeurtenis.repository.AbonnementRepository.AbonnementRij;
import nl.sekswerkregister.gebeurtenis.repository.GebeurtenisRepository;
import nl.sekswerkregister.gemeente.service.GemeenteService;

/**
 * Subscriptions of other systems (ZGW Notificaties style), each made with the subscribing system's own
 * token and bound to what that token may read:
 * <ul>
 *   <li>licence and rule-set events: the municipal roles of the municipality (they read its licences and
 *       rule sets);</li>
 *   <li>sanction events: its licensing and enforcement officers and enforcement lawyers (who read its
 *       sanctions);</li>
 *   <li>registration events: only its licensing and enforcement officers. Not the {@code verificateur}:
 *       a feed of registration numbers and statuses would tell it far more than its hit/no-hit check;</li>
 *   <li>the auditor: every kind, for any municipality or all.</li>
 * </ul>
 * A municipal role subscribes to its own municipality (the filter defaults to it; another is 403). What
 * is not allowed is refused when the subscription is made (403 naming the event types), so a delivery
 * never has to decide whether to leak. The owner (token subject) reads and ends its own subscriptions;
 * the {@code landelijk-beheerder} sees and ends all of them and handles dead letters. Subscriptions hold
 * no personal data and are not in the processing log.
 */
@ApplicationScoped
public class AbonnementService {

    private static final Set<String> GEMEENTELIJK = Set.of(Rol.VERGUNNINGVERLENER, Rol.HANDHAVER,
            Rol.BELEIDSMEDEWERKER, Rol.HANDHAVINGSJURIST);

    private final AbonnementRepository abonnementen;
    private final GebeurtenisRepository gebeurtenissen;
    private final Ontvangers ontvangers;
    private final GemeenteService gemeenten;
    private final Gebruiker gebruiker;
    private final Klok klok;

    public AbonnementService(AbonnementRepository abonnementen, GebeurtenisRepository gebeurtenissen,
                             Ontvangers ontvangers, GemeenteService gemeenten, Gebruiker gebruiker, Klok klok) {
        this.abonnementen = abonnementen;
        this.gebeurtenissen = gebeurtenissen;
        this.ontvangers = ontvangers;
        this.gemeenten = gemeenten;
        this.gebruiker = gebruiker;
        this.klok = klok;
    }

    /** The checks that need nothing stored besides the municipality table: in the same 400 as the form's. */
    public void valideer(AbonnementGegevens a, Invoerfouten fouten) {
        if (a.callbackUrl() != null && !fouten.isOnleesbaar("callbackUrl")) {
            ontvangers.bezwaar(a.callbackUrl()).ifPresent(r -> fouten.fout("callbackUrl", "niet-toegestaan", r));
        }
        if (a.gemeenteCode() != null && !fouten.isOnleesbaar("gemeenteCode") && !gemeenten.bestaat(a.gemeenteCode())) {
            fouten.fout("gemeenteCode", "onbekend", "Er is geen gemeente met deze code.");
        }
    }

    @Transactional
    public AbonnementBeeld maak(AbonnementGegevens a) {
        Invoerfouten fouten = new Invoerfouten();
        valideer(a, fouten);
        fouten.valideer();
        String gemeente = bereik(a);
        String geheim = Webhookhandtekening.nieuwGeheim();
        List<String> typen = a.typen().stream().sorted().map(Gebeurtenistype::type).toList();
        AbonnementRij rij = new AbonnementRij(UUID.randomUUID(), a.callbackUrl(), typen, gemeente, gebruiker.subject(),
                gebruiker.rollen(), klok.nu());
        abonnementen.voegToe(rij, geheim);
        return beeld(rij, geheim);
    }

    /**
     * The municipality the subscription is for (null: all, the auditor only), or 403 naming what the
     * caller's role may not receive.
     */
    private String bereik(AbonnementGegevens a) {
        if (gebruiker.heeftRol(Rol.AUDITOR)) {
            return a.gemeenteCode();
        }
        Set<Kring> mag = EnumSet.noneOf(Kring.class);
        if (GEMEENTELIJK.stream().anyMatch(gebruiker::heeftRol)) {
            mag.add(Kring.VERGUNNINGEN);
        }
        if (gebruiker.heeftRol(Rol.VERGUNNINGVERLENER) || gebruiker.heeftRol(Rol.HANDHAVER)
                || gebruiker.heeftRol(Rol.HANDHAVINGSJURIST)) {
            mag.add(Kring.SANCTIES);
        }
        if (gebruiker.heeftRol(Rol.VERGUNNINGVERLENER) || gebruiker.heeftRol(Rol.HANDHAVER)) {
            mag.add(Kring.REGISTRATIES);
        }
        Set<String> niet = a.typen().stream().filter(t -> !mag.contains(t.kring())).map(Gebeurtenistype::type)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!niet.isEmpty()) {
            String waarom = gebruiker.heeftRol(Rol.VERIFICATEUR) && mag.isEmpty()
                    ? " Een verificateur doet alleen de hit/no-hit-controle; een stroom van nummers en statussen zou meer prijsgeven."
                    : "";
            throw ProbleemException.geenToegang("Uw rol mag deze gebeurtenissen niet ontvangen: " + String.join(", ", niet)
                    + "." + waarom + " Registraties alleen voor vergunningverleners en handhavers van de gemeente, sancties "
                    + "ook voor handhavingsjuristen, vergunningen en regelsets voor alle gemeentelijke rollen, alles voor de auditor.");
        }
        String eigen = gebruiker.gemeenteCode().orElseThrow(() -> ProbleemException.geenToegang(
                "Uw token noemt geen gemeente (claim 'gemeente'): een gemeentelijke rol abonneert zich op de eigen gemeente."));
        if (a.gemeenteCode() != null && !a.gemeenteCode().equals(eigen)) {
            throw ProbleemException.geenToegang("Gebeurtenissen van gemeente " + a.gemeenteCode() + " zijn niet voor u: "
                    + "uw token geeft alleen toegang tot uw eigen gemeente.");
        }
        return eigen;
    }

    public Pagina<AbonnementBeeld> lijst(Paginering paginering) {
        String eigenaar = gebruiker.heeftRol(Rol.LANDELIJK_BEHEERDER) ? null : gebruiker.subject();
        return Pagina.uit(abonnementen.pagina(eigenaar, paginering.offset(), paginering.pageSize() + 1).stream()
                .map(r -> beeld(r, null)).toList(), paginering);
    }

    public AbonnementBeeld lees(UUID id) {
        return beeld(zichtbaar(id), null);
    }

    /** Ends the subscription; returns it as it was. */
    @Transactional
    public AbonnementBeeld beeindig(UUID id) {
        AbonnementRij rij = zichtbaar(id);
        abonnementen.beeindig(id, klok.nu());
        return beeld(rij, null);
    }

    /** Dead letters and other deliveries: for the administrator. */
    public Pagina<AfleveringBeeld> afleveringen(AfleveringFilter filter, Paginering paginering) {
        vereisBeheerder();
        return Pagina.uit(gebeurtenissen.afleveringen(filter.status(), filter.abonnementId(), paginering.offset(),
                paginering.pageSize() + 1).stream().map(AbonnementService::beeld).toList(), paginering);
    }

    /** One delivery, as its self link and the list show it: for the administrator. */
    public AfleveringBeeld aflevering(UUID id) {
        vereisBeheerder();
        return beeld(gebeurtenissen.aflevering(id)
                .orElseThrow(() -> ProbleemException.nietGevonden("Er is geen aflevering met dit id.")));
    }

    /** A dead letter back in line: delivered again from its first attempt, signed anew. 409 for any other delivery. */
    @Transactional
    public AfleveringBeeld herbezorg(UUID id) {
        vereisBeheerder();
        GebeurtenisRepository.AfleveringRij rij = gebeurtenissen.aflevering(id)
                .orElseThrow(() -> ProbleemException.nietGevonden("Er is geen aflevering met dit id."));
        if (!gebeurtenissen.herbezorg(id, klok.nu())) {
            throw ProbleemException.conflict("Alleen een dode aflevering (status DOOD) wordt opnieuw bezorgd; deze heeft "
                    + "status " + rij.status() + ".");
        }
        return beeld(gebeurtenissen.aflevering(id).orElseThrow());
    }

    private void vereisBeheerder() {
        if (!gebruiker.heeftRol(Rol.LANDELIJK_BEHEERDER)) {
            throw ProbleemException.geenToegang("Alleen de landelijk beheerder beheert de afleveringen.");
        }
    }

    /** Own subscriptions, or all for the administrator; any other is not found (404). */
    private AbonnementRij zichtbaar(UUID id) {
        return abonnementen.metId(id)
                .filter(r -> gebruiker.heeftRol(Rol.LANDELIJK_BEHEERDER) || r.eigenaar().equals(gebruiker.subject()))
                .orElseThrow(() -> ProbleemException.nietGevonden("U heeft geen abonnement met dit id."));
    }

    private static AbonnementBeeld beeld(AbonnementRij r, String geheim) {
        return new AbonnementBeeld(r.id(), r.callbackUrl(), r.typen().stream().map(Gebeurtenistype::metType)
                .flatMap(Optional::stream).toList(), r.gemeenteCode(), r.aangemaaktOp(), geheim);
    }

    private static AfleveringBeeld beeld(GebeurtenisRepository.AfleveringRij r) {
        return new AfleveringBeeld(r.id(), r.abonnementId(), r.gebeurtenisId(), r.type(), r.status(), r.pogingen(),
                r.laatsteUitkomst(), r.laatstePoging(), r.status().equals("WACHTEND") ? r.volgendePoging() : null,
                r.afgeleverdOp());
    }
}
