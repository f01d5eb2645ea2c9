package nl.sekswerkregister.vergunning;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.privacy.Identificatie;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.privacy.SleutelRotatie;
import nl.sekswerkregister.privacy.Sleutelring;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/**
 * The national history of operators and managers: what a licensing officer of B learns about the
 * operator and managers of a licence in B from decisions of A and C, and nothing more.
 */
@QuarkusTest
class BestuurlijkeHistorieTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(BestuurlijkeHistorieTest.class, 3);
    static final String A = GEMEENTEN.get(0);
    static final String B = GEMEENTEN.get(1);
    static final String C = GEMEENTEN.get(2);

    @Inject
    Database database;
    @Inject
    Pseudonimisering pseudoniemen;
    @Inject
    SleutelRotatie rotatie;

    @Test
    void eenExploitantGeweigerdInAEnIngetrokkenInCZietBMetGemeenteDatumEnSoortZonderMotivering() {
        String exploitant = Testdata.exploitant(A);
        String inA = Testdata.aanvraag(A, exploitant, "CLUB");
        Testdata.neemBesluit(A, inA, "WEIGEREN");
        String inC = Testdata.aanvraag(C, exploitant, "CLUB");
        Testdata.neemBesluit(C, inC, "VERLENEN");
        Testdata.neemBesluit(C, inC, "INTREKKEN");
        String inB = Testdata.aanvraag(B, exploitant, "CLUB");
        String vandaag = TestKlok.vandaag().toString();

        String body = historie(B, inB).statusCode(200)
                .body("vergunningnummer", equalTo(inB))
                .body("exploitant.exploitantId", equalTo(exploitant))
                .body("exploitant.vermeldingen", org.hamcrest.Matchers.containsInAnyOrder(
                        Map.of("gemeenteCode", A, "gemeentenaam", Eigendom.naam(A), "datum", vandaag, "soort", "WEIGEREN"),
                        Map.of("gemeenteCode", C, "gemeentenaam", Eigendom.naam(C), "datum", vandaag, "soort", "INTREKKEN")))
                .extract().asString();
        // Never what lets B fetch or read the other files: their numbers, motivations or decisions' ids.
        assertThat(body).doesNotContain(inA, inC, "Motivering", "motivering", "/besluiten");
        // The licences themselves stay out of reach.
        als(Rol.VERGUNNINGVERLENER, B).get("/api/v1/vergunningen/" + inA).then().statusCode(403);

        // A's own decisions are not "other municipalities" for a licence in A: there only C's revocation.
        String tweedeInA = Testdata.aanvraag(A, exploitant, "CLUB");
        historie(A, tweedeInA).statusCode(200)
                .body("exploitant.vermeldingen.gemeenteCode", equalTo(List.of(C)))
                .body("exploitant.vermeldingen.soort", equalTo(List.of("INTREKKEN")));
    }

    @Test
    void dezelfdeBeheerderInAEnBWordtHerkendEenAndereNiet() {
        Map<String, Object> zelfde = Personen.metBsn(Personen.bsn());
        String inA = aanvraagMet(A, List.of(zelfde));
        Testdata.neemBesluit(A, inA, "WEIGEREN");
        String inB = aanvraagMet(B, List.of(zelfde, Personen.metBsn(Personen.bsn())));

        historie(B, inB).statusCode(200)
                .body("exploitant.vermeldingen", equalTo(List.of()))
                .body("beheerders", org.hamcrest.Matchers.hasSize(2))
                .body("beheerders[0].landelijkBekend", equalTo(true))
                .body("beheerders[0].vermeldingen.gemeenteCode", equalTo(List.of(A)))
                .body("beheerders[0].vermeldingen.soort", equalTo(List.of("WEIGEREN")))
                .body("beheerders[1].landelijkBekend", equalTo(true))
                .body("beheerders[1].vermeldingen", equalTo(List.of()));

        // Unchanged: the pseudonyms the licences show differ between A and B for the same person.
        String inAGetoond = als(Rol.VERGUNNINGVERLENER, A).get("/api/v1/vergunningen/" + inA).then()
                .extract().path("beheerders[0].pseudoniem");
        String inBGetoond = als(Rol.VERGUNNINGVERLENER, B).get("/api/v1/vergunningen/" + inB).then()
                .extract().path("beheerders[0].pseudoniem");
        assertThat(inAGetoond).isNotEqualTo(inBGetoond);
        historie(B, inB).body("beheerders[0].pseudoniem", equalTo(inBGetoond));
    }

    /**
     * A Bibob advice of serious danger on an application in A is in B's history, for the operator and for the
     * manager named on that application, as that it existed and when: never the advice, nor A's licence number.
     */
    @Test
    void eenBibobAdviesErnstigGevaarInAZietBBijExploitantEnBeheerder() {
        Map<String, Object> beheerder = Personen.metBsn(Personen.bsn());
        String exploitant = Testdata.exploitant(A);
        String inA = als(Rol.VERGUNNINGVERLENER, A).body(Map.of("gemeenteCode", A, "exploitantId", exploitant,
                        "bedrijfstype", "ESCORT", "beheerders", List.of(Map.of("identificatie", beheerder))))
                .post("/api/v1/vergunningen").then().statusCode(201).extract().path("vergunningnummer");
        String zaak = "/api/v1/vergunningen/" + inA + "/aanvraag";
        String vandaag = TestKlok.vandaag().toString();
        String onderzoek = als(Rol.VERGUNNINGVERLENER, A).body(Map.of("gestartOp", vandaag))
                .post(zaak + "/bibob-onderzoeken").then().statusCode(201).extract().header("Location");
        als(Rol.VERGUNNINGVERLENER, A).body(Map.of("adviesGevraagdOp", vandaag))
                .post(onderzoek + "/adviesaanvraag").then().statusCode(200);
        // Before the advice: nothing to report (an investigation running is no finding).
        String inB = Testdata.aanvraag(B, exploitant, "CLUB");
        historie(B, inB).statusCode(200).body("exploitant.vermeldingen", equalTo(List.of()));
        als(Rol.VERGUNNINGVERLENER, A).body(Map.of("adviesOntvangenOp", vandaag, "mateVanGevaar", "ERNSTIG"))
                .post(onderzoek + "/advies").then().statusCode(200);

        String body = historie(B, inB).statusCode(200)
                .body("exploitant.vermeldingen", equalTo(List.of(Map.of("gemeenteCode", A, "gemeentenaam",
                        Eigendom.naam(A), "datum", vandaag, "soort", "BIBOB_ERNSTIG_GEVAAR"))))
                .extract().asString();
        assertThat(body).doesNotContain(inA, "advies\"");
        String metBeheerder = aanvraagMet(C, List.of(beheerder));
        historie(C, metBeheerder).statusCode(200)
                .body("beheerders[0].vermeldingen.soort", equalTo(List.of("BIBOB_ERNSTIG_GEVAAR")))
                .body("beheerders[0].vermeldingen.gemeenteCode", equalTo(List.of(A)));
    }

    /**
     * A manager added to a granted licence in A by an approved change of managers is known nationally from
     * then on: A's later revocation shows with them in B. A revocation at the holder's own request is no
     * measure and does not show at all.
     */
    @Test
    void eenBeheerderToegevoegdDoorEenBeheerderwijzigingWordtHerkendEenIntrekkingOpVerzoekTeltNiet() {
        Map<String, Object> nieuweBeheerder = Personen.metBsn(Personen.bsn());
        String inA = Testdata.verleend(A);
        String wijziging = als(Rol.VERGUNNINGVERLENER, A).body(Map.of("toevoegen", List.of(Map.of("identificatie", nieuweBeheerder))))
                .post("/api/v1/vergunningen/" + inA + "/beheerderwijzigingen").then().statusCode(201)
                .extract().path("_links.self.href");
        als(Rol.VERGUNNINGVERLENER, A).body(Testdata.beheerderwijzigingBesluit("GOEDGEKEURD"))
                .post(wijziging + "/besluit").then().statusCode(201);
        als(Rol.VERGUNNINGVERLENER, A).body(Map.of("besluittype", "INTREKKEN", "motivering", "Misstanden vastgesteld.",
                "ingangsdatum", TestKlok.vandaag().toString(), "grond", "MISSTANDEN"))
                .post("/api/v1/vergunningen/" + inA + "/besluiten").then().statusCode(201);
        String inB = aanvraagMet(B, List.of(nieuweBeheerder));
        historie(B, inB).statusCode(200)
                .body("beheerders[0].landelijkBekend", equalTo(true))
                .body("beheerders[0].vermeldingen.gemeenteCode", equalTo(List.of(A)))
                .body("beheerders[0].vermeldingen.soort", equalTo(List.of("INTREKKEN")));

        // The holder gave the licence back: nothing to report about its operator.
        String exploitant = Testdata.exploitant(C);
        String inC = Testdata.aanvraag(C, exploitant, "CLUB");
        Testdata.neemBesluit(C, inC, "VERLENEN");
        als(Rol.VERGUNNINGVERLENER, C).body(Map.of("besluittype", "INTREKKEN", "motivering", "Op verzoek van de houder.",
                "ingangsdatum", TestKlok.vandaag().toString(), "grond", "OP_VERZOEK"))
                .post("/api/v1/vergunningen/" + inC + "/besluiten").then().statusCode(201);
        historie(B, Testdata.aanvraag(B, exploitant, "CLUB")).statusCode(200)
                .body("exploitant.vermeldingen", equalTo(List.of()));
    }

    /** A decision concerns the managers named on the licence when it was taken, not one replaced before. */
    @Test
    void eenBeheerderDieVoorHetBesluitIsVervangenTeltNietMee() {
        Map<String, Object> vervangen = Personen.metBsn(Personen.bsn());
        Map<String, Object> opvolger = Personen.metBsn(Personen.bsn());
        String inA = aanvraagMet(A, List.of(vervangen));
        Testdata.neemBesluit(A, inA, "VERLENEN");
        // A granted licence's manager is replaced by a decision on a change of managers, not by a PATCH.
        String getoond = als(Rol.VERGUNNINGVERLENER, A).get("/api/v1/vergunningen/" + inA).then()
                .extract().path("beheerders[0].pseudoniem");
        String wijziging = als(Rol.VERGUNNINGVERLENER, A).body(Map.of("toevoegen", List.of(Map.of("identificatie", opvolger)),
                        "verwijderen", List.of(getoond)))
                .post("/api/v1/vergunningen/" + inA + "/beheerderwijzigingen").then().statusCode(201)
                .extract().path("_links.self.href");
        als(Rol.VERGUNNINGVERLENER, A).body(Testdata.beheerderwijzigingBesluit("GOEDGEKEURD"))
                .post(wijziging + "/besluit").then().statusCode(201);
        Testdata.neemBesluit(A, inA, "SCHORSEN");

        String inB = aanvraagMet(B, List.of(vervangen, opvolger));
        historie(B, inB).statusCode(200)
                .body("beheerders[0].vermeldingen", equalTo(List.of()))
                .body("beheerders[1].vermeldingen.soort", equalTo(List.of("SCHORSEN")));
    }

    /** Managers stored before national pseudonyms existed have none; the answer says so instead of "nothing found". */
    @Test
    void eenBeheerderVanVoorDeLandelijkePseudoniemenIsNietLandelijkBekend() {
        String inB = aanvraagMet(B, List.of(Personen.metBsn(Personen.bsn())));
        database.voerUitAlsEigenaar("delete from vergunning_beheerder where vergunning_id = "
                + "(select id from vergunning where vergunningnummer = ?)", inB);
        historie(B, inB).statusCode(200)
                .body("beheerders[0].landelijkBekend", equalTo(false))
                .body("beheerders[0].vermeldingen", equalTo(List.of()));
    }

    @Test
    void zonderDoelbindingIs400EnWordtNietsGelogd() {
        String inB = Testdata.aanvraag(B);
        long voor = database.getal("select count(*) from dataverwerking where operatie = 'vergunning.bestuurlijke-historie'");
        ongeldig(als(Rol.VERGUNNINGVERLENER, B)).header("X-Verwerkingsactiviteit", "Aanvraag exploitatievergunning")
                .get("/api/v1/vergunningen/" + inB + "/bestuurlijke-historie").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("X-Doelbinding")));
        assertThat(database.getal("select count(*) from dataverwerking where operatie = 'vergunning.bestuurlijke-historie'"))
                .isEqualTo(voor);
    }

    @Test
    void elkeRaadplegingKomtInHetLogboekOokZonderVondstOfMetWeigering() {
        String inB = Testdata.aanvraag(B);
        String doel = "Historie " + UUID.randomUUID().toString().substring(0, 8);
        met(als(Rol.VERGUNNINGVERLENER, B), doel).get("/api/v1/vergunningen/" + inB + "/bestuurlijke-historie")
                .then().statusCode(200).body("exploitant.vermeldingen", equalTo(List.of()));
        assertThat(database.getal("select count(*) from dataverwerking where operatie = 'vergunning.bestuurlijke-historie' "
                + "and doelbinding = ? and status = 'OK' and organisatie = ?", doel, B)).isEqualTo(1);

        // Another municipality's licensing officer reaches the licence and is refused there: the attempt is
        // logged. The auditor's role never reaches it (refused before any data is read): nothing to log.
        met(als(Rol.VERGUNNINGVERLENER, A), doel).get("/api/v1/vergunningen/" + inB + "/bestuurlijke-historie")
                .then().statusCode(403);
        met(als(Rol.AUDITOR), doel).get("/api/v1/vergunningen/" + inB + "/bestuurlijke-historie").then().statusCode(403);
        assertThat(database.getal("select count(*) from dataverwerking where operatie = 'vergunning.bestuurlijke-historie' "
                + "and doelbinding = ? and status = 'FOUT' and organisatie = ?", doel, A)).isEqualTo(1);
        assertThat(database.getal("select count(*) from dataverwerking where operatie = 'vergunning.bestuurlijke-historie' "
                + "and doelbinding = ? and status = 'FOUT'", doel)).isEqualTo(1);
    }

    /** A rotation moves the national pseudonyms; the history matches before (across versions) and after. */
    @Test
    void naSleutelrotatieWordtDeBeheerderNogSteedsHerkend() {
        String bsn = Personen.bsn();
        Map<String, Object> beheerder = Personen.metBsn(bsn);
        String inA = aanvraagMet(A, List.of(beheerder));
        Testdata.neemBesluit(A, inA, "WEIGEREN");
        Sleutelring ring = pseudoniemen.beheerderSleutels();
        assertThat(ring.actieveVersie()).isEqualTo(2);
        // As if A's licence had been filed under key version 1 and no rotation had run yet.
        String id = database.tekst("select vb.id::text from vergunning_beheerder vb join vergunning v on v.id = vb.vergunning_id "
                + "where v.vergunningnummer = ?", inA);
        String landelijk = database.tekst("select landelijk_pseudoniem from vergunning_beheerder where id = ?::uuid", id);
        String gemeentelijk = database.tekst("select pseudoniem from vergunning_beheerder where id = ?::uuid", id);
        assertThat(landelijk).isEqualTo(pseudoniemen.beheerderLandelijk(new Identificatie.Bsn(bsn)));
        database.voerUit("update vergunning_beheerder set landelijk_pseudoniem = ?, landelijk_sleutelversie = 1, "
                        + "pseudoniem = ?, sleutelversie = 1 where id = ?::uuid",
                pseudoniemen.herschrijf(ring, landelijk, 2, 1), pseudoniemen.herschrijf(ring, gemeentelijk, 2, 1), id);

        String inB = aanvraagMet(B, List.of(beheerder));
        historie(B, inB).statusCode(200).body("beheerders[0].vermeldingen.gemeenteCode", equalTo(List.of(A)));

        assertThat(rotatie.roteer()).isGreaterThanOrEqualTo(2);
        assertThat(database.getal("select count(*) from vergunning_beheerder where id = ?::uuid and landelijk_sleutelversie = 2 "
                + "and sleutelversie = 2 and landelijk_pseudoniem = ? and pseudoniem = ?", id, landelijk, gemeentelijk))
                .isEqualTo(1);
        historie(B, inB).statusCode(200).body("beheerders[0].vermeldingen.gemeenteCode", equalTo(List.of(A)));
    }

    private static String aanvraagMet(String gemeente, List<Map<String, Object>> beheerders) {
        Eigendom.vereisEigenaar(gemeente);
        return als(Rol.VERGUNNINGVERLENER, gemeente)
                .body(Map.of("gemeenteCode", gemeente, "exploitantId", Testdata.exploitant(gemeente), "bedrijfstype", "CLUB",
                        "vestigingsadres", Testdata.adres(),
                        "beheerders", beheerders.stream().map(b -> Map.of("identificatie", b)).toList()))
                .post("/api/v1/vergunningen").then().statusCode(201).extract().path("vergunningnummer");
    }

    private static ValidatableResponse historie(String gemeente, String vergunningnummer) {
        return met(als(Rol.VERGUNNINGVERLENER, gemeente), "Beslissen op de aanvraag")
                .get("/api/v1/vergunningen/" + vergunningnummer + "/bestuurlijke-historie").then();
    }

    private static RequestSpecification met(RequestSpecification spec, String doel) {
        return spec.header("X-Doelbinding", doel).header("X-Verwerkingsactiviteit", "Aanvraag exploitatievergunning");
    }
}
