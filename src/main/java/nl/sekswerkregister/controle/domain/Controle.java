package nl.sekswerkregister.controle.domain;

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
 * An inspection at premises: what enforcement saw there on a day. Never changed (the database lets
 * the service only insert); a correction is a new inspection. Holds no identity of anyone at the
 * premises: who inspected is the officer's token subject, kept for accountability, not shown.
 */
@Entity
@Immutable
@Table(name = "controle")
public class Controle {

    @Id
    UUID id;
    @Column(name = "gemeente_code")
    String gemeenteCode;
    @Column(name = "vestiging_id")
    UUID vestigingId;
    @Column(name = "vergunning_id")
    UUID vergunningId;
    @Column(name = "getoond_vergunning_id")
    UUID getoondVergunningId;
    LocalDate datum;
    @Enumerated(EnumType.STRING)
    Controlesoort soort;
    String organisatie;
    String opmerkingen;
    @Column(name = "regelset_versie")
    Integer regelsetVersie;
    @Column(name = "vastgelegd_op")
    Instant vastgelegdOp;
    @Column(name = "vastgelegd_door")
    String vastgelegdDoor;
    @Column(name = "vastgelegd_rol")
    String vastgelegdRol;

    protected Controle() {
    }

    public Controle(String gemeenteCode, UUID vestigingId, UUID vergunningId, UUID getoondVergunningId, LocalDate datum,
                    Controlesoort soort, String organisatie, String opmerkingen, Integer regelsetVersie,
                    Instant vastgelegdOp, String vastgelegdDoor, String vastgelegdRol) {
        this.id = UUID.randomUUID();
        this.gemeenteCode = gemeenteCode;
        this.vestigingId = vestigingId;
        this.vergunningId = vergunningId;
        this.getoondVergunningId = getoondVergunningId;
        this.datum = datum;
        this.soort = soort;
        this.organisatie = organisatie;
        this.opmerkingen = opmerkingen;
        this.regelsetVersie = regelsetVersie;
        this.vastgelegdOp = vastgelegdOp;
        this.vastgelegdDoor = vastgelegdDoor;
        this.vastgelegdRol = vastgelegdRol;
    }

    public UUID id() { return id; }
    public String gemeenteCode() { return gemeenteCode; }
    public UUID vestigingId() { return vestigingId; }
    public UUID vergunningId() { return vergunningId; }
    public UUID getoondVergunningId() { return getoondVergunningId; }
    public LocalDate datum() { return datum; }
    public Controlesoort soort() { return soort; }
    public String organisatie() { return organisatie; }
    public String opmerkingen() { return opmerkingen; }
    public Integer regelsetVersie() { return regelsetVersie; }
    public Instant vastgelegdOp() { return vastgelegdOp; }
    public String vastgelegdDoor() { return vastgelegdDoor; }
    public String vastgelegdRol() { return vastgelegdRol; }
}
