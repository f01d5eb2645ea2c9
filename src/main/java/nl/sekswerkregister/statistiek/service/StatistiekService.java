package nl.sekswerkregister.statistiek.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.controle.domain.Bevindingcode;
import nl.sekswerkregister.controle.domain.Controlesoort;
import nl.sekswerkregister.registratie.domain.RegistratieStatus;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Stand;
import nl.sekswerkregister.regelset.service.RegelsCodec;
import nl.sekswerkregister.sanctie.domain.Sanctiesoort;
import nl.sekswerkregister.signalering.domain.Signaleringsoort;
import nl.sekswerkregister.statistiek.domain.Gebiedsindeling;
import nl.sekswerkregister.statistiek.domain.Gebiedsindeling.Gebied;
import nl.sekswerkregister.statistiek.domain.Geheimhouding;
import nl.sekswerkregister.statistiek.domain.Rooster;
import nl.sekswerkregister.statistiek.domain.Statistiek;
import nl.sekswerkregister.statistiek.repository.StatistiekRepository;
import nl.sekswerkregister.statistiek.repository.StatistiekRepository.Stroom;
import nl.sekswerkregister.statistiek.repository.StatistiekRepository.TellingRij;
import nl.sekswerkregister.statistiek.service.TabelBeeld.CelBeeld;
import nl.sekswerkregister.vergunning.domain.Besluittype;
import nl.sekswerkregister.vergunning.domain.Levenscyclus;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;

/**
 * Builds a statistic for every period asked: the counts per municipality, the whole lattice of areas
 * and margins over them ({@link Rooster}), the suppression over that whole lattice when the statistic
 * is protected ({@link Geheimhouding}), and from it the cells of the one level (and area) asked for.
 * Because the suppression is computed over the lattice, never over the table asked, every level and
 * margin of one statistic and period comes from one pattern, whatever order they are asked in.
 */
@ApplicationScoped
public class StatistiekService {

    /** The longest series, in months: five years, and a bounded amount of work per request. */
    public static final int MAX_MAANDEN = 60;

    private final StatistiekRepository repository;
    private final StatistiekConfig config;
    private final Klok klok;
    private final Patroonrekenaar rekenaar;
    private final RegelsCodec codec;
    private volatile Gebiedsindeling indeling;

    /**
     * A suppression pattern is one per statistic, period, threshold and the counts themselves: new data, new
     * key. The counts are kept as their SHA-256, not as the lattice (some 15,000 numbers for registrations),
     * so that the hundreds of cached patterns hold kilobytes, not a lattice each.
     */
    private record Sleutel(Statistiek statistiek, String periode, int drempel, String aantallen) {

        static Sleutel van(Statistiek statistiek, String periode, int drempel, long[] aantallen) {
            try {
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(Long.BYTES * aantallen.length);
                buffer.asLongBuffer().put(aantallen);
                return new Sleutel(statistiek, periode, drempel, java.util.HexFormat.of().formatHex(sha.digest(buffer.array())));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 ontbreekt", e);
            }
        }
    }

    public StatistiekService(StatistiekRepository repository, StatistiekConfig config, Klok klok,
                             Patroonrekenaar rekenaar, RegelsCodec codec) {
        this.repository = repository;
        this.codec = codec;
        this.config = config;
        this.klok = klok;
        this.rekenaar = rekenaar;
    }

    /**
     * Not one transaction: each count is one query (StatistiekRepository), and a request may wait seconds
     * for its suppression patterns, which must not hold a database connection meanwhile.
     */
    public TabelBeeld tabel(StatistiekFilter filter, Paginering paginering) {
        Gebiedsindeling gebieden = indeling();
        Statistiek statistiek = filter.statistiek();
        Invoerfouten fouten = new Invoerfouten();
        List<Gebied> gevraagd = gebieden.gebieden().stream().filter(g -> g.niveau() == filter.indeling())
                .filter(g -> filter.gebied() == null || g.code().equals(filter.gebied()))
                .sorted(Comparator.comparing(Gebied::code)).toList();
        if (gevraagd.isEmpty()) {
            fouten.fout("gebied", "waarde", "Geen gebied van indeling " + filter.indeling().naam()
                    + " met deze naam of code.");
        }
        List<String> perioden = perioden(filter, fouten);
        fouten.valideer();

        List<List<String>> waarden = waarden(statistiek);
        Map<String, long[][]> basis = tellingen(statistiek, filter, perioden, gebieden, waarden);
        int drempel = statistiek.isBeschermd() ? config.drempel() : 0;
        int afronding = statistiek.isBeschermd() ? config.afronding() : 1;

        Map<String, Rooster> roosters = new LinkedHashMap<>();
        Map<String, Sleutel> sleutels = new LinkedHashMap<>();
        for (String periode : perioden) {
            Rooster rooster = new Rooster(gebieden, waarden, basis.get(periode));
            roosters.put(periode, rooster);
            if (statistiek.isBeschermd()) {
                // Every period of a series is queued at once, so that one worker computes them in a row.
                Sleutel sleutel = Sleutel.van(statistiek, periode, drempel, rooster.aantallen());
                sleutels.put(periode, sleutel);
                rekenaar.vraag(sleutel, () -> Geheimhouding.onderdruk(rooster, drempel));
            }
        }
        long termijn = rekenaar.termijn();

        List<CelBeeld> cellen = new ArrayList<>();
        int tot = paginering.offset() + paginering.pageSize() + 1;
        List<Gebied> alle = gebieden.gebieden();
        for (String periode : perioden) {
            if (cellen.size() >= tot) {
                break;
            }
            Rooster rooster = roosters.get(periode);
            BitSet onderdrukt = statistiek.isBeschermd()
                    ? rekenaar.patroon(sleutels.get(periode), () -> Geheimhouding.onderdruk(rooster, drempel), termijn)
                    : new BitSet();
            for (Gebied gebied : gevraagd) {
                int a = alle.indexOf(gebied);
                for (int combinatie = 0; combinatie < rooster.combinaties() && cellen.size() < tot; combinatie++) {
                    int cel = rooster.cel(a, combinatie);
                    boolean geheim = onderdrukt.get(cel);
                    cellen.add(new CelBeeld(periode, gebied.code(), gebied.naam(), rooster.kenmerken(combinatie),
                            geheim ? null : Geheimhouding.afgerond(rooster.aantal(cel), afronding), geheim));
                }
            }
        }
        int van = Math.min(paginering.offset(), cellen.size());
        int totEnMet = Math.min(van + paginering.pageSize(), cellen.size());
        return new TabelBeeld(List.copyOf(cellen.subList(van, totEnMet)), cellen.size() > totEnMet,
                statistiek.isBeschermd() ? drempel : null, statistiek.isBeschermd() ? afronding : null);
    }

    /** Dates (stocks) or months (flows), as the cells name them. */
    private List<String> perioden(StatistiekFilter filter, Invoerfouten fouten) {
        LocalDate vandaag = klok.vandaag();
        YearMonth huidig = YearMonth.from(vandaag);
        boolean reeks = filter.vanaf() != null || filter.tot() != null || !filter.statistiek().isVoorraad();
        if (filter.peildatum() != null && reeks) {
            fouten.fout("peildatum", "combinatie", "Vraag een peildatum of een maandreeks (vanaf, tot), niet beide.");
            return List.of();
        }
        if (!reeks) {
            return List.of((filter.peildatum() == null ? vandaag : filter.peildatum()).toString());
        }
        YearMonth tot = filter.tot() == null ? huidig : filter.tot();
        YearMonth vanaf = filter.vanaf() == null ? tot.minusMonths(11) : filter.vanaf();
        if (tot.isAfter(huidig)) {
            fouten.fout("tot", "toekomst", "Ligt na de huidige maand (" + huidig + ").");
            return List.of();
        }
        if (vanaf.isAfter(tot)) {
            fouten.fout("vanaf", "volgorde", "Ligt na tot (" + tot + ").");
            return List.of();
        }
        if (vanaf.plusMonths(MAX_MAANDEN - 1).isBefore(tot)) {
            fouten.fout("vanaf", "bereik", "Een reeks is ten hoogste " + MAX_MAANDEN + " maanden lang.");
            return List.of();
        }
        List<String> perioden = new ArrayList<>();
        for (YearMonth m = vanaf; !m.isAfter(tot); m = m.plusMonths(1)) {
            perioden.add(filter.statistiek().isVoorraad()
                    ? (m.equals(huidig) ? vandaag : m.atEndOfMonth()).toString() : m.toString());
        }
        return perioden;
    }

    private Map<String, long[][]> tellingen(Statistiek statistiek, StatistiekFilter filter, List<String> perioden,
                                           Gebiedsindeling gebieden, List<List<String>> waarden) {
        Map<String, long[][]> basis = new LinkedHashMap<>();
        int basiscombinaties = waarden.stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
        for (String periode : perioden) {
            basis.put(periode, new long[gebieden.gemeenten().size()][basiscombinaties]);
        }
        if (statistiek.isVoorraad()) {
            for (String periode : perioden) {
                LocalDate op = LocalDate.parse(periode);
                for (TellingRij rij : voorraad(statistiek, op)) {
                    tel(basis.get(periode), gebieden, waarden, rij);
                }
            }
        } else {
            YearMonth vanaf = YearMonth.parse(perioden.get(0));
            YearMonth tot = YearMonth.parse(perioden.get(perioden.size() - 1));
            for (TellingRij rij : repository.stromen(Stroom.valueOf(statistiek.name()), vanaf, tot)) {
                tel(basis.get(rij.maand()), gebieden, waarden, rij);
            }
        }
        return basis;
    }

    /** Stocks as of a date, the date-dependent statuses derived by the same rules as every other endpoint. */
    private List<TellingRij> voorraad(Statistiek statistiek, LocalDate op) {
        return switch (statistiek) {
            case VERGUNNINGEN -> repository.vergunningen(op).stream().map(r -> new TellingRij(null, r.gemeenteCode(),
                    List.of(r.bedrijfstype(), Levenscyclus.actueel(VergunningStatus.valueOf(r.status()), r.geldigTot(),
                            r.geschorstTot(), op).name()), r.aantal())).toList();
            case REGISTRATIES -> repository.registraties(op).stream().map(r -> new TellingRij(null, r.gemeenteCode(),
                    List.of(r.leeftijdsband(), RegistratieStatus.actueel(RegistratieStatus.valueOf(r.status()),
                            r.geldigTot(), op).name()), r.aantal())).toList();
            case REGELSETS -> regelsets(op);
            case REGELS -> regels(op);
            default -> throw new IllegalArgumentException(statistiek + " is geen voorraad");
        };
    }

    /** Adds a count to its municipality and base combination; a category outside the list is not published. */
    private static void tel(long[][] basis, Gebiedsindeling gebieden, List<List<String>> waarden, TellingRij rij) {
        int g = gebieden.positie(rij.gemeenteCode());
        int b = 0;
        for (int d = 0; d < waarden.size(); d++) {
            int v = waarden.get(d).indexOf(rij.kenmerken().get(d));
            if (v < 0 || g < 0) {
                return;
            }
            b = b * waarden.get(d).size() + v;
        }
        basis[g][b] += rij.aantal();
    }

    /** The categories of each dimension, in the order the cells list them. */
    public static List<List<String>> waarden(Statistiek statistiek) {
        return switch (statistiek) {
            case VERGUNNINGEN -> List.of(Statistiek.namen(Bedrijfstype.class), Statistiek.namen(VergunningStatus.class));
            case BESLUITEN -> List.of(Statistiek.namen(Besluittype.class));
            case CONTROLES -> List.of(Statistiek.namen(Controlesoort.class));
            case BEVINDINGEN -> List.of(Statistiek.namen(Bevindingcode.class, Bevindingcode.SIGNALEN_VAN_DWANG.name()));
            case SANCTIES -> List.of(Statistiek.namen(Sanctiesoort.class));
            case SIGNALERINGEN -> List.of(Statistiek.namen(Signaleringsoort.class));
            case REGISTRATIES -> List.of(Statistiek.LEEFTIJDSBANDEN, Statistiek.namen(RegistratieStatus.class));
            case REGELSETS -> List.of(Statistiek.HERKOMSTEN);
            case REGELS -> List.of(REGELPADEN, Statistiek.namen(Stand.class));
        };
    }

    private Map<String, StatistiekRepository.RegelsRij> regelsInWerking(LocalDate op) {
        Map<String, StatistiekRepository.RegelsRij> perGemeente = new java.util.HashMap<>();
        repository.regelsInWerking(op).forEach(r -> perGemeente.put(r.gemeenteCode(), r));
        return perGemeente;
    }

    /** Every rule of the vocabulary, sorted, so that its cells keep their place as rules are added. */
    private static final List<String> REGELPADEN = Regelpaden.alle().stream().sorted().toList();

    /** Per municipality where its rule set in force comes from; GEEN when none is. */
    private List<TellingRij> regelsets(LocalDate op) {
        Map<String, StatistiekRepository.RegelsRij> inWerking = regelsInWerking(op);
        return indeling().gemeenten().stream().map(g -> new TellingRij(null, g.code(), List.of(
                inWerking.containsKey(g.code()) ? inWerking.get(g.code()).herkomst() : "GEEN"), 1)).toList();
    }

    /**
     * Per municipality and rule its state under the rules in force: the same reading (Regels.waarde) as the
     * patchwork's, so "not regulated" is only what a council decided and everything not encoded is unknown.
     * A municipality without rules in force counts every rule as unknown.
     */
    private List<TellingRij> regels(LocalDate op) {
        Map<String, StatistiekRepository.RegelsRij> inWerking = regelsInWerking(op);
        List<TellingRij> rijen = new ArrayList<>();
        for (var gemeente : indeling().gemeenten()) {
            StatistiekRepository.RegelsRij rij = inWerking.get(gemeente.code());
            Regels regels = rij == null ? null : codec.lees(rij.regels());
            for (String pad : REGELPADEN) {
                Stand stand = regels == null ? Stand.ONBEKEND : regels.waarde(pad).stand();
                rijen.add(new TellingRij(null, gemeente.code(), List.of(pad, stand.name()), 1));
            }
        }
        return rijen;
    }

    /** The municipalities and their areas: reference data, read once. */
    private Gebiedsindeling indeling() {
        Gebiedsindeling bekend = indeling;
        if (bekend == null) {
            bekend = repository.indeling();
            indeling = bekend;
        }
        return bekend;
    }
}
