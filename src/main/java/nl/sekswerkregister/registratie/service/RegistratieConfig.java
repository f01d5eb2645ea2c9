package nl.sekswerkregister.registratie.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sekswerkregister.registratie")
public interface RegistratieConfig {

    /** Validity when neither the municipality's rule set nor the national framework sets one. */
    @WithDefault("12")
    int standaardGeldigheidMaanden();

    /** How long a registration is kept after it ended (expired or revoked), then deleted. */
    @WithDefault("6")
    int bewaartermijnMaanden();

    /**
     * For how many months after a revocation a new registration of that person, in any municipality,
     * needs a repeat interview (herhaalgesprek). Twelve: as long as the shortest regular registration
     * term (12 months, and under 21 in the Wrs and Germany's ProstSchG), so that a revocation on signs
     * of coercion cannot be undone by a plain intake next door sooner than an ordinary pass would need
     * renewal; and longer than the retention of the revoked registration (6 months), which is why the
     * marker is kept apart from it. Shorter weakens the protection; much longer keeps a mark on a person
     * who stopped of her own accord beyond any need.
     */
    @WithDefault("12")
    int herhaalgesprekNaIntrekkingMaanden();
}
