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
 * The decision on a change of managers, with the conduct check it rests on. One per request: the
 * primary key is the request's id, so a second decision (also one taken at the same moment) is refused
 * by the database as well as by the service.
 */
@Entity
@Immutable
@Table(name = "beheerderwijziging_besluit")
public class BeheerderwijzigingBesluit {

    /** The outcome of the mayor's decision. */
    public enum Uitkomst { GOEDGEKEURD, AFGEWEZEN }

    /** The conduct check done on the new managers before the decision. */
    public enum Gedragstoets { VOG, BIBOB, ANTECEDENTENONDERZOEK }

    @Id
    @Column(name = "wijziging_id")
    UUID wijzigingId;
    @Enumerated(EnumType.STRING)
    Uitkomst uitkomst;
    String motivering;
    @Enumerated(EnumType.STRING)
    @Column(name = "toets_soort")
    Gedragstoets toetsSoort;
    @Column(name = "toets_uitgevoerd_op")
    LocalDate toetsUitgevoerdOp;
    @Column(name = "genomen_op")
    Instant genomenOp;
    @Column(name = "genomen_door")
    String genomenDoor;

    protected BeheerderwijzigingBesluit() {
    }

    public BeheerderwijzigingBesluit(UUID wijzigingId, Uitkomst uitkomst, String motivering, Gedragstoets toetsSoort,
                                     LocalDate toetsUitgevoerdOp, Instant genomenOp, String genomenDoor) {
        this.wijzigingId = wijzigingId;
        this.uitkomst = uitkomst;
        this.motivering = motivering;
        this.toetsSoort = toetsSoort;
        this.toetsUitgevoerdOp = toetsUitgevoerdOp;
        this.genomenOp = genomenOp;
        this.genomenDoor = genomenDoor;
    }

    public UUID wijzigingId() { return wijzigingId; }
    public Uitkomst uitkomst() { return uitkomst; }
    public String motivering() { return motivering; }
    public Gedragstoets toetsSoort() { return toetsSoort; }
    public LocalDate toetsUitgevoerdOp() { return toetsUitgevoerdOp; }
    public Instant genomenOp() { return genomenOp; }
}
