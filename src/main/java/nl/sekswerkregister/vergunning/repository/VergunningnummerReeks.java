package nl.sekswerkregister.vergunning.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Hands out readable licence numbers (GM0363-2026-000042). The upsert takes a row lock on the
 * counter of that municipality and year, so concurrent applications, also on another instance,
 * each get their own number; gaps appear only when a transaction rolls back.
 */
@ApplicationScoped
public class VergunningnummerReeks {

    private final EntityManager entityManager;

    public VergunningnummerReeks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String volgende(String gemeenteCode, int jaar) {
        Number volgnummer = (Number) entityManager.createNativeQuery("""
                        insert into vergunningnummer_reeks (gemeente_code, jaar, laatste) values (:gemeente, :jaar, 1)
                        on conflict (gemeente_code, jaar) do update set laatste = vergunningnummer_reeks.laatste + 1
                        returning laatste""")
                .setParameter("gemeente", gemeenteCode)
                .setParameter("jaar", jaar)
                .getSingleResult();
        return String.format("%s-%04d-%06d", gemeenteCode, jaar, volgnummer.intValue());
    }
}
