package nl.sekswerkregister.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import java.util.SplittableRandom;
import nl.sekswerkregister.support.Personen;
import org.junit.jupiter.api.Test;

/** The privacy building blocks on their own: elfproef, pass numbers, keyed pseudonyms. */
class PrivacyBouwstenenTest {

    static final long SEED = 42L;

    @Test
    void elfproef() {
        assertThat(Identificatie.isGeldigBsn("111222333")).isTrue();
        assertThat(Identificatie.isGeldigBsn("123456782")).isTrue();
        assertThat(Identificatie.isGeldigBsn("123456781")).isFalse();
        assertThat(Identificatie.isGeldigBsn("12345678")).isFalse();
        assertThat(Identificatie.isGeldigBsn("12345678a")).isFalse();
        assertThat(Identificatie.isGeldigBsn("000000000")).isFalse();
        for (int i = 0; i < 200; i++) {
            assertThat(Identificatie.isGeldigBsn(Personen.bsn())).isTrue();
            assertThat(Identificatie.isGeldigBsn(Personen.ongeldigBsn())).isFalse();
        }
    }

    @Test
    void eenIdentificatieVerraadtZichNietInToString() {
        assertThat(new Identificatie.Bsn("111222333").toString()).doesNotContain("111222333");
        assertThat(new Identificatie.Document("PASPOORT", "C01X00T47", "DEU").toString()).doesNotContain("C01X00T47");
    }

    @Test
    void registratienummersZijnWillekeurigEnHetControletekenVangtTikfouten() {
        SplittableRandom random = new SplittableRandom(SEED);
        java.util.Set<String> gezien = new java.util.HashSet<>();
        for (int n = 0; n < 500; n++) {
            String nummer = Registratienummer.nieuw();
            assertThat(nummer).as("seed %d", SEED).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}");
            assertThat(Registratienummer.isGeldig(nummer)).isTrue();
            assertThat(Registratienummer.isGeldig(nummer.toLowerCase().replace("-", ""))).isTrue();
            assertThat(gezien.add(nummer)).isTrue();
            String tekens = nummer.replace("-", "");
            int plek = random.nextInt(11);
            char ander;
            do {
                ander = Registratienummer.ALFABET.charAt(random.nextInt(32));
            } while (ander == tekens.charAt(plek));
            String tikfout = tekens.substring(0, plek) + ander + tekens.substring(plek + 1);
            assertThat(Registratienummer.isGeldig(tikfout)).as("seed %d: %s", SEED, tikfout).isFalse();
            int i = random.nextInt(10);
            char a = tekens.charAt(i);
            char b = tekens.charAt(i + 1);
            boolean blindeVlek = (a == '0' && b == 'Z') || (a == 'Z' && b == '0');
            if (a != b && !blindeVlek) {
                String wissel = tekens.substring(0, i) + b + a + tekens.substring(i + 2);
                assertThat(Registratienummer.isGeldig(wissel)).as("seed %d: %s", SEED, wissel).isFalse();
            }
        }
        assertThat(Registratienummer.isGeldig("ILOU-ILOU-ILO")).isFalse();
        assertThat(Registratienummer.isGeldig(null)).isFalse();
    }

    @Test
    void pseudoniemenZijnGescheidenPerDomeinEnRingEnVerhuizenZonderDeIdentificatie() {
        Pseudonimisering p = new Pseudonimisering(config(2));
        Identificatie persoon = new Identificatie.Bsn("111222333");
        assertThat(p.landelijk(persoon)).matches("[0-9a-f]{512}").isEqualTo(p.landelijk(new Identificatie.Bsn("111222333")));
        assertThat(p.gemeente(persoon, "GM0363")).isNotEqualTo(p.gemeente(persoon, "GM0599"))
                .isNotEqualTo(p.landelijk(persoon));
        assertThat(p.logboek(persoon).actief()).isNotEqualTo(p.landelijk(persoon));
        assertThat(p.beheerder(persoon, "GM0363")).isNotEqualTo(p.gemeente(persoon, "GM0363"));
        assertThat(p.landelijk(new Identificatie.Document("PASPOORT", "111222333", "NLD"))).isNotEqualTo(p.landelijk(persoon));
        // A stored version-1 pseudonym moves to version 2 without the BSN, and is then exactly what
        // version 2 computes directly: version 1's key is no longer needed for anything.
        Sleutelring ring = p.landelijkeSleutels();
        String versie1 = p.maak(ring, "landelijk", persoon, 1);
        assertThat(p.herschrijf(ring, versie1, 1, 2)).isEqualTo(p.landelijk(persoon));
        assertThat(p.herschrijf(ring, p.landelijk(persoon), 2, 1)).isEqualTo(versie1);
        assertThat(p.landelijkAlleVersies(persoon)).containsExactly(p.landelijk(persoon), versie1);
        Pseudonimisering alleenVersie2 = new Pseudonimisering(config(2, 2));
        assertThat(alleenVersie2.landelijk(persoon)).isEqualTo(p.landelijk(persoon));
        // Another key gives unrelated pseudonyms: the key, not the algorithm, is the secret.
        Pseudonimisering ander = new Pseudonimisering(config(1, 99));
        assertThat(ander.landelijk(persoon)).isNotEqualTo(versie1);
        // What a licence shows of a stored manager pseudonym: short, and not the stored value.
        assertThat(Pseudonimisering.weergave(p.beheerder(persoon, "GM0363"))).matches("[0-9a-f]{64}");
    }

    /** Every ring with versions 1 and 2 (different keys per ring), the given one active. */
    static PseudoniemConfig config(int actief) {
        return config(actief, 1, 2);
    }

    /** Every ring with the given versions; version v of ring r has key seed 10 * r + v (99: a stranger's key). */
    static PseudoniemConfig config(int actief, int... versies) {
        return new PseudoniemConfig() {
            public Ring landelijk() { return ring(0); }
            public Ring gemeente() { return ring(1); }
            public Ring beheerder() { return ring(2); }
            public Ring logboek() { return ring(3); }

            Ring ring(int r) {
                Map<Integer, String> sleutels = new java.util.TreeMap<>();
                for (int v : versies) {
                    sleutels.put(v == 99 ? 1 : v, sleutel(v == 99 ? 99 : 10 * r + v));
                }
                int actieveVersie = versies.length == 1 && versies[0] == 99 ? 1 : actief;
                return new Ring() {
                    public int actieveVersie() { return actieveVersie; }
                    public Map<Integer, String> sleutels() { return sleutels; }
                };
            }
        };
    }

    static String sleutel(int zaad) {
        byte[] b = new byte[32];
        new SplittableRandom(zaad).nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }
}
