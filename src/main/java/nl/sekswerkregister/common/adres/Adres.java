package nl.sekswerkregister.common.adres;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A Dutch address as the BAG knows it. Embedded; column names are set by the owning entity. */
@Embeddable
public class Adres {

    @Column(name = "straatnaam")
    String straatnaam;
    @Column(name = "huisnummer")
    Integer huisnummer;
    @Column(name = "huisletter")
    String huisletter;
    @Column(name = "toevoeging")
    String huisnummertoevoeging;
    @Column(name = "postcode")
    String postcode;
    @Column(name = "woonplaats")
    String woonplaats;

    protected Adres() {
    }

    public Adres(String straatnaam, Integer huisnummer, String huisletter, String huisnummertoevoeging,
                 String postcode, String woonplaats) {
        this.straatnaam = straatnaam;
        this.huisnummer = huisnummer;
        this.huisletter = huisletter;
        this.huisnummertoevoeging = huisnummertoevoeging;
        this.postcode = postcode;
        this.woonplaats = woonplaats;
    }

    public String straatnaam() { return straatnaam; }
    public Integer huisnummer() { return huisnummer; }
    public String huisletter() { return huisletter; }
    public String huisnummertoevoeging() { return huisnummertoevoeging; }
    public String postcode() { return postcode; }
    public String woonplaats() { return woonplaats; }
}
