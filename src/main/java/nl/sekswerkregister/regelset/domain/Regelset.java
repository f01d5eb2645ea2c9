package nl.sekswerkregister.regelset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of one municipality's sex-work rules. */
@Entity
@Table(name = "regelset")
public class Regelset {

    @Id
    UUID id;
    @Column(name = "gemeente_code")
    String gemeenteCode;
    int versie;
    @Enumerated(EnumType.STRING)
    RegelsetStatus status;
    @Column(name = "geldig_vanaf")
    LocalDate geldigVanaf;
    @Column(name = "geldig_tot")
    LocalDate geldigTot;
    String bron;
    /** JSON in the vocabulary of {@link Regels}; (de)serialised by the service. */
    String regels;
    @Column(name = "aangemaakt_op")
    Instant aangemaaktOp;
    @Column(name = "gepubliceerd_op")
    Instant gepubliceerdOp;
    @Enumerated(EnumType.STRING)
    Herkomst herkomst = Herkomst.GEMEENTE;
    /** Only for {@link Herkomst#PUBLIEKE_BRONNEN}. */
    @Enumerated(EnumType.STRING)
    Vertrouwen vertrouwen;
    /** JSON array of the public sources a researched version rests on; absent for the municipality's own. */
    String bronnen;
    @Version
    long rijversie;

    protected Regelset() {
    }

    public Regelset(String gemeenteCode, int versie, LocalDate geldigVanaf, LocalDate geldigTot, String bron,
                    String regels, Instant aangemaaktOp) {
        this.id = UUID.randomUUID();
        this.gemeenteCode = gemeenteCode;
        this.versie = versie;
        this.status = RegelsetStatus.CONCEPT;
        this.aangemaaktOp = aangemaaktOp;
        wijzig(geldigVanaf, geldigTot, bron, regels);
    }

    public final void wijzig(LocalDate geldigVanaf, LocalDate geldigTot, String bron, String regels) {
        if (status != RegelsetStatus.CONCEPT) {
            throw new IllegalStateException("gepubliceerde regelset");
        }
        this.geldigVanaf = geldigVanaf;
        this.geldigTot = geldigTot;
        this.bron = bron;
        this.regels = regels;
    }

    public void publiceer(Instant moment) {
        this.status = RegelsetStatus.GEPUBLICEERD;
        this.gepubliceerdOp = moment;
    }

    /** Ends an open-ended published version the day before its successor starts. */
    public void beeindigOp(LocalDate laatsteDag) {
        this.geldigTot = laatsteDag;
    }

    /** Marks a version as researched from public sources (set before it is persisted). */
    public void uitPubliekeBronnen(Vertrouwen vertrouwen, String bronnen) {
        this.herkomst = Herkomst.PUBLIEKE_BRONNEN;
        this.vertrouwen = vertrouwen;
        this.bronnen = bronnen;
    }

    /** The municipality published its own rules: this researched version is in force nowhere any more. */
    public void vervang() {
        if (herkomst != Herkomst.PUBLIEKE_BRONNEN || status != RegelsetStatus.GEPUBLICEERD) {
            throw new IllegalStateException("alleen een gepubliceerde versie uit publieke bronnen wordt vervangen");
        }
        this.status = RegelsetStatus.VERVANGEN;
    }

    public boolean isOpenEinde() {
        return geldigTot == null;
    }

    public UUID id() { return id; }
    public String gemeenteCode() { return gemeenteCode; }
    public int versie() { return versie; }
    public RegelsetStatus status() { return status; }
    public LocalDate geldigVanaf() { return geldigVanaf; }
    public LocalDate geldigTot() { return geldigTot; }
    public String bron() { return bron; }
    public String regels() { return regels; }
    public Instant aangemaaktOp() { return aangemaaktOp; }
    public Instant gepubliceerdOp() { return gepubliceerdOp; }
    public long rijversie() { return rijversie; }
    public Herkomst herkomst() { return herkomst; }
    public Vertrouwen vertrouwen() { return vertrouwen; }
    public String bronnen() { return bronnen; }
}
