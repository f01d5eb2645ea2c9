package nl.sekswerkregister.common;

import static nl.sekswerkregister.common.AutorisatieMatrixTest.Verwacht.status;
import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.metToken;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Controles;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation × every role × own or other municipality. The licence under test belongs to this
 * class's first municipality; "eigen" tokens carry that one as gemeente, "andere" tokens its second.
 * The region roles have no municipality: an "eigen" {@code politie} or {@code riec} token names the
 * police unit or RIEC region of the first municipality (as GET /gemeenten/{code} gives it), an "andere"
 * one another unit or region.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutorisatieMatrixTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(AutorisatieMatrixTest.class, 2);
    static final String EIGEN = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    static final java.util.concurrent.atomic.AtomicInteger BALIES = new java.util.concurrent.atomic.AtomicInteger();

    @jakarta.inject.Inject
    nl.sekswerkregister.support.Database database;

    enum Wie {
        VERLENER_EIGEN(Rol.VERGUNNINGVERLENER, EIGEN), VERLENER_ANDERE(Rol.VERGUNNINGVERLENER, ANDERE),
        HANDHAVER_EIGEN(Rol.HANDHAVER, EIGEN), HANDHAVER_ANDERE(Rol.HANDHAVER, ANDERE),
        BELEID_EIGEN(Rol.BELEIDSMEDEWERKER, EIGEN), BELEID_ANDERE(Rol.BELEIDSMEDEWERKER, ANDERE),
        JURIST_EIGEN(Rol.HANDHAVINGSJURIST, EIGEN), JURIST_ANDERE(Rol.HANDHAVINGSJURIST, ANDERE),
        AUDITOR(Rol.AUDITOR, null), LANDELIJK_BEHEERDER(Rol.LANDELIJK_BEHEERDER, null),
        VERIFICATEUR(Rol.VERIFICATEUR, null),
        /** The data subject through a DigiD broker: a BSN claim, no municipality. */
        BETROKKENE(Rol.BETROKKENE, null),
        /** Police vice unit: claim politieEenheid, the own municipality's unit or another. */
        POLITIE_EIGEN(Rol.POLITIE, null), POLITIE_ANDERE(Rol.POLITIE, null),
        /** Regional information hub: claim riecRegio, the own municipality's region or another. */
        RIEC_EIGEN(Rol.RIEC, null), RIEC_ANDERE(Rol.RIEC, null);

        final String rol;
        final String gemeente;

        Wie(String rol, String gemeente) {
            this.rol = rol;
            this.gemeente = gemeente;
        }
    }

    /** The three municipal roles with a token of the licence's municipality, and with another one. */
    static final Wie[] EIGEN_GEMEENTE = {Wie.VERLENER_EIGEN, Wie.HANDHAVER_EIGEN, Wie.BELEID_EIGEN};
    static final Wie[] ANDERE_GEMEENTE = {Wie.VERLENER_ANDERE, Wie.HANDHAVER_ANDERE, Wie.BELEID_ANDERE};
    /** Who reads inspections of a municipality: its enforcement officers, enforcement lawyers and licensing officers. */
    static final Wie[] LEZERS_CONTROLES_EIGEN = {Wie.HANDHAVER_EIGEN, Wie.JURIST_EIGEN, Wie.VERLENER_EIGEN};
    static final Wie[] LEZERS_CONTROLES_ANDERE = {Wie.HANDHAVER_ANDERE, Wie.JURIST_ANDERE, Wie.VERLENER_ANDERE};
    /** Everyone but the verificateur, who may do nothing but the registration status check. */
    static final Wie[] IEDEREEN_BEHALVE_VERIFICATEUR = {Wie.VERLENER_EIGEN, Wie.VERLENER_ANDERE, Wie.HANDHAVER_EIGEN,
            Wie.HANDHAVER_ANDERE, Wie.BELEID_EIGEN, Wie.BELEID_ANDERE, Wie.AUDITOR, Wie.LANDELIJK_BEHEERDER};

    /** The expected status per caller, by name; a caller not named gets 403. */
    record Verwacht(Map<Wie, Integer> perWie) {

        static Verwacht status(int status, Wie... wie) {
            return new Verwacht(new EnumMap<>(Wie.class)).en(status, wie);
        }

        Verwacht en(int status, Wie... wie) {
            EnumMap<Wie, Integer> samen = new EnumMap<>(Wie.class);
            samen.putAll(perWie);
            for (Wie w : wie) {
                if (samen.put(w, status) != null) {
                    throw new IllegalArgumentException(w + " staat twee keer in de verwachting");
                }
            }
            return new Verwacht(samen);
        }

        int voor(Wie wie) {
            return perWie.getOrDefault(wie, 403);
        }
    }

    /** One operation: how to call it, and the expected status for each caller. */
    record Operatie(String naam, BiFunction<RequestSpecification, Wie, Response> aanroep, Verwacht verwacht) {
        int voor(Wie wie) {
            return verwacht.voor(wie);
        }
    }

    List<Operatie> operaties() {
        return List.of(
                new Operatie("GET /gemeenten", (s, w) -> s.get("/api/v1/gemeenten"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("GET /gemeenten/{code}", (s, w) -> s.get("/api/v1/gemeenten/" + EIGEN),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("POST /exploitanten", (s, w) -> s.body(Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer()))
                        .post("/api/v1/exploitanten"),
                        status(201, Wie.VERLENER_EIGEN, Wie.VERLENER_ANDERE)),
                new Operatie("GET /exploitanten", (s, w) -> s.get("/api/v1/exploitanten"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR)),
                new Operatie("GET /exploitanten/{id}", (s, w) -> s.get("/api/v1/exploitanten/" + exploitant()),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR)),
                new Operatie("PATCH /exploitanten/{id}", (s, w) -> {
                    String id = exploitant();
                    return s.header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                            .body(Map.of("handelsnaam", "Nieuwe naam")).patch("/api/v1/exploitanten/" + id);
                }, status(200, Wie.VERLENER_EIGEN)),
                // The trail of a write: the municipality concerned's licensing desk and the auditor. For an
                // operator every municipality it concerns (here only the one that registered it); premises
                // elsewhere are not found, as in GET /vestigingen/{id}.
                new Operatie("GET /exploitanten/{id}/audittrail", (s, w) -> s.get("/api/v1/exploitanten/" + exploitant()
                        + "/audittrail"), status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR)),
                new Operatie("GET /vergunningen/{nummer}/audittrail", (s, w) -> s.get("/api/v1/vergunningen/" + vergunning()
                        + "/audittrail"), status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR)),
                new Operatie("GET /vestigingen/{id}/audittrail", (s, w) -> s.get(vestiging() + "/audittrail"),
                        status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR).en(404, Wie.VERLENER_ANDERE)),
                new Operatie("POST /vergunningen", (s, w) -> s.body(Testdata.vergunningAanvraag(EIGEN, exploitant(), "CLUB"))
                        .post("/api/v1/vergunningen"),
                        status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /vergunningen?gemeenteCode=eigen", (s, w) -> s.queryParam("gemeenteCode", EIGEN)
                        .get("/api/v1/vergunningen"),
                        status(200, EIGEN_GEMEENTE).en(200, Wie.AUDITOR)),
                new Operatie("GET /vergunningen", (s, w) -> s.get("/api/v1/vergunningen"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR)),
                new Operatie("GET /vergunningen/{nummer}", (s, w) -> s.get("/api/v1/vergunningen/" + vergunning()),
                        status(200, EIGEN_GEMEENTE).en(200, Wie.AUDITOR, Wie.JURIST_EIGEN)),
                new Operatie("PATCH /vergunningen/{nummer}", (s, w) -> s.header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json").body(Map.of("voorschriften", List.of("Nieuw voorschrift")))
                        .patch("/api/v1/vergunningen/" + vergunning()),
                        status(200, Wie.VERLENER_EIGEN)),
                new Operatie("POST /vergunningen/{nummer}/besluiten", (s, w) -> s.body(Testdata.besluit("WEIGEREN"))
                        .post("/api/v1/vergunningen/" + vergunning() + "/besluiten"),
                        status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /vergunningen/{nummer}/besluiten", (s, w) -> s.get("/api/v1/vergunningen/" + vergunning() + "/besluiten"),
                        status(200, EIGEN_GEMEENTE).en(200, Wie.AUDITOR, Wie.JURIST_EIGEN)),
                // Purpose-bound exchange between administrative bodies: the deciding desk only, not the auditor.
                new Operatie("GET /vergunningen/{nummer}/bestuurlijke-historie", (s, w) -> doel(s)
                        .get("/api/v1/vergunningen/" + vergunning() + "/bestuurlijke-historie"),
                        status(200, Wie.VERLENER_EIGEN)),
                // Documents of a licence's file: handed in and read by the licensing desk of the licence's
                // municipality; the auditor sees that they are there, not what is in them.
                new Operatie("POST /vergunningen/{nummer}/documenten", (s, w) -> s.contentType("application/pdf")
                        .queryParam("soort", "OVERIG").body(pdf()).post("/api/v1/vergunningen/" + vergunning() + "/documenten"),
                        status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /vergunningen/{nummer}/documenten", (s, w) -> s.get(document().vergunning() + "/documenten"),
                        status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR)),
                new Operatie("GET /vergunningen/{nummer}/documenten/{id}", (s, w) -> s.get(document().pad()),
                        status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR)),
                new Operatie("GET /vergunningen/{nummer}/documenten/{id}/inhoud", (s, w) -> s.accept("*/*")
                        .get(document().pad() + "/inhoud"),
                        status(200, Wie.VERLENER_EIGEN)),
                // A change of managers is the desk's decision (the mayor's, in mandate); reading it is as
                // reading the licence's decisions.
                new Operatie("POST /vergunningen/{nummer}/beheerderwijzigingen", (s, w) -> {
                    String nummer = Testdata.verleend(EIGEN);
                    return s.body(Map.of("toevoegen", List.of(Testdata.beheerder())))
                            .post("/api/v1/vergunningen/" + nummer + "/beheerderwijzigingen");
                }, status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /vergunningen/{nummer}/beheerderwijzigingen", (s, w) -> {
                    String nummer = Testdata.verleend(EIGEN);
                    return s.get("/api/v1/vergunningen/" + nummer + "/beheerderwijzigingen");
                }, status(200, EIGEN_GEMEENTE).en(200, Wie.AUDITOR, Wie.JURIST_EIGEN)),
                new Operatie("GET /vergunningen/{nummer}/beheerderwijzigingen/{id}", (s, w) -> {
                    String pad = Testdata.beheerderwijziging(EIGEN, Testdata.verleend(EIGEN));
                    return s.get(pad);
                }, status(200, EIGEN_GEMEENTE).en(200, Wie.AUDITOR, Wie.JURIST_EIGEN)),
                new Operatie("POST /vergunningen/{nummer}/beheerderwijzigingen/{id}/besluit", (s, w) -> {
                    String pad = Testdata.beheerderwijziging(EIGEN, Testdata.verleend(EIGEN));
                    return s.body(Testdata.beheerderwijzigingBesluit("GOEDGEKEURD")).post(pad + "/besluit");
                }, status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /vergunningen/{nummer}/status", (s, w) -> s.get("/api/v1/vergunningen/" + vergunning() + "/status"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR, Wie.JURIST_EIGEN, Wie.JURIST_ANDERE)
                                .en(200, Wie.POLITIE_EIGEN, Wie.POLITIE_ANDERE)),
                new Operatie("GET /vergunningen/{nummer}/status?postcode&huisnummer", (s, w) -> doel(s)
                        .queryParam("postcode", "1012DN").queryParam("huisnummer", 12)
                        .get("/api/v1/vergunningen/" + vergunning() + "/status"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR, Wie.JURIST_EIGEN, Wie.JURIST_ANDERE)
                                .en(200, Wie.POLITIE_EIGEN, Wie.POLITIE_ANDERE)),
                // Premises elsewhere are not found rather than refused (VestigingService): 200 with an
                // empty page for a search, 404 for an id.
                new Operatie("GET /vestigingen?postcode&huisnummer", (s, w) -> doel(s).queryParam("postcode", "1012DN")
                        .queryParam("huisnummer", 12).get("/api/v1/vestigingen"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR, Wie.LANDELIJK_BEHEERDER)
                                .en(200, Wie.POLITIE_EIGEN, Wie.POLITIE_ANDERE)
                                .en(200, Wie.JURIST_EIGEN, Wie.JURIST_ANDERE)),
                new Operatie("GET /vestigingen?kvkNummer", (s, w) -> doel(s).queryParam("kvkNummer", "12345678")
                        .get("/api/v1/vestigingen"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR, Wie.LANDELIJK_BEHEERDER)
                                .en(200, Wie.POLITIE_EIGEN, Wie.POLITIE_ANDERE)
                                .en(200, Wie.JURIST_EIGEN, Wie.JURIST_ANDERE)),
                new Operatie("GET /vestigingen/{id}", (s, w) -> doel(s).get(vestiging()),
                        status(200, EIGEN_GEMEENTE).en(404, ANDERE_GEMEENTE).en(200, Wie.AUDITOR, Wie.LANDELIJK_BEHEERDER)
                                .en(200, Wie.POLITIE_EIGEN).en(404, Wie.POLITIE_ANDERE)
                                .en(200, Wie.JURIST_EIGEN).en(404, Wie.JURIST_ANDERE)),
                // Trafficking signals: handed over by a municipality's officers for their own municipality;
                // read by its enforcement officers and the RIEC region and police unit it went to. To
                // everyone else a signal does not exist (404), also to the auditor.
                new Operatie("POST /signalen-mensenhandel", (s, w) -> doel(s).body(signaal())
                        .post("/api/v1/signalen-mensenhandel"),
                        status(201, Wie.HANDHAVER_EIGEN, Wie.HANDHAVER_ANDERE, Wie.VERLENER_EIGEN, Wie.VERLENER_ANDERE)),
                new Operatie("GET /signalen-mensenhandel", (s, w) -> doel(s).get("/api/v1/signalen-mensenhandel"),
                        status(200, Wie.HANDHAVER_EIGEN, Wie.HANDHAVER_ANDERE, Wie.RIEC_EIGEN, Wie.RIEC_ANDERE,
                                Wie.POLITIE_EIGEN, Wie.POLITIE_ANDERE)),
                new Operatie("GET /signalen-mensenhandel/{id}", (s, w) -> doel(s).get(signaalVanEigen()),
                        status(200, Wie.HANDHAVER_EIGEN, Wie.RIEC_EIGEN, Wie.POLITIE_EIGEN)
                                .en(404, Wie.HANDHAVER_ANDERE, Wie.RIEC_ANDERE, Wie.POLITIE_ANDERE)
                                .en(404, Wie.VERLENER_EIGEN, Wie.BELEID_EIGEN, Wie.VERLENER_ANDERE, Wie.BELEID_ANDERE)
                                .en(404, Wie.AUDITOR, Wie.LANDELIJK_BEHEERDER)),
                // Inspections: written by the own municipality's enforcement; read by those who act on them. Premises
                // of another municipality are refused as if they did not exist (400), an inspection there is 404.
                new Operatie("POST /controles", (s, w) -> doel(s).body(controleAanvraag()).post("/api/v1/controles"),
                        status(201, Wie.HANDHAVER_EIGEN).en(400, Wie.HANDHAVER_ANDERE)),
                new Operatie("GET /controles", (s, w) -> doel(s).get("/api/v1/controles"),
                        status(200, LEZERS_CONTROLES_EIGEN).en(200, LEZERS_CONTROLES_ANDERE).en(200, Wie.AUDITOR)),
                new Operatie("GET /controles/{id}", (s, w) -> doel(s).get("/api/v1/controles/" + controle()),
                        status(200, LEZERS_CONTROLES_EIGEN).en(404, LEZERS_CONTROLES_ANDERE).en(200, Wie.AUDITOR)),
                new Operatie("GET /vestigingen/{id}/bevindingencatalogus", (s, w) -> doel(s).get(vestiging()
                        + "/bevindingencatalogus"),
                        status(200, LEZERS_CONTROLES_EIGEN).en(404, LEZERS_CONTROLES_ANDERE).en(200, Wie.AUDITOR)),
                // Sanctions: imposed only by the own municipality's legal officer; to another municipality's
                // officer the premises are unknown (400 naming vestigingId, never "elsewhere").
                new Operatie("POST /sancties", (s, w) -> doel(s).body(dwangsom().body()).post("/api/v1/sancties"),
                        status(201, Wie.JURIST_EIGEN).en(400, Wie.JURIST_ANDERE)),
                new Operatie("GET /sancties", (s, w) -> doel(s).get("/api/v1/sancties"),
                        status(200, Wie.JURIST_EIGEN, Wie.JURIST_ANDERE, Wie.HANDHAVER_EIGEN, Wie.HANDHAVER_ANDERE,
                                Wie.VERLENER_EIGEN, Wie.VERLENER_ANDERE, Wie.AUDITOR)),
                // A sanction on a licence is a public decision: 403 elsewhere; at unlicensed premises 404.
                new Operatie("GET /sancties/{id} (vergunning)", (s, w) -> doel(s).get("/api/v1/sancties/" + sanctie(dwangsom())),
                        status(200, Wie.JURIST_EIGEN, Wie.HANDHAVER_EIGEN, Wie.VERLENER_EIGEN, Wie.AUDITOR)),
                new Operatie("GET /sancties/{id} (zonder vergunning)", (s, w) -> doel(s)
                        .get("/api/v1/sancties/" + sanctie(waarschuwingZonderVergunning())),
                        status(200, Wie.JURIST_EIGEN, Wie.HANDHAVER_EIGEN, Wie.VERLENER_EIGEN, Wie.AUDITOR)
                                .en(404, Wie.JURIST_ANDERE, Wie.HANDHAVER_ANDERE, Wie.VERLENER_ANDERE)),
                new Operatie("POST /sancties/{id}/verbeurten", (s, w) -> {
                    SanctieZaak zaak = dwangsom();
                    String id = sanctie(zaak);
                    String controle = Controles.maak(database, EIGEN, zaak.vestigingId(), TestKlok.vandaag().minusDays(2))
                            .controleId().toString();
                    return doel(s).body(Map.of("datum", TestKlok.vandaag().minusDays(1).toString(), "bedrag", 100,
                            "controleId", controle)).post("/api/v1/sancties/" + id + "/verbeurten");
                }, status(201, Wie.JURIST_EIGEN)),
                // Signals: recorded and closed by the municipality's own enforcement officer; read by its
                // enforcement team and policy officers, and the auditor. Elsewhere they do not exist (404, empty).
                new Operatie("POST /signaleringen", (s, w) -> doel(s).body(signaleringAanvraag())
                        .post("/api/v1/signaleringen"),
                        status(201, Wie.HANDHAVER_EIGEN)),
                new Operatie("GET /signaleringen", (s, w) -> doel(s).get("/api/v1/signaleringen"),
                        status(200, Wie.HANDHAVER_EIGEN, Wie.HANDHAVER_ANDERE, Wie.JURIST_EIGEN, Wie.JURIST_ANDERE,
                                Wie.BELEID_EIGEN, Wie.BELEID_ANDERE, Wie.AUDITOR)),
                new Operatie("GET /signaleringen/{id}", (s, w) -> doel(s).get("/api/v1/signaleringen/" + signalering()),
                        status(200, Wie.HANDHAVER_EIGEN, Wie.JURIST_EIGEN, Wie.BELEID_EIGEN, Wie.AUDITOR)
                                .en(404, Wie.HANDHAVER_ANDERE, Wie.JURIST_ANDERE, Wie.BELEID_ANDERE)),
                new Operatie("POST /signaleringen/{id}/afsluiting", (s, w) -> doel(s).body(Map.of("uitkomst",
                                "ACTIVITEIT_BEEINDIGD", "datum", TestKlok.vandaag().toString()))
                        .post("/api/v1/signaleringen/" + signalering() + "/afsluiting"),
                        status(200, Wie.HANDHAVER_EIGEN).en(404, Wie.HANDHAVER_ANDERE)),
                new Operatie("POST /gemeenten/{code}/regelsets", (s, w) -> s.body(regelsetConcept())
                        .post("/api/v1/gemeenten/" + EIGEN + "/regelsets"),
                        status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /gemeenten/{code}/regelsets", (s, w) -> s.get("/api/v1/gemeenten/" + EIGEN + "/regelsets"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                // A draft is the municipality's own working document: to others it does not exist.
                new Operatie("GET /gemeenten/{code}/regelsets/{versie} (concept)", (s, w) -> s.get("/api/v1/gemeenten/"
                        + EIGEN + "/regelsets/" + concept()),
                        status(200, EIGEN_GEMEENTE).en(200, Wie.AUDITOR)
                                .en(404, ANDERE_GEMEENTE).en(404, Wie.LANDELIJK_BEHEERDER)),
                new Operatie("PATCH /gemeenten/{code}/regelsets/{versie}", (s, w) -> s.header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json").body(Map.of("bron", "APV art. 3:1 (gewijzigd)"))
                        .patch("/api/v1/gemeenten/" + EIGEN + "/regelsets/" + concept()),
                        status(200, Wie.VERLENER_EIGEN)),
                new Operatie("POST /gemeenten/{code}/regelsets/{versie}/publicatie", (s, w) -> s
                        .post("/api/v1/gemeenten/" + EIGEN + "/regelsets/" + concept() + "/publicatie"),
                        status(200, Wie.VERLENER_EIGEN)),
                new Operatie("GET /landelijke-kaders", (s, w) -> s.get("/api/v1/landelijke-kaders"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("GET /landelijke-kaders/{code}", (s, w) -> s.get("/api/v1/landelijke-kaders/huidige-wet"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("POST /landelijke-kaders", (s, w) -> s.body(Map.of("code", "matrix-kader", "naam", "Matrix",
                        "bron", "Test", "regels", Map.of("minimumleeftijd", 18))).post("/api/v1/landelijke-kaders"),
                        status(201, Wie.LANDELIJK_BEHEERDER)),
                new Operatie("GET /conflicten", (s, w) -> s.queryParam("gemeenteCode", EIGEN).get("/api/v1/conflicten"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                // Rules and decisions are public law: every reading role, any municipality's token.
                new Operatie("GET /gemeenten/{code}/kadertoets", (s, w) -> s.get("/api/v1/gemeenten/" + EIGEN + "/kadertoets"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("GET /conflictcontroles", (s, w) -> s.get("/api/v1/conflictcontroles"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("GET /lappendeken-index", (s, w) -> s.get("/api/v1/lappendeken-index"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("POST /regelset-simulaties", (s, w) -> s.body(Map.of("gemeenteCode", EIGEN,
                        "regels", Map.of("minimumleeftijd", 21))).post("/api/v1/regelset-simulaties"),
                        status(200, Wie.VERLENER_EIGEN, Wie.BELEID_EIGEN, Wie.LANDELIJK_BEHEERDER)),
                new Operatie("POST /registraties", (s, w) -> doel(s).body(registratieAanvraag()).post("/api/v1/registraties"),
                        status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /registraties/{nr}", (s, w) -> doel(s).get("/api/v1/registraties/" + registratie()),
                        status(200, Wie.VERLENER_EIGEN, Wie.HANDHAVER_EIGEN).en(404, Wie.VERLENER_ANDERE, Wie.HANDHAVER_ANDERE)),
                new Operatie("GET /registraties/{nr}/status", (s, w) -> doel(s).get("/api/v1/registraties/" + registratie()
                        + "/status"),
                        status(200, Wie.HANDHAVER_EIGEN, Wie.HANDHAVER_ANDERE, Wie.VERIFICATEUR)),
                new Operatie("POST /registraties/{nr}/besluiten", (s, w) -> doel(s).body(Map.of("besluittype", "SCHORSEN",
                        "motivering", "Matrix.")).post("/api/v1/registraties/" + registratie() + "/besluiten"),
                        status(200, Wie.VERLENER_EIGEN).en(404, Wie.VERLENER_ANDERE)),
                new Operatie("POST /registraties/_zoek", (s, w) -> doel(s).body(Map.of("identificatie",
                        nl.sekswerkregister.support.Personen.metBsn(nl.sekswerkregister.support.Personen.bsn())))
                        .post("/api/v1/registraties/_zoek"),
                        status(200, Wie.VERLENER_EIGEN, Wie.VERLENER_ANDERE)),
                // A person registered in the own municipality: filed there, 404 anywhere else (InzageverzoekTest).
                new Operatie("POST /inzageverzoeken", (s, w) -> doel(s).body(Map.of("identificatie",
                        nl.sekswerkregister.support.Personen.metBsn(geregistreerdePersoon())))
                        .post("/api/v1/inzageverzoeken"),
                        status(201, Wie.VERLENER_EIGEN).en(404, Wie.VERLENER_ANDERE)),
                new Operatie("GET /inzageverzoeken", (s, w) -> s.get("/api/v1/inzageverzoeken"),
                        status(200, Wie.AUDITOR)),
                new Operatie("GET /inzageverzoeken/{id}", (s, w) -> doel(s).get("/api/v1/inzageverzoeken/" + inzageverzoek()),
                        status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR).en(404, Wie.VERLENER_ANDERE)),
                // Approved by a second officer: the request is filed by another subject of the own municipality.
                new Operatie("POST /inzageverzoeken/{id}/goedkeuring", (s, w) -> doel(s)
                        .post("/api/v1/inzageverzoeken/" + inzageverzoek() + "/goedkeuring"),
                        status(200, Wie.VERLENER_EIGEN).en(404, Wie.VERLENER_ANDERE)),
                new Operatie("GET /inzage", (s, w) -> s.get("/api/v1/inzage"),
                        status(200, Wie.BETROKKENE)),
                new Operatie("GET /dataverwerkingen", (s, w) -> s.get("/api/v1/dataverwerkingen"),
                        status(200, Wie.AUDITOR)),
                new Operatie("GET /dataverwerkingen/verificatie", (s, w) -> s.get("/api/v1/dataverwerkingen/verificatie"),
                        status(200, Wie.AUDITOR)),
                // Every municipal role follows its own municipality's licence decisions (both "andere" tokens
                // name a municipality of their own); the administrator, verifier and region roles receive none.
                new Operatie("POST /abonnementen", (s, w) -> s.body(Map.of("callbackUrl",
                                nl.sekswerkregister.support.Ontvanger.ontvanger().nieuwPad("matrix"), "typen",
                                List.of("nl.sekswerkregister.vergunning.besluit-genomen"))).post("/api/v1/abonnementen"),
                        status(201, EIGEN_GEMEENTE).en(201, ANDERE_GEMEENTE).en(201, Wie.JURIST_EIGEN, Wie.JURIST_ANDERE,
                                Wie.AUDITOR)),
                new Operatie("GET /abonnementen", (s, w) -> s.get("/api/v1/abonnementen"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.JURIST_EIGEN, Wie.JURIST_ANDERE,
                                Wie.AUDITOR, Wie.VERIFICATEUR, Wie.LANDELIJK_BEHEERDER)),
                new Operatie("GET /afleveringen", (s, w) -> s.get("/api/v1/afleveringen"),
                        status(200, Wie.LANDELIJK_BEHEERDER)),
                // The application as a case holds the Bibob investigation, whose existence is secret (art. 28
                // Wet Bibob): only the municipality's licensing officers and the auditor read it, not even
                // the municipality's inspectors or policy analysts.
                new Operatie("GET /vergunningen/{nummer}/aanvraag", (s, w) -> s.get(zaak(vergunning())),
                        status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR)),
                new Operatie("GET /vergunningen/{nummer}/aanvraag/historie", (s, w) -> s.get(zaak(vergunning()) + "/historie"),
                        status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR)),
                new Operatie("POST /vergunningen/{nummer}/aanvraag/onvolledigheden", (s, w) -> s.body(onvolledigheid())
                        .post(zaak(vergunning()) + "/onvolledigheden"),
                        status(200, Wie.VERLENER_EIGEN)),
                new Operatie("POST /vergunningen/{nummer}/aanvraag/aanvullingen", (s, w) -> s.body(Map.of("aangevuldOp",
                                TestKlok.vandaag().toString())).post(onvolledigeZaak() + "/aanvullingen"),
                        status(200, Wie.VERLENER_EIGEN)),
                new Operatie("POST /vergunningen/{nummer}/aanvraag/verdagingen", (s, w) -> s.body(Map.of("weken", 4,
                                "verdaagdOp", TestKlok.vandaag().toString(), "motivering", "Bibob-advies nog niet ontvangen."))
                        .post(zaak(vergunning()) + "/verdagingen"),
                        status(200, Wie.VERLENER_EIGEN)),
                new Operatie("GET /aanvragen", (s, w) -> s.get("/api/v1/aanvragen"),
                        status(200, Wie.VERLENER_EIGEN, Wie.VERLENER_ANDERE, Wie.AUDITOR)),
                new Operatie("GET /aanvragen?gemeenteCode=eigen", (s, w) -> s.queryParam("gemeenteCode", EIGEN)
                        .get("/api/v1/aanvragen"),
                        status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR)),
                new Operatie("POST /vergunningen/{nummer}/aanvraag/bibob-onderzoeken", (s, w) -> s.body(Map.of("gestartOp",
                                TestKlok.vandaag().toString())).post(zaak(vergunning()) + "/bibob-onderzoeken"),
                        status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /vergunningen/{nummer}/aanvraag/bibob-onderzoeken", (s, w) -> s.get(zaak(vergunning())
                                + "/bibob-onderzoeken"),
                        status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR)),
                new Operatie("GET /vergunningen/{nummer}/aanvraag/bibob-onderzoeken/{id}", (s, w) -> s.get(bibobOnderzoek()),
                        status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR)),
                new Operatie("POST /vergunningen/{nummer}/aanvraag/bibob-onderzoeken/{id}/adviesaanvraag", (s, w) -> s
                                .body(Map.of("adviesGevraagdOp", TestKlok.vandaag().toString()))
                                .post(bibobOnderzoek() + "/adviesaanvraag"),
                        status(200, Wie.VERLENER_EIGEN)),
                new Operatie("POST /vergunningen/{nummer}/aanvraag/bibob-onderzoeken/{id}/advies", (s, w) -> {
                    String onderzoek = bibobOnderzoek();
                    als(Rol.VERGUNNINGVERLENER, EIGEN).body(Map.of("adviesGevraagdOp", TestKlok.vandaag().toString()))
                            .post(onderzoek + "/adviesaanvraag").then().statusCode(200);
                    return s.body(Map.of("adviesOntvangenOp", TestKlok.vandaag().toString(), "mateVanGevaar", "GEEN"))
                            .post(onderzoek + "/advies");
                }, status(200, Wie.VERLENER_EIGEN)));
    }

    private static String zaak(String vergunningnummer) {
        return "/api/v1/vergunningen/" + vergunningnummer + "/aanvraag";
    }

    private static Map<String, Object> onvolledigheid() {
        return Map.of("verzochtOp", TestKlok.vandaag().toString(), "hersteltermijnTot",
                TestKlok.vandaag().plusDays(14).toString(), "ontbrekendeStukken", List.of(Map.of("soort", "PLATTEGROND")));
    }

    /** The case of a fresh application in EIGEN for which missing items were asked. */
    private String onvolledigeZaak() {
        String zaak = zaak(vergunning());
        als(Rol.VERGUNNINGVERLENER, EIGEN).body(onvolledigheid()).post(zaak + "/onvolledigheden").then().statusCode(200);
        return zaak;
    }

    /** The path of a Bibob investigation just started on a fresh application in EIGEN. */
    private String bibobOnderzoek() {
        return als(Rol.VERGUNNINGVERLENER, EIGEN).body(Map.of("gestartOp", TestKlok.vandaag().toString()))
                .post(zaak(vergunning()) + "/bibob-onderzoeken").then().statusCode(201).extract().path("_links.self.href");
    }

    Stream<Arguments> matrix() {
        List<Arguments> gevallen = new ArrayList<>();
        for (Operatie operatie : operaties()) {
            for (Wie wie : Wie.values()) {
                gevallen.add(Arguments.of(operatie.naam(), wie, operatie));
            }
        }
        return gevallen.stream();
    }

    @ParameterizedTest(name = "{0} als {1}")
    @MethodSource("matrix")
    void rolEnGemeenteBepalenToegang(String naam, Wie wie, Operatie operatie) {
        RequestSpecification spec = switch (wie) {
            case BETROKKENE -> metToken(Tokens.betrokkene(nl.sekswerkregister.support.Personen.bsn()));
            case POLITIE_EIGEN, POLITIE_ANDERE -> metToken(Tokens.metRegio(wie.rol, "politieEenheid",
                    regio("politieEenheid", wie == Wie.POLITIE_EIGEN)));
            case RIEC_EIGEN, RIEC_ANDERE -> metToken(Tokens.metRegio(wie.rol, "riecRegio",
                    regio("riecRegio", wie == Wie.RIEC_EIGEN)));
            default -> wie.gemeente == null ? als(wie.rol) : als(wie.rol, wie.gemeente);
        };
        int verwacht = operatie.voor(wie);
        Response antwoord = operatie.aanroep().apply(spec, wie);
        antwoord.then().statusCode(verwacht);
        if (verwacht == 403) {
            antwoord.then().contentType("application/problem+json").body("code", equalTo("geen-toegang"));
        }
    }

    @Test
    void vergunningverlenerZonderGemeenteClaimMagNietsSchrijven() {
        metToken(Tokens.voor(Rol.VERGUNNINGVERLENER))
                .body(Testdata.vergunningAanvraag(EIGEN, exploitant(), "CLUB"))
                .post("/api/v1/vergunningen")
                .then().statusCode(403).body("code", equalTo("geen-toegang"));
        metToken(Tokens.voor(Rol.HANDHAVER)).get("/api/v1/vergunningen")
                .then().statusCode(403).body("code", equalTo("geen-toegang"));
    }

    @Test
    void eenAndereGemeenteHoortNietOfEenExploitantBestaat() {
        metToken(Tokens.voor(Rol.VERGUNNINGVERLENER, ANDERE))
                .body(Testdata.vergunningAanvraag(EIGEN, "00000000-0000-4000-8000-000000000000", "CLUB"))
                .header(nl.sekswerkregister.support.Contract.ONGELDIG_VERZOEK, "ja")
                .post("/api/v1/vergunningen")
                .then().statusCode(403);
    }

    @Test
    void eenOnbekendeRolKrijgtNergensToegang() {
        metToken(Tokens.voor("sekswerker", EIGEN)).get("/api/v1/gemeenten").then().statusCode(403);
        metToken(Tokens.voor("verificateur", EIGEN)).get("/api/v1/vergunningen/" + vergunning() + "/status")
                .then().statusCode(403);
    }

    /**
     * The own municipality's RIEC region or police unit ({@code veld} of GET /gemeenten/{code}), or one
     * that is not it. Police units and RIEC regions share the names Limburg and Noord-Nederland.
     */
    private static String regio(String veld, boolean eigen) {
        String vanEigen = als(Rol.AUDITOR).get("/api/v1/gemeenten/" + EIGEN).then().statusCode(200).extract().path(veld);
        return eigen ? vanEigen : vanEigen.equals("Limburg") ? "Noord-Nederland" : "Limburg";
    }

    /** A trafficking signal at the door of the test data's address. */
    private static Map<String, Object> signaal() {
        return Map.of("adres", Testdata.adres(), "datum", TestKlok.vandaag().toString(),
                "indicatoren", List.of("CONTROLE_DOOR_DERDEN"), "organisatie", "Autorisatietest");
    }

    /** The path of a fresh signal handed over by the own municipality's enforcement officer. */
    private static String signaalVanEigen() {
        return doel(als(Rol.HANDHAVER, EIGEN)).body(signaal()).post("/api/v1/signalen-mensenhandel")
                .then().statusCode(201).extract().path("_links.self.href");
    }

    private static RequestSpecification doel(RequestSpecification s) {
        return s.header("X-Doelbinding", "Autorisatietest").header("X-Verwerkingsactiviteit", "Autorisatietest");
    }

    private static Map<String, Object> registratieAanvraag() {
        Testdata.metRegistratieplicht(EIGEN);
        return Map.of("gemeenteCode", EIGEN, "identificatie", nl.sekswerkregister.support.Personen.metBsn(
                        nl.sekswerkregister.support.Personen.bsn()), "geboortedatum", "1990-05-05", "intakedatum",
                TestKlok.vandaag().minusDays(1).toString());
    }

    private static Map<String, Object> signaleringAanvraag() {
        return Map.of("gemeenteCode", EIGEN, "bron", "MELDING_BURGER", "datum", TestKlok.vandaag().toString(),
                "advertentie", Map.of("platform", "kinky.nl", "referentie", "https://example.nl/matrix"));
    }

    /** A fresh signal of the own municipality, by its own enforcement officer. */
    private String signalering() {
        return doel(als(Rol.HANDHAVER, EIGEN)).body(signaleringAanvraag()).post("/api/v1/signaleringen")
                .then().statusCode(201).extract().path("signaleringId");
    }

    /** A fresh registration in the own municipality, by its own licensing officer. */
    private String registratie() {
        return doel(als(Rol.VERGUNNINGVERLENER, EIGEN)).body(registratieAanvraag()).post("/api/v1/registraties")
                .then().statusCode(201).extract().path("registratienummer");
    }

    /** A person registered in the own municipality. */
    private String geregistreerdePersoon() {
        String bsn = nl.sekswerkregister.support.Personen.bsn();
        doel(als(Rol.VERGUNNINGVERLENER, EIGEN)).body(Map.of("gemeenteCode", EIGEN, "identificatie",
                        nl.sekswerkregister.support.Personen.metBsn(bsn), "geboortedatum", "1990-05-05", "intakedatum",
                        TestKlok.vandaag().minusDays(1).toString())).post("/api/v1/registraties").then().statusCode(201);
        return bsn;
    }

    /** A fresh access request of the own municipality, filed by an officer who is none of the callers. */
    private String inzageverzoek() {
        // One officer each: every officer has a daily limit of requests.
        String balie = "matrix-balie-" + BALIES.incrementAndGet() + "-" + EIGEN;
        return doel(metToken(Tokens.metSubject(balie, Rol.VERGUNNINGVERLENER, EIGEN)))
                .body(Map.of("identificatie", nl.sekswerkregister.support.Personen.metBsn(geregistreerdePersoon())))
                .post("/api/v1/inzageverzoeken").then().statusCode(201).extract().path("id");
    }

    /** A draft rule set far in the future of the own municipality: drafts never take effect, so cases stay independent. */
    private int concept() {
        return als(Rol.VERGUNNINGVERLENER, EIGEN).body(regelsetConcept()).post("/api/v1/gemeenten/" + EIGEN + "/regelsets")
                .then().statusCode(201).extract().path("versie");
    }

    private static Map<String, Object> regelsetConcept() {
        return Map.of("geldigVanaf", "2090-01-01", "geldigTot", "2090-01-01", "bron", "APV art. 3:1 (test)",
                "regels", Map.of("minimumleeftijd", 21));
    }

    /** A fresh licence application of the own municipality, so that decisions in one case never affect another. */
    private String vergunning() {
        return Testdata.aanvraag(EIGEN);
    }

    record Document(String vergunning, String pad) {
    }

    /** A document on the file of a fresh application of the own municipality. */
    private Document document() {
        String vergunning = "/api/v1/vergunningen/" + vergunning();
        String pad = als(Rol.VERGUNNINGVERLENER, EIGEN).contentType("application/pdf").queryParam("soort", "OVERIG")
                .body(pdf()).post(vergunning + "/documenten").then().statusCode(201).extract().header("Location");
        return new Document(vergunning, pad);
    }

    /** A small PDF, different each time (so that every upload is a new document). */
    private static byte[] pdf() {
        return ("%PDF-1.7\n% " + java.util.UUID.randomUUID() + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The path of the premises of a fresh CLUB application of the own municipality. */
    private String vestiging() {
        return als(Rol.VERGUNNINGVERLENER, EIGEN).get("/api/v1/vergunningen/" + vergunning())
                .then().statusCode(200).extract().path("_links.vestiging.href");
    }

    /** An inspection at a fresh premises of the own municipality, with a finding that applies everywhere. */
    private String controle() {
        return doel(als(Rol.HANDHAVER, EIGEN)).body(controleAanvraag()).post("/api/v1/controles")
                .then().statusCode(201).extract().path("controleId");
    }

    private Map<String, Object> controleAanvraag() {
        String href = vestiging();
        return Map.of("vestigingId", href.substring(href.lastIndexOf('/') + 1), "datum", TestKlok.vandaag().toString(),
                "soort", "TER_PLAATSE", "organisatie", "Autorisatietest",
                "bevindingen", List.of(Map.of("code", "SIGNALEN_VAN_DWANG")));
    }

    private String exploitant() {
        return Testdata.exploitant(EIGEN);
    }

    /** A sanction to impose in the own municipality, and its premises. */
    record SanctieZaak(java.util.UUID vestigingId, Map<String, Object> body) {
    }

    /**
     * A penalty on a fresh licence, resting on an inspection three weeks ago, whose compliance deadline
     * passed a week ago (so a forfeiture can follow).
     */
    private SanctieZaak dwangsom() {
        String nummer = Testdata.verleend(EIGEN);
        java.util.UUID vestiging = vestigingId(nummer);
        java.time.LocalDate d = TestKlok.vandaag();
        Controles controle = Controles.maak(database, EIGEN, vestiging, d.minusDays(20));
        return new SanctieZaak(vestiging, metBedragPer(Map.of("soort", "LAST_ONDER_DWANGSOM", "vestigingId", vestiging.toString(),
                "vergunningnummer", nummer, "motivering", "Matrix.", "grondslagen", List.of(Map.of("soort", "AWB_5_32",
                        "verwijzing", "art. 5:32 Awb")), "controles", List.of(controle.controleId().toString()),
                "bekendgemaaktOp", d.minusDays(15).toString(), "bedrag", 100, "maximumbedrag", 1000, "begunstigingstermijnTot", d.minusDays(8).toString())));
    }

    /** A warning at premises with only an application: addressed to the premises' user. */
    private SanctieZaak waarschuwingZonderVergunning() {
        java.util.UUID vestiging = vestigingId(vergunning());
        Controles controle = Controles.maak(database, EIGEN, vestiging, TestKlok.vandaag());
        return new SanctieZaak(vestiging, Map.of("soort", "WAARSCHUWING", "vestigingId", vestiging.toString(),
                "motivering", "Matrix.", "grondslagen", List.of(Map.of("soort", "APV", "verwijzing", "APV art. 3:4")),
                "controles", List.of(controle.controleId().toString()), "bekendgemaaktOp", TestKlok.vandaag().toString()));
    }

    private static String sanctie(SanctieZaak zaak) {
        return doel(als(Rol.HANDHAVINGSJURIST, EIGEN)).body(zaak.body()).post("/api/v1/sancties")
                .then().statusCode(201).extract().path("sanctieId");
    }

    private static java.util.UUID vestigingId(String nummer) {
        String href = als(Rol.VERGUNNINGVERLENER, EIGEN).get("/api/v1/vergunningen/" + nummer).then().statusCode(200)
                .extract().path("_links.vestiging.href");
        return java.util.UUID.fromString(href.substring(href.lastIndexOf('/') + 1));
    }

    /** A penalty's body: more fields than Map.of takes. */
    private static Map<String, Object> metBedragPer(Map<String, Object> body) {
        Map<String, Object> compleet = new java.util.HashMap<>(body);
        compleet.put("bedragPer", "OVERTREDING");
        return compleet;
    }
}
