package nl.sekswerkregister.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.registratie.RegistratieTestToegang;
import nl.sekswerkregister.signalering.Signaleringen;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.TestKlok;
import org.junit.jupiter.api.Test;

/**
 * Key rotation keeps "one registration per person": a record still under key version 1 blocks a
 * new registration (made under version 2), and after rotation the record carries exactly the
 * version-2 pseudonym a new lookup computes.
 */
@QuarkusTest
class SleutelRotatieTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(SleutelRotatieTest.class, 2);
    static final String GM = GEMEENTEN.get(0);

    @Inject
    Pseudonimisering pseudoniemen;
    @Inject
    SleutelRotatie rotatie;
    @Inject
    Database database;

    @Test
    void rotatieBehoudtUniciteit() {
        assertThat(pseudoniemen.landelijkeSleutels().actieveVersie()).isEqualTo(2);
        String bsn = Personen.bsn();
        Identificatie persoon = new Identificatie.Bsn(bsn);
        String nummer = Registratienummer.nieuw();
        LocalDate vandaag = TestKlok.vandaag();
        // A registration made before the new key was introduced: pseudonyms of version 1.
        database.voerUit("""
                        insert into registratie (id, registratienummer, gemeente_code, landelijk_pseudoniem,
                            gemeente_pseudoniem, landelijk_sleutelversie, gemeente_sleutelversie, leeftijdsband,
                            intakedatum, status, geldig_vanaf, geldig_tot, aangemaakt_op, versie)
                        values (?, ?, ?, ?, ?, 1, 1, '25-34', ?, 'ACTIEF', ?, ?, ?, 0)""",
                UUID.randomUUID(), nummer, GM, pseudoniemen.maak(pseudoniemen.landelijkeSleutels(), "landelijk", persoon, 1),
                pseudoniemen.maak(pseudoniemen.gemeentelijkeSleutels(), "gemeente|" + GM, persoon, 1),
                vandaag.minusDays(10), vandaag.minusDays(5),
                vandaag.plusMonths(6), java.sql.Timestamp.from(TestKlok.klok().instant()));

        RegistratieTestToegang.registreer(GEMEENTEN.get(1), bsn).then().statusCode(409);

        assertThat(rotatie.roteer()).isGreaterThanOrEqualTo(1);
        assertThat(database.getal("select count(*) from registratie where registratienummer = ? and landelijk_sleutelversie = 2 "
                + "and gemeente_sleutelversie = 2 "
                + "and landelijk_pseudoniem = ? and gemeente_pseudoniem = ?", nummer, pseudoniemen.landelijk(persoon),
                pseudoniemen.gemeente(persoon, GM))).isEqualTo(1);
        assertThat(database.getal("select count(*) from registratie where landelijk_sleutelversie < 2 or gemeente_sleutelversie < 2"))
                .isZero();

        RegistratieTestToegang.registreer(GEMEENTEN.get(1), bsn).then().statusCode(409);
        RegistratieTestToegang.zoek(GM, bsn).then().statusCode(200)
                .body("resultaten.registratienummer", org.hamcrest.Matchers.equalTo(java.util.List.of(nummer)));
    }

    /** A revocation marker counts under the key version it was written with, and rotation carries it over. */
    @Test
    void eenIntrekkingOnderEenOudereSleutelversieVolgtDePersoonOok() {
        String bsn = Personen.bsn();
        Identificatie persoon = new Identificatie.Bsn(bsn);
        LocalDate vandaag = TestKlok.vandaag();
        UUID id = UUID.randomUUID();
        database.voerUit("insert into intrekkingsmarkering (id, landelijk_pseudoniem, sleutelversie, ingetrokken_op, "
                        + "geldig_tot) values (?, ?, 1, ?, ?)", id,
                pseudoniemen.maak(pseudoniemen.landelijkeSleutels(), "landelijk", persoon, 1), vandaag.minusDays(3),
                vandaag.plusMonths(6));
        RegistratieTestToegang.registreer(GEMEENTEN.get(1), bsn).then().statusCode(422)
                .body("code", org.hamcrest.Matchers.equalTo("herhaalgesprek-vereist"));

        rotatie.roteer();
        assertThat(database.getal("select count(*) from intrekkingsmarkering where id = ? and sleutelversie = 2 "
                + "and landelijk_pseudoniem = ?", id, pseudoniemen.landelijk(persoon))).isEqualTo(1);
        RegistratieTestToegang.registreer(GEMEENTEN.get(1), bsn).then().statusCode(422)
                .body("code", org.hamcrest.Matchers.equalTo("herhaalgesprek-vereist"));
    }

    /**
     * The phone number of a signalled advertisement: a signal stored under key version 1 is still
     * recognised as the same number by a new signal (made under version 2), rotation moves it to the
     * version-2 pseudonym a new signal computes, and the start-up guard names it when its version has no key.
     */
    @Test
    void eenTelefoonpseudoniemOnderEenOudereSleutelversieWordtHerkendEnMeegenomen() {
        Telefoonnummer nummer = Telefoonnummer.lees("0650443322").orElseThrow();
        String oud = Signaleringen.legId(Signaleringen.advertentie(GM, "https://example.nl/rotatie/1", "06-50443322"));
        database.voerUit("update signalering_telefoon set pseudoniem = ?, sleutelversie = 1 where signalering_id = ?::uuid",
                pseudoniemen.telefoon(nummer, GM, 1), oud);
        String nieuw = Signaleringen.legId(Signaleringen.advertentie(GM, "https://example.nl/rotatie/2", "0650443322"));
        Signaleringen.als(nl.sekswerkregister.common.beveiliging.Rol.HANDHAVER, GM).get(Signaleringen.PAD + "/" + nieuw)
                .then().statusCode(200).body("zelfdeTelefoon", org.hamcrest.Matchers.contains(oud));

        rotatie.roteer();
        assertThat(database.getal("select count(*) from signalering_telefoon where signalering_id = ?::uuid "
                + "and sleutelversie = 2 and pseudoniem = ?", oud, pseudoniemen.telefoon(nummer, GM))).isEqualTo(1);

        database.voerUit("update signalering_telefoon set sleutelversie = 3 where signalering_id = ?::uuid", oud);
        try {
            assertThat(rotatie.zonderSleutel()).contains("signaleringen (telefoon) onder gemeente-versie 3");
        } finally {
            database.voerUit("update signalering_telefoon set sleutelversie = 2 where signalering_id = ?::uuid", oud);
        }
        assertThat(rotatie.zonderSleutel()).isEmpty();
    }
}
