package nl.sekswerkregister.registratie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A sex worker's registration. Holds no identifier, name or date of birth: only pseudonyms, an age
 * band and, if the person asked for it, a working name. No toString: nothing here belongs in a log.
 */
@Entity
@Table(name = "registratie")
public class Registratie {

    @Id
    UUID id;
    String registratienummer;
    @Column(name = "gemeente_code")
    String gemeenteCode;
    @Column(name = "landelijk_pseudoniem")
    String landelijkPseudoniem;
    @Column(name = "gemeente_pseudoniem")
    String gemeentePseudoniem;
    @Column(name = "landelijk_sleutelversie")
    int landelijkSleutelversie;
    @Column(name = "gemeente_sleutelversie")
    int gemeenteSleutelversie;
    String leeftijdsband;
    LocalDate intakedatum;
    String werknaam;
    @Enumerated(EnumType.STRING)
    RegistratieStatus status;
    @Column(name = "geldig_vanaf")
    LocalDate geldigVanaf;
    @Column(name = "geldig_tot")
    LocalDate geldigTot;
    @Column(name = "beeindigd_op")
    LocalDate beeindigdOp;
    @Column(name = "aangemaakt_op")
    Instant aangemaaktOp;
    /** The repeat interview the registering municipality held, where a recent revocation required one. */
    @Column(name = "herhaalgesprek_op")
    LocalDate herhaalgesprekOp;
    @Version
    long versie;

    protected Registratie() {
    }

    public Registratie(String registratienummer, String gemeenteCode, String landelijkPseudoniem,
                       int landelijkSleutelversie, String gemeentePseudoniem, int gemeenteSleutelversie,
                       String leeftijdsband, LocalDate intakedatum, String werknaam, LocalDate herhaalgesprekOp,
                       LocalDate geldigVanaf, LocalDate geldigTot, Instant aangemaaktOp) {
        this.id = UUID.randomUUID();
        this.registratienummer = registratienummer;
        this.gemeenteCode = gemeenteCode;
        this.landelijkPseudoniem = landelijkPseudoniem;
        this.gemeentePseudoniem = gemeentePseudoniem;
        this.landelijkSleutelversie = landelijkSleutelversie;
        this.gemeenteSleutelversie = gemeenteSleutelversie;
        this.leeftijdsband = leeftijdsband;
        this.intakedatum = intakedatum;
        this.werknaam = werknaam;
        this.herhaalgesprekOp = herhaalgesprekOp;
        this.status = RegistratieStatus.ACTIEF;
        this.geldigVanaf = geldigVanaf;
        this.geldigTot = geldigTot;
        this.aangemaaktOp = aangemaaktOp;
    }

    /** The status as it stands on a date: a running registration past geldigTot has expired. */
    public RegistratieStatus status(LocalDate vandaag) {
        return RegistratieStatus.actueel(status, geldigTot, vandaag);
    }

    public void markeerVerlopen() {
        this.status = RegistratieStatus.VERLOPEN;
        this.beeindigdOp = geldigTot.plusDays(1);
    }

    public void wijzigStatus(RegistratieStatus nieuw, LocalDate vandaag) {
        this.status = nieuw;
        if (!nieuw.isLopend()) {
            this.beeindigdOp = vandaag;
        }
    }

    public void verlengTot(LocalDate nieuwGeldigTot) {
        this.geldigTot = nieuwGeldigTot;
    }

    public UUID id() { return id; }
    public String registratienummer() { return registratienummer; }
    public String gemeenteCode() { return gemeenteCode; }
    public String landelijkPseudoniem() { return landelijkPseudoniem; }
    public String gemeentePseudoniem() { return gemeentePseudoniem; }
    public int landelijkSleutelversie() { return landelijkSleutelversie; }
    public int gemeenteSleutelversie() { return gemeenteSleutelversie; }
    public String leeftijdsband() { return leeftijdsband; }
    public LocalDate intakedatum() { return intakedatum; }
    public String werknaam() { return werknaam; }
    public LocalDate herhaalgesprekOp() { return herhaalgesprekOp; }
    public LocalDate geldigVanaf() { return geldigVanaf; }
    public LocalDate geldigTot() { return geldigTot; }
    public LocalDate beeindigdOp() { return beeindigdOp; }
    public Instant aangemaaktOp() { return aangemaaktOp; }
}
