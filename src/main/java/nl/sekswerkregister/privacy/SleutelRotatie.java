package nl.sekswerkregister.privacy;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Moves every stored pseudonym to the active key version of its ring, without the identifiers (see
 * {@link Pseudoniemgroep}): national and municipal registration pseudonyms, revocation markers,
 * licence managers (municipal, and national with their mapping, V26), the phone numbers of signalled advertisements, and the
 * data subjects of the processing log (their mapping table; the chain holds only references). After
 * a complete run the older key versions can be removed from the configuration and destroyed: nothing
 * stored can be matched with them any more.
 *
 * <p>Safe to run while the service takes requests: lookups consider every configured version, rows a
 * running request holds are skipped (a next run takes them), and each row moves in one statement.
 *
 * <p>Procedure: add the new key as version n+1 of a ring and make it active, keeping the old one;
 * restart; run {@code java -jar quarkus-run.jar sleutels-roteren} ({@link nl.sekswerkregister.Hoofdprogramma})
 * until it exits 0; then remove the old version from the configuration, restart, and destroy it.
 * The service refuses to start while something stored is under a version it has no key for.
 */
@ApplicationScoped
public class SleutelRotatie {

    private static final Logger LOG = Logger.getLogger(SleutelRotatie.class);
    private static final int PARTIJ = 500;

    /** One kind of stored pseudonym: where it lives, its key ring, and whether it is an array. */
    record Soort(String naam, String tabel, String sleutel, String kolom, String versiekolom,
                 Function<Pseudonimisering, Sleutelring> ring, boolean lijst, String extraZet) {
    }

    static final List<Soort> SOORTEN = List.of(
            new Soort("registraties (landelijk)", "registratie", "id", "landelijk_pseudoniem", "landelijk_sleutelversie",
                    Pseudonimisering::landelijkeSleutels, false, ""),
            new Soort("intrekkingsmarkeringen", "intrekkingsmarkering", "id", "landelijk_pseudoniem", "sleutelversie",
                    Pseudonimisering::landelijkeSleutels, false, ""),
            new Soort("registraties (gemeente)", "registratie", "id", "gemeente_pseudoniem", "gemeente_sleutelversie",
                    Pseudonimisering::gemeentelijkeSleutels, false, ""),
            // The managers a licence shows change with their pseudonyms: a new version, so a new ETag.
            new Soort("vergunningen (beheerders)", "vergunning", "id", "beheerder_pseudoniemen", "beheerder_sleutelversie",
                    Pseudonimisering::beheerderSleutels, true, ", versie = versie + 1"),
            // Managers named on licences (V26): the municipal pseudonym as mapped, and the national one;
            // both of the manager ring, each with its own version, moved independently.
            new Soort("vergunningbeheerders (gemeente)", "vergunning_beheerder", "id", "pseudoniem", "sleutelversie",
                    Pseudonimisering::beheerderSleutels, false, ""),
            new Soort("vergunningbeheerders (landelijk)", "vergunning_beheerder", "id", "landelijk_pseudoniem",
                    "landelijk_sleutelversie", Pseudonimisering::beheerderSleutels, false, ""),
            // Phone numbers of signalled advertisements: the municipal ring, domain telefoon|GMxxxx.
            new Soort("signaleringen (telefoon)", "signalering_telefoon", "signalering_id", "pseudoniem", "sleutelversie",
                    Pseudonimisering::gemeentelijkeSleutels, false, ""),
            new Soort("betrokkenen in het logboek", "logboek_betrokkene", "referentie", "pseudoniem", "sleutelversie",
                    Pseudonimisering::logboekSleutels, false, ""));

    private final EntityManager em;
    private final Pseudonimisering pseudoniemen;

    public SleutelRotatie(EntityManager em, Pseudonimisering pseudoniemen) {
        this.em = em;
        this.pseudoniemen = pseudoniemen;
    }

    /** Refuses to start when stored pseudonyms are under a key version that is not configured: lookups would miss them. */
    void bijStart(@Observes StartupEvent event) {
        List<String> zonderSleutel = zonderSleutel();
        if (!zonderSleutel.isEmpty()) {
            throw new IllegalStateException("Pseudoniemen onder een sleutelversie die niet (meer) is geconfigureerd: "
                    + String.join("; ", zonderSleutel) + ". Configureer die versie tot 'sleutels-roteren' klaar is.");
        }
    }

    /** Per kind, the stored versions without a configured key (empty when all is well). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> zonderSleutel() {
        List<String> bezwaren = new ArrayList<>();
        for (Soort soort : SOORTEN) {
            Sleutelring ring = soort.ring().apply(pseudoniemen);
            List<Number> versies = em.createNativeQuery("select distinct " + soort.versiekolom() + " from " + soort.tabel())
                    .getResultList();
            versies.stream().map(Number::intValue).filter(v -> !ring.heeft(v))
                    .forEach(v -> bezwaren.add(soort.naam() + " onder " + ring.doel() + "-versie " + v));
        }
        return bezwaren;
    }

    /** Re-keys everything below the active versions; returns how many rows moved. */
    public int roteer() {
        int totaal = 0;
        for (Soort soort : SOORTEN) {
            int partij;
            do {
                partij = roteerPartij(soort, PARTIJ);
                totaal += partij;
            } while (partij > 0);
        }
        LOG.infof("Sleutelrotatie: %d rijen naar de actieve sleutelversies", totaal);
        return totaal;
    }

    /** Rows still under an older key version (also those a running request held locked during {@link #roteer()}). */
    @Transactional
    public long nogTeRoteren() {
        long over = 0;
        for (Soort soort : SOORTEN) {
            over += ((Number) em.createNativeQuery("select count(*) from " + soort.tabel() + " where "
                            + soort.versiekolom() + " <> :actief")
                    .setParameter("actief", soort.ring().apply(pseudoniemen).actieveVersie()).getSingleResult()).longValue();
        }
        return over;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    int roteerPartij(Soort soort, int grootte) {
        Sleutelring ring = soort.ring().apply(pseudoniemen);
        int actief = ring.actieveVersie();
        List<Object[]> rijen = em.createNativeQuery("select " + soort.sleutel() + ", " + soort.kolom() + ", "
                        + soort.versiekolom() + " from " + soort.tabel() + " where " + soort.versiekolom()
                        + " <> :actief order by " + soort.sleutel() + " limit :n for update skip locked")
                .setParameter("actief", actief).setParameter("n", grootte).getResultList();
        for (Object[] rij : rijen) {
            int van = ((Number) rij[2]).intValue();
            Object nieuw = soort.lijst()
                    ? Arrays.stream((String[]) rij[1]).map(p -> pseudoniemen.herschrijf(ring, p, van, actief)).toArray(String[]::new)
                    : pseudoniemen.herschrijf(ring, (String) rij[1], van, actief);
            em.createNativeQuery("update " + soort.tabel() + " set " + soort.kolom() + " = :p, " + soort.versiekolom()
                            + " = :v" + soort.extraZet() + " where " + soort.sleutel() + " = :id")
                    .setParameter("p", nieuw).setParameter("v", actief).setParameter("id", rij[0]).executeUpdate();
        }
        return rijen.size();
    }
}
