package nl.sekswerkregister.vergunning.domain;

import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An exploitatievergunning: permission for one operator to run one business in one municipality. */
@Entity
@Table(name = "vergunning")
public class Vergunning {

    @Id
    UUID id;
    String vergunningnummer;
    @Column(name = "gemeente_code")
    String gemeenteCode;
    @Column(name = "exploitant_id")
    UUID exploitantId;
    @Enumerated(EnumType.STRING)
    Bedrijfstype bedrijfstype;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "straatnaam", column = @Column(name = "va_straatnaam")),
            @AttributeOverride(name = "huisnummer", column = @Column(name = "va_huisnummer")),
            @AttributeOverride(name = "huisletter", column = @Column(name = "va_huisletter")),
            @AttributeOverride(name = "huisnummertoevoeging", column = @Column(name = "va_toevoeging")),
            @AttributeOverride(name = "postcode", column = @Column(name = "va_postcode")),
            @AttributeOverride(name = "woonplaats", column = @Column(name = "va_woonplaats"))})
    Adres vestigingsadres;
    // The premises this address is (null only for an escort licence without an address). The
    // address above stays the licence's own wording of it, as applied for and decided.
    @Column(name = "vestiging_id")
    UUID vestigingId;
    // Whether the premises are someone's home (vestiging.woning, V21): read with the licence, kept by the
    // premises. Set in memory when the premises change, so the answer to an edit shows the new premises' flag.
    @Formula("(select s.woning from vestiging s where s.id = vestiging_id)")
    Boolean vestigingIsWoning;
    // The responsible managers, as this municipality's pseudonyms: no names or BSNs are kept.
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "beheerder_pseudoniemen")
    String[] beheerders;
    @Column(name = "beheerder_sleutelversie")
    int beheerderSleutelversie;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] voorschriften;
    @Enumerated(EnumType.STRING)
    VergunningStatus status;
    @Column(name = "geldig_vanaf")
    LocalDate geldigVanaf;
    @Column(name = "geldig_tot")
    LocalDate geldigTot;
    // The last day of a suspension that ends by itself; null when not suspended or suspended without end.
    @Column(name = "geschorst_tot")
    LocalDate geschorstTot;
    @Column(name = "aangevraagd_op")
    Instant aangevraagdOp;
    // A transfer (V25): the licence in force of another operator that this application takes over.
    @Column(name = "overname_van")
    UUID overnameVan;
    @Formula("(select o.vergunningnummer from vergunning o where o.id = overname_van)")
    String overnameVanNummer;
    @Version
    long versie;

    protected Vergunning() {
    }

    public Vergunning(String vergunningnummer, String gemeenteCode, UUID exploitantId, Bedrijfstype bedrijfstype,
                      Adres vestigingsadres, UUID vestigingId, boolean vestigingIsWoning, List<String> beheerders, int beheerderSleutelversie,
                      List<String> voorschriften, Instant aangevraagdOp) {
        this.id = UUID.randomUUID();
        this.vergunningnummer = vergunningnummer;
        this.gemeenteCode = gemeenteCode;
        this.exploitantId = exploitantId;
        this.bedrijfstype = bedrijfstype;
        this.status = VergunningStatus.AANGEVRAAGD;
        this.aangevraagdOp = aangevraagdOp;
        wijzig(vestigingsadres, vestigingId, vestigingIsWoning, beheerders, beheerderSleutelversie, voorschriften);
    }

    public final void wijzig(Adres vestigingsadres, UUID vestigingId, boolean vestigingIsWoning, List<String> beheerders, int beheerderSleutelversie,
                             List<String> voorschriften) {
        this.beheerderSleutelversie = beheerderSleutelversie;
        this.vestigingsadres = vestigingsadres;
        this.vestigingId = vestigingId;
        this.vestigingIsWoning = vestigingId == null ? null : vestigingIsWoning;
        this.beheerders = beheerders.toArray(String[]::new);
        this.voorschriften = voorschriften.toArray(String[]::new);
    }

    /** Marks the application as a transfer of another operator's licence in force (checked by the service). */
    public void neemtOver(UUID vergunningId, String vergunningnummer) {
        this.overnameVan = vergunningId;
        this.overnameVanNummer = vergunningnummer;
    }

    /** Applies a decision already checked against {@link Levenscyclus}. */
    public void verwerk(Besluit besluit) {
        if (besluit.besluittype() == Besluittype.VERLENEN) {
            this.geldigVanaf = besluit.ingangsdatum();
            this.geldigTot = besluit.geldigTot();
        }
        if (besluit.besluittype() == Besluittype.VERLENGEN) {
            // The new term follows the old one: the licence keeps its start, number and status, and a
            // running suspension keeps its end (a renewal is no lifting).
            this.geldigTot = besluit.geldigTot();
            if (besluit.statusNa() != VergunningStatus.GESCHORST) {
                this.geschorstTot = null;
            }
            this.status = besluit.statusNa();
            return;
        }
        // A suspension's decision carries its last day in geldigTot (optional); any other decision
        // leaves the licence unsuspended or ends it, so the end date goes with it.
        this.geschorstTot = besluit.besluittype() == Besluittype.SCHORSEN ? besluit.geldigTot() : null;
        this.status = besluit.statusNa();
    }

    public VergunningStatus status(LocalDate vandaag) {
        return Levenscyclus.actueel(status, geldigTot, geschorstTot, vandaag);
    }

    public LocalDate geschorstTot() { return geschorstTot; }

    public UUID id() { return id; }
    public String vergunningnummer() { return vergunningnummer; }
    public String gemeenteCode() { return gemeenteCode; }
    public UUID exploitantId() { return exploitantId; }
    public Bedrijfstype bedrijfstype() { return bedrijfstype; }
    public Adres vestigingsadres() { return vestigingsadres; }
    public UUID vestigingId() { return vestigingId; }
    /** Whether the premises are someone's home; false for a licence without premises. */
    public boolean vestigingIsWoning() { return Boolean.TRUE.equals(vestigingIsWoning); }
    public List<String> beheerders() { return List.of(beheerders); }
    public int beheerderSleutelversie() { return beheerderSleutelversie; }
    public List<String> voorschriften() { return List.of(voorschriften); }
    public LocalDate geldigVanaf() { return geldigVanaf; }
    public LocalDate geldigTot() { return geldigTot; }
    public Instant aangevraagdOp() { return aangevraagdOp; }
    public long versie() { return versie; }
    public UUID overnameVan() { return overnameVan; }
    public String overnameVanNummer() { return overnameVanNummer; }

    /** Replaces the managers by a decision on a change of managers, under the given key version. */
    public void vervangBeheerders(List<String> beheerders, int sleutelversie) {
        this.beheerders = beheerders.toArray(String[]::new);
        this.beheerderSleutelversie = sleutelversie;
    }
}
