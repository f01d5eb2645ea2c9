package nl.sekswerkregister.regelset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A version of a national framework ("huidige wet", "Wrs-wetsvoorstel") in the same vocabulary. */
@Entity
@Immutable
@Table(name = "landelijk_kader")
public class LandelijkKader {

    @Id
    UUID id;
    String code;
    int versie;
    String naam;
    String bron;
    String regels;
    @Column(name = "vastgesteld_op")
    Instant vastgesteldOp;
    /** From when this version is law; absent for a bill, which is in force nowhere. */
    @Column(name = "in_werking_vanaf")
    LocalDate inWerkingVanaf;
    /** Its last day in force (inclusive); absent while no end is set. */
    @Column(name = "in_werking_tot")
    LocalDate inWerkingTot;
    @Enumerated(EnumType.STRING)
    Kadersoort soort;
    /** JSON: per rule path, a {@link Kaderregeling}; absent when the framework claims no subject. */
    String regeling;

    protected LandelijkKader() {
    }

    public LandelijkKader(String code, int versie, String naam, String bron, String regels, Instant vastgesteldOp,
                          LocalDate inWerkingVanaf, LocalDate inWerkingTot, Kadersoort soort, String regeling) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.versie = versie;
        this.naam = naam;
        this.bron = bron;
        this.regels = regels;
        this.vastgesteldOp = vastgesteldOp;
        this.inWerkingVanaf = inWerkingVanaf;
        this.inWerkingTot = inWerkingTot;
        this.soort = soort;
        this.regeling = regeling;
    }

    public String code() { return code; }
    public int versie() { return versie; }
    public String naam() { return naam; }
    public String bron() { return bron; }
    public String regels() { return regels; }
    public Instant vastgesteldOp() { return vastgesteldOp; }
    public LocalDate inWerkingVanaf() { return inWerkingVanaf; }
    public LocalDate inWerkingTot() { return inWerkingTot; }
    public Kadersoort soort() { return soort; }
    public String regeling() { return regeling; }
}
