package nl.sekswerkregister.regelset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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

    protected LandelijkKader() {
    }

    public LandelijkKader(String code, int versie, String naam, String bron, String regels, Instant vastgesteldOp) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.versie = versie;
        this.naam = naam;
        this.bron = bron;
        this.regels = regels;
        this.vastgesteldOp = vastgesteldOp;
    }

    public String code() { return code; }
    public int versie() { return versie; }
    public String naam() { return naam; }
    public String bron() { return bron; }
    public String regels() { return regels; }
    public Instant vastgesteldOp() { return vastgesteldOp; }
}
