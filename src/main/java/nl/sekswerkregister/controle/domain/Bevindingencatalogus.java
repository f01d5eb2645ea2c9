package nl.sekswerkregister.controle.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Openingstijd;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Regelwaarde;

/**
 * Which findings apply at premises on a day, and what each rests on. Plain Java over a snapshot (the
 * rules in force, the licence of that day), so the same inputs always give the same catalogue.
 *
 * <p>A rule has three states ({@link nl.sekswerkregister.regelset.domain.Stand}). A finding that says a
 * rule was broken is offered only where the rule is <em>set</em>: where the municipality decided not to
 * regulate, there is nothing to break, and where nobody knows (the rule was never encoded), an officer
 * cannot record that a rule was broken that may not exist, and a sanction must not later cite it. What
 * the officer saw is not lost: it goes into the remarks, and the finding becomes available once the
 * rule set states the rule. Findings that rest on the licence itself, on the criminal law or on the
 * service's own checks do not depend on the rule set.
 *
 * @see Bevindingcode
 */
public final class Bevindingencatalogus {

    static final String DWANG = "Wetboek van Strafrecht art. 273f (mensenhandel): geldt overal, los van de APV.";

    private Bevindingencatalogus() {
    }

    /**
     * @param regels                     the municipality's rule set in force that day, or null when none is
     * @param kadersMetRegistratieplicht names of national frameworks in force that day (law) with a registration duty
     * @param vergunning                 the licence at the premises that day ({@link Vergunninghistorie}), or empty
     */
    public static List<Catalogusregel> voor(Regels regels, List<String> kadersMetRegistratieplicht,
                                            Optional<Vergunningstand> vergunning) {
        List<Catalogusregel> catalogus = new ArrayList<>();
        boolean inWerking = vergunning.map(Vergunningstand::inWerking).orElse(false);
        Optional<Bedrijfstype> type = vergunning.filter(Vergunningstand::inWerking).map(Vergunningstand::bedrijfstype);

        if (!inWerking && !geenVergunningplicht(regels)) {
            List<Grondslag> g = new ArrayList<>();
            g.add(Grondslag.vergunning(vergunning.map(Vergunningstand::vergunningnummer).orElse(null),
                    vergunning.isPresent() ? "De vergunning van deze vestiging was op deze datum geschorst of ingetrokken."
                            : "Op deze datum was op deze vestiging geen vergunning in werking."));
            if (regels != null) {
                for (Bedrijfstype t : Bedrijfstype.values()) {
                    String pad = Regelpaden.type(t, "vergunningplicht");
                    if (regels.waarde(pad).isWaar()) {
                        g.add(Grondslag.regel(pad, "true", regels.vindplaats(pad)));
                    }
                }
            }
            voeg(catalogus, Bevindingcode.GEEN_VERGUNNING, g);
        }
        if (inWerking) {
            voeg(catalogus, Bevindingcode.BEHEERDER_NIET_AANWEZIG, List.of(Grondslag.vergunning(
                    vergunning.get().vergunningnummer(), "De vergunning noemt de beheerders; een van hen hoort aanwezig te zijn.")));
        }
        if (regels != null) {
            String leeftijdspad = type.filter(t -> regels.waarde(Regelpaden.type(t, "minimumleeftijd")).isGezet())
                    .map(t -> Regelpaden.type(t, "minimumleeftijd")).orElse("minimumleeftijd");
            gezet(catalogus, Bevindingcode.MINIMUMLEEFTIJD_NIET_NAGELEEFD, regels, leeftijdspad);
            type.ifPresent(t -> gezet(catalogus, Bevindingcode.OPENINGSTIJDEN_OVERSCHREDEN, regels,
                    Regelpaden.type(t, "openingstijden")));
            List<Grondslag> verboden = new ArrayList<>();
            for (Bedrijfstype t : Bedrijfstype.values()) {
                String pad = Regelpaden.type(t, "toegestaan");
                Regelwaarde w = regels.waarde(pad);
                if (w.isGezet() && Boolean.FALSE.equals(w.waarde())) {
                    verboden.add(Grondslag.regel(pad, "false", regels.vindplaats(pad)));
                }
            }
            voeg(catalogus, Bevindingcode.BEDRIJFSTYPE_NIET_TOEGESTAAN, verboden);
        }
        List<Grondslag> registratie = new ArrayList<>();
        if (regels != null && regels.waarde("registratieplicht").isWaar()) {
            registratie.add(Grondslag.regel("registratieplicht", "true", regels.vindplaats("registratieplicht")));
        }
        kadersMetRegistratieplicht.forEach(k -> registratie.add(Grondslag.kader(k, "registratieplicht")));
        voeg(catalogus, Bevindingcode.REGISTRATIE_NIET_GECONTROLEERD, registratie);
        voeg(catalogus, Bevindingcode.SIGNALEN_VAN_DWANG, List.of(Grondslag.wet(DWANG)));
        if (inWerking) {
            List<Grondslag> voorschriften = new ArrayList<>();
            List<String> tekst = vergunning.get().voorschriften();
            for (int i = 0; i < tekst.size(); i++) {
                voorschriften.add(Grondslag.voorschrift(vergunning.get().vergunningnummer(), i + 1, tekst.get(i)));
            }
            voeg(catalogus, Bevindingcode.VOORSCHRIFT_NIET_NAGELEEFD, voorschriften);
        }
        voeg(catalogus, Bevindingcode.ADRES_WIJKT_AF, List.of(Grondslag.dienst("Vastgelegd door de dienst wanneer "
                + "het getoonde vergunningnummer (veld vergunningnummer) bij een andere vestiging hoort.")));
        String check = "Uitkomst van de hit/no-hit-controle van een getoond registratienummer (veld "
                + "getoondeRegistratienummers); het nummer zelf wordt niet bewaard.";
        voeg(catalogus, Bevindingcode.REGISTRATIE_GELDIG, List.of(Grondslag.dienst(check)));
        voeg(catalogus, Bevindingcode.REGISTRATIE_ONGELDIG, List.of(Grondslag.dienst(check)));
        return List.copyOf(catalogus);
    }

    /**
     * The rule set says, for every business type, that it needs no licence (false or not regulated):
     * then operating without one breaks nothing. Unknown counts as a possible duty, as the finding
     * then states a fact (no licence in force) without claiming a rule.
     */
    private static boolean geenVergunningplicht(Regels regels) {
        if (regels == null) {
            return false;
        }
        for (Bedrijfstype t : Bedrijfstype.values()) {
            if (!regels.waarde(Regelpaden.type(t, "vergunningplicht")).isBekendNee()) {
                return false;
            }
        }
        return true;
    }

    private static void gezet(List<Catalogusregel> catalogus, Bevindingcode code, Regels regels, String pad) {
        Regelwaarde w = regels.waarde(pad);
        if (w.isGezet()) {
            voeg(catalogus, code, List.of(Grondslag.regel(pad, tekst(w), regels.vindplaats(pad))));
        }
    }

    /** A value as people read it; opening hours day by day ("VRIJDAG 12:00-02:00"), in the order of the week. */
    private static String tekst(Regelwaarde w) {
        if (w.waarde() instanceof List<?> lijst && !lijst.isEmpty() && lijst.get(0) instanceof Openingstijd) {
            return lijst.stream().map(o -> (Openingstijd) o).sorted(java.util.Comparator.comparing(Openingstijd::dag))
                    .map(o -> o.dag() + " " + o.open() + "-" + o.sluit()).collect(java.util.stream.Collectors.joining(", "));
        }
        return Regelpaden.tekst(w);
    }

    private static void voeg(List<Catalogusregel> catalogus, Bevindingcode code, List<Grondslag> grondslagen) {
        if (!grondslagen.isEmpty()) {
            catalogus.add(new Catalogusregel(code, List.copyOf(grondslagen)));
        }
    }
}
