package nl.sekswerkregister.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import nl.sekswerkregister.support.Personen;
import org.junit.jupiter.api.Test;

/** What the free-text screen catches, and the ordinary texts of a licensing desk it lets through. */
class PersoonsnummersTest {

    static final long SEED = Long.getLong("persoonsnummers.seed", 20261201L);

    @Test
    void elkGeldigBsnWordtHerkend_ookInGroepenEnMiddenInEenZin() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 2_000; i++) {
            String bsn = Personen.bsn(random);
            String[] vormen = {bsn, bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6),
                    bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6),
                    bsn.substring(0, 4) + "-" + bsn.substring(4)};
            for (String vorm : vormen) {
                String tekst = "Controle op 12-03-2026 van persoon " + vorm + ", zie dossier.";
                assertThat(Persoonsnummers.bevatPersoonsnummer(tekst)).as("seed %d: %s", SEED, tekst).isTrue();
            }
        }
    }

    @Test
    void documentnummersWordenHerkend() {
        for (String tekst : List.of("Paspoort SPECI2014 getoond", "ID-kaart NX12AB34C", "Ausweis L01X00T47",
                "passeport 12AB34567 vu", "EH1234567")) {
            assertThat(Persoonsnummers.bevatPersoonsnummer(tekst)).as(tekst).isTrue();
        }
    }

    @Test
    void gewoneTekstVanDeBaliePasseert() {
        for (String tekst : List.of("Voldoet aan de APV (art. 3:13) en de Bibob-toets.",
                "Vergunning GM0363-2026-000001 blijft van kracht; KvK 69599084.",
                "Geschorst van 2026-03-01 tot en met 2026-06-30 wegens overtreding van art. 3:9 lid 2.",
                "Registratie K7QM-4XR2-9T6 gecontroleerd.", "Open tot 02:00, zondag gesloten.",
                "Zaaknummer Z-2026-001234, brief van 1 maart 2026.", "Telefoon 020-5551234", "NEN7510 en ISO 9001",
                "Bedrag EUR 1.250,00", "")) {
            assertThat(Persoonsnummers.bevatPersoonsnummer(tekst)).as(tekst).isFalse();
        }
    }

    @Test
    void eenNegencijferigGetalDatDeElfproefNietDoorstaatPasseert() {
        assertThat(Persoonsnummers.bevatPersoonsnummer("Kenmerk 123456789")).isFalse();
        assertThat(Persoonsnummers.bevatPersoonsnummer("Kenmerk 123456782")).isTrue();
    }
}
