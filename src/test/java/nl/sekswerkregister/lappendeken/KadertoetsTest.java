package nl.sekswerkregister.lappendeken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import nl.sekswerkregister.lappendeken.domain.Gemeenteligging;
import nl.sekswerkregister.lappendeken.domain.Kadertoets;
import nl.sekswerkregister.lappendeken.domain.Kadertoets.Beoordeling;
import nl.sekswerkregister.lappendeken.domain.Kadertoets.Oordeel;
import nl.sekswerkregister.lappendeken.domain.Kadertoets.Uitkomst;
import nl.sekswerkregister.lappendeken.domain.Kadertoets.Vergelijking;
import nl.sekswerkregister.lappendeken.domain.Kaderversie;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.lappendeken.domain.VergunningInWerking;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Kaderregeling;
import nl.sekswerkregister.regelset.domain.Kaderregeling.Aard;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Stand;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The classifier on plain data: every verdict, both MINIMUM directions, unknowns, and licences. */
class KadertoetsTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    static final LocalDate PEILDATUM = LocalDate.of(2030, 6, 1);
    static final Gemeenteligging AMSTERDAM = new Gemeenteligging("GM0363", "Amsterdam", "Noord-Holland",
            "Amsterdam-Amstelland", "Amsterdam-Amstelland", Set.of());
    static final Map<String, String> NAMEN = Map.of("GM0363", "Amsterdam", "GM0362", "Amstelveen", "GM0384", "Diemen");

    /** The Wrs as migration V14 reads it: every subject it claims, exhaustively. */
    static final Kaderversie WRS = new Kaderversie("wrs-wetsvoorstel", 2, "Wet regulering sekswerk (wetsvoorstel 35715)",
            regels("""
                    {"minimumleeftijd":21,"registratieplicht":true,"intakeplicht":true,"intakeDoor":"GEMEENTE",
                     "erkenning":{"soort":"ALLE"},"verblijfsvergunningVereist":true,"taaleisen":[],
                     "sanctiesVoorSekswerkers":false,"sanctiesVoorKlanten":true,
                     "bedrijfstypen":{"RAAMPROSTITUTIE":{"vergunningplicht":true},"CLUB":{"vergunningplicht":true},
                       "ESCORT":{"vergunningplicht":true},"THUISWERK":{"vergunningplicht":true},
                       "MASSAGESALON":{"vergunningplicht":true},"ZONDER_FYSIEK_CONTACT":{"vergunningplicht":true},
                       "OVERIG":{"vergunningplicht":true}}}"""),
            Kadersoort.WETSVOORSTEL, wrsRegeling());

    /** Current law as V14 reads it: age 18 is a floor. */
    static final Kaderversie HUIDIGE_WET = new Kaderversie("huidige-wet", 2, "Huidige wet",
            regels("""
                    {"minimumleeftijd":18,"intakeverslagenNaarToezicht":false,"registerOpNaam":false,
                     "nietGeregeld":["registratieplicht","intakeplicht","vergunningtermijnJaren","bedrijfstypen.CLUB"]}"""),
            Kadersoort.HUIDIG_RECHT, Map.of("minimumleeftijd", new Kaderregeling(Aard.MINIMUM, "Sr art. 273f")));

    static Map<String, Kaderregeling> wrsRegeling() {
        Map<String, Kaderregeling> r = new LinkedHashMap<>();
        for (String pad : List.of("minimumleeftijd", "registratieplicht", "registratievorm", "registerOpNaam",
                "registratiegeldigheid", "erkenning", "intakeplicht", "intakeDoor", "intakeverslagenNaarToezicht",
                "verblijfsvergunningVereist", "taaleisen", "sanctiesVoorSekswerkers", "sanctiesVoorKlanten")) {
            r.put(pad, new Kaderregeling(Aard.UITPUTTEND, "kst-35715-3 (" + pad + ")"));
        }
        for (Bedrijfstype type : Bedrijfstype.values()) {
            r.put(Regelpaden.type(type, "vergunningplicht"), new Kaderregeling(Aard.UITPUTTEND, "VER 2023"));
        }
        return r;
    }

    static Regels regels(String json) {
        try {
            return JSON.readValue(json, Regels.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    static Uitkomst toets(Kaderversie kader, String json, VergunningInWerking... vergunningen) {
        return Kadertoets.toets(PEILDATUM, AMSTERDAM, new Regelsetversie("GM0363", 3, regels(json)), kader,
                List.of(vergunningen), c -> NAMEN.getOrDefault(c, c));
    }

    static Beoordeling pad(Uitkomst u, String pad) {
        return Stream.of(u.vervalt(), u.strijdig(), u.blijft(), u.onbekend(), u.landelijkNieuw()).flatMap(List::stream)
                .filter(b -> b.pad().equals(pad)).findFirst().orElseThrow(() -> new AssertionError("niet beoordeeld: " + pad));
    }

    static boolean beoordeeld(Uitkomst u, String pad) {
        return Stream.of(u.vervalt(), u.strijdig(), u.blijft(), u.onbekend(), u.landelijkNieuw()).flatMap(List::stream)
                .anyMatch(b -> b.pad().equals(pad));
    }

    static Kaderversie minimumKader(String regelsJson, String... paden) {
        Map<String, Kaderregeling> r = new HashMap<>();
        for (String p : paden) {
            r.put(p, new Kaderregeling(Aard.MINIMUM, "test: " + p));
        }
        return new Kaderversie("test-minimum", 1, "Testwet", regels(regelsJson), Kadersoort.HUIDIG_RECHT, r);
    }

    @Nested
    class Uitputtend {

        @Test
        void gelijkAanHetKaderVervalt() {
            Uitkomst u = toets(WRS, "{\"minimumleeftijd\":21}");
            Beoordeling b = pad(u, "minimumleeftijd");
            assertThat(b.oordeel()).isEqualTo(Oordeel.VERVALT);
            assertThat(b.vergelijking()).isEqualTo(Vergelijking.GELIJK);
            assertThat(b.regeling().aard()).isEqualTo(Aard.UITPUTTEND);
            assertThat(b.regeling().grondslag()).contains("kst-35715-3");
            assertThat(b.uitleg().nl()).isEqualTo("In Amsterdam geldt een minimumleeftijd van 21 jaar, net als in kader "
                    + "Wet regulering sekswerk (wetsvoorstel 35715). Dat regelt dit onderwerp uitputtend, dus de "
                    + "gemeentelijke regel voegt niets toe en zou van rechtswege vervallen zodra het wetsvoorstel wet "
                    + "wordt (art. 122 Gemeentewet).");
            assertThat(b.uitleg().en()).startsWith("Amsterdam has a minimum age of 21, as framework Wet regulering")
                    .contains("would lapse by operation of law once the bill becomes law");
        }

        @Test
        void eenOnbekendeKaderwaardeLaatDeRegelVervallenZonderVergelijking() {
            // The Wrs claims the form of registration, but its exact form was not found in the sources.
            Beoordeling b = pad(toets(WRS, "{\"registratievorm\":\"PSEUDONIEM_NUMMER\"}"), "registratievorm");
            assertThat(b.oordeel()).isEqualTo(Oordeel.VERVALT);
            assertThat(b.vergelijking()).isNull();
            assertThat(b.kader().stand()).isEqualTo(Stand.ONBEKEND);
            assertThat(b.uitleg().en()).contains("registration under a pseudonymous number", "exact rule is not known");
        }

        @Test
        void strengerOfSoepelerIsBeideStrijdig() {
            Uitkomst streng = toets(WRS, "{\"minimumleeftijd\":23}");
            assertThat(streng.strijdig()).extracting(Beoordeling::pad).containsExactly("minimumleeftijd");
            assertThat(streng.strijdig().get(0).vergelijking()).isEqualTo(Vergelijking.STRENGER);
            assertThat(streng.strijdig().get(0).uitleg().nl()).contains("De gemeente is strenger, maar het kader regelt "
                    + "dit onderwerp uitputtend en laat geen afwijking toe");
            Uitkomst soepel = toets(WRS, "{\"minimumleeftijd\":18,\"registratieplicht\":false}");
            assertThat(soepel.strijdig()).extracting(Beoordeling::pad, Beoordeling::vergelijking).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("minimumleeftijd", Vergelijking.SOEPELER),
                    org.assertj.core.groups.Tuple.tuple("registratieplicht", Vergelijking.SOEPELER));
            assertThat(pad(soepel, "registratieplicht").uitleg().en()).startsWith("Amsterdam has no registration duty; "
                    + "framework Wet regulering sekswerk (wetsvoorstel 35715) provides for a registration duty.");
        }

        @Test
        void eenAfwijkingZonderRichtingIsStrijdigMetVergelijkingAnders() {
            Beoordeling b = pad(toets(WRS, "{\"taaleisen\":[\"nl\",\"en\"]}"), "taaleisen");
            assertThat(b.oordeel()).isEqualTo(Oordeel.STRIJDIG);
            assertThat(b.vergelijking()).isEqualTo(Vergelijking.ANDERS);
            assertThat(b.lokaal().stand()).isEqualTo(Stand.GEZET);
            assertThat(b.uitleg().nl()).contains("taaleisen (en, nl)", "geen taaleisen");
        }
    }

    @Nested
    class Minimum {

        @Test
        void huidigeWetStrengerBlijftGelijkVervaltSoepelerIsStrijdig() {
            Beoordeling streng = pad(toets(HUIDIGE_WET, "{\"minimumleeftijd\":21}"), "minimumleeftijd");
            assertThat(streng.oordeel()).isEqualTo(Oordeel.BLIJFT);
            assertThat(streng.vergelijking()).isEqualTo(Vergelijking.STRENGER);
            assertThat(streng.uitleg().nl()).isEqualTo("In Amsterdam geldt een minimumleeftijd van 21 jaar, strenger dan "
                    + "de ondergrens van kader Huidige wet (een minimumleeftijd van 18 jaar): de regel mag blijven als "
                    + "aanvulling (art. 121 Gemeentewet).");
            Beoordeling gelijk = pad(toets(HUIDIGE_WET, "{\"minimumleeftijd\":18}"), "minimumleeftijd");
            assertThat(gelijk.oordeel()).isEqualTo(Oordeel.VERVALT);
            assertThat(gelijk.vergelijking()).isEqualTo(Vergelijking.GELIJK);
            assertThat(gelijk.uitleg().en()).contains("equal to the floor", "lapses by operation of law");
            Beoordeling soepel = pad(toets(HUIDIGE_WET, "{\"minimumleeftijd\":16}"), "minimumleeftijd");
            assertThat(soepel.oordeel()).isEqualTo(Oordeel.STRIJDIG);
            assertThat(soepel.vergelijking()).isEqualTo(Vergelijking.SOEPELER);
        }

        @Test
        void eenPlichtIsStrengerDanGeenPlicht() {
            Kaderversie kader = minimumKader("{\"bibob\":false,\"registratieplicht\":true}", "bibob", "registratieplicht");
            Uitkomst u = toets(kader, "{\"bibob\":true,\"registratieplicht\":false}");
            assertThat(pad(u, "bibob").oordeel()).isEqualTo(Oordeel.BLIJFT);
            assertThat(pad(u, "registratieplicht").oordeel()).isEqualTo(Oordeel.STRIJDIG);
            assertThat(pad(u, "registratieplicht").vergelijking()).isEqualTo(Vergelijking.SOEPELER);
        }

        @Test
        void voorMaximaEnUrenIsLagerStrenger() {
            Kaderversie kader = minimumKader("""
                    {"maximaleWerkurenPerDag":10,"vergunningtermijnJaren":5,
                     "bedrijfstypen":{"CLUB":{"maximumAantal":10,"toegestaan":true}}}""",
                    "maximaleWerkurenPerDag", "vergunningtermijnJaren", "bedrijfstypen.CLUB.maximumAantal",
                    "bedrijfstypen.CLUB.toegestaan");
            Uitkomst u = toets(kader, """
                    {"maximaleWerkurenPerDag":8,"vergunningtermijnJaren":10,
                     "bedrijfstypen":{"CLUB":{"maximumAantal":4,"toegestaan":false}}}""");
            assertThat(pad(u, "maximaleWerkurenPerDag").oordeel()).isEqualTo(Oordeel.BLIJFT);
            assertThat(pad(u, "vergunningtermijnJaren").oordeel()).isEqualTo(Oordeel.STRIJDIG);
            assertThat(pad(u, "bedrijfstypen.CLUB.maximumAantal").oordeel()).isEqualTo(Oordeel.BLIJFT);
            // A ban is stricter than permitting.
            assertThat(pad(u, "bedrijfstypen.CLUB.toegestaan").oordeel()).isEqualTo(Oordeel.BLIJFT);
        }

        @Test
        void zonderBekendeRichtingGeldtEenAfwijkingAlsStrijdig() {
            Kaderversie kader = minimumKader("{\"erkenning\":{\"soort\":\"ALLE\"}}", "erkenning");
            Beoordeling b = pad(toets(kader, "{\"erkenning\":{\"soort\":\"LIJST\",\"gemeenteCodes\":[\"GM0384\",\"GM0362\"]}}"),
                    "erkenning");
            assertThat(b.oordeel()).isEqualTo(Oordeel.STRIJDIG);
            assertThat(b.vergelijking()).isEqualTo(Vergelijking.ANDERS);
            // Municipalities by name, in the language of the sentence.
            assertThat(b.uitleg().nl()).contains("de eigen registraties en die van Amstelveen en Diemen", "op een gok");
            assertThat(b.uitleg().en()).contains("its own registrations and those of Amstelveen and Diemen")
                    .doesNotContain("GM0362", "GM0384");
            Beoordeling gelijk = pad(toets(kader, "{\"erkenning\":{\"soort\":\"ALLE\"}}"), "erkenning");
            assertThat(gelijk.oordeel()).isEqualTo(Oordeel.VERVALT);
        }

        @Test
        void eenOnbekendeOndergrensWordtNietBeoordeeld() {
            Kaderversie kader = minimumKader("{}", "maximaleWerkurenPerDag");
            Beoordeling b = pad(toets(kader, "{\"maximaleWerkurenPerDag\":8}"), "maximaleWerkurenPerDag");
            assertThat(b.oordeel()).isEqualTo(Oordeel.ONBEKEND);
            assertThat(b.vergelijking()).isNull();
            assertThat(b.uitleg().en()).contains("cannot be said");
        }
    }

    @Nested
    class ZonderRegeling {

        @Test
        void watHetKaderNietRegeltBlijftAlsAanvulling() {
            Uitkomst u = toets(WRS, """
                    {"bibob":true,"bedrijfstypen":{"CLUB":{"toegestaan":true,"maximumAantal":5,
                     "openingstijden":[{"dag":"MAANDAG","open":"10:00","sluit":"02:00"},
                                       {"dag":"ZONDAG","open":"12:00","sluit":"22:00"}]}}}""");
            assertThat(u.blijft()).extracting(Beoordeling::pad).containsExactly("bibob", "bedrijfstypen.CLUB.toegestaan",
                    "bedrijfstypen.CLUB.maximumAantal", "bedrijfstypen.CLUB.openingstijden");
            Beoordeling uren = pad(u, "bedrijfstypen.CLUB.openingstijden");
            assertThat(uren.regeling()).isNull();
            assertThat(uren.vergelijking()).isNull();
            // Day names in the language of the sentence.
            assertThat(uren.uitleg().en()).contains("opening hours for clubs: Monday 10:00-02:00, Sunday 12:00-22:00")
                    .doesNotContain("MAANDAG", "maandag");
            assertThat(uren.uitleg().nl()).contains("maandag 10:00-02:00, zondag 12:00-22:00");
        }
    }

    @Nested
    class Onbekend {

        @Test
        void eenOnbekendeLokaleRegelWordtAlleenGenoemdWaarHetKaderHemRegelt() {
            Uitkomst u = toets(WRS, "{\"minimumleeftijd\":21}");
            assertThat(u.onbekend()).extracting(Beoordeling::pad).contains("registratieplicht", "intakeplicht",
                    "bedrijfstypen.CLUB.vergunningplicht").doesNotContain("bibob", "tippelzone", "minimumleeftijd");
            assertThat(u.onbekend()).allMatch(b -> b.lokaal().stand() == Stand.ONBEKEND && b.regeling() != null);
            assertThat(pad(u, "registratieplicht").uitleg().nl()).startsWith("Van Amsterdam is niet bekend welke regel "
                    + "er geldt over een registratieplicht.");
        }

        @Test
        void geenOordeelRustOpEenOnbekendeWaarde() {
            // Rule sets drawn at random, checked against both frameworks: a verdict needs a known local value,
            // and under a floor a known framework value too.
            long seed = System.nanoTime();
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < 300; i++) {
                String json = willekeurig(random);
                for (Kaderversie kader : List.of(WRS, HUIDIGE_WET)) {
                    Uitkomst u = toets(kader, json);
                    Stream.of(u.vervalt(), u.strijdig(), u.blijft()).flatMap(List::stream).forEach(b -> {
                        assertThat(b.lokaal().stand()).as("seed %d, %s, %s", seed, json, b.pad()).isEqualTo(Stand.GEZET);
                        if (b.regeling() != null && b.regeling().aard() == Aard.MINIMUM) {
                            assertThat(b.kader().isBekend()).as("seed %d, %s", seed, b.pad()).isTrue();
                        }
                        if (b.oordeel() == Oordeel.STRIJDIG) {
                            assertThat(b.kader().isBekend()).as("seed %d, %s", seed, b.pad()).isTrue();
                        }
                    });
                    List<String> paden = Stream.of(u.vervalt(), u.strijdig(), u.blijft(), u.onbekend(), u.landelijkNieuw())
                            .flatMap(List::stream).map(Beoordeling::pad).toList();
                    assertThat(new HashSet<>(paden)).as("seed %d: elk pad hooguit één keer", seed).hasSize(paden.size());
                }
            }
        }

        private static String willekeurig(SplittableRandom r) {
            List<String> velden = new ArrayList<>();
            if (r.nextBoolean()) velden.add("\"minimumleeftijd\":" + r.nextInt(16, 26));
            if (r.nextBoolean()) velden.add("\"registratieplicht\":" + r.nextBoolean());
            if (r.nextBoolean()) velden.add("\"intakeplicht\":" + r.nextBoolean());
            if (r.nextBoolean()) velden.add("\"bibob\":" + r.nextBoolean());
            if (r.nextBoolean()) velden.add("\"taaleisen\":" + (r.nextBoolean() ? "[]" : "[\"nl\"]"));
            if (r.nextBoolean()) velden.add("\"registerOpNaam\":" + r.nextBoolean());
            List<String> typen = new ArrayList<>();
            for (Bedrijfstype t : Bedrijfstype.values()) {
                if (r.nextInt(3) == 0) {
                    typen.add("\"" + t + "\":{\"toegestaan\":" + r.nextBoolean()
                            + (r.nextBoolean() ? ",\"vergunningplicht\":" + r.nextBoolean() : "")
                            + (r.nextBoolean() ? ",\"minimumleeftijd\":" + r.nextInt(16, 26) : "") + "}");
                }
            }
            if (!typen.isEmpty()) velden.add("\"bedrijfstypen\":{" + String.join(",", typen) + "}");
            List<String> niet = new ArrayList<>();
            for (String p : List.of("registratievorm", "erkenning", "tippelzone", "bedrijfstypen.ESCORT.vergunningplicht")) {
                if (r.nextInt(4) == 0) niet.add("\"" + p + "\"");
            }
            if (!niet.isEmpty() && !velden.stream().anyMatch(v -> v.contains("ESCORT"))) {
                velden.add("\"nietGeregeld\":[" + String.join(",", niet) + "]");
            }
            return "{" + String.join(",", velden) + "}";
        }
    }

    @Nested
    class NietGeregeld {

        @Test
        void waarDeGemeenteNietsRegeldeGeldtDeLandelijkeRegelEnVervaltNiets() {
            Uitkomst u = toets(WRS, "{\"nietGeregeld\":[\"registratieplicht\",\"bedrijfstypen.THUISWERK\",\"bibob\"]}");
            assertThat(u.landelijkNieuw()).extracting(Beoordeling::pad)
                    .containsExactly("registratieplicht", "bedrijfstypen.THUISWERK.vergunningplicht");
            assertThat(u.vervalt()).isEmpty();
            assertThat(u.strijdig()).isEmpty();
            assertThat(beoordeeld(u, "bibob")).isFalse();
            assertThat(pad(u, "registratieplicht").uitleg().en()).isEqualTo("Amsterdam explicitly has no rule on a "
                    + "registration duty; framework Wet regulering sekswerk (wetsvoorstel 35715) regulates it "
                    + "exhaustively (a registration duty): the national rule would apply where the municipality had none.");
        }
    }

    @Nested
    class PerBedrijfstype {

        @Test
        void eenEigenLeeftijdPerTypeIsHetzelfdeOnderwerpAlsDeAlgemene() {
            String json = "{\"minimumleeftijd\":21,\"bedrijfstypen\":{\"RAAMPROSTITUTIE\":{\"minimumleeftijd\":23}}}";
            Beoordeling wrs = pad(toets(WRS, json), "bedrijfstypen.RAAMPROSTITUTIE.minimumleeftijd");
            assertThat(wrs.oordeel()).isEqualTo(Oordeel.STRIJDIG);
            assertThat(wrs.kader().waarde()).isEqualTo(21);
            assertThat(wrs.regeling().grondslag()).isEqualTo("kst-35715-3 (minimumleeftijd)");
            assertThat(wrs.uitleg().en()).startsWith("Amsterdam has a minimum age of 23 for window prostitution;");
            Beoordeling huidig = pad(toets(HUIDIGE_WET, json), "bedrijfstypen.RAAMPROSTITUTIE.minimumleeftijd");
            assertThat(huidig.oordeel()).isEqualTo(Oordeel.BLIJFT);
            // A type without an age of its own follows the general one: nothing to list per type.
            assertThat(beoordeeld(toets(WRS, json), "bedrijfstypen.CLUB.minimumleeftijd")).isFalse();
        }

        @Test
        void deOnbekendeRegelsVanEenVerbodenTypeDoenNietTer() {
            Uitkomst u = toets(WRS, "{\"bedrijfstypen\":{\"RAAMPROSTITUTIE\":{\"toegestaan\":false}}}");
            assertThat(beoordeeld(u, "bedrijfstypen.RAAMPROSTITUTIE.vergunningplicht")).isFalse();
            assertThat(pad(u, "bedrijfstypen.RAAMPROSTITUTIE.toegestaan").oordeel()).isEqualTo(Oordeel.BLIJFT);
            assertThat(pad(u, "bedrijfstypen.CLUB.vergunningplicht").oordeel()).isEqualTo(Oordeel.ONBEKEND);
        }
    }

    @Nested
    class Vergunningen {

        static final VergunningInWerking CLUB = new VergunningInWerking("GM0363-2026-000042", "GM0363", Bedrijfstype.CLUB,
                LocalDate.of(2026, 1, 1), LocalDate.of(2031, 1, 1));
        static final VergunningInWerking ESCORT = new VergunningInWerking("GM0363-2026-000043", "GM0363",
                Bedrijfstype.ESCORT, LocalDate.of(2026, 1, 1), null);
        static final VergunningInWerking ELDERS = new VergunningInWerking("GM0362-2026-000001", "GM0362",
                Bedrijfstype.CLUB, LocalDate.of(2026, 1, 1), null);

        @Test
        void eenVergunningWaarvanDeTyperegelVervaltWordtGenoemdMetWatVerandert() {
            Uitkomst u = toets(WRS, """
                    {"bedrijfstypen":{"CLUB":{"toegestaan":true,"vergunningplicht":true,"minimumleeftijd":18,
                     "maximumAantal":5}}}""", CLUB, ESCORT, ELDERS);
            assertThat(u.vergunningen()).singleElement().satisfies(v -> {
                assertThat(v.vergunningnummer()).isEqualTo("GM0363-2026-000042");
                assertThat(v.bedrijfstype()).isEqualTo(Bedrijfstype.CLUB);
                assertThat(v.regels()).extracting(Kadertoets.Vergunningsregel::pad, Kadertoets.Vergunningsregel::oordeel)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("bedrijfstypen.CLUB.vergunningplicht", Oordeel.VERVALT),
                                org.assertj.core.groups.Tuple.tuple("bedrijfstypen.CLUB.minimumleeftijd", Oordeel.STRIJDIG));
                assertThat(v.uitleg().nl()).startsWith("Als het wetsvoorstel wet wordt, verandert voor vergunning "
                        + "GM0363-2026-000042 (clubs) in Amsterdam: de landelijke vergunningplicht komt in de plaats van "
                        + "de gemeentelijke").contains("voor wie onder deze vergunning werkt, geldt een minimumleeftijd "
                        + "van 21 jaar voor clubs in plaats van een minimumleeftijd van 18 jaar voor clubs");
                assertThat(v.uitleg().en()).contains("the national licence duty replaces the local one",
                        "transitional law");
            });
        }

        @Test
        void eenVergunningZonderGeraakteTyperegelOfEldersWordtNietGenoemd() {
            Uitkomst u = toets(WRS, "{\"bedrijfstypen\":{\"CLUB\":{\"toegestaan\":true,\"maximumAantal\":5}}}",
                    CLUB, ESCORT, ELDERS);
            assertThat(u.vergunningen()).isEmpty();
        }

        @Test
        void zonderRegelsetIsErNietsTeToetsenMaarWordtGezegdWaarom() {
            Uitkomst u = Kadertoets.toets(PEILDATUM, AMSTERDAM, null, WRS, List.of(CLUB, ESCORT, ELDERS), c -> c);
            assertThat(u.regelset()).isNull();
            assertThat(Stream.of(u.vervalt(), u.strijdig(), u.blijft(), u.onbekend(), u.landelijkNieuw())
                    .flatMap(List::stream)).isEmpty();
            assertThat(u.vergunningen()).isEmpty();
            assertThat(u.toelichting().nl()).isEqualTo("Amsterdam heeft op 2030-06-01 geen gepubliceerde regelset in "
                    + "werking: er is geen gemeentelijke regel om aan kader Wet regulering sekswerk (wetsvoorstel 35715) "
                    + "te toetsen. Er zijn 2 vergunningen in werking; op welke regels die rusten, valt zonder regelset "
                    + "niet te zeggen.");
        }
    }

    @Test
    void deToelichtingTeltEnZegtWatVoorTekstHetKaderIs() {
        Uitkomst u = toets(WRS, "{\"minimumleeftijd\":21,\"bibob\":true}");
        assertThat(u.toelichting().en()).startsWith("Rule set version 3 of Amsterdam, in force on 2030-06-01, assessed "
                + "against framework Wet regulering sekswerk (wetsvoorstel 35715) (version 2): 1 rule lapses, 0 conflict, "
                + "1 remains as a supplement. For ").endsWith("The bill is not law: this is what would happen if it became "
                + "law unchanged.");
        assertThat(toets(HUIDIGE_WET, "{}").toelichting().nl()).contains("geldend recht");
    }

    @Test
    void deVindplaatsGaatMeeEnStaatInDeUitleg() {
        Beoordeling b = pad(toets(WRS, """
                {"minimumleeftijd":18,"vindplaatsen":{"minimumleeftijd":{"artikel":"APV art. 3:27","cvdr":"CVDR723574"}}}"""),
                "minimumleeftijd");
        assertThat(b.vindplaats().cvdr()).isEqualTo("CVDR723574");
        assertThat(b.uitleg().nl()).startsWith("In Amsterdam geldt een minimumleeftijd van 18 jaar (APV art. 3:27);");
    }

    @Test
    void eenModelverordeningBindtNiemand() {
        Kaderversie model = new Kaderversie("vng-model-apv-2015", 1, "VNG Model-APV", regels("{\"bedrijfsplanVereist\":true}"),
                Kadersoort.MODELVERORDENING, Map.of());
        assertThatThrownBy(() -> toets(model, "{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
