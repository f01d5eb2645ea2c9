package nl.sekswerkregister.lappendeken.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Erkenning;
import nl.sekswerkregister.regelset.domain.Gebiedsmaximum;
import nl.sekswerkregister.regelset.domain.Intakehouder;
import nl.sekswerkregister.regelset.domain.Openingstijd;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regelwaarde;
import nl.sekswerkregister.regelset.domain.Registratiegeldigheid;
import nl.sekswerkregister.regelset.domain.Registratievorm;
import nl.sekswerkregister.regelset.domain.Schaarsteverdeling;

/**
 * A rule value as a phrase a policy maker reads in a sentence, in Dutch or English: "een
 * minimumleeftijd van 21 jaar", "a ban on window prostitution", "Monday 10:00-02:00". The machine
 * text of a value ({@link Regelpaden#tekst}) stays in the answer's {@code waarde} fields; this is for
 * the explanations only, where "registratieplicht: false" or an English sentence with "MAANDAG"
 * would not read as language.
 */
final class Regeltekst {

    enum Taal { NL, EN }

    private Regeltekst() {
    }

    /**
     * A noun phrase for a value that is set, to follow "In Amsterdam geldt ..." or "Amsterdam has ...".
     * Municipalities in a recognition list are named, not coded.
     */
    static String waarde(String pad, Regelwaarde waarde, Taal taal, Function<String, String> naamVan) {
        boolean nl = taal == Taal.NL;
        switch (waarde.stand()) {
            case ONBEKEND:
                return nl ? "inhoud onbekend" : "content unknown";
            case NIET_GEREGELD:
                return (nl ? "geen regel over " : "no rule on ") + onderwerp(pad, taal);
            default:
                break;
        }
        Object w = waarde.waarde();
        String[] delen = pad.split("\\.");
        if (delen[0].equals(Regelpaden.BEDRIJFSTYPEN)) {
            return typewaarde(Bedrijfstype.valueOf(delen[1]), delen[2], w, nl);
        }
        return switch (pad) {
            case "minimumleeftijd" -> nl ? "een minimumleeftijd van " + w + " jaar" : "a minimum age of " + w;
            case "registratieplicht" -> ja(w, nl, "een registratieplicht", "geen registratieplicht",
                    "a registration duty", "no registration duty");
            case "registratievorm" -> registratievorm((Registratievorm) w, nl);
            case "registerOpNaam" -> ja(w, nl, "een register op naam", "geen register op naam", "a register by name",
                    "no register by name");
            case "registratiegeldigheid" -> registratiegeldigheid((Registratiegeldigheid) w, nl);
            case "erkenning" -> erkenning((Erkenning) w, nl, naamVan);
            case "intakeplicht" -> ja(w, nl, "een intakeplicht", "geen intakeplicht", "an intake duty", "no intake duty");
            case "intakeDoor" -> w == Intakehouder.EXPLOITANT ? (nl ? "een intake door de exploitant" : "an intake held by the operator")
                    : (nl ? "een intake door de gemeente" : "an intake held by the municipality");
            case "intakeverslagenNaarToezicht" -> ja(w, nl, "afgifte van intakeverslagen aan de toezichthouders",
                    "geen afgifte van intakeverslagen aan de toezichthouders", "intake reports handed to inspectors",
                    "no intake reports handed to inspectors");
            case "verblijfsvergunningVereist" -> ja(w, nl, "de eis van een verblijfsvergunning die werken toestaat",
                    "geen eis van een verblijfsvergunning", "a requirement of a residence permit that allows work",
                    "no residence-permit requirement");
            case "taaleisen" -> ((Collection<?>) w).isEmpty() ? (nl ? "geen taaleisen" : "no language requirement")
                    : (nl ? "taaleisen (" : "language requirements (") + lijst((Collection<?>) w) + ")";
            case "maximaleWerkurenPerDag" -> nl ? "ten hoogste " + w + " werkuren per dag" : "at most " + w + " working hours a day";
            case Regelpaden.WERKPLEKVERHUUR + ".maximaalDagenPerWeek" -> nl
                    ? "verhuur van een werkplek aan één sekswerker op ten hoogste " + w + " dagen per week"
                    : "a workplace rented to one sex worker on at most " + w + " days a week";
            case Regelpaden.WERKPLEKVERHUUR + ".maximaalUrenPerDag" -> nl
                    ? "verhuur van een werkplek aan één sekswerker voor ten hoogste " + w + " uur per dag"
                    : "a workplace rented to one sex worker for at most " + w + " hours a day";
            case "tippelzone" -> ja(w, nl, "een tippelzone", "geen tippelzone", "a street zone (tippelzone)", "no street zone");
            case "sanctiesVoorSekswerkers" -> ja(w, nl, "sancties voor sekswerkers", "geen sancties voor sekswerkers",
                    "sanctions on sex workers", "no sanctions on sex workers");
            case "sanctiesVoorKlanten" -> ja(w, nl, "strafbaarheid van klanten", "geen strafbaarheid van klanten",
                    "liability of clients", "no liability of clients");
            case "sanctiesVoorExploitanten" -> ja(w, nl, "sancties voor exploitanten", "geen sancties voor exploitanten",
                    "sanctions on operators", "no sanctions on operators");
            case "vergunningtermijnJaren" -> nl ? "een vergunningtermijn van " + w + " jaar" : "a licence term of " + jaren(w);
            case "bibob" -> ja(w, nl, "een Bibob-toets", "geen Bibob-toets", "Bibob integrity screening",
                    "no Bibob integrity screening");
            case "bedrijfsplanVereist" -> ja(w, nl, "een verplicht bedrijfsplan", "geen verplicht bedrijfsplan",
                    "a business-plan requirement", "no business-plan requirement");
            case "beslistermijnWeken" -> nl ? "een beslistermijn van " + w + " weken" : "a decision period of " + w + " weeks";
            case "vanRechtswegeVerlening" -> ja(w, nl, "vergunning van rechtswege bij niet tijdig beslissen",
                    "geen vergunning van rechtswege bij niet tijdig beslissen",
                    "a licence granted by operation of law when the decision is late",
                    "no licence by operation of law when the decision is late");
            default -> Regelpaden.tekst(waarde);
        };
    }

    /** What the rule is about, with an article where the language wants one: "de minimumleeftijd", "a cap on clubs". */
    static String onderwerp(String pad, Taal taal) {
        boolean nl = taal == Taal.NL;
        String[] delen = pad.split("\\.");
        if (delen[0].equals(Regelpaden.BEDRIJFSTYPEN)) {
            String t = type(Bedrijfstype.valueOf(delen[1]), taal);
            return switch (delen[2]) {
                case "toegestaan" -> nl ? "de toelating van " + t : "whether " + t + " may operate";
                case "vergunningplicht" -> nl ? "een vergunningplicht voor " + t : "a licence duty for " + t;
                case "minimumleeftijd" -> nl ? "de minimumleeftijd voor " + t : "the minimum age for " + t;
                case "vergunningtermijnJaren" -> nl ? "de vergunningtermijn voor " + t : "the licence term for " + t;
                case "maximumAantal" -> nl ? "een maximum voor " + t : "a cap on " + t;
                case "maximaPerGebied" -> nl ? "maxima per gebied voor " + t : "caps per area on " + t;
                case "aangewezenGebieden" -> nl ? "aangewezen gebieden voor " + t : "designated zones for " + t;
                case "minimaleAfstandMeters" -> nl ? "een minimale afstand tussen " + t : "a minimum distance between " + t;
                case "schaarsteverdeling" -> nl ? "de verdeling van schaarse vergunningen voor " + t
                        : "the allocation of scarce licences for " + t;
                case "openingstijden" -> nl ? "de openingstijden van " + t : "the opening hours of " + t;
                case "nachtopeningToegestaan" -> nl ? "nachtopening van " + t : "opening past midnight for " + t;
                default -> pad;
            };
        }
        return switch (pad) {
            case "minimumleeftijd" -> nl ? "de minimumleeftijd" : "the minimum age";
            case "registratieplicht" -> nl ? "een registratieplicht" : "a registration duty";
            case "registratievorm" -> nl ? "de vorm van registratie" : "the form of registration";
            case "registerOpNaam" -> nl ? "een register op naam" : "a register by name";
            case "registratiegeldigheid" -> nl ? "de geldigheid van een registratie" : "the validity of a registration";
            case "erkenning" -> nl ? "de erkenning van registraties" : "the recognition of registrations";
            case "intakeplicht" -> nl ? "een intakeplicht" : "an intake duty";
            case "intakeDoor" -> nl ? "wie de intake houdt" : "who holds the intake";
            case "intakeverslagenNaarToezicht" -> nl ? "afgifte van intakeverslagen aan het toezicht"
                    : "handing intake reports to inspectors";
            case "verblijfsvergunningVereist" -> nl ? "de eis van een verblijfsvergunning" : "a residence-permit requirement";
            case "taaleisen" -> nl ? "taaleisen" : "language requirements";
            case "maximaleWerkurenPerDag" -> nl ? "de werkuren per dag" : "working hours per day";
            case Regelpaden.WERKPLEKVERHUUR + ".maximaalDagenPerWeek" -> nl ? "de verhuurdagen van een werkplek per week"
                    : "the days a week a workplace is rented";
            case Regelpaden.WERKPLEKVERHUUR + ".maximaalUrenPerDag" -> nl ? "de verhuururen van een werkplek per dag"
                    : "the hours a day a workplace is rented";
            case "tippelzone" -> nl ? "een tippelzone" : "a street zone";
            case "sanctiesVoorSekswerkers" -> nl ? "sancties voor sekswerkers" : "sanctions on sex workers";
            case "sanctiesVoorKlanten" -> nl ? "strafbaarheid van klanten" : "liability of clients";
            case "sanctiesVoorExploitanten" -> nl ? "sancties voor exploitanten" : "sanctions on operators";
            case "vergunningtermijnJaren" -> nl ? "de vergunningtermijn" : "the licence term";
            case "bibob" -> nl ? "een Bibob-toets" : "Bibob screening";
            case "bedrijfsplanVereist" -> nl ? "een bedrijfsplan" : "a business plan";
            case "beslistermijnWeken" -> nl ? "de beslistermijn op een aanvraag" : "the decision period of an application";
            case "vanRechtswegeVerlening" -> nl ? "vergunning van rechtswege" : "a licence by operation of law";
            default -> pad;
        };
    }

    /** A business type as a plural noun: "clubs", "window prostitution". */
    static String type(Bedrijfstype type, Taal taal) {
        boolean nl = taal == Taal.NL;
        return switch (type) {
            case RAAMPROSTITUTIE -> nl ? "raamprostitutie" : "window prostitution";
            case CLUB -> "clubs";
            case ESCORT -> nl ? "escortbedrijven" : "escort agencies";
            case THUISWERK -> nl ? "thuiswerk" : "home-based sex work";
            case MASSAGESALON -> nl ? "massagesalons" : "massage parlours";
            case ZONDER_FYSIEK_CONTACT -> nl ? "seksbedrijven zonder fysiek contact" : "sex businesses without physical contact";
            case OVERIG -> nl ? "overige seksbedrijven" : "other sex businesses";
        };
    }

    /** "A, B en C" / "A, B and C". */
    static String opsomming(List<String> delen, Taal taal) {
        if (delen.size() <= 1) {
            return String.join("", delen);
        }
        return String.join(", ", delen.subList(0, delen.size() - 1)) + (taal == Taal.NL ? " en " : " and ")
                + delen.get(delen.size() - 1);
    }

    private static String typewaarde(Bedrijfstype type, String veld, Object w, boolean nl) {
        String t = type(type, nl ? Taal.NL : Taal.EN);
        return switch (veld) {
            case "toegestaan" -> ja(w, nl, "geen verbod op " + t, "een verbod op " + t, "no ban on " + t, "a ban on " + t);
            case "vergunningplicht" -> ja(w, nl, "een vergunningplicht voor " + t, "geen vergunningplicht voor " + t,
                    "a licence duty for " + t, "no licence duty for " + t);
            case "minimumleeftijd" -> nl ? "een minimumleeftijd van " + w + " jaar voor " + t : "a minimum age of " + w + " for " + t;
            case "vergunningtermijnJaren" -> nl ? "een vergunningtermijn van " + w + " jaar voor " + t
                    : "a licence term of " + jaren(w) + " for " + t;
            case "maximumAantal" -> Integer.valueOf(0).equals(w) ? (nl ? "een nulquotum voor " + t : "a zero quota for " + t)
                    : (nl ? "een maximum van " + w + " voor " + t : "a cap of " + w + " on " + t);
            case "maximaPerGebied" -> (nl ? "maxima per gebied voor " + t + " (" : "caps per area on " + t + " (")
                    + ((List<?>) w).stream().map(g -> gebiedsmaximum((Gebiedsmaximum) g, nl)).collect(Collectors.joining(", ")) + ")";
            case "aangewezenGebieden" -> (nl ? "aangewezen gebieden voor " + t + " (" : "designated zones for " + t + " (")
                    + lijst((Collection<?>) w) + ")";
            case "minimaleAfstandMeters" -> nl ? "een minimale afstand van " + w + " meter tussen " + t
                    : "a minimum distance of " + w + " m between " + t;
            case "schaarsteverdeling" -> (nl ? "verdeling van schaarse vergunningen voor " + t + " door "
                    : "scarce licences for " + t + " allocated by ") + schaarste((Schaarsteverdeling) w, nl);
            case "openingstijden" -> openingstijden(t, (List<?>) w, nl);
            case "nachtopeningToegestaan" -> ja(w, nl, "nachtopening van " + t, "geen nachtopening van " + t,
                    "opening past midnight for " + t, "no opening past midnight for " + t);
            default -> String.valueOf(w);
        };
    }

    private static String ja(Object w, boolean nl, String nlJa, String nlNee, String enJa, String enNee) {
        boolean waar = Boolean.TRUE.equals(w);
        return nl ? (waar ? nlJa : nlNee) : (waar ? enJa : enNee);
    }

    private static String jaren(Object w) {
        return w + (Integer.valueOf(1).equals(w) ? " year" : " years");
    }

    private static String lijst(Collection<?> waarden) {
        return waarden.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String registratievorm(Registratievorm vorm, boolean nl) {
        return switch (vorm) {
            case REGISTER_OP_NAAM -> nl ? "registratie in een register op naam" : "registration in a register by name";
            case PSEUDONIEM_NUMMER -> nl ? "registratie onder een pseudoniem nummer" : "registration under a pseudonymous number";
            case DAGPAS -> nl ? "registratie met een anonieme dagpas" : "registration with an anonymous day pass";
            case VRIJWILLIG -> nl ? "vrijwillige registratie" : "voluntary registration";
            case GEEN -> nl ? "geen enkele vorm van registratie" : "no form of registration at all";
        };
    }

    private static String registratiegeldigheid(Registratiegeldigheid g, boolean nl) {
        String basis = nl ? "een geldigheid van de registratie van " + g.maanden() + " maanden"
                : "a registration validity of " + g.maanden() + " months";
        if (g.onderLeeftijd() == null || g.maandenOnderLeeftijd() == null) {
            return basis;
        }
        return basis + (nl ? " (" + g.maandenOnderLeeftijd() + " onder de " + g.onderLeeftijd() + " jaar)"
                : " (" + g.maandenOnderLeeftijd() + " under the age of " + g.onderLeeftijd() + ")");
    }

    private static String erkenning(Erkenning e, boolean nl, Function<String, String> naamVan) {
        return switch (e.soort()) {
            case ALLE -> nl ? "erkenning van de registraties van alle gemeenten" : "recognition of registrations from every municipality";
            case EIGEN -> nl ? "erkenning van alleen de eigen registraties" : "recognition of its own registrations only";
            case LIJST -> {
                List<String> namen = (e.gemeenteCodes() == null ? List.<String>of() : e.gemeenteCodes()).stream()
                        .map(naamVan).sorted().toList();
                yield namen.isEmpty()
                        ? (nl ? "erkenning van alleen de eigen registraties" : "recognition of its own registrations only")
                        : (nl ? "erkenning van de eigen registraties en die van " + opsomming(namen, Taal.NL)
                        : "recognition of its own registrations and those of " + opsomming(namen, Taal.EN));
            }
        };
    }

    private static String gebiedsmaximum(Gebiedsmaximum g, boolean nl) {
        if (g.gebied() == Gebiedsmaximum.Gebied.WIJK) {
            return g.naam() == null ? g.aantal() + (nl ? " per wijk" : " per district")
                    : g.aantal() + (nl ? " in wijk " : " in district ") + g.naam();
        }
        return g.aantal() + (nl ? " in zone " : " in zone ") + g.naam();
    }

    private static String schaarste(Schaarsteverdeling s, boolean nl) {
        return switch (s) {
            case LOTING -> nl ? "loting" : "lottery";
            case VERGELIJKENDE_TOETS -> nl ? "een vergelijkende toets" : "a comparative assessment";
            case VOLGORDE_VAN_BINNENKOMST -> nl ? "volgorde van binnenkomst" : "order of application";
        };
    }

    /** Days in the language of the sentence: "maandag 10:00-02:00" in Dutch, "Monday 10:00-02:00" in English. */
    private static String openingstijden(String type, List<?> tijden, boolean nl) {
        if (tijden.isEmpty()) {
            return nl ? "geen openingstijden voor " + type + " (gesloten)" : "no opening hours for " + type + " (closed)";
        }
        String dagen = tijden.stream().map(Openingstijd.class::cast)
                .sorted(Comparator.comparing(Openingstijd::dag).thenComparing(Openingstijd::open))
                .map(o -> dag(o.dag(), nl) + " " + o.open() + "-" + o.sluit())
                .collect(Collectors.joining(", "));
        return (nl ? "openingstijden voor " : "opening hours for ") + type + ": " + dagen;
    }

    private static String dag(Openingstijd.Dag dag, boolean nl) {
        return nl ? dag.nederlands() : dag.engels();
    }
}
