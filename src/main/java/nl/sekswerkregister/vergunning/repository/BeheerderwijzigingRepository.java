package nl.sekswerkregister.vergunning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.vergunning.domain.Beheerderwijziging;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit;

@ApplicationScoped
public class BeheerderwijzigingRepository implements PanacheRepositoryBase<Beheerderwijziging, UUID> {

    /** The requests on one licence, oldest first: a licence has few, so no paging. */
    public List<Beheerderwijziging> vanVergunning(UUID vergunningId) {
        return list("vergunningId = ?1 order by aangevraagdOp, id", vergunningId);
    }

    public Optional<BeheerderwijzigingBesluit> besluit(UUID wijzigingId) {
        return Optional.ofNullable(getEntityManager().find(BeheerderwijzigingBesluit.class, wijzigingId));
    }

    public List<BeheerderwijzigingBesluit> besluiten(List<UUID> wijzigingIds) {
        return wijzigingIds.isEmpty() ? List.of() : getEntityManager()
                .createQuery("from BeheerderwijzigingBesluit where wijzigingId in :ids", BeheerderwijzigingBesluit.class)
                .setParameter("ids", wijzigingIds).getResultList();
    }

    public void leg(BeheerderwijzigingBesluit besluit) {
        getEntityManager().persist(besluit);
        getEntityManager().flush();
    }
}
