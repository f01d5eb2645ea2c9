package nl.sekswerkregister.lappendeken.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.sekswerkregister.lappendeken.domain.Regeltekst.Taal;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Kaderregeling;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Regelwaarde;
import nl.sekswerkregister.regelset.domain.Stand;
import nl.sekswerkregister.regelset.domain.Vindplaats;

/**
 * The Wrs question asked right: which of a municipality's rules would lapse under a national act,
 * which conflict with it, which may remain, and what that means for the licences it granted.
 *
 * <p>Art. 122 Gemeentewet: an APV provision on a subject that a national act regulates lapses by
 * operation of law. Art. 121: a municipality may keep supplementary rules insofar as they do not
 * conflict. Which subjects an act covers, and whether exhaustively or as a floor, is the framework's
 * {@link Kaderregeling} per rule path; this class applies it to every known local rule:
 *
 * <ul>
 *   <li>UITPUTTEND: a local value equal to the framework's, or a framework value that is not known,
 *       lapses (VERVALT); a different one conflicts (STRIJDIG), stricter or looser alike, and lapses too;</li>
 *   <li>MINIMUM: a stricter local value remains as a supplement (BLIJFT); a looser one conflicts; an
 *       equal one lapses, because it repeats the national floor and adds nothing of its own. Where
 *       {@link Strengheid} knows no direction for the rule, a different value counts as conflicting:
 *       a council should not keep a rule on a guess;</li>
 *   <li>no regeling for the path: the framework leaves the subject to municipalities and the rule
 *       remains (art. 121).</li>
 * </ul>
 *
 * A rule whose local value is unknown is never judged: where the framework regulates its subject,
 * it is listed as ONBEKEND, so the reader sees what could not be assessed. A rule the municipality
 * explicitly does not have lapses nowhere; where the framework regulates it, the national rule
 * applies where there was none (LANDELIJK_NIEUW).
 *
 * <p>A business type's own minimum age or licence term is the same subject as the general one (the
 * framework's age applies to every sex worker, whatever the business): where the framework has no
 * regeling for the type's path, it inherits the general path's regeling and value. A type's own rule
 * that is absent or not regulated means "the general rule applies", so only a type rule that is set
 * is judged this way. A banned type's unknown or unregulated rules are moot while the ban stands,
 * and are not listed.
 *
 * <p>Pure: no database, no clock; the same input gives the same answer.
 */
public final class Kadertoets {

    public enum Oordeel {
        /** The local rule lapses by operation of law (art. 122 Gemeentewet): the framework regulates its subject. */
        VERVALT,
        /** The local rule conflicts with the framework (and so lapses as well). */
        STRIJDIG,
        /** The local rule remains as a supplement (art. 121 Gemeentewet). */
        BLIJFT,
        /** The framework regulates the subject but the local rule is not known: not judged. */
        ONBEKEND,
        /** The municipality explicitly has no rule; the framework's rule applies there. */
        LANDELIJK_NIEUW
    }

    /** How the local value compares with the framework's. */
    public enum Vergelijking {
        GELIJK,
        STRENGER,
        SOEPELER,
        /** Different, with no direction known ({@link Strengheid}) or none that matters. */
        ANDERS
    }

    /** One explanation in Dutch and English. */
    public record Tekst(String nl, String en) {
    }

    /**
     * One rule of the municipality judged against the framework. {@code regeling} is absent when the
     * framework leaves the rule to municipalities; {@code vergelijking} when nothing was compared;
     * {@code vindplaats} when the rule set does not say where the rule's text is.
     */
    public record Beoordeling(String pad, Oordeel oordeel, Regelwaarde lokaal, Regelwaarde kader,
                              Kaderregeling regeling, Vergelijking vergelijking, Vindplaats vindplaats, Tekst uitleg) {
    }

    /** A rule a licence rests on, and what becomes of it. */
    public record Vergunningsregel(String pad, Oordeel oordeel) {
    }

    /** A licence in force whose business type has a rule that lapses, conflicts, or is newly national. */
    public record Vergunningsgevolg(String vergunningnummer, Bedrijfstype bedrijfstype, LocalDate geldigVanaf,
                                    LocalDate geldigTot, List<Vergunningsregel> regels, Tekst uitleg) {
    }

    /** The whole answer; {@code regelset} is null when no rule set is in force, and then every list is empty. */
    public record Uitkomst(String gemeenteCode, String gemeentenaam, LocalDate peildatum, Kaderversie kader,
                           Regelsetversie regelset, List<Beoordeling> vervalt, List<Beoordeling> strijdig,
                           List<Beoordeling> blijft, List<Beoordeling> onbekend, List<Beoordeling> landelijkNieuw,
                           List<Vergunningsgevolg> vergunningen, Tekst toelichting) {
    }

    /** Type fields that are the same subject as a general rule of the same name. */
    private static final List<String> GEERFD = List.of("minimumleeftijd", "vergunningtermijnJaren");

    private Kadertoets() {
    }

    /** The test for one municipality of a moment (its rule set and licences in force on the moment's date). */
    public static Uitkomst toets(Momentopname moment, String gemeenteCode) {
        Map<String, Gemeenteligging> gemeenten = moment.gemeenten();
        Gemeenteligging gemeente = gemeenten.get(gemeenteCode);
        if (gemeente == null) {
            throw new IllegalArgumentException("geen gemeente: " + gemeenteCode);
        }
        return toets(moment.peildatum(), gemeente, moment.regelsets().get(gemeenteCode), moment.kader(),
                moment.vergunningen(), code -> gemeenten.containsKey(code) ? gemeenten.get(code).naam() : code);
    }

    /**
     * @param regelset    the rule set in force in the municipality, or null when it has none
     * @param vergunningen licences in force; those of other municipalities are ignored
     * @param naamVan     a municipality's name by its code, for explanations that name municipalities
     */
    public static Uitkomst toets(LocalDate peildatum, Gemeenteligging gemeente, Regelsetversie regelset,
                                 Kaderversie kader, List<VergunningInWerking> vergunningen,
                                 Function<String, String> naamVan) {
        if (kader.soort() == Kadersoort.MODELVERORDENING) {
            // A model binds no one: nothing lapses by it. The service refuses this before it gets here.
            throw new IllegalArgumentException("een modelverordening bindt niemand: " + kader.code());
        }
        Zinnen zinnen = new Zinnen(gemeente.naam(), kader, naamVan);
        List<VergunningInWerking> hier = vergunningen.stream()
                .filter(v -> v.gemeenteCode().equals(gemeente.code()))
                .sorted(Comparator.comparing(VergunningInWerking::vergunningnummer)).toList();
        if (regelset == null) {
            return new Uitkomst(gemeente.code(), gemeente.naam(), peildatum, kader, null, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), zinnen.zonderRegelset(peildatum, hier.size()));
        }
        List<Beoordeling> alle = new ArrayList<>();
        for (String pad : Regelpaden.alle()) {
            Beoordeling b = beoordeel(pad, regelset.regels(), kader, zinnen);
            if (b != null) {
                alle.add(b);
            }
        }
        List<Vergunningsgevolg> gevolgen = new ArrayList<>();
        for (VergunningInWerking v : hier) {
            String voorvoegsel = Regelpaden.BEDRIJFSTYPEN + "." + v.bedrijfstype() + ".";
            List<Beoordeling> raakt = alle.stream().filter(b -> b.pad().startsWith(voorvoegsel))
                    .filter(b -> b.oordeel() == Oordeel.VERVALT || b.oordeel() == Oordeel.STRIJDIG
                            || b.oordeel() == Oordeel.LANDELIJK_NIEUW).toList();
            if (!raakt.isEmpty()) {
                gevolgen.add(new Vergunningsgevolg(v.vergunningnummer(), v.bedrijfstype(), v.geldigVanaf(), v.geldigTot(),
                        raakt.stream().map(b -> new Vergunningsregel(b.pad(), b.oordeel())).toList(),
                        zinnen.vergunning(v, raakt)));
            }
        }
        List<Beoordeling> vervalt = alleen(alle, Oordeel.VERVALT);
        List<Beoordeling> strijdig = alleen(alle, Oordeel.STRIJDIG);
        List<Beoordeling> blijft = alleen(alle, Oordeel.BLIJFT);
        List<Beoordeling> onbekend = alleen(alle, Oordeel.ONBEKEND);
        List<Beoordeling> nieuw = alleen(alle, Oordeel.LANDELIJK_NIEUW);
        return new Uitkomst(gemeente.code(), gemeente.naam(), peildatum, kader, regelset, vervalt, strijdig, blijft,
                onbekend, nieuw, List.copyOf(gevolgen), zinnen.samenvatting(peildatum, regelset, vervalt.size(),
                strijdig.size(), blijft.size(), onbekend.size(), nieuw.size(), gevolgen.size()));
    }

    private static List<Beoordeling> alleen(List<Beoordeling> alle, Oordeel oordeel) {
        return alle.stream().filter(b -> b.oordeel() == oordeel).toList();
    }

    /** The framework's reading of a path, and whether it is inherited from the general rule. */
    private record Bron(Kaderregeling regeling, Regelwaarde waarde, boolean geerfd) {
    }

    private static Bron bron(String pad, Kaderversie kader) {
        Regelwaarde eigen = kader.regels().waarde(pad);
        Kaderregeling regeling = kader.regeling(pad);
        if (regeling != null) {
            return new Bron(regeling, eigen, false);
        }
        String algemeen = algemeenPad(pad);
        if (algemeen != null && kader.regeling(algemeen) != null) {
            return new Bron(kader.regeling(algemeen), eigen.isGezet() ? eigen : kader.regels().waarde(algemeen), true);
        }
        return new Bron(null, eigen, false);
    }

    /** "minimumleeftijd" for "bedrijfstypen.CLUB.minimumleeftijd"; null for a path without a general twin. */
    private static String algemeenPad(String pad) {
        if (!pad.startsWith(Regelpaden.BEDRIJFSTYPEN + ".")) {
            return null;
        }
        String veld = pad.substring(pad.lastIndexOf('.') + 1);
        return GEERFD.contains(veld) ? veld : null;
    }

    private static Beoordeling beoordeel(String pad, Regels regels, Kaderversie kader, Zinnen zinnen) {
        Regelwaarde lokaal = regels.waarde(pad);
        Bron bron = bron(pad, kader);
        Kaderregeling regeling = bron.regeling();
        Regelwaarde kaderwaarde = bron.waarde();
        Vindplaats vindplaats = regels.vindplaats(pad);
        if (!lokaal.isGezet()) {
            if (regeling == null || bron.geerfd() || typeVerboden(pad, regels)) {
                return null;
            }
            Oordeel oordeel = lokaal.stand() == Stand.ONBEKEND ? Oordeel.ONBEKEND : Oordeel.LANDELIJK_NIEUW;
            return new Beoordeling(pad, oordeel, lokaal, kaderwaarde, regeling, null, vindplaats,
                    oordeel == Oordeel.ONBEKEND ? zinnen.onbekendLokaal(pad, regeling, kaderwaarde)
                            : zinnen.landelijkNieuw(pad, regeling, kaderwaarde));
        }
        if (regeling == null) {
            return new Beoordeling(pad, Oordeel.BLIJFT, lokaal, kaderwaarde, null, null, vindplaats,
                    zinnen.nietGeregeld(pad, lokaal, vindplaats));
        }
        boolean gelijk = kaderwaarde.isGezet() && Regelpaden.tekst(lokaal).equals(Regelpaden.tekst(kaderwaarde));
        Vergelijking vergelijking = gelijk ? Vergelijking.GELIJK : !kaderwaarde.isGezet() ? null
                : Strengheid.vergelijk(pad, lokaal.waarde(), kaderwaarde.waarde()).orElse(Vergelijking.ANDERS);
        if (regeling.aard() == Kaderregeling.Aard.UITPUTTEND) {
            // The subject is the act's: whatever the local rule says, it lapses; a different one also conflicts.
            Oordeel oordeel = gelijk || kaderwaarde.stand() == Stand.ONBEKEND ? Oordeel.VERVALT : Oordeel.STRIJDIG;
            return new Beoordeling(pad, oordeel, lokaal, kaderwaarde, regeling, vergelijking, vindplaats,
                    zinnen.uitputtend(pad, oordeel, vergelijking, lokaal, kaderwaarde, vindplaats));
        }
        // MINIMUM: only the direction decides, and it must rest on two known values.
        if (kaderwaarde.stand() == Stand.ONBEKEND) {
            return new Beoordeling(pad, Oordeel.ONBEKEND, lokaal, kaderwaarde, regeling, null, vindplaats,
                    zinnen.onbekendeOndergrens(pad, lokaal, vindplaats));
        }
        if (kaderwaarde.stand() == Stand.NIET_GEREGELD) {
            // A floor of nothing: any local rule adds to it.
            return new Beoordeling(pad, Oordeel.BLIJFT, lokaal, kaderwaarde, regeling, null, vindplaats,
                    zinnen.zonderOndergrens(pad, lokaal, vindplaats));
        }
        Oordeel oordeel = switch (vergelijking) {
            case GELIJK -> Oordeel.VERVALT;
            case STRENGER -> Oordeel.BLIJFT;
            case SOEPELER, ANDERS -> Oordeel.STRIJDIG;
        };
        return new Beoordeling(pad, oordeel, lokaal, kaderwaarde, regeling, vergelijking, vindplaats,
                zinnen.minimum(pad, vergelijking, lokaal, kaderwaarde, vindplaats));
    }

    private static boolean typeVerboden(String pad, Regels regels) {
        if (!pad.startsWith(Regelpaden.BEDRIJFSTYPEN + ".")) {
            return false;
        }
        var type = regels.voor(Bedrijfstype.valueOf(pad.split("\\.")[1]));
        return type != null && type.isVerboden();
    }

    /**
     * The sentences, in Dutch and English. A bill is spoken of in the conditional ("would lapse once the
     * bill becomes law"), law in force in the present: it says what a council reads.
     */
    private static final class Zinnen {
        private final String gemeente;
        private final Kaderversie kader;
        private final boolean wetsvoorstel;
        private final Function<String, String> naamVan;
        private final String kaderNl;
        private final String kaderEn;

        Zinnen(String gemeente, Kaderversie kader, Function<String, String> naamVan) {
            this.gemeente = gemeente;
            this.kader = kader;
            this.wetsvoorstel = kader.soort() == Kadersoort.WETSVOORSTEL;
            this.naamVan = naamVan;
            this.kaderNl = "kader " + kader.naam();
            this.kaderEn = "framework " + kader.naam();
        }

        private String nl(String pad, Regelwaarde w) {
            return Regeltekst.waarde(pad, w, Taal.NL, naamVan);
        }

        private String en(String pad, Regelwaarde w) {
            return Regeltekst.waarde(pad, w, Taal.EN, naamVan);
        }

        private static String artikel(Vindplaats v) {
            return v == null || v.artikel() == null ? "" : " (" + v.artikel() + ")";
        }

        private static String hoofdletter(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private String vervaltNl() {
            return wetsvoorstel ? "zou van rechtswege vervallen zodra het wetsvoorstel wet wordt" : "vervalt van rechtswege";
        }

        private String vervaltEn() {
            return wetsvoorstel ? "would lapse by operation of law once the bill becomes law" : "lapses by operation of law";
        }

        private String magBlijvenNl() {
            return wetsvoorstel ? "zou mogen blijven" : "mag blijven";
        }

        private String magBlijvenEn() {
            return wetsvoorstel ? "could remain" : "may remain";
        }

        private String geldtNl() {
            return wetsvoorstel ? "zou gelden" : "geldt";
        }

        private String geldtEn() {
            return wetsvoorstel ? "would apply" : "applies";
        }

        private static String aardNl(Kaderregeling r) {
            return r.aard() == Kaderregeling.Aard.UITPUTTEND ? "uitputtend" : "als ondergrens";
        }

        private static String aardEn(Kaderregeling r) {
            return r.aard() == Kaderregeling.Aard.UITPUTTEND ? "exhaustively" : "as a floor";
        }

        Tekst uitputtend(String pad, Oordeel oordeel, Vergelijking vergelijking, Regelwaarde lokaal, Regelwaarde k,
                         Vindplaats v) {
            String lNl = "In " + gemeente + " geldt " + nl(pad, lokaal) + artikel(v);
            String lEn = gemeente + " has " + en(pad, lokaal) + artikel(v);
            if (oordeel == Oordeel.VERVALT && !k.isGezet()) {
                return new Tekst(lNl + ". " + hoofdletter(kaderNl) + " regelt " + Regeltekst.onderwerp(pad, Taal.NL)
                        + " uitputtend (welke regel precies, is niet bekend), dus de gemeentelijke regel " + vervaltNl()
                        + " (art. 122 Gemeentewet).",
                        lEn + ". " + hoofdletter(kaderEn) + " regulates " + Regeltekst.onderwerp(pad, Taal.EN)
                                + " exhaustively (its exact rule is not known), so the local rule " + vervaltEn()
                                + " (art. 122 Municipalities Act).");
            }
            if (oordeel == Oordeel.VERVALT) {
                return new Tekst(lNl + ", net als in " + kaderNl + ". Dat regelt dit onderwerp uitputtend, dus de "
                        + "gemeentelijke regel voegt niets toe en " + vervaltNl() + " (art. 122 Gemeentewet).",
                        lEn + ", as " + kaderEn + " does. It regulates this subject exhaustively, so the local rule adds "
                                + "nothing and " + vervaltEn() + " (art. 122 Municipalities Act).");
            }
            String richtingNl = vergelijking == Vergelijking.STRENGER ? " De gemeente is strenger, maar"
                    : vergelijking == Vergelijking.SOEPELER ? " De gemeente is soepeler, en" : "";
            String richtingEn = vergelijking == Vergelijking.STRENGER ? " The municipality is stricter, but"
                    : vergelijking == Vergelijking.SOEPELER ? " The municipality is looser, and" : "";
            return new Tekst(lNl + "; " + kaderNl + " kent " + nl(pad, k) + "." + richtingNl
                    + (richtingNl.isEmpty() ? " H" : " h") + "et kader regelt dit onderwerp uitputtend en laat geen "
                    + "afwijking toe: de gemeentelijke regel " + (wetsvoorstel ? "zou strijdig zijn en vervallen" : "is strijdig en vervalt")
                    + " (art. 122 Gemeentewet); de landelijke regel " + geldtNl() + ".",
                    lEn + "; " + kaderEn + " provides for " + en(pad, k) + "." + richtingEn
                            + (richtingEn.isEmpty() ? " T" : " t") + "he framework regulates this subject exhaustively "
                            + "and allows no deviation: the local rule " + (wetsvoorstel ? "would conflict and lapse"
                            : "conflicts and lapses") + " (art. 122 Municipalities Act); the national rule " + geldtEn() + ".");
        }

        Tekst minimum(String pad, Vergelijking vergelijking, Regelwaarde lokaal, Regelwaarde k, Vindplaats v) {
            String lNl = "In " + gemeente + " geldt " + nl(pad, lokaal) + artikel(v);
            String lEn = gemeente + " has " + en(pad, lokaal) + artikel(v);
            return switch (vergelijking) {
                case GELIJK -> new Tekst(lNl + ", gelijk aan de ondergrens van " + kaderNl + ". Een gelijke regel herhaalt "
                        + "de landelijke en voegt niets toe, dus de gemeentelijke regel " + vervaltNl()
                        + " (art. 122 Gemeentewet).",
                        lEn + ", equal to the floor in " + kaderEn + ". An equal rule repeats the national one and adds "
                                + "nothing, so the local rule " + vervaltEn() + " (art. 122 Municipalities Act).");
                case STRENGER -> new Tekst(lNl + ", strenger dan de ondergrens van " + kaderNl + " (" + nl(pad, k)
                        + "): de regel " + magBlijvenNl() + " als aanvulling (art. 121 Gemeentewet).",
                        lEn + ", stricter than the floor in " + kaderEn + " (" + en(pad, k) + "): the rule "
                                + magBlijvenEn() + " as a supplement (art. 121 Municipalities Act).");
                case SOEPELER -> new Tekst(lNl + ", soepeler dan de ondergrens van " + kaderNl + " (" + nl(pad, k)
                        + "). Aanvullen mag alleen strenger (art. 121 Gemeentewet): de gemeentelijke regel "
                        + (wetsvoorstel ? "zou strijdig zijn" : "is strijdig") + "; de landelijke ondergrens " + geldtNl() + ".",
                        lEn + ", looser than the floor in " + kaderEn + " (" + en(pad, k) + "). A supplement may only be "
                                + "stricter (art. 121 Municipalities Act): the local rule " + (wetsvoorstel
                                ? "would conflict" : "conflicts") + "; the national floor " + geldtEn() + ".");
                case ANDERS -> new Tekst(lNl + "; " + kaderNl + " stelt " + nl(pad, k) + " als ondergrens. Voor deze regel "
                        + "ligt niet vast wat strenger is, dus de toets houdt hem voor strijdig in plaats van hem op een "
                        + "gok te laten staan; laat beoordelen of hij de ondergrens aanvult (art. 121 Gemeentewet).",
                        lEn + "; " + kaderEn + " sets " + en(pad, k) + " as a floor. For this rule it is not settled "
                                + "what is stricter, so the assessment treats it as conflicting rather than keep it on "
                                + "a guess; have it reviewed whether it supplements the floor (art. 121 Municipalities Act).");
            };
        }

        Tekst nietGeregeld(String pad, Regelwaarde lokaal, Vindplaats v) {
            return new Tekst("In " + gemeente + " geldt " + nl(pad, lokaal) + artikel(v) + ". " + hoofdletter(kaderNl)
                    + " laat " + Regeltekst.onderwerp(pad, Taal.NL) + " aan de gemeenten: de regel " + magBlijvenNl()
                    + " als aanvulling, zolang hij niet strijdt met de wet (art. 121 Gemeentewet).",
                    gemeente + " has " + en(pad, lokaal) + artikel(v) + ". " + hoofdletter(kaderEn) + " leaves "
                            + Regeltekst.onderwerp(pad, Taal.EN) + " to municipalities: the rule " + magBlijvenEn()
                            + " as a supplement as long as it does not conflict with the act (art. 121 Municipalities Act).");
        }

        Tekst zonderOndergrens(String pad, Regelwaarde lokaal, Vindplaats v) {
            return new Tekst("In " + gemeente + " geldt " + nl(pad, lokaal) + artikel(v) + "; " + kaderNl
                    + " stelt hiervoor geen ondergrens: de regel " + magBlijvenNl() + " als aanvulling (art. 121 Gemeentewet).",
                    gemeente + " has " + en(pad, lokaal) + artikel(v) + "; " + kaderEn + " sets no floor for it: the rule "
                            + magBlijvenEn() + " as a supplement (art. 121 Municipalities Act).");
        }

        Tekst onbekendeOndergrens(String pad, Regelwaarde lokaal, Vindplaats v) {
            return new Tekst("In " + gemeente + " geldt " + nl(pad, lokaal) + artikel(v) + ". " + hoofdletter(kaderNl)
                    + " stelt voor " + Regeltekst.onderwerp(pad, Taal.NL) + " een ondergrens, maar welke is niet bekend: "
                    + "of de gemeentelijke regel strenger is en mag blijven, valt niet te zeggen.",
                    gemeente + " has " + en(pad, lokaal) + artikel(v) + ". " + hoofdletter(kaderEn) + " sets a floor for "
                            + Regeltekst.onderwerp(pad, Taal.EN) + ", but which one is not known: whether the local rule "
                            + "is stricter and may remain cannot be said.");
        }

        Tekst onbekendLokaal(String pad, Kaderregeling r, Regelwaarde k) {
            return new Tekst("Van " + gemeente + " is niet bekend welke regel er geldt over "
                    + Regeltekst.onderwerp(pad, Taal.NL) + ". " + hoofdletter(kaderNl) + " regelt dit " + aardNl(r)
                    + " (" + nl(pad, k) + "); zonder de gemeentelijke regel valt niet te zeggen of die vervalt, strijdig "
                    + "is of blijft.",
                    "It is not known what rule " + gemeente + " has on " + Regeltekst.onderwerp(pad, Taal.EN) + ". "
                            + hoofdletter(kaderEn) + " regulates it " + aardEn(r) + " (" + en(pad, k) + "); without the "
                            + "local rule it cannot be said whether it lapses, conflicts or remains.");
        }

        Tekst landelijkNieuw(String pad, Kaderregeling r, Regelwaarde k) {
            return new Tekst(gemeente + " heeft uitdrukkelijk geen regel over " + Regeltekst.onderwerp(pad, Taal.NL)
                    + "; " + kaderNl + " regelt dit " + aardNl(r) + " (" + nl(pad, k) + "): daar " + geldtNl()
                    + " de landelijke regel, waar de gemeente er geen had.",
                    gemeente + " explicitly has no rule on " + Regeltekst.onderwerp(pad, Taal.EN) + "; " + kaderEn
                            + " regulates it " + aardEn(r) + " (" + en(pad, k) + "): the national rule " + geldtEn()
                            + " where the municipality had none.");
        }

        /** What changes for one licence, rule by rule. */
        Tekst vergunning(VergunningInWerking v, List<Beoordeling> regels) {
            List<String> nl = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (Beoordeling b : regels) {
                String veld = b.pad().substring(b.pad().lastIndexOf('.') + 1);
                if (veld.equals("vergunningplicht") && Boolean.TRUE.equals(b.kader().waarde())) {
                    nl.add((b.oordeel() == Oordeel.LANDELIJK_NIEUW ? "er geldt een landelijke vergunningplicht waar de "
                            + "gemeente er geen had" : "de landelijke vergunningplicht komt in de plaats van de gemeentelijke")
                            + "; de exploitant heeft een vergunning op grond van de wet nodig, en of deze vergunning "
                            + "daarvoor meetelt, hangt af van het overgangsrecht (niet gevonden in de bronnen)");
                    en.add((b.oordeel() == Oordeel.LANDELIJK_NIEUW ? "a national licence duty applies where the "
                            + "municipality had none" : "the national licence duty replaces the local one")
                            + "; the operator needs a licence under the act, and whether this licence counts for it "
                            + "depends on transitional law (not found in the sources)");
                } else if (veld.equals("minimumleeftijd") && b.kader().isGezet()) {
                    nl.add("voor wie onder deze vergunning werkt, geldt " + nl(b.pad(), b.kader()) + " in plaats van "
                            + nl(b.pad(), b.lokaal()));
                    en.add("for those working under this licence, " + en(b.pad(), b.kader()) + " applies instead of "
                            + en(b.pad(), b.lokaal()));
                } else {
                    nl.add(Regeltekst.onderwerp(b.pad(), Taal.NL) + " volgt niet langer uit de gemeentelijke regels ("
                            + nl(b.pad(), b.lokaal()) + ") maar uit " + kaderNl + " (" + nl(b.pad(), b.kader()) + ")");
                    en.add(Regeltekst.onderwerp(b.pad(), Taal.EN) + " no longer follows from the local rules ("
                            + en(b.pad(), b.lokaal()) + ") but from " + kaderEn + " (" + en(b.pad(), b.kader()) + ")");
                }
            }
            String typeNl = Regeltekst.type(v.bedrijfstype(), Taal.NL);
            String typeEn = Regeltekst.type(v.bedrijfstype(), Taal.EN);
            String beginNl = wetsvoorstel ? "Als het wetsvoorstel wet wordt, verandert voor vergunning " + v.vergunningnummer()
                    + " (" + typeNl + ") in " + gemeente + ": " : "Voor vergunning " + v.vergunningnummer() + " (" + typeNl
                    + ") in " + gemeente + " geldt: ";
            String beginEn = wetsvoorstel ? "If the bill becomes law, for licence " + v.vergunningnummer() + " (" + typeEn
                    + ") in " + gemeente + ": " : "For licence " + v.vergunningnummer() + " (" + typeEn + ") in "
                    + gemeente + ": ";
            return new Tekst(beginNl + String.join("; ", nl) + ".", beginEn + String.join("; ", en) + ".");
        }

        Tekst zonderRegelset(LocalDate peildatum, int vergunningen) {
            String vNl = vergunningen == 0 ? "" : " Er " + (vergunningen == 1 ? "is 1 vergunning" : "zijn " + vergunningen
                    + " vergunningen") + " in werking; op welke regels die rusten, valt zonder regelset niet te zeggen.";
            String vEn = vergunningen == 0 ? "" : " " + vergunningen + (vergunningen == 1 ? " licence is" : " licences are")
                    + " in force; without a rule set it cannot be said which rules they rest on.";
            return new Tekst(gemeente + " heeft op " + peildatum + " geen gepubliceerde regelset in werking: er is geen "
                    + "gemeentelijke regel om aan " + kaderNl + " te toetsen." + vNl,
                    gemeente + " has no published rule set in force on " + peildatum + ": there is no local rule to "
                            + "assess against " + kaderEn + "." + vEn);
        }

        Tekst samenvatting(LocalDate peildatum, Regelsetversie regelset, int vervalt, int strijdig, int blijft,
                           int onbekend, int nieuw, int vergunningen) {
            String versieNl = regelset.versie() == null ? "De regels" : "Regelset versie " + regelset.versie();
            String versieEn = regelset.versie() == null ? "The rules" : "Rule set version " + regelset.versie();
            String soortNl = wetsvoorstel ? " Het wetsvoorstel is geen wet: dit is wat er zou gebeuren als het "
                    + "ongewijzigd wet wordt." : " Dit kader is geldend recht: wat vervalt of strijdig is, werkt nu al niet.";
            String soortEn = wetsvoorstel ? " The bill is not law: this is what would happen if it became law unchanged."
                    : " This framework is law in force: what lapses or conflicts already has no effect.";
            StringBuilder nl = new StringBuilder(versieNl + " van " + gemeente + ", in werking op " + peildatum
                    + ", getoetst aan " + kaderNl + " (versie " + kader.versie() + "): "
                    + aantal(vervalt, "regel vervalt", "regels vervallen") + ", " + aantal(strijdig, "is strijdig", "zijn strijdig")
                    + ", " + aantal(blijft, "blijft als aanvulling", "blijven als aanvulling") + ".");
            StringBuilder en = new StringBuilder(versieEn + " of " + gemeente + ", in force on " + peildatum
                    + ", assessed against " + kaderEn + " (version " + kader.versie() + "): " + vervalt
                    + (vervalt == 1 ? " rule lapses, " : " rules lapse, ") + strijdig + (strijdig == 1 ? " conflicts, " : " conflict, ")
                    + blijft + (blijft == 1 ? " remains" : " remain") + " as a supplement.");
            if (onbekend > 0) {
                nl.append(" Van ").append(onbekend).append(onbekend == 1 ? " regel" : " regels")
                        .append(" die het kader regelt, is de gemeentelijke waarde onbekend.");
                en.append(" For ").append(onbekend).append(onbekend == 1 ? " rule" : " rules")
                        .append(" the framework regulates, the local value is unknown.");
            }
            if (nieuw > 0) {
                nl.append(" Op ").append(nieuw).append(nieuw == 1 ? " onderwerp " : " onderwerpen ").append(geldtNl())
                        .append(" een landelijke regel waar de gemeente er geen had.");
                en.append(" On ").append(nieuw).append(nieuw == 1 ? " subject" : " subjects").append(" a national rule ")
                        .append(geldtEn()).append(" where the municipality had none.");
            }
            if (vergunningen > 0) {
                nl.append(" ").append(aantal(vergunningen, "vergunning in werking verandert",
                        "vergunningen in werking veranderen")).append(".");
                en.append(" ").append(vergunningen).append(vergunningen == 1 ? " licence in force is affected."
                        : " licences in force are affected.");
            }
            return new Tekst(nl.append(soortNl).toString(), en.append(soortEn).toString());
        }

        private static String aantal(int n, String een, String meer) {
            return n + " " + (n == 1 ? een : meer);
        }
    }
}
