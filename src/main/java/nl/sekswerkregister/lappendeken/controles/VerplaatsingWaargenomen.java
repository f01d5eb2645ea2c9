package nl.sekswerkregister.lappendeken.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.lappendeken.domain.Waarneming;
import nl.sekswerkregister.lappendeken.domain.Waarnemingen;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regelwaarde;

/**
 * Displacement observed, not only predicted: unlicensed sex work was signalled in a municipality
 * near its border with a neighbour whose rules are stricter on a point (a higher minimum age, a
 * registration or intake duty, a ban on a business type, or a cap) that the signalling municipality
 * lacks. One finding per rule that differs, in the direction of the signals; its values are the two
 * rules and the evidence: the signals in the window, how many lie within the configured distance of
 * the shared border, and how many have no known location (those are never counted as near).
 *
 * <p>Like every check, it compares only known rules: an unknown value on either side means no
 * finding on that rule. A municipality without a rule of its own has, for age, the criminal-law
 * floor of 18 (Sr art. 273f); for a duty, none; for a ban, none; for a cap, none.
 */
final class VerplaatsingWaargenomen extends PaarControle {

    VerplaatsingWaargenomen() {
        super("VERPLAATSING_WAARGENOMEN", Ernst.WAARSCHUWING,
                "Handhaving signaleerde vergunningloos sekswerk dicht bij de grens met een buurgemeente die op een "
                        + "punt strenger is (leeftijd, registratie- of intakeplicht, verbod of maximum).",
                "Waar VERPLAATSINGSRISICO en WATERBEDEFFECT verplaatsing voorspellen uit de regels, laat deze controle "
                        + "zien waar handhaving haar aantreft: signaleringen van adressen en advertenties zonder "
                        + "vergunning, binnen een instelbare afstand van de gedeelde gemeentegrens.");
    }

    /** A rule on which the neighbour is stricter: its path and the two values, and how to say it. */
    private record Verschil(String pad, Regelwaarde hier, Regelwaarde buur, String nl, String en) {
    }

    @Override
    void controleer(Momentopname moment, Regelsetversie a, Regelsetversie b, Consumer<Conflict> melding) {
        richting(moment, a, b, melding);
        richting(moment, b, a, melding);
    }

    /** Signals in {@code hier}, near the border with {@code buur}. */
    private void richting(Momentopname moment, Regelsetversie hier, Regelsetversie buur, Consumer<Conflict> melding) {
        Waarnemingen waarnemingen = moment.waarnemingen();
        List<Waarneming> lijst = waarnemingen.van(hier.gemeenteCode());
        if (lijst.isEmpty() || !waarnemingen.grenzen().hebbenGrens(hier.gemeenteCode(), buur.gemeenteCode())) {
            return;
        }
        int bijGrens = 0;
        int onbekend = 0;
        for (Waarneming w : lijst) {
            if (!w.heeftLocatie()) {
                onbekend++;
                continue;
            }
            OptionalDouble afstand = waarnemingen.grenzen().afstandMeters(hier.gemeenteCode(), buur.gemeenteCode(),
                    w.breedtegraad(), w.lengtegraad());
            if (afstand.isPresent() && afstand.getAsDouble() <= waarnemingen.grensafstandMeters()) {
                bijGrens++;
            }
        }
        if (bijGrens == 0) {
            return;
        }
        int totaal = lijst.size();
        int dichtbij = bijGrens;
        int zonderLocatie = onbekend;
        long meter = Math.round(waarnemingen.grensafstandMeters());
        String venster = waarnemingen.vanaf() + "/" + waarnemingen.tot();
        for (Verschil v : verschillen(hier, buur)) {
            String naamHier = naam(moment, hier);
            String naamBuur = naam(moment, buur);
            melding.accept(melding(v.pad(), hier, buur).waarde(hier.gemeenteCode(), v.hier()).waarde(buur.gemeenteCode(), v.buur())
                    .waarde("signaleringen", totaal).waarde("signaleringenBijGrens", dichtbij)
                    .waarde("signaleringenLocatieOnbekend", zonderLocatie).waarde("grensafstandMeters", meter)
                    .waarde("venster", venster)
                    .id("in-" + hier.gemeenteCode())
                    .uitleg(() -> naamHier + ": " + dichtbij + " van " + totaal + " signaleringen van vergunningloos "
                                    + "sekswerk (" + venster + ") liggen binnen " + meter + " m van de grens met " + naamBuur
                                    + ", dat " + v.nl() + (zonderLocatie > 0 ? " Van " + zonderLocatie
                                    + " signaleringen is de locatie onbekend." : ""),
                            () -> naamHier + ": " + dichtbij + " of " + totaal + " signals of unlicensed sex work ("
                                    + venster + ") lie within " + meter + " m of the border with " + naamBuur + ", which "
                                    + v.en() + (zonderLocatie > 0 ? " " + zonderLocatie + " signals have no known location."
                                    : "")));
        }
    }

    /** The rules on which {@code buur} is known to be stricter than {@code hier}. */
    private static List<Verschil> verschillen(Regelsetversie hier, Regelsetversie buur) {
        List<Verschil> verschillen = new ArrayList<>();
        Regelwaarde lh = hier.regels().waarde("minimumleeftijd");
        Regelwaarde lb = buur.regels().waarde("minimumleeftijd");
        if (lh.isBekend() && lb.isBekend() && leeftijd(lb) > leeftijd(lh)) {
            verschillen.add(new Verschil("minimumleeftijd", lh, lb,
                    "minimumleeftijd " + leeftijd(lb) + " hanteert tegen " + leeftijd(lh) + " hier.",
                    "sets minimum age " + leeftijd(lb) + " against " + leeftijd(lh) + " here."));
        }
        for (String plicht : List.of("registratieplicht", "intakeplicht")) {
            Regelwaarde ph = hier.regels().waarde(plicht);
            Regelwaarde pb = buur.regels().waarde(plicht);
            if (ph.isBekendNee() && pb.isWaar()) {
                verschillen.add(new Verschil(plicht, ph, pb, "een " + plicht + " kent die hier ontbreekt.",
                        "has a duty (" + plicht + ") that is lacking here."));
            }
        }
        for (Bedrijfstype type : Bedrijfstype.values()) {
            Boolean magHier = toegestaan(hier.regels().waarde(Regelpaden.type(type, "toegestaan")));
            Boolean magBuur = toegestaan(buur.regels().waarde(Regelpaden.type(type, "toegestaan")));
            if (magHier == null || magBuur == null || !magHier) {
                continue;
            }
            String pad = Regelpaden.type(type, "toegestaan");
            if (!magBuur) {
                verschillen.add(new Verschil(pad, hier.regels().waarde(pad), buur.regels().waarde(pad),
                        type + " verbiedt, dat hier is toegestaan.", "bans " + type + ", which is permitted here."));
                continue;
            }
            String maximum = Regelpaden.type(type, "maximumAantal");
            Regelwaarde mh = hier.regels().waarde(maximum);
            Regelwaarde mb = buur.regels().waarde(maximum);
            if (mh.stand() == nl.sekswerkregister.regelset.domain.Stand.NIET_GEREGELD && mb.isGezet()) {
                verschillen.add(new Verschil(maximum, mh, mb, "een maximum van " + mb.waarde() + " voor " + type
                        + " stelt, waar hier geen maximum geldt.", "caps " + type + " at " + mb.waarde()
                        + ", where there is no cap here."));
            }
        }
        return verschillen;
    }

    /** The age that applies, for a known value: the municipality's own, or the criminal-law floor. */
    private static int leeftijd(Regelwaarde waarde) {
        return waarde.isGezet() ? (Integer) waarde.waarde() : LeeftijdOnderKader.STRAFRECHTELIJKE_ONDERGRENS;
    }

    /** Whether a type is permitted, where known: no rule on it means no ban. */
    private static Boolean toegestaan(Regelwaarde waarde) {
        return switch (waarde.stand()) {
            case GEZET -> (Boolean) waarde.waarde();
            case NIET_GEREGELD -> Boolean.TRUE;
            case ONBEKEND -> null;
        };
    }
}
