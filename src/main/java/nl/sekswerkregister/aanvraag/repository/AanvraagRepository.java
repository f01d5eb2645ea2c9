package nl.sekswerkregister.aanvraag.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.datum;
import static nl.sekswerkregister.common.tijd.Kolomwaarden.tijdstip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.aanvraag.domain.Aanvraagstatus;
import nl.sekswerkregister.aanvraag.domain.Gevaarsmate;
import nl.sekswerkregister.aanvraag.domain.GevolgNietTijdig;
import nl.sekswerkregister.aanvraag.domain.Historiegebeurtenis;
import nl.sekswerkregister.aanvraag.domain.OntbrekendStukSoort;
import nl.sekswerkregister.aanvraag.domain.Termijnbron;

/**
 * Cases, their requests for missing items, history and Bibob investigations, in SQL: most of these
 * rows are insert-only or have columns that are set once (V23), and the licence they belong to is
 * another feature's, read here as a projection.
 */
@ApplicationScoped
public class AanvraagRepository {

    private static final String KOLOMMEN = """
            a.vergunning_id, v.vergunningnummer, a.gemeente_code, v.exploitant_id, a.ontvangen_op, a.status,
            a.beslistermijn_weken, a.beslistermijn_bron, a.regelset_versie, a.gevolg, a.verdaging_weken,
            a.verdaging_motivering, a.verdaagd_op, a.uiterste_beslisdatum, a.besluit_id, a.besloten_op,
            a.tijdig_besloten, a.versie
            from aanvraag a join vergunning v on v.id = a.vergunning_id""";

    private final EntityManager em;

    public AanvraagRepository(EntityManager em) {
        this.em = em;
    }

    public record AanvraagRij(UUID vergunningId, String vergunningnummer, String gemeenteCode, UUID exploitantId,
                              LocalDate ontvangenOp, Aanvraagstatus status, int beslistermijnWeken, Termijnbron bron,
                              Integer regelsetVersie, GevolgNietTijdig gevolg, Integer verdagingWeken,
                              String verdagingMotivering, LocalDate verdaagdOp, LocalDate uitersteBeslisdatum,
                              UUID besluitId, LocalDate beslotenOp, Boolean tijdigBesloten, long versie) {
    }

    public record OntbrekendStukRij(OntbrekendStukSoort soort, String toelichting) {
    }

    public record OnvolledigheidRij(UUID id, UUID vergunningId, LocalDate verzochtOp, LocalDate hersteltermijnTot,
                                    LocalDate aangevuldOp, List<OntbrekendStukRij> stukken) {
    }

    public record HistorieRij(UUID id, UUID vergunningId, Historiegebeurtenis gebeurtenis, Aanvraagstatus statusNa,
                              LocalDate datum, Instant vastgelegdOp, String vastgelegdDoor, String vastgelegdRol,
                              String organisatie) {
    }

    public record BibobRij(UUID id, UUID vergunningId, String vergunningnummer, String gemeenteCode, UUID exploitantId,
                           LocalDate gestartOp, LocalDate adviesGevraagdOp, LocalDate adviesOntvangenOp,
                           Gevaarsmate mateVanGevaar, UUID besluitId) {
    }

    public void voegToe(AanvraagRij a) {
        em.createNativeQuery("""
                        insert into aanvraag (vergunning_id, gemeente_code, ontvangen_op, status, beslistermijn_weken,
                            beslistermijn_bron, regelset_versie, gevolg, uiterste_beslisdatum, versie)
                        values (:id, :gemeente, :ontvangen, :status, :weken, :bron, cast(:regelset as integer), :gevolg,
                            :uiterste, 0)""")
                .setParameter("id", a.vergunningId()).setParameter("gemeente", a.gemeenteCode())
                .setParameter("ontvangen", a.ontvangenOp()).setParameter("status", a.status().name())
                .setParameter("weken", a.beslistermijnWeken()).setParameter("bron", a.bron().name())
                .setParameter("regelset", a.regelsetVersie() == null ? null : a.regelsetVersie().toString())
                .setParameter("gevolg", a.gevolg().name()).setParameter("uiterste", a.uitersteBeslisdatum())
                .executeUpdate();
    }

    public Optional<AanvraagRij> metVergunningnummer(String vergunningnummer) {
        return rijen("select " + KOLOMMEN + " where v.vergunningnummer = :nummer", Map.of("nummer", vergunningnummer),
                0, 1).stream().findFirst();
    }

    /**
     * The case, locked until the transaction ends: every action on a case (and on its Bibob
     * investigations) takes this lock first, so two officers acting at once act one after the other,
     * the second on what the first left.
     */
    public Optional<AanvraagRij> vergrendel(String vergunningnummer) {
        return rijen("select " + KOLOMMEN + " where v.vergunningnummer = :nummer for update of a",
                Map.of("nummer", vergunningnummer), 0, 0).stream().findFirst();
    }

    public Optional<AanvraagRij> vergrendel(UUID vergunningId) {
        return rijen("select " + KOLOMMEN + " where a.vergunning_id = :id for update of a", Map.of("id", vergunningId),
                0, 0).stream().findFirst();
    }

    /** Writes what may change of a case (the rest is set once, at opening) and moves its version on. */
    public void werkBij(AanvraagRij a) {
        em.createNativeQuery("""
                        update aanvraag set status = :status, verdaging_weken = cast(:weken as integer),
                            verdaging_motivering = :motivering, verdaagd_op = cast(:verdaagd as date),
                            uiterste_beslisdatum = :uiterste, besluit_id = cast(:besluit as uuid),
                            besloten_op = cast(:besloten as date), tijdig_besloten = cast(:tijdig as boolean),
                            versie = versie + 1
                        where vergunning_id = :id""")
                .setParameter("status", a.status().name()).setParameter("weken", tekst(a.verdagingWeken()))
                .setParameter("motivering", a.verdagingMotivering()).setParameter("verdaagd", tekst(a.verdaagdOp()))
                .setParameter("uiterste", a.uitersteBeslisdatum()).setParameter("besluit", tekst(a.besluitId()))
                .setParameter("besloten", tekst(a.beslotenOp())).setParameter("tijdig", tekst(a.tijdigBesloten()))
                .setParameter("id", a.vergunningId()).executeUpdate();
    }

    /**
     * Open cases and closed ones of a municipality (null: all), by their last day; with {@code
     * verstrekenOp} only the open ones whose period passed before that day.
     */
    public List<AanvraagRij> pagina(String gemeenteCode, Aanvraagstatus status, LocalDate verstrekenOp,
                                    int offset, int aantal) {
        StringBuilder sql = new StringBuilder("select " + KOLOMMEN + " where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (gemeenteCode != null) {
            sql.append(" and a.gemeente_code = :gemeente");
            parameters.put("gemeente", gemeenteCode);
        }
        if (status != null) {
            sql.append(" and a.status = :status");
            parameters.put("status", status.name());
        }
        if (verstrekenOp != null) {
            sql.append(" and a.status not in ('BESLOTEN', 'INGETROKKEN') and a.uiterste_beslisdatum < :dag");
            parameters.put("dag", verstrekenOp);
        }
        sql.append(" order by a.uiterste_beslisdatum, v.vergunningnummer");
        return rijen(sql.toString(), parameters, offset, aantal);
    }

    public void voegOnvolledigheidToe(OnvolledigheidRij o, Instant op) {
        em.createNativeQuery("""
                        insert into aanvraag_onvolledigheid (id, vergunning_id, verzocht_op, hersteltermijn_tot, vastgelegd_op)
                        values (:id, :vergunning, :verzocht, :tot, :op)""")
                .setParameter("id", o.id()).setParameter("vergunning", o.vergunningId())
                .setParameter("verzocht", o.verzochtOp()).setParameter("tot", o.hersteltermijnTot())
                .setParameter("op", op).executeUpdate();
        for (int i = 0; i < o.stukken().size(); i++) {
            OntbrekendStukRij stuk = o.stukken().get(i);
            em.createNativeQuery("""
                            insert into aanvraag_ontbrekend_stuk (onvolledigheid_id, volgnummer, soort, toelichting)
                            values (:id, :nr, :soort, :toelichting)""")
                    .setParameter("id", o.id()).setParameter("nr", i + 1).setParameter("soort", stuk.soort().name())
                    .setParameter("toelichting", stuk.toelichting()).executeUpdate();
        }
    }

    public void vulAan(UUID onvolledigheidId, LocalDate aangevuldOp) {
        em.createNativeQuery("update aanvraag_onvolledigheid set aangevuld_op = :op where id = :id")
                .setParameter("op", aangevuldOp).setParameter("id", onvolledigheidId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<OnvolledigheidRij> onvolledigheden(UUID vergunningId) {
        List<Object[]> rijen = em.createNativeQuery("""
                        select o.id, o.verzocht_op, o.hersteltermijn_tot, o.aangevuld_op, s.soort, s.toelichting
                        from aanvraag_onvolledigheid o
                        left join aanvraag_ontbrekend_stuk s on s.onvolledigheid_id = o.id
                        where o.vergunning_id = :id order by o.verzocht_op, o.vastgelegd_op, o.id, s.volgnummer""")
                .setParameter("id", vergunningId).getResultList();
        Map<UUID, OnvolledigheidRij> uit = new LinkedHashMap<>();
        for (Object[] r : rijen) {
            OnvolledigheidRij o = uit.computeIfAbsent((UUID) r[0], id -> new OnvolledigheidRij(id, vergunningId,
                    datum(r[1]), datum(r[2]), datum(r[3]), new ArrayList<>()));
            if (r[4] != null) {
                o.stukken().add(new OntbrekendStukRij(OntbrekendStukSoort.valueOf((String) r[4]), (String) r[5]));
            }
        }
        return uit.values().stream().map(o -> new OnvolledigheidRij(o.id(), o.vergunningId(), o.verzochtOp(),
                o.hersteltermijnTot(), o.aangevuldOp(), List.copyOf(o.stukken()))).toList();
    }

    public void voegHistorieToe(HistorieRij h) {
        em.createNativeQuery("""
                        insert into aanvraag_historie (id, vergunning_id, gebeurtenis, status_na, datum, vastgelegd_op,
                            vastgelegd_door, vastgelegd_rol, organisatie)
                        values (:id, :vergunning, :gebeurtenis, :status, :datum, :op, :door, :rol, :organisatie)""")
                .setParameter("id", h.id()).setParameter("vergunning", h.vergunningId())
                .setParameter("gebeurtenis", h.gebeurtenis().name()).setParameter("status", h.statusNa().name())
                .setParameter("datum", h.datum()).setParameter("op", h.vastgelegdOp())
                .setParameter("door", h.vastgelegdDoor()).setParameter("rol", h.vastgelegdRol())
                .setParameter("organisatie", h.organisatie()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<HistorieRij> historie(UUID vergunningId) {
        List<Object[]> rijen = em.createNativeQuery("""
                        select id, gebeurtenis, status_na, datum, vastgelegd_op, vastgelegd_door, vastgelegd_rol, organisatie
                        from aanvraag_historie where vergunning_id = :id order by vastgelegd_op, id""")
                .setParameter("id", vergunningId).getResultList();
        return rijen.stream().map(r -> new HistorieRij((UUID) r[0], vergunningId,
                Historiegebeurtenis.valueOf((String) r[1]), Aanvraagstatus.valueOf((String) r[2]), datum(r[3]),
                tijdstip(r[4]), (String) r[5], (String) r[6], (String) r[7])).toList();
    }

    public void voegBibobToe(UUID id, UUID vergunningId, String gemeenteCode, UUID exploitantId, LocalDate gestartOp,
                             Instant op) {
        em.createNativeQuery("""
                        insert into bibob_onderzoek (id, vergunning_id, gemeente_code, exploitant_id, gestart_op, vastgelegd_op)
                        values (:id, :vergunning, :gemeente, :exploitant, :gestart, :op)""")
                .setParameter("id", id).setParameter("vergunning", vergunningId).setParameter("gemeente", gemeenteCode)
                .setParameter("exploitant", exploitantId).setParameter("gestart", gestartOp).setParameter("op", op)
                .executeUpdate();
    }

    public void zetAdviesGevraagd(UUID id, LocalDate op) {
        em.createNativeQuery("update bibob_onderzoek set advies_gevraagd_op = :op where id = :id")
                .setParameter("op", op).setParameter("id", id).executeUpdate();
    }

    public void zetAdvies(UUID id, LocalDate op, Gevaarsmate mate) {
        em.createNativeQuery("update bibob_onderzoek set advies_ontvangen_op = :op, mate_van_gevaar = :mate where id = :id")
                .setParameter("op", op).setParameter("mate", mate.name()).setParameter("id", id).executeUpdate();
    }

    /** The decision on the application used every advice received for it and not used before. */
    public void koppelBesluit(UUID vergunningId, UUID besluitId) {
        em.createNativeQuery("""
                        update bibob_onderzoek set besluit_id = :besluit
                        where vergunning_id = :id and advies_ontvangen_op is not null and besluit_id is null""")
                .setParameter("besluit", besluitId).setParameter("id", vergunningId).executeUpdate();
    }

    private static final String BIBOB_KOLOMMEN = """
            b.id, b.vergunning_id, v.vergunningnummer, b.gemeente_code, b.exploitant_id, b.gestart_op,
            b.advies_gevraagd_op, b.advies_ontvangen_op, b.mate_van_gevaar, b.besluit_id
            from bibob_onderzoek b join vergunning v on v.id = b.vergunning_id""";

    public List<BibobRij> bibob(UUID vergunningId) {
        return bibobRijen("select " + BIBOB_KOLOMMEN + " where b.vergunning_id = :id order by b.gestart_op, b.vastgelegd_op, b.id",
                Map.of("id", vergunningId));
    }

    public Optional<BibobRij> bibobMetId(UUID id) {
        return bibobRijen("select " + BIBOB_KOLOMMEN + " where b.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Investigations whose advice found serious danger, for an operator, outside one municipality. */
    public List<BibobRij> ernstigElders(UUID exploitantId, String behalveGemeente) {
        return bibobRijen("select " + BIBOB_KOLOMMEN + " where b.exploitant_id = :exploitant and b.mate_van_gevaar = 'ERNSTIG'"
                        + " and b.gemeente_code <> :gemeente order by b.advies_ontvangen_op desc, b.id",
                Map.of("exploitant", exploitantId, "gemeente", behalveGemeente));
    }

    /** The same for one licence (e.g. the licence a transfer or renewal continues), outside one municipality. */
    public List<BibobRij> ernstigVoorVergunningElders(String vergunningnummer, String behalveGemeente) {
        return bibobRijen("select " + BIBOB_KOLOMMEN + " where v.vergunningnummer = :nummer and b.mate_van_gevaar = 'ERNSTIG'"
                        + " and b.gemeente_code <> :gemeente order by b.advies_ontvangen_op desc, b.id",
                Map.of("nummer", vergunningnummer, "gemeente", behalveGemeente));
    }

    @SuppressWarnings("unchecked")
    private List<BibobRij> bibobRijen(String sql, Map<String, Object> parameters) {
        var query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        List<Object[]> rijen = query.getResultList();
        return rijen.stream().map(r -> new BibobRij((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (UUID) r[4],
                datum(r[5]), datum(r[6]), datum(r[7]), r[8] == null ? null : Gevaarsmate.valueOf((String) r[8]),
                (UUID) r[9])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<AanvraagRij> rijen(String sql, Map<String, Object> parameters, int offset, int aantal) {
        var query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        if (aantal > 0) {
            // Not with a lock: PostgreSQL wants FOR UPDATE after a LIMIT, Hibernate would put it before.
            query.setFirstResult(offset).setMaxResults(aantal);
        }
        List<Object[]> rijen = query.getResultList();
        return rijen.stream().map(r -> new AanvraagRij((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3],
                datum(r[4]), Aanvraagstatus.valueOf((String) r[5]), ((Number) r[6]).intValue(),
                Termijnbron.valueOf((String) r[7]), r[8] == null ? null : ((Number) r[8]).intValue(),
                GevolgNietTijdig.valueOf((String) r[9]), r[10] == null ? null : ((Number) r[10]).intValue(),
                (String) r[11], datum(r[12]), datum(r[13]), (UUID) r[14], datum(r[15]), (Boolean) r[16],
                ((Number) r[17]).longValue())).toList();
    }

    private static String tekst(Object waarde) {
        return waarde == null ? null : waarde.toString();
    }
}
