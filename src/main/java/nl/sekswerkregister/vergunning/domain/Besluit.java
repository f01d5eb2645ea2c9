package nl.sekswerkregister.vergunning.domain;

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

/**
 * A decision on a licence. As in the Awb, it always carries its motivation; it is never changed
 * afterwards (the table refuses updates and deletes), only followed by another decision.
 */
@Entity
@Immutable
@Table(name = "besluit")
public class Besluit {

    @Id
    UUID id;
    @Column(name = "vergunning_id")
    UUID vergunningId;
    @Enumerated(EnumType.STRING)
    Besluittype besluittype;
    String motivering;
    LocalDate ingangsdatum;
    @Column(name = "geldig_tot")
    LocalDate geldigTot;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_voor")
    VergunningStatus statusVoor;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_na")
    VergunningStatus statusNa;
    @Column(name = "genomen_op")
    Instant genomenOp;
    /** Subject of the officer's token: accountability inside the organisation, not shown in the API. */
    @Column(name = "genomen_door")
    String genomenDoor;
    // Only on a suspension or revocation (V25); null on older ones, taken before grounds were kept.
    @Enumerated(EnumType.STRING)
    Besluitgrond grond;

    protected Besluit() {
    }

    public Besluit(UUID vergunningId, Besluittype besluittype, String motivering, LocalDate ingangsdatum,
                   LocalDate geldigTot, VergunningStatus statusVoor, VergunningStatus statusNa, Instant genomenOp,
                   String genomenDoor, Besluitgrond grond) {
        this.id = UUID.randomUUID();
        this.vergunningId = vergunningId;
        this.besluittype = besluittype;
        this.motivering = motivering;
        this.ingangsdatum = ingangsdatum;
        this.geldigTot = geldigTot;
        this.statusVoor = statusVoor;
        this.statusNa = statusNa;
        this.genomenOp = genomenOp;
        this.genomenDoor = genomenDoor;
        this.grond = grond;
    }

    public UUID id() { return id; }
    public UUID vergunningId() { return vergunningId; }
    public Besluittype besluittype() { return besluittype; }
    public String motivering() { return motivering; }
    public LocalDate ingangsdatum() { return ingangsdatum; }
    public LocalDate geldigTot() { return geldigTot; }
    public VergunningStatus statusVoor() { return statusVoor; }
    public VergunningStatus statusNa() { return statusNa; }
    public Instant genomenOp() { return genomenOp; }
    public Besluitgrond grond() { return grond; }
}
