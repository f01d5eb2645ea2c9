package nl.sekswerkregister.sanctie.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.datum;
import static nl.sekswerkregister.common.tijd.Kolomwaarden.tijdstip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.sanctie.domain.Bedragperiode;
import nl.sekswerkregister.sanctie.domain.Grondslagsoort;
import nl.sekswerkregister.sanctie.domain.Sanctiesoort;

/**
 * Sanctions and forfeitures, in SQL: the tables are insert-only (V17), so there is nothing for an
 * entity's dirty checking to do, and the rows they point at (premises, licences, inspections) belong
 * to other features, read here as projections so that none of them needs to know sanctions exist.
 */
@ApplicationScoped
public class SanctieRepository {

    private static final String KOLOMMEN = """
            s.id, s.gemeente_code, s.soort, s.vestiging_id, v.vergunningnummer, v.bedrijfstype, s.exploitant_id,
            e.kvk_nummer, s.motivering, s.bekendgemaakt_op, s.bezwaar_tot, s.bedrag, s.bedrag_per, s.maximumbedrag,
            s.begunstigingstermijn_tot, s.maatregel, s.ingangsdatum, s.einddatum, s.besluit_id, s.vervolg_op,
            s.genomen_op, s.genomen_rol, o.id, o.ingangsdatum
            from sanctie s left join vergunning v on v.id = s.vergunning_id
            left join exploitant e on e.id = s.exploitant_id
            left join sanctie o on o.vervolg_op = s.id""";

    private final EntityManager em;

    public SanctieRepository(EntityManager em) {
        this.em = em;
    }

    /** A sanction as stored, with its licence's number and the lifting that followed it, if any. */
    public record SanctieRij(UUID id, String gemeenteCode, Sanctiesoort soort, UUID vestigingId, String vergunningnummer,
                             Bedrijfstype bedrijfstype, UUID exploitantId, String kvkNummer, String motivering,
                             LocalDate bekendgemaaktOp, LocalDate bezwaarTot, BigDecimal bedrag, Bedragperiode bedragPer,
                             BigDecimal maximumbedrag, LocalDate begunstigingstermijnTot, String maatregel,
                             LocalDate ingangsdatum, LocalDate einddatum, UUID besluitId, UUID opheffingVan,
                             Instant genomenOp, String genomenRol, UUID opgehevenDoor, LocalDate opgehevenPer) {
    }

    public record GrondslagRij(UUID sanctieId, Grondslagsoort soort, String verwijzing) {
    }

    public record VerbeurteRij(UUID id, UUID sanctieId, LocalDate datum, BigDecimal bedrag, UUID controleId,
                               Instant vastgelegdOp, String vastgelegdRol) {
    }

    /** Premises, as far as a sanction needs them. */
    public record VestigingRij(UUID id, String gemeenteCode) {
    }

    /** A licence, as far as a sanction needs it: where, whose. */
    public record VergunningRij(UUID id, String vergunningnummer, String gemeenteCode, UUID vestigingId,
                                UUID exploitantId) {
    }

    /** An inspection, as far as a sanction or forfeiture needs it. */
    public record ControleRij(UUID id, String gemeenteCode, UUID vestigingId, LocalDate datum) {
    }

    public record BevindingRij(UUID id, UUID controleId) {
    }

    /** What is written: the row, its legal bases, and what it rests on. */
    public record NieuweSanctieRij(UUID id, String gemeenteCode, Sanctiesoort soort, UUID vestigingId, UUID vergunningId,
                                   UUID exploitantId, String motivering, LocalDate bekendgemaaktOp, LocalDate bezwaarTot,
                                   BigDecimal bedrag, Bedragperiode bedragPer, BigDecimal maximumbedrag,
                                   LocalDate begunstigingstermijnTot, String maatregel, LocalDate ingangsdatum,
                                   LocalDate einddatum, UUID besluitId, UUID opheffingVan, Instant genomenOp,
                                   String genomenDoor, String genomenRol, List<GrondslagRij> grondslagen,
                                   List<UUID> controles, List<UUID> bevindingen) {
    }

    public void voegToe(NieuweSanctieRij s) {
        // Optional values go in as text and are cast in SQL: a null bound without a type is not
        // something every driver and Hibernate version agree on, a null text is.
        em.createNativeQuery("""
                        insert into sanctie (id, gemeente_code, soort, vestiging_id, vergunning_id, exploitant_id, motivering,
                            bekendgemaakt_op, bezwaar_tot, bedrag, bedrag_per, maximumbedrag, begunstigingstermijn_tot,
                            maatregel, ingangsdatum, einddatum, besluit_id, vervolg_op, genomen_op, genomen_door, genomen_rol)
                        values (:id, :gemeente, :soort, :vestiging, cast(:vergunning as uuid), cast(:exploitant as uuid),
                            :motivering, :bekendgemaakt, :bezwaar, cast(:bedrag as numeric), :per, cast(:maximum as numeric),
                            cast(:begunstiging as date), :maatregel, cast(:ingang as date), cast(:einde as date),
                            cast(:besluit as uuid), cast(:vervolg as uuid), :op, :door, :rol)""")
                .setParameter("id", s.id()).setParameter("gemeente", s.gemeenteCode())
                .setParameter("soort", s.soort().name()).setParameter("vestiging", s.vestigingId())
                .setParameter("vergunning", tekst(s.vergunningId())).setParameter("exploitant", tekst(s.exploitantId()))
                .setParameter("motivering", s.motivering()).setParameter("bekendgemaakt", s.bekendgemaaktOp())
                .setParameter("bezwaar", s.bezwaarTot()).setParameter("bedrag", tekst(s.bedrag()))
                .setParameter("per", s.bedragPer() == null ? null : s.bedragPer().name())
                .setParameter("maximum", tekst(s.maximumbedrag()))
                .setParameter("begunstiging", tekst(s.begunstigingstermijnTot()))
                .setParameter("maatregel", s.maatregel()).setParameter("ingang", tekst(s.ingangsdatum()))
                .setParameter("einde", tekst(s.einddatum())).setParameter("besluit", tekst(s.besluitId()))
                .setParameter("vervolg", tekst(s.opheffingVan())).setParameter("op", s.genomenOp())
                .setParameter("door", s.genomenDoor()).setParameter("rol", s.genomenRol())
                .executeUpdate();
        for (int i = 0; i < s.grondslagen().size(); i++) {
            GrondslagRij g = s.grondslagen().get(i);
            em.createNativeQuery("insert into sanctie_grondslag (sanctie_id, volgnummer, soort, verwijzing) "
                            + "values (:id, :nr, :soort, :verwijzing)")
                    .setParameter("id", s.id()).setParameter("nr", i + 1).setParameter("soort", g.soort().name())
                    .setParameter("verwijzing", g.verwijzing()).executeUpdate();
        }
        for (UUID controle : s.controles()) {
            em.createNativeQuery("insert into sanctie_controle (sanctie_id, controle_id) values (:id, :c)")
                    .setParameter("id", s.id()).setParameter("c", controle).executeUpdate();
        }
        for (UUID bevinding : s.bevindingen()) {
            em.createNativeQuery("insert into sanctie_bevinding (sanctie_id, bevinding_id) values (:id, :b)")
                    .setParameter("id", s.id()).setParameter("b", bevinding).executeUpdate();
        }
    }

    public void voegToe(VerbeurteRij v, String door) {
        em.createNativeQuery("""
                        insert into verbeurte (id, sanctie_id, datum, bedrag, controle_id, vastgelegd_op, vastgelegd_door,
                            vastgelegd_rol) values (:id, :sanctie, :datum, :bedrag, :controle, :op, :door, :rol)""")
                .setParameter("id", v.id()).setParameter("sanctie", v.sanctieId()).setParameter("datum", v.datum())
                .setParameter("bedrag", v.bedrag()).setParameter("controle", v.controleId())
                .setParameter("op", v.vastgelegdOp()).setParameter("door", door).setParameter("rol", v.vastgelegdRol())
                .executeUpdate();
    }

    /**
     * Serialises the writes that follow one sanction (a forfeiture, a lifting) until the transaction
     * ends: the sum of forfeitures and the one-lifting rule are checked under it. An advisory lock,
     * because a row lock (SELECT FOR UPDATE) needs an UPDATE grant the service has no business holding
     * on an insert-only table.
     */
    public void vergrendel(UUID sanctieId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(:id as text), 17))")
                .setParameter("id", sanctieId.toString()).getSingleResult();
    }

    public Optional<SanctieRij> metId(UUID id) {
        return rijen("select " + KOLOMMEN + " where s.id = :id", Map.of("id", id), 0, 1).stream().findFirst();
    }

    /**
     * Sanctions, newest first: of one municipality (null: all), at premises and of a licence when given.
     */
    public List<SanctieRij> pagina(String gemeenteCode, UUID vestigingId, String vergunningnummer, int offset, int aantal) {
        StringBuilder sql = new StringBuilder("select " + KOLOMMEN + " where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (gemeenteCode != null) {
            sql.append(" and s.gemeente_code = :gemeente");
            parameters.put("gemeente", gemeenteCode);
        }
        if (vestigingId != null) {
            sql.append(" and s.vestiging_id = :vestiging");
            parameters.put("vestiging", vestigingId);
        }
        if (vergunningnummer != null) {
            sql.append(" and v.vergunningnummer = :nummer");
            parameters.put("nummer", vergunningnummer);
        }
        sql.append(" order by s.genomen_op desc, s.id");
        return rijen(sql.toString(), parameters, offset, aantal);
    }

    @SuppressWarnings("unchecked")
    public List<GrondslagRij> grondslagen(Collection<UUID> sancties) {
        if (sancties.isEmpty()) {
            return List.of();
        }
        List<Object[]> rijen = em.createNativeQuery("select sanctie_id, soort, verwijzing from sanctie_grondslag "
                + "where sanctie_id in (:ids) order by sanctie_id, volgnummer").setParameter("ids", sancties).getResultList();
        return rijen.stream().map(r -> new GrondslagRij((UUID) r[0], Grondslagsoort.valueOf((String) r[1]), (String) r[2]))
                .toList();
    }

    /** Pairs of (sanction, inspection) or (sanction, finding), as the link table holds them. */
    @SuppressWarnings("unchecked")
    public List<UUID[]> koppelingen(String tabel, Collection<UUID> sancties) {
        if (sancties.isEmpty()) {
            return List.of();
        }
        String kolom = switch (tabel) {
            case "sanctie_controle" -> "controle_id";
            case "sanctie_bevinding" -> "bevinding_id";
            default -> throw new IllegalArgumentException(tabel);
        };
        List<Object[]> rijen = em.createNativeQuery("select sanctie_id, " + kolom + " from " + tabel
                + " where sanctie_id in (:ids) order by sanctie_id, " + kolom).setParameter("ids", sancties).getResultList();
        return rijen.stream().map(r -> new UUID[] {(UUID) r[0], (UUID) r[1]}).toList();
    }

    @SuppressWarnings("unchecked")
    public List<VerbeurteRij> verbeurten(Collection<UUID> sancties) {
        if (sancties.isEmpty()) {
            return List.of();
        }
        List<Object[]> rijen = em.createNativeQuery("""
                        select id, sanctie_id, datum, bedrag, controle_id, vastgelegd_op, vastgelegd_rol from verbeurte
                        where sanctie_id in (:ids) order by sanctie_id, datum, vastgelegd_op, id""")
                .setParameter("ids", sancties).getResultList();
        return rijen.stream().map(r -> new VerbeurteRij((UUID) r[0], (UUID) r[1], datum(r[2]), (BigDecimal) r[3],
                (UUID) r[4], tijdstip(r[5]), (String) r[6])).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<VestigingRij> vestiging(UUID id) {
        List<Object[]> rijen = em.createNativeQuery("select id, gemeente_code from vestiging where id = :id")
                .setParameter("id", id).getResultList();
        return rijen.stream().findFirst().map(r -> new VestigingRij((UUID) r[0], (String) r[1]));
    }

    @SuppressWarnings("unchecked")
    public Optional<VergunningRij> vergunning(String vergunningnummer) {
        List<Object[]> rijen = em.createNativeQuery("select id, vergunningnummer, gemeente_code, vestiging_id, exploitant_id "
                        + "from vergunning where vergunningnummer = :nummer")
                .setParameter("nummer", vergunningnummer).getResultList();
        return rijen.stream().findFirst().map(r -> new VergunningRij((UUID) r[0], (String) r[1], (String) r[2],
                (UUID) r[3], (UUID) r[4]));
    }

    @SuppressWarnings("unchecked")
    public List<ControleRij> controles(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rijen = em.createNativeQuery("select id, gemeente_code, vestiging_id, datum from controle "
                + "where id in (:ids)").setParameter("ids", ids).getResultList();
        return rijen.stream().map(r -> new ControleRij((UUID) r[0], (String) r[1], (UUID) r[2], datum(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<BevindingRij> bevindingen(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rijen = em.createNativeQuery("select id, controle_id from bevinding where id in (:ids)")
                .setParameter("ids", ids).getResultList();
        return rijen.stream().map(r -> new BevindingRij((UUID) r[0], (UUID) r[1])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<SanctieRij> rijen(String sql, Map<String, Object> parameters, int offset, int aantal) {
        var query = em.createNativeQuery(sql).setFirstResult(offset).setMaxResults(aantal);
        parameters.forEach(query::setParameter);
        List<Object[]> rijen = query.getResultList();
        return rijen.stream().map(r -> new SanctieRij((UUID) r[0], (String) r[1], Sanctiesoort.valueOf((String) r[2]),
                (UUID) r[3], (String) r[4], r[5] == null ? null : Bedrijfstype.valueOf((String) r[5]), (UUID) r[6],
                (String) r[7], (String) r[8], datum(r[9]), datum(r[10]), (BigDecimal) r[11],
                r[12] == null ? null : Bedragperiode.valueOf((String) r[12]), (BigDecimal) r[13], datum(r[14]),
                (String) r[15], datum(r[16]), datum(r[17]), (UUID) r[18], (UUID) r[19], tijdstip(r[20]), (String) r[21],
                (UUID) r[22], datum(r[23]))).toList();
    }

    private static String tekst(Object waarde) {
        return waarde == null ? null : waarde instanceof BigDecimal b ? b.toPlainString() : waarde.toString();
    }
}
