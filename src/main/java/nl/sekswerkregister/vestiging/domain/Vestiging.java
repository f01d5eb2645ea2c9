package nl.sekswerkregister.vestiging.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;

/**
 * Premises: a door in a municipality where a sex business is (or was, or is applied for), as the BAG
 * knows its address. Licences, and later inspections and signals, attach to it over time. Never
 * changed once made (the database only lets the service insert): a move is other premises.
 */
@Entity
@Table(name = "vestiging")
public class Vestiging {

    @Id
    UUID id;
    @Column(name = "gemeente_code")
    String gemeenteCode;
    String postcode;
    int huisnummer;
    String huisletter;
    @Column(name = "toevoeging")
    String huisnummertoevoeging;
    String straatnaam;
    String woonplaats;
    @Column(name = "nummeraanduiding_identificatie")
    String nummeraanduidingIdentificatie;
    // Someone's home (V21): never shown with its address in public, and never un-marked.
    boolean woning;
    @Column(name = "aangemaakt_op")
    Instant aangemaaktOp;
    // Who made it: the token's subject and roles, as decisions record who took them.
    @Column(name = "aangemaakt_door")
    String aangemaaktDoor;
    @Column(name = "aangemaakt_rol")
    String aangemaaktRol;

    protected Vestiging() {
    }

    public UUID id() { return id; }
    public String gemeenteCode() { return gemeenteCode; }
    public Adres adres() {
        return new Adres(straatnaam, huisnummer, huisletter, huisnummertoevoeging, postcode, woonplaats);
    }
    public String nummeraanduidingIdentificatie() { return nummeraanduidingIdentificatie; }
    public boolean isWoning() { return woning; }
    public Instant aangemaaktOp() { return aangemaaktOp; }
    public String aangemaaktDoor() { return aangemaaktDoor; }
    public String aangemaaktRol() { return aangemaaktRol; }
}
