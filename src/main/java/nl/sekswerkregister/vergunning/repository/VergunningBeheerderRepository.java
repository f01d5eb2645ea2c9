package nl.sekswerkregister.vergunning.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The managers named on a licence with their national pseudonyms (V26): which stored municipal pseudonym
 * is which national one, and from when to when the manager was named. Rows are never deleted.
 */
@ApplicationScoped
public class VergunningBeheerderRepository {

    /** A manager currently named on a licence: both pseudonyms, each with its key version. */
    public record BenoemingRij(UUID id, String pseudoniem, int sleutelversie, String landelijkPseudoniem,
                               int landelijkSleutelversie) {
        @Override
        public String toString() {
            return "BenoemingRij[" + id + "]";
        }
    }

    private final EntityManager em;

    public VergunningBeheerderRepository(EntityManager em) {
        this.em = em;
    }

    /** The managers named on the licence now (open periods). */
    @SuppressWarnings("unchecked")
    public List<BenoemingRij> huidige(UUID vergunningId) {
        List<Object[]> rijen = em.createNativeQuery("""
                        select id, pseudoniem, sleutelversie, landelijk_pseudoniem, landelijk_sleutelversie
                        from vergunning_beheerder where vergunning_id = :vergunning and tot is null""")
                .setParameter("vergunning", vergunningId).getResultList();
        return rijen.stream().map(r -> new BenoemingRij((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(),
                (String) r[3], ((Number) r[4]).intValue())).toList();
    }

    public void voegToe(UUID vergunningId, String pseudoniem, int sleutelversie, String landelijkPseudoniem,
                        int landelijkSleutelversie, Instant vanaf) {
        em.createNativeQuery("""
                        insert into vergunning_beheerder (id, vergunning_id, pseudoniem, sleutelversie,
                            landelijk_pseudoniem, landelijk_sleutelversie, vanaf)
                        values (:id, :vergunning, :pseudoniem, :versie, :landelijk, :landelijkVersie, :vanaf)""")
                .setParameter("id", UUID.randomUUID()).setParameter("vergunning", vergunningId)
                .setParameter("pseudoniem", pseudoniem).setParameter("versie", sleutelversie)
                .setParameter("landelijk", landelijkPseudoniem).setParameter("landelijkVersie", landelijkSleutelversie)
                .setParameter("vanaf", vanaf).executeUpdate();
    }

    /** The manager is no longer named on the licence from {@code tot}. */
    public void beeindig(UUID id, Instant tot) {
        em.createNativeQuery("update vergunning_beheerder set tot = :tot where id = :id and tot is null")
                .setParameter("tot", tot).setParameter("id", id).executeUpdate();
    }
}
