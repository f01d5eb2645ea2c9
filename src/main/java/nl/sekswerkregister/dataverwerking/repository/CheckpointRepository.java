package nl.sekswerkregister.dataverwerking.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.tijdstip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.sekswerkregister.dataverwerking.domain.Checkpoint;

/** The checkpoints the service signed, as kept in the database (append-only, like the log). */
@ApplicationScoped
public class CheckpointRepository {

    private final EntityManager em;

    public CheckpointRepository(EntityManager em) {
        this.em = em;
    }

    public void voegToe(Checkpoint c) {
        em.createNativeQuery("insert into logboek_checkpoint (volgnummer, hash, tijdstip, sleutel_id, handtekening) "
                        + "values (:v, :h, :t, :s, :o)")
                .setParameter("v", c.volgnummer()).setParameter("h", c.hash()).setParameter("t", c.tijdstip())
                .setParameter("s", c.sleutelId()).setParameter("o", c.handtekening()).executeUpdate();
    }

    public Optional<Checkpoint> laatste() {
        return lijst("order by volgnummer desc limit 1", 0, 0).stream().findFirst();
    }

    /** Checkpoints of records {@code van} to {@code tot}, inclusive, in order. */
    public List<Checkpoint> tussen(long van, long tot) {
        return lijst("where volgnummer between :van and :tot order by volgnummer", van, tot);
    }

    @SuppressWarnings("unchecked")
    private List<Checkpoint> lijst(String rest, long van, long tot) {
        var query = em.createNativeQuery("select volgnummer, hash, tijdstip, sleutel_id, handtekening from logboek_checkpoint " + rest);
        if (rest.contains(":van")) {
            query.setParameter("van", van).setParameter("tot", tot);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Checkpoint(((Number) r[0]).longValue(), (String) r[1], tijdstip(r[2]), (String) r[3], (String) r[4]))
                .toList();
    }
}
