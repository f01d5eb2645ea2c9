package nl.sekswerkregister.vergunning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.vergunning.domain.Besluit;

@ApplicationScoped
public class BesluitRepository implements PanacheRepositoryBase<Besluit, UUID> {

    public List<Besluit> vanVergunning(UUID vergunningId) {
        return list("vergunningId", Sort.by("genomenOp").and("id"), vergunningId);
    }
}
