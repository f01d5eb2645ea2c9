package nl.sekswerkregister.registratie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A revocation that follows the person: until {@code geldigTot} a new registration anywhere needs a
 * repeat interview. Keyed by the national pseudonym only, not by the revoked registration, so it
 * outlives that registration's retention; it says nothing about where or why. No toString.
 */
@Entity
@Immutable
@Table(name = "intrekkingsmarkering")
public class Intrekkingsmarkering {

    @Id
    UUID id;
    @Column(name = "landelijk_pseudoniem")
    String landelijkPseudoniem;
    int sleutelversie;
    @Column(name = "ingetrokken_op")
    LocalDate ingetrokkenOp;
    @Column(name = "geldig_tot")
    LocalDate geldigTot;

    protected Intrekkingsmarkering() {
    }

    public Intrekkingsmarkering(String landelijkPseudoniem, int sleutelversie, LocalDate ingetrokkenOp,
                                LocalDate geldigTot) {
        this.id = UUID.randomUUID();
        this.landelijkPseudoniem = landelijkPseudoniem;
        this.sleutelversie = sleutelversie;
        this.ingetrokkenOp = ingetrokkenOp;
        this.geldigTot = geldigTot;
    }

    public boolean inWerkingOp(LocalDate datum) {
        return !datum.isBefore(ingetrokkenOp) && !datum.isAfter(geldigTot);
    }

    public LocalDate ingetrokkenOp() { return ingetrokkenOp; }
    public LocalDate geldigTot() { return geldigTot; }
}
