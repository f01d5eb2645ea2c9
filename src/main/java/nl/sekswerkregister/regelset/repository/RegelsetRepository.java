package nl.sekswerkregister.regelset.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.regelset.domain.Herkomst;
import nl.sekswerkregister.regelset.domain.Regelset;
import nl.sekswerkregister.regelset.domain.RegelsetStatus;

@ApplicationScoped
public class RegelsetRepository implements PanacheRepositoryBase<Regelset, UUID> {

    public List<Regelset> vanGemeente(String gemeenteCode) {
        return list("gemeenteCode", Sort.by("versie"), gemeenteCode);
    }

    public Optional<Regelset> versie(String gemeenteCode, int versie) {
        return find("gemeenteCode = ?1 and versie = ?2", gemeenteCode, versie).firstResultOptional();
    }

    public int hoogsteVersie(String gemeenteCode) {
        Integer max = getEntityManager().createQuery(
                        "select max(r.versie) from Regelset r where r.gemeenteCode = :g", Integer.class)
                .setParameter("g", gemeenteCode).getSingleResult();
        return max == null ? 0 : max;
    }

    public List<Regelset> gepubliceerd(String gemeenteCode) {
        return list("gemeenteCode = ?1 and status = ?2", Sort.by("geldigVanaf"), gemeenteCode, RegelsetStatus.GEPUBLICEERD);
    }

    /** The municipality has published rules of its own (not only versions researched from public sources). */
    public boolean heeftEigenPublicatie(String gemeenteCode) {
        return count("gemeenteCode = ?1 and herkomst = ?2 and status = ?3", gemeenteCode, Herkomst.GEMEENTE,
                RegelsetStatus.GEPUBLICEERD) > 0;
    }

    /** The newest version researched from public sources, in force or superseded. */
    public Optional<Regelset> nieuwsteUitPubliekeBronnen(String gemeenteCode) {
        return find("gemeenteCode = ?1 and herkomst = ?2", Sort.descending("versie"), gemeenteCode,
                Herkomst.PUBLIEKE_BRONNEN).firstResultOptional();
    }

    /** The published version in force on a date, if any (at most one: the exclusion constraint). */
    public Optional<Regelset> inWerking(String gemeenteCode, LocalDate datum) {
        return find("gemeenteCode = ?1 and status = ?2 and geldigVanaf <= ?3 and (geldigTot is null or geldigTot >= ?3)",
                gemeenteCode, RegelsetStatus.GEPUBLICEERD, datum).firstResultOptional();
    }

    /** Every municipality's published version in force on a date: one query for the whole country. */
    public List<Regelset> allesInWerking(LocalDate datum) {
        return list("status = ?1 and geldigVanaf <= ?2 and (geldigTot is null or geldigTot >= ?2)",
                RegelsetStatus.GEPUBLICEERD, datum);
    }
}
