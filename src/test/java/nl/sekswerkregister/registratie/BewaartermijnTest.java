package nl.sekswerkregister.registratie;

import static nl.sekswerkregister.registratie.RegistratieTest.besluit;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import nl.sekswerkregister.registratie.service.Bewaartermijn;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Api;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.common.beveiliging.Rol;
import static org.hamcrest.Matchers.equalTo;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BewaartermijnTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(BewaartermijnTest.class, 2);
    static final String GM = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);

    @Inject
    Bewaartermijn bewaartermijn;
    @Inject
    Database database;

    @Test
    void verwijdertPreciesWatAfgelopenIsEnLaatDePersoonOpnieuwRegistreren() {
        String bsn = Personen.bsn();
        String langGeleden = RegistratieTest.registreerd(GM, bsn);
        besluit(GM, langGeleden, "INTREKKEN").then().statusCode(200);
        Testdata.metRegistratieplicht(ANDERE);
        String pseudoniem = database.tekst("select landelijk_pseudoniem from registratie where registratienummer = ?",
                langGeleden);
        String netIngetrokken = RegistratieTest.registreerd(GM, Personen.bsn());
        besluit(GM, netIngetrokken, "INTREKKEN").then().statusCode(200);
        String verlopenLangGeleden = RegistratieTest.registreerd(GM, Personen.bsn());
        String lopend = RegistratieTest.registreerd(GM, Personen.bsn());
        // Time passes for two of them: ended well over the retention period (6 months) ago.
        database.voerUit("update registratie set beeindigd_op = ? where registratienummer = ?", vandaag().minusYears(1), langGeleden);
        database.voerUit("update registratie set geldig_vanaf = ?, geldig_tot = ? where registratienummer = ?",
                vandaag().minusYears(3), vandaag().minusYears(2), verlopenLangGeleden);
        database.voerUit("update registratie set beeindigd_op = ? where registratienummer = ?",
                vandaag().minusMonths(6).plusDays(1), netIngetrokken);

        // Both revocations are events (the outbox names the registration number as their subject).
        assertThat(database.getal("select count(*) from gebeurtenis where onderwerp in (?, ?)", langGeleden,
                netIngetrokken)).isEqualTo(2);

        long voor = database.aantal("registratie");
        int verwijderd = bewaartermijn.ruimOp(vandaag());

        assertThat(verwijderd).isGreaterThanOrEqualTo(2);
        assertThat(database.aantal("registratie")).isEqualTo(voor - verwijderd);
        assertThat(bestaat(langGeleden)).isFalse();
        assertThat(bestaat(verlopenLangGeleden)).isFalse();
        assertThat(bestaat(netIngetrokken)).isTrue();
        assertThat(bestaat(lopend)).isTrue();
        // The number goes with the registration: also from the events about it.
        assertThat(database.getal("select count(*) from gebeurtenis where onderwerp = ?", langGeleden)).isZero();
        assertThat(database.getal("select count(*) from gebeurtenis where onderwerp = ?", netIngetrokken)).isEqualTo(1);
        // The revocation still follows the person: its marker outlives the deleted registration.
        assertThat(database.getal("select count(*) from intrekkingsmarkering where landelijk_pseudoniem = ?", pseudoniem))
                .isEqualTo(1);
        RegistratieTest.registreer(ANDERE, bsn, vandaag().minusYears(30)).then().statusCode(422)
                .body("code", equalTo("herhaalgesprek-vereist"));
        RegistratieTest.metDoel(Api.als(Rol.VERGUNNINGVERLENER, ANDERE))
                .body(RegistratieTest.naHerhaalgesprek(ANDERE, bsn, vandaag())).post("/api/v1/registraties")
                .then().statusCode(201);
    }

    @Test
    void eenIntrekkingsmarkeringOverleeftDeRegistratieEnVerdwijntNaHaarEinde() {
        String bsn = Personen.bsn();
        String nummer = RegistratieTest.registreerd(GM, bsn);
        besluit(GM, nummer, "INTREKKEN").then().statusCode(200);
        String pseudoniem = "(select landelijk_pseudoniem from registratie where registratienummer = '" + nummer + "')";
        String marker = "select count(*) from intrekkingsmarkering where landelijk_pseudoniem = " + pseudoniem;
        assertThat(database.getal(marker)).isEqualTo(1);
        assertThat(database.voerUitAlsEigenaar("update intrekkingsmarkering set geldig_tot = ? where landelijk_pseudoniem = "
                + pseudoniem, vandaag())).isEqualTo(1);
        // Its last day is today: kept today, gone tomorrow.
        bewaartermijn.ruimOp(vandaag());
        assertThat(database.getal(marker)).isEqualTo(1);
        bewaartermijn.ruimOp(vandaag().plusDays(1));
        assertThat(database.getal(marker)).isZero();
    }


    private boolean bestaat(String nummer) {
        return database.getal("select count(*) from registratie where registratienummer = ?", nummer) == 1;
    }
}
