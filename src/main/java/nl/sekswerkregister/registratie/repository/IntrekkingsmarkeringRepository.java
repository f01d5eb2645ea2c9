package nl.sekswerkregister.registratie.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.registratie.domain.Intrekkingsmarkering;

@ApplicationScoped
public class IntrekkingsmarkeringRepository implements PanacheRepositoryBase<Intrekkingsmarkering, UUID> {

    /**
     * The start of the latest revocation of this person that is still in force on {@code datum}, under
     * any key version (during a rotation a marker may sit under an older one).
     */
    public Optional<LocalDate> laatsteInWerking(List<String> landelijkePseudoniemen, LocalDate datum) {
        return getEntityManager().createQuery("""
                        select max(m.ingetrokkenOp) from Intrekkingsmarkering m
                        where m.landelijkPseudoniem in :pseudoniemen and m.ingetrokkenOp <= :datum
                          and m.geldigTot >= :datum""", LocalDate.class)
                .setParameter("pseudoniemen", landelijkePseudoniemen).setParameter("datum", datum)
                .getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Markers whose period ended before {@code vandaag}; returns the count. */
    public int verwijderVerlopen(LocalDate vandaag) {
        return (int) delete("geldigTot < ?1", vandaag);
    }
}
