package nl.sekswerkregister.lappendeken.controles;

import static nl.sekswerkregister.lappendeken.controles.Moment.PEILDATUM;
import static nl.sekswerkregister.lappendeken.controles.Moment.regels;
import static nl.sekswerkregister.lappendeken.controles.Moment.voer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Erkenning;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Stand;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every check on its own: rule sets that trigger it, ones that do not, and its edges. */
class ControlesTest {

    static final String A = "GM0001";
    static final String B = "GM0002";
    static final String C = "GM0003";
    static final String D = "GM0004";

    @Nested
    class LeeftijdOnderKaderTest {
        final LeeftijdOnderKader controle = new LeeftijdOnderKader();

        @Test
        void onderHetKaderIsEenFoutMetBeideWaarden() {
            List<Conflict> c = voer(controle, Moment.nieuw().kader(Moment.WRS)
                    .regels(A, regels().minimumleeftijd(18).bouw()).regels(B, regels().minimumleeftijd(21).bouw()).bouw());
            assertThat(c).singleElement().satisfies(x -> {
                assertThat(x.ernst()).isEqualTo(Ernst.FOUT);
                assertThat(x.gemeenten()).containsExactly(A);
                assertThat(x.kader().code()).isEqualTo("wrs-wetsvoorstel");
                assertThat(x.waarden()).extracting(Conflict.Waarde::waarde).containsExactly("18", "21");
                assertThat(x.uitlegNl()).contains("Aadorp", "18", "21");
                assertThat(x.uitlegEn()).contains("below");
            });
        }

        @Test
        void geenEigenLeeftijdIsDeStrafrechtelijke18EnDusOnderHetKader() {
            List<Conflict> c = voer(controle, Moment.nieuw().kader(Moment.WRS)
                    .regels(A, regels().nietGeregeld("minimumleeftijd").bouw()).bouw());
            assertThat(c).singleElement().satisfies(x -> {
                assertThat(x.waarden()).extracting(Conflict.Waarde::stand).containsExactly(Stand.NIET_GEREGELD, Stand.GEZET);
                assertThat(x.uitlegNl()).contains("geen eigen minimumleeftijd", "18");
                assertThat(x.uitlegEn()).contains("no minimum age of its own");
            });
        }

        @Test
        void eenLagereLeeftijdVoorEenBedrijfstypeIsEenEigenBevinding() {
            List<Conflict> c = voer(controle, Moment.nieuw().kader(Moment.WRS).regels(A, regels().minimumleeftijd(21)
                    .type(Bedrijfstype.THUISWERK, new BedrijfstypeRegels(true, null, null, null, null, 18, null, null, null,
                            null, null)).bouw()).bouw());
            assertThat(c).singleElement().satisfies(x -> {
                assertThat(x.dimensie()).isEqualTo("bedrijfstypen.THUISWERK.minimumleeftijd");
                assertThat(x.uitlegEn()).contains("18 for THUISWERK");
            });
        }

        @Test
        void gelijkAanOfBovenHetKaderOfOnbekendIsGeenConflict() {
            assertThat(voer(controle, Moment.nieuw().kader(Moment.WRS).regels(A, regels().minimumleeftijd(21).bouw())
                    .regels(B, regels().minimumleeftijd(23).bouw()).regels(C, regels().bouw()).bouw())).isEmpty();
        }
    }

    @Nested
    class KaderplichtOntbreektTest {
        final KaderplichtOntbreekt controle = new KaderplichtOntbreekt();

        @Test
        void eenPlichtDieDeGemeenteUitdrukkelijkNietHeeftIsEenBevinding() {
            List<Conflict> c = voer(controle, Moment.nieuw().kader(Moment.WRS)
                    .regels(A, regels().registratieplicht(false).nietGeregeld("intakeplicht", "bedrijfstypen.THUISWERK").bouw())
                    .bouw());
            assertThat(c).extracting(Conflict::dimensie).containsExactlyInAnyOrder("registratieplicht", "intakeplicht",
                    "bedrijfstypen.THUISWERK.vergunningplicht");
            assertThat(c).allMatch(x -> x.ernst() == Ernst.WAARSCHUWING);
            assertThat(c).filteredOn(x -> x.dimensie().equals("intakeplicht")).singleElement().satisfies(x -> {
                assertThat(x.waarden().get(0).stand()).isEqualTo(Stand.NIET_GEREGELD);
                assertThat(x.uitlegNl()).contains("besloten die niet te regelen");
            });
            assertThat(c).filteredOn(x -> x.dimensie().equals("registratieplicht")).singleElement()
                    .satisfies(x -> assertThat(x.waarden().get(0).stand()).isEqualTo(Stand.GEZET));
        }

        @Test
        void eenOnbekendePlichtIsNooitEenBevinding() {
            // The 98 of 121 national findings of issue 13: nobody encoded the rule, so nothing is known.
            assertThat(voer(controle, Moment.nieuw().kader(Moment.WRS).regels(A, regels().minimumleeftijd(21).bouw())
                    .bouw())).isEmpty();
        }

        @Test
        void plichtenDieLokaalGeldenOfEenVerbodZijnGeenBevinding() {
            assertThat(voer(controle, Moment.nieuw().kader(Moment.WRS).regels(A, regels().registratieplicht(true)
                    .intakeplicht(true).toegestaan(Bedrijfstype.THUISWERK, false).bouw()).bouw())).isEmpty();
        }

        @Test
        void eenKaderZonderPlichtenGeeftNiets() {
            assertThat(voer(controle, Moment.nieuw().regels(A, regels().bouw()).bouw())).isEmpty();
        }
    }

    @Nested
    class LeeftijdVerschiltTest {
        final LeeftijdVerschilt controle = new LeeftijdVerschilt();

        @Test
        void burenMetVerschillendeLeeftijd() {
            List<Conflict> c = voer(controle, Moment.nieuw().regels(A, regels().minimumleeftijd(21).bouw())
                    .regels(B, regels().minimumleeftijd(18).bouw()).regels(C, regels().minimumleeftijd(18).bouw()).bouw());
            assertThat(c).singleElement().satisfies(x -> {
                assertThat(x.gemeenten()).containsExactly(A, B);
                assertThat(x.id()).isEqualTo("LEEFTIJD_VERSCHILT.GM0001.GM0002.minimumleeftijd");
                assertThat(x.regelsets()).extracting(r -> r.gemeenteCode()).containsExactly(A, B);
            });
        }

        @Test
        void eenGemeenteZonderEigenLeeftijdVerschiltVanEenMet21() {
            List<Conflict> c = voer(controle, Moment.nieuw().regels(A, regels().minimumleeftijd(21).bouw())
                    .regels(B, regels().nietGeregeld("minimumleeftijd").bouw()).bouw());
            assertThat(c).singleElement().satisfies(x -> assertThat(x.uitlegNl()).contains("geen eigen minimumleeftijd"));
        }

        @Test
        void geenBurenOfOnbekendeLeeftijdIsGeenConflict() {
            assertThat(voer(controle, Moment.nieuw().regels(A, regels().minimumleeftijd(21).bouw())
                    .regels(D, regels().minimumleeftijd(18).bouw()).regels(B, regels().bouw()).bouw())).isEmpty();
        }
    }

    @Nested
    class WaterbedeffectTest {
        final Waterbedeffect controle = new Waterbedeffect();

        @Test
        void verbodNaastToestaanPerBedrijfstype() {
            List<Conflict> c = voer(controle, Moment.nieuw()
                    .regels(A, regels().toegestaan(Bedrijfstype.RAAMPROSTITUTIE, false).toegestaan(Bedrijfstype.CLUB, true).bouw())
                    .regels(B, regels().toegestaan(Bedrijfstype.RAAMPROSTITUTIE, true).toegestaan(Bedrijfstype.CLUB, true).bouw())
                    .bouw());
            assertThat(c).singleElement().satisfies(x -> {
                assertThat(x.dimensie()).isEqualTo("bedrijfstypen.RAAMPROSTITUTIE.toegestaan");
                assertThat(x.uitlegNl()).startsWith("Aadorp verbiedt RAAMPROSTITUTIE");
            });
        }

        @Test
        void onbekendAanEenKantIsGeenWaterbed() {
            assertThat(voer(controle, Moment.nieuw().regels(A, regels().toegestaan(Bedrijfstype.ESCORT, false).bouw())
                    .regels(B, regels().bouw()).bouw())).isEmpty();
        }

        @Test
        void eenTypeDatDeBuurUitdrukkelijkNietRegeltIsDaarToegestaan() {
            List<Conflict> c = voer(controle, Moment.nieuw().regels(A, regels().toegestaan(Bedrijfstype.ESCORT, false).bouw())
                    .regels(B, regels().nietGeregeld("bedrijfstypen.ESCORT").bouw()).bouw());
            assertThat(c).singleElement().satisfies(x -> assertThat(x.waarden()).extracting(Conflict.Waarde::stand)
                    .containsExactly(Stand.GEZET, Stand.NIET_GEREGELD));
        }
    }

    @Nested
    class RegistratieNietErkendTest {
        final RegistratieNietErkend controle = new RegistratieNietErkend();

        @Test
        void eigenErkenningTegenoverEenBuurMetRegistratieplicht() {
            List<Conflict> c = voer(controle, Moment.nieuw()
                    .regels(A, regels().registratieplicht(true).erkenning(Erkenning.Soort.EIGEN).bouw())
                    .regels(B, regels().registratieplicht(true).erkenning(Erkenning.Soort.ALLE).bouw()).bouw());
            assertThat(c).singleElement().satisfies(x ->
                    assertThat(x.id()).isEqualTo("REGISTRATIE_NIET_ERKEND.GM0001.GM0002.erkenning.GM0001-erkent-niet-GM0002"));
        }

        @Test
        void eenLijstMetDeBuurErkentHem() {
            assertThat(voer(controle, Moment.nieuw()
                    .regels(A, regels().registratieplicht(true).erkenning(Erkenning.Soort.LIJST, B).bouw())
                    .regels(B, regels().registratieplicht(true).erkenning(Erkenning.Soort.LIJST, C).bouw()).bouw()))
                    .singleElement().satisfies(x -> assertThat(x.id()).contains("GM0002-erkent-niet-GM0001"));
        }

        @Test
        void zonderRegistratieplichtAanBeideKantenGeenConflict() {
            assertThat(voer(controle, Moment.nieuw()
                    .regels(A, regels().registratieplicht(true).erkenning(Erkenning.Soort.EIGEN).bouw())
                    .regels(B, regels().registratieplicht(false).bouw()).bouw())).isEmpty();
        }
    }

    @Nested
    class VergunningplichtVerschiltTest {
        final VergunningplichtVerschilt controle = new VergunningplichtVerschilt();

        @Test
        void thuiswerkVergunningplichtigNaastVrij() {
            List<Conflict> c = voer(controle, Moment.nieuw()
                    .regels(A, regels().type(Bedrijfstype.THUISWERK, new BedrijfstypeRegels(true, true, null, null, null, null, null, null, null, null, null)).bouw())
                    .regels(B, regels().type(Bedrijfstype.THUISWERK, new BedrijfstypeRegels(true, false, null, null, null, null, null, null, null, null, null)).bouw())
                    .bouw());
            assertThat(c).singleElement().satisfies(x -> assertThat(x.ernst()).isEqualTo(Ernst.INFORMATIE));
        }

        @Test
        void eenVerbodTeltNietAlsVergunningvrij() {
            assertThat(voer(controle, Moment.nieuw()
                    .regels(A, regels().type(Bedrijfstype.THUISWERK, new BedrijfstypeRegels(true, true, null, null, null, null, null, null, null, null, null)).bouw())
                    .regels(B, regels().type(Bedrijfstype.THUISWERK, new BedrijfstypeRegels(false, false, null, null, null, null, null, null, null, null, null)).bouw())
                    .bouw())).isEmpty();
        }
    }

    @Nested
    class OpeningstijdenVerschillenTest {
        final OpeningstijdenVerschillen controle = new OpeningstijdenVerschillen();

        @Test
        void meerDanDeDrempelVerschilIsEenBevinding() {
            List<Conflict> c = voer(controle, Moment.nieuw()
                    .regels(A, regels().type(Bedrijfstype.CLUB, new BedrijfstypeRegels(true, true, null,
                            Moment.elkeDag("10:00", "03:00"), true, null, null, null, null, null, null)).bouw())
                    .regels(B, regels().type(Bedrijfstype.CLUB, new BedrijfstypeRegels(true, true, null,
                            Moment.elkeDag("12:00", "22:00"), false, null, null, null, null, null, null)).bouw()).bouw());
            assertThat(c).singleElement().satisfies(x -> {
                assertThat(x.uitlegNl()).contains("7.0 uur", "op maandag");
                assertThat(x.uitlegEn()).contains("on Monday").doesNotContain("MAANDAG", "maandag");
                assertThat(x.waarden()).extracting(Conflict.Waarde::waarde).containsExactly("17.0 uur op MAANDAG", "10.0 uur op MAANDAG");
            });
        }

        @Test
        void precieseDrempelIsGeenBevinding() {
            assertThat(voer(controle, Moment.nieuw()
                    .regels(A, regels().type(Bedrijfstype.CLUB, new BedrijfstypeRegels(true, true, null,
                            Moment.elkeDag("10:00", "20:00"), false, null, null, null, null, null, null)).bouw())
                    .regels(B, regels().type(Bedrijfstype.CLUB, new BedrijfstypeRegels(true, true, null,
                            Moment.elkeDag("12:00", "18:00"), false, null, null, null, null, null, null)).bouw()).bouw())).isEmpty();
        }
    }

    @Nested
    class VerplaatsingsrisicoTest {
        final Verplaatsingsrisico controle = new Verplaatsingsrisico();

        @Test
        void groningenEnLeeuwardenPatroon() {
            List<Conflict> c = voer(controle, Moment.nieuw()
                    .regels(A, regels().minimumleeftijd(21).intakeplicht(true).bouw())
                    .regels(B, regels().minimumleeftijd(21).intakeplicht(false).bouw()).bouw());
            assertThat(c).singleElement().satisfies(x -> assertThat(x.uitlegNl()).contains("Beedorp heeft geen intake"));
        }

        @Test
        void verschillendeLeeftijdOfGelijkeIntakeIsGeenRisicoVanDezeSoort() {
            assertThat(voer(controle, Moment.nieuw()
                    .regels(A, regels().minimumleeftijd(21).intakeplicht(true).bouw())
                    .regels(B, regels().minimumleeftijd(18).intakeplicht(false).bouw())
                    .regels(C, regels().minimumleeftijd(18).intakeplicht(false).bouw()).bouw())).isEmpty();
        }
    }

    @Nested
    class JuridischRisicoTest {

        @Test
        void registerOpNaamEnIntakeverslagenZijnFouten() {
            var moment = Moment.nieuw().regels(A, regels().registerOpNaam(true).intakeverslagenNaarToezicht(true).bouw())
                    .regels(B, regels().registerOpNaam(false).intakeverslagenNaarToezicht(false).bouw()).bouw();
            assertThat(voer(JuridischRisico.registerOpNaam(), moment)).singleElement()
                    .satisfies(x -> assertThat(x.ernst()).isEqualTo(Ernst.FOUT));
            assertThat(voer(JuridischRisico.intakeverslagenNaarToezicht(), moment)).singleElement()
                    .satisfies(x -> assertThat(x.gemeenten()).containsExactly(A));
        }

        @Test
        void taaleisAlleenBijEenNietLegeLijst() {
            var moment = Moment.nieuw().regels(A, regels().taaleisen("de", "en").bouw())
                    .regels(B, regels().taaleisen().bouw()).bouw();
            assertThat(voer(JuridischRisico.taaleis(), moment)).singleElement()
                    .satisfies(x -> assertThat(x.waarden().get(0).waarde()).isEqualTo("de,en"));
        }

        @Test
        void sanctiesVoorSekswerkers() {
            var moment = Moment.nieuw().regels(A, regels().sanctiesVoorSekswerkers(true).bouw())
                    .regels(B, regels().sanctiesVoorSekswerkers(false).bouw()).regels(C, regels().bouw()).bouw();
            assertThat(voer(JuridischRisico.sanctiesVoorSekswerkers(), moment)).extracting(Conflict::gemeenten)
                    .containsExactly(List.of(A));
        }
    }

    @Nested
    class VergunningControlesTest {
        final LocalDate van = PEILDATUM.minusYears(1);

        @Test
        void meerVergunningenDanHetMaximum() {
            var moment = Moment.nieuw().regels(A, regels().type(Bedrijfstype.RAAMPROSTITUTIE,
                            new BedrijfstypeRegels(true, true, 1, null, null, null, null, null, null, null, null)).bouw())
                    .vergunning("GM0001-2029-000001", A, Bedrijfstype.RAAMPROSTITUTIE, van, null)
                    .vergunning("GM0001-2029-000002", A, Bedrijfstype.RAAMPROSTITUTIE, van, null)
                    .vergunning("GM0001-2029-000003", A, Bedrijfstype.CLUB, van, null).bouw();
            assertThat(voer(new VergunningenBovenMaximum(), moment)).singleElement().satisfies(x -> {
                assertThat(x.vergunningen()).containsExactly("GM0001-2029-000001", "GM0001-2029-000002");
                assertThat(x.uitlegNl()).contains("2 vergunningen", "maximum van 1");
            });
        }

        @Test
        void precieshetMaximumIsGeenBevindingEnNulquotumWel() {
            var moment = Moment.nieuw()
                    .regels(A, regels().type(Bedrijfstype.CLUB, new BedrijfstypeRegels(true, true, 1, null, null, null, null, null, null, null, null)).bouw())
                    .regels(B, regels().type(Bedrijfstype.CLUB, new BedrijfstypeRegels(true, true, 0, null, null, null, null, null, null, null, null)).bouw())
                    .vergunning("GM0001-2029-000001", A, Bedrijfstype.CLUB, van, null)
                    .vergunning("GM0002-2029-000001", B, Bedrijfstype.CLUB, van, null).bouw();
            assertThat(voer(new VergunningenBovenMaximum(), moment)).extracting(Conflict::gemeenten)
                    .containsExactly(List.of(B));
        }

        @Test
        void vergunningVoorEenVerbodenType() {
            var moment = Moment.nieuw().regels(A, regels().toegestaan(Bedrijfstype.RAAMPROSTITUTIE, false).bouw())
                    .vergunning("GM0001-2029-000001", A, Bedrijfstype.RAAMPROSTITUTIE, van, null)
                    .vergunning("GM0001-2029-000002", A, Bedrijfstype.CLUB, van, null).bouw();
            assertThat(voer(new VergunningVerbodenType(), moment)).singleElement()
                    .satisfies(x -> assertThat(x.id()).endsWith(".GM0001-2029-000001"));
        }

        @Test
        void eenVerbodenTypeMetNulquotumGeeftEenBevindingPerVergunningNietTwee() {
            var moment = Moment.nieuw().regels(A, regels().type(Bedrijfstype.RAAMPROSTITUTIE,
                            new BedrijfstypeRegels(false, null, 0, null, null, null, null, null, null, null, null)).bouw())
                    .vergunning("GM0001-2029-000001", A, Bedrijfstype.RAAMPROSTITUTIE, van, null).bouw();
            assertThat(voer(new VergunningenBovenMaximum(), moment)).isEmpty();
            assertThat(voer(new VergunningVerbodenType(), moment)).singleElement()
                    .satisfies(x -> assertThat(x.vergunningen()).containsExactly("GM0001-2029-000001"));
        }

        @Test
        void termijnLangerDanToegestaanOfOnbepaald() {
            var moment = Moment.nieuw().regels(A, regels().vergunningtermijnJaren(3).bouw())
                    .vergunning("GM0001-2029-000001", A, Bedrijfstype.CLUB, van, van.plusYears(3).minusDays(1))
                    .vergunning("GM0001-2029-000002", A, Bedrijfstype.CLUB, van, van.plusYears(3))
                    .vergunning("GM0001-2029-000003", A, Bedrijfstype.CLUB, van, null).bouw();
            assertThat(voer(new VergunningtermijnTeLang(), moment)).flatExtracting(Conflict::vergunningen)
                    .containsExactly("GM0001-2029-000002", "GM0001-2029-000003");
        }

        @Test
        void vergunningenInEenGemeenteZonderRegelset() {
            var moment = Moment.nieuw().regels(A, regels().bouw())
                    .vergunning("GM0001-2029-000001", A, Bedrijfstype.CLUB, van, null)
                    .vergunning("GM0002-2029-000002", B, Bedrijfstype.CLUB, van, null)
                    .vergunning("GM0002-2029-000001", B, Bedrijfstype.ESCORT, van, null).bouw();
            assertThat(voer(new VergunningZonderRegelset(), moment)).singleElement().satisfies(x -> {
                assertThat(x.gemeenten()).containsExactly(B);
                assertThat(x.vergunningen()).containsExactly("GM0002-2029-000001", "GM0002-2029-000002");
                assertThat(x.id()).isEqualTo("VERGUNNING_ZONDER_REGELSET.GM0002.regelset");
            });
        }
    }
}
