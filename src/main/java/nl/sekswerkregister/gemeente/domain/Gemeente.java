package nl.sekswerkregister.gemeente.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Dutch municipality as CBS divides the country (reference data, loaded by migration). */
@Entity
@Table(name = "gemeente")
public class Gemeente {

    @Id
    String code;
    String naam;
    String provincie;
    String veiligheidsregio;
    @Column(name = "riec_regio")
    String riecRegio;
    @Column(name = "politie_eenheid")
    String politieEenheid;

    protected Gemeente() {
    }

    public String code() { return code; }
    public String naam() { return naam; }
    public String provincie() { return provincie; }
    public String veiligheidsregio() { return veiligheidsregio; }
    public String riecRegio() { return riecRegio; }
    public String politieEenheid() { return politieEenheid; }
}
