package nl.sekswerkregister.regelset.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.regelset.domain.LandelijkKader;

@ApplicationScoped
public class LandelijkKaderRepository implements PanacheRepositoryBase<LandelijkKader, UUID> {

    /** The newest version of every framework. */
    public List<LandelijkKader> nieuwste() {
        return getEntityManager().createQuery("""
                        select k from LandelijkKader k where k.versie =
                            (select max(k2.versie) from LandelijkKader k2 where k2.code = k.code)
                        order by k.code""", LandelijkKader.class).getResultList();
    }

    public Optional<LandelijkKader> nieuwste(String code) {
        return find("code = ?1 order by versie desc", code).firstResultOptional();
    }

    public Optional<LandelijkKader> versie(String code, int versie) {
        return find("code = ?1 and versie = ?2", code, versie).firstResultOptional();
    }
}
