package nl.sekswerkregister.controle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One finding of an inspection, in the order it was recorded. Never changed. */
@Entity
@Immutable
@Table(name = "bevinding")
public class Bevinding {

    @Id
    UUID id;
    @Column(name = "controle_id")
    UUID controleId;
    int volgnummer;
    @Enumerated(EnumType.STRING)
    Bevindingcode code;
    String toelichting;
    Integer voorschrift;

    protected Bevinding() {
    }

    public Bevinding(UUID controleId, int volgnummer, Bevindingcode code, String toelichting, Integer voorschrift) {
        this.id = UUID.randomUUID();
        this.controleId = controleId;
        this.volgnummer = volgnummer;
        this.code = code;
        this.toelichting = toelichting;
        this.voorschrift = voorschrift;
    }

    public UUID id() { return id; }
    public UUID controleId() { return controleId; }
    public int volgnummer() { return volgnummer; }
    public Bevindingcode code() { return code; }
    public String toelichting() { return toelichting; }
    public Integer voorschrift() { return voorschrift; }
}
