package nl.sekswerkregister.dataverwerking.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.sekswerkregister.privacy.Betrokkene;

/**
 * The mapping from a data subject's log pseudonym to the random reference that log rows carry
 * (table logboek_betrokkene). The chain covers the reference, which never changes; rotation rewrites
 * only the pseudonym here.
 */
@ApplicationScoped
public class BetrokkeneRepository {

    private static final SecureRandom TOEVAL = new SecureRandom();

    private final EntityManager em;

    public BetrokkeneRepository(EntityManager em) {
        this.em = em;
    }

    /** The person's reference, under whichever configured key version their mapping is. */
    @SuppressWarnings("unchecked")
    public Optional<String> zoek(Betrokkene betrokkene) {
        List<String> gevonden = em.createNativeQuery("select referentie from logboek_betrokkene where pseudoniem in (:p)")
                .setParameter("p", betrokkene.pseudoniemen()).getResultList();
        return gevonden.stream().findFirst();
    }

    /**
     * The person's reference, made (under the active key version) if they have none yet. Two
     * requests about a new person at once: the second waits for the first's insert and then finds it.
     */
    public String referentie(Betrokkene betrokkene, int actieveVersie) {
        Optional<String> bestaand = zoek(betrokkene);
        if (bestaand.isPresent()) {
            return bestaand.get();
        }
        String nieuw = HexFormat.of().formatHex(willekeurig());
        em.createNativeQuery("""
                        insert into logboek_betrokkene (referentie, pseudoniem, sleutelversie) values (:r, :p, :v)
                        on conflict (pseudoniem) do nothing""")
                .setParameter("r", nieuw).setParameter("p", betrokkene.actief()).setParameter("v", actieveVersie)
                .executeUpdate();
        return zoek(betrokkene).orElseThrow(() -> new IllegalStateException("logboekreferentie niet vastgelegd"));
    }

    private static byte[] willekeurig() {
        byte[] bytes = new byte[32];
        TOEVAL.nextBytes(bytes);
        return bytes;
    }
}
