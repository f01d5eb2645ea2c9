package nl.sekswerkregister.registratie.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.registratie.domain.Inzageverzoek;

@ApplicationScoped
public class InzageverzoekRepository implements PanacheRepositoryBase<Inzageverzoek, UUID> {

    /** The request, locked for the rest of the transaction: two approvals at once cannot both pass. */
    public Optional<Inzageverzoek> voorGoedkeuring(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Requests an officer filed (or tried to) since the given moment, refused ones included. */
    public long aantalVan(String tussenpersoon, Instant sinds) {
        return count("tussenpersoon = ?1 and ingediendOp >= ?2", tussenpersoon, sinds);
    }

    /** Serialises one officer's requests (any instance) for the rest of the transaction, so the daily limit holds. */
    public void vergrendelTussenpersoon(String tussenpersoon) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:p, 0))")
                .setParameter("p", "inzageverzoek|" + tussenpersoon).getSingleResult();
    }

    /** Newest first; one more than asked, so that the caller knows whether a next page exists. */
    public List<Inzageverzoek> pagina(String gemeenteCode, int offset, int aantal) {
        var query = gemeenteCode == null
                ? find("order by ingediendOp desc, id")
                : find("gemeenteCode = ?1 order by ingediendOp desc, id", gemeenteCode);
        return query.range(offset, offset + aantal - 1).list();
    }
}
