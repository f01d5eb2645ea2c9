package nl.sekswerkregister.registratie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An access request (GDPR art. 15) filed at a municipality's desk on behalf of the data subject: the
 * person is the requester, the officer an intermediary ({@code tussenpersoon}). A second officer of the
 * same municipality approves it. Holds the person only as their log pseudonym, never an identifier,
 * and a refused request not even that.
 */
@Entity
@Table(name = "inzageverzoek")
public class Inzageverzoek {

    @Id
    UUID id;
    @Column(name = "gemeente_code")
    String gemeenteCode;
    /** The person's processing-log pseudonym; null for a refused request. */
    String betrokkene;
    @Enumerated(EnumType.STRING)
    InzageverzoekStatus status;
    String tussenpersoon;
    @Column(name = "ingediend_op")
    Instant ingediendOp;
    @Column(name = "goedgekeurd_door")
    String goedgekeurdDoor;
    @Column(name = "goedgekeurd_op")
    Instant goedgekeurdOp;

    protected Inzageverzoek() {
    }

    private Inzageverzoek(String gemeenteCode, String betrokkene, InzageverzoekStatus status, String tussenpersoon,
                          Instant ingediendOp) {
        this.id = UUID.randomUUID();
        this.gemeenteCode = gemeenteCode;
        this.betrokkene = betrokkene;
        this.status = status;
        this.tussenpersoon = tussenpersoon;
        this.ingediendOp = ingediendOp;
    }

    public static Inzageverzoek ingediend(String gemeenteCode, String betrokkene, String tussenpersoon, Instant op) {
        return new Inzageverzoek(gemeenteCode, betrokkene, InzageverzoekStatus.WACHT_OP_GOEDKEURING, tussenpersoon, op);
    }

    /** A request the desk could not file: kept without any trace of the person. */
    public static Inzageverzoek geweigerd(String gemeenteCode, String tussenpersoon, Instant op) {
        return new Inzageverzoek(gemeenteCode, null, InzageverzoekStatus.GEWEIGERD, tussenpersoon, op);
    }

    /** Four eyes: the caller checks that {@code door} is not the intermediary; the database checks it again. */
    public void keurGoed(String door, Instant op) {
        this.status = InzageverzoekStatus.GOEDGEKEURD;
        this.goedgekeurdDoor = door;
        this.goedgekeurdOp = op;
    }

    public UUID id() { return id; }
    public String gemeenteCode() { return gemeenteCode; }
    public String betrokkene() { return betrokkene; }
    public InzageverzoekStatus status() { return status; }
    public String tussenpersoon() { return tussenpersoon; }
    public Instant ingediendOp() { return ingediendOp; }
    public String goedgekeurdDoor() { return goedgekeurdDoor; }
    public Instant goedgekeurdOp() { return goedgekeurdOp; }

    @Override
    public String toString() {
        return "Inzageverzoek[" + id + ", " + status + "]";
    }
}
