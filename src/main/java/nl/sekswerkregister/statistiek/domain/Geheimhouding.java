package nl.sekswerkregister.statistiek.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.sekswerkregister.statistiek.domain.Rooster.Som;

/**
 * Statistical disclosure control over a {@link Rooster}: which cells are not published.
 *
 * <ol>
 *   <li><b>Primary suppression</b>: a cell with {@code 0 < n < drempel}. Zeros are published: that
 *       nobody is counted is no figure about a person, and every cell that is published makes the
 *       suppressed ones harder, not easier, to recover.</li>
 *   <li><b>Secondary suppression</b>, to a fixed point over every sum of the lattice: when a sum's
 *       total is published and exactly one of its members is suppressed, or the suppressed members
 *       add up to less than the threshold, another member is suppressed (the smallest non-zero one
 *       still published; if there is none, the total). A suppressed total whose members are all
 *       published is protected the same way. Suppression only grows, so this ends.</li>
 *   <li><b>Audit</b>: what an attacker can still do with all published figures together. Exactly: a
 *       suppressed cell whose unit vector lies in the row space of the sums over the suppressed cells
 *       is determined (Gaussian elimination, modulo the prime 2^61-1). By intervals: every suppressed
 *       cell is at least 1 (zeros are published), and bounds propagated through the sums must not pin
 *       a cell to one value. A cell that fails either gets one more cell suppressed next to it, and
 *       the fixed point runs again, until the audit finds nothing.</li>
 * </ol>
 *
 * Deterministic: the same counts give the same suppression, so every request for any level or margin
 * of one statistic and period is answered from one consistent pattern.
 */
public final class Geheimhouding {

    private static final long PRIEM = (1L << 61) - 1;
    private static final long ONBEGRENSD = Long.MAX_VALUE;

    private final Rooster rooster;
    private final long drempel;
    private final boolean secundair;
    private final long[] aantallen;
    private final BitSet onderdrukt = new BitSet();
    private final List<List<Integer>> sommenVanCel;

    private Geheimhouding(Rooster rooster, long drempel, boolean secundair) {
        this.rooster = rooster;
        this.drempel = drempel;
        this.secundair = secundair;
        this.aantallen = rooster.aantallen();
        this.sommenVanCel = new ArrayList<>(rooster.cellen());
        for (int c = 0; c < rooster.cellen(); c++) {
            sommenVanCel.add(new ArrayList<>(4));
        }
        List<Som> sommen = rooster.sommen();
        for (int s = 0; s < sommen.size(); s++) {
            sommenVanCel.get(sommen.get(s).totaal()).add(s);
            for (int lid : sommen.get(s).leden()) {
                sommenVanCel.get(lid).add(s);
            }
        }
    }

    /** The suppressed cells of the lattice, with threshold {@code drempel}. */
    public static BitSet onderdruk(Rooster rooster, long drempel) {
        Geheimhouding g = new Geheimhouding(rooster, drempel, true);
        g.bereken();
        return (BitSet) g.onderdrukt.clone();
    }

    /** Primary suppression only: what a naive publisher would do; for tests that show why it is not enough. */
    public static BitSet alleenPrimair(Rooster rooster, long drempel) {
        Geheimhouding g = new Geheimhouding(rooster, drempel, false);
        g.bereken();
        return (BitSet) g.onderdrukt.clone();
    }

    /** A published figure rounded to the nearest multiple of {@code afronding} (halves up); 1 leaves it. */
    public static long afgerond(long aantal, int afronding) {
        return afronding <= 1 ? aantal : (aantal + afronding / 2) / afronding * afronding;
    }

    private void bereken() {
        for (int c = 0; c < aantallen.length; c++) {
            if (aantallen[c] > 0 && aantallen[c] < drempel) {
                onderdrukt.set(c);
            }
        }
        if (!secundair || onderdrukt.isEmpty()) {
            return;
        }
        Deque<Integer> werk = new ArrayDeque<>();
        for (int s = 0; s < rooster.sommen().size(); s++) {
            werk.add(s);
        }
        while (true) {
            vastPunt(werk);
            List<Integer> lekken = audit();
            if (lekken.isEmpty()) {
                return;
            }
            // A leak found in this round may already be closed by a cell suppressed for an earlier one:
            // then nothing near it is left to suppress, and the next audit tells whether it still leaks.
            boolean verder = false;
            for (int cel : lekken) {
                verder |= dekAf(cel, werk);
            }
            if (!verder) {
                // Not expected (every leak has a shown cell near it), but if it happens: show no
                // non-zero figure at all rather than one that can be recovered.
                for (int c = 0; c < aantallen.length; c++) {
                    if (aantallen[c] > 0) {
                        onderdrukt.set(c);
                    }
                }
                return;
            }
        }
    }

    private void vastPunt(Deque<Integer> werk) {
        BitSet inWerk = new BitSet();
        werk.forEach(inWerk::set);
        while (!werk.isEmpty()) {
            int s = werk.poll();
            inWerk.clear(s);
            int extra = nodig(rooster.sommen().get(s));
            if (extra >= 0) {
                onderdrukt.set(extra);
                for (int ander : sommenVanCel.get(extra)) {
                    if (!inWerk.get(ander)) {
                        inWerk.set(ander);
                        werk.add(ander);
                    }
                }
            }
        }
    }

    /** The cell this sum needs suppressed as well, or -1 when it is safe. */
    private int nodig(Som som) {
        int aantalOnderdrukt = 0;
        long somOnderdrukt = 0;
        for (int lid : som.leden()) {
            if (onderdrukt.get(lid)) {
                aantalOnderdrukt++;
                somOnderdrukt += aantallen[lid];
            }
        }
        if (onderdrukt.get(som.totaal())) {
            return aantalOnderdrukt == 0 ? kleinsteGepubliceerd(som) : -1;
        }
        if (aantalOnderdrukt == 0 || (aantalOnderdrukt > 1 && somOnderdrukt >= drempel)) {
            return -1;
        }
        int lid = kleinsteGepubliceerd(som);
        return lid >= 0 ? lid : som.totaal();
    }

    private int kleinsteGepubliceerd(Som som) {
        int beste = -1;
        for (int lid : som.leden()) {
            if (!onderdrukt.get(lid) && aantallen[lid] > 0 && (beste < 0 || aantallen[lid] < aantallen[beste])) {
                beste = lid;
            }
        }
        return beste;
    }

    /**
     * Suppresses one more cell near this one: the first published non-zero cell met walking outward
     * through the sums from it (in a sum with the cell itself if there is one; a pin by intervals can
     * come from further away, through a chain of fully suppressed sums). False when there is none.
     */
    private boolean dekAf(int cel, Deque<Integer> werk) {
        BitSet gezien = new BitSet();
        gezien.set(cel);
        Deque<Integer> rand = new ArrayDeque<>(List.of(cel));
        while (!rand.isEmpty()) {
            int huidig = rand.poll();
            for (int s : sommenVanCel.get(huidig)) {
                Som som = rooster.sommen().get(s);
                int extra = kleinsteGepubliceerd(som);
                if (extra < 0 && !onderdrukt.get(som.totaal()) && aantallen[som.totaal()] > 0) {
                    extra = som.totaal();
                }
                if (extra >= 0) {
                    onderdrukt.set(extra);
                    werk.addAll(sommenVanCel.get(extra));
                    return true;
                }
                for (int buur : som.leden()) {
                    if (!gezien.get(buur)) {
                        gezien.set(buur);
                        rand.add(buur);
                    }
                }
                if (!gezien.get(som.totaal())) {
                    gezien.set(som.totaal());
                    rand.add(som.totaal());
                }
            }
        }
        return false;
    }


    /** Suppressed cells an attacker can still determine exactly or pin by intervals. */
    private List<Integer> audit() {
        int[] kolom = new int[aantallen.length];
        Arrays.fill(kolom, -1);
        int[] cel = onderdrukt.stream().toArray();
        for (int i = 0; i < cel.length; i++) {
            kolom[cel[i]] = i;
        }
        List<Som> relevant = new ArrayList<>();
        for (Som som : rooster.sommen()) {
            if (onderdrukt.get(som.totaal()) || Arrays.stream(som.leden()).anyMatch(onderdrukt::get)) {
                relevant.add(som);
            }
        }
        // Row space of the sums over the unknowns, in echelon form: pivot column -> row (pivot 1).
        Map<Integer, TreeMap<Integer, Long>> spil = new HashMap<>();
        for (Som som : relevant) {
            TreeMap<Integer, Long> rij = new TreeMap<>();
            if (kolom[som.totaal()] >= 0) {
                rij.put(kolom[som.totaal()], PRIEM - 1);
            }
            for (int lid : som.leden()) {
                if (kolom[lid] >= 0) {
                    rij.merge(kolom[lid], 1L, (a, b) -> (a + b) % PRIEM);
                }
            }
            rij.values().removeIf(v -> v == 0);
            TreeMap<Integer, Long> rest = herleid(rij, spil);
            if (!rest.isEmpty()) {
                int k = rest.firstKey();
                long inverse = macht(rest.get(k), PRIEM - 2);
                rest.replaceAll((kk, v) -> vermenigvuldig(v, inverse));
                spil.put(k, rest);
            }
        }
        List<Integer> lekken = new ArrayList<>();
        for (int i = 0; i < cel.length; i++) {
            TreeMap<Integer, Long> eenheid = new TreeMap<>();
            eenheid.put(i, 1L);
            if (herleid(eenheid, spil).isEmpty()) {
                lekken.add(cel[i]);
            }
        }
        if (lekken.isEmpty()) {
            lekken.addAll(vastgepind(relevant, kolom, cel));
        }
        return lekken;
    }

    private static TreeMap<Integer, Long> herleid(TreeMap<Integer, Long> rij, Map<Integer, TreeMap<Integer, Long>> spil) {
        TreeMap<Integer, Long> rest = new TreeMap<>(rij);
        Integer k = rest.isEmpty() ? null : rest.firstKey();
        while (k != null) {
            TreeMap<Integer, Long> pivot = spil.get(k);
            if (pivot == null) {
                k = rest.higherKey(k);
                continue;
            }
            long factor = rest.get(k);
            for (Map.Entry<Integer, Long> e : pivot.entrySet()) {
                long nieuw = (rest.getOrDefault(e.getKey(), 0L) + PRIEM - vermenigvuldig(factor, e.getValue())) % PRIEM;
                if (nieuw == 0) {
                    rest.remove(e.getKey());
                } else {
                    rest.put(e.getKey(), nieuw);
                }
            }
            k = rest.higherKey(k);
        }
        return rest;
    }

    /**
     * Interval attack: every suppressed cell lies in [1, ∞); each sum narrows its members and total.
     * A cell whose bounds meet is as good as published.
     */
    private List<Integer> vastgepind(List<Som> relevant, int[] kolom, int[] cel) {
        long[] onder = new long[cel.length];
        long[] boven = new long[cel.length];
        Arrays.fill(onder, 1);
        Arrays.fill(boven, ONBEGRENSD);
        boolean veranderd = true;
        for (int ronde = 0; veranderd && ronde < 200; ronde++) {
            veranderd = false;
            for (Som som : relevant) {
                // Σ unknown members = T - (Σ known members), T the total: known, or itself unknown.
                long bekend = 0;
                List<Integer> plus = new ArrayList<>();
                for (int lid : som.leden()) {
                    if (kolom[lid] >= 0) {
                        plus.add(kolom[lid]);
                    } else {
                        bekend += aantallen[lid];
                    }
                }
                int t = kolom[som.totaal()];
                long somOnder = 0;
                long somBoven = 0;
                int onbegrensd = 0;
                for (int p : plus) {
                    somOnder += onder[p];
                    if (boven[p] == ONBEGRENSD) {
                        onbegrensd++;
                    } else {
                        somBoven += boven[p];
                    }
                }
                long rechtsOnder = (t >= 0 ? onder[t] : aantallen[som.totaal()]) - bekend;
                boolean rechtsBegrensd = t < 0 || boven[t] != ONBEGRENSD;
                long rechtsBoven = rechtsBegrensd ? (t >= 0 ? boven[t] : aantallen[som.totaal()]) - bekend : ONBEGRENSD;
                for (int p : plus) {
                    if (rechtsBegrensd) {
                        long b = rechtsBoven - (somOnder - onder[p]);
                        if (b < boven[p]) {
                            boven[p] = b;
                            veranderd = true;
                        }
                    }
                    boolean anderenBegrensd = onbegrensd == 0 || (onbegrensd == 1 && boven[p] == ONBEGRENSD);
                    if (anderenBegrensd) {
                        long anderen = somBoven - (boven[p] == ONBEGRENSD ? 0 : boven[p]);
                        long o = rechtsOnder - anderen;
                        if (o > onder[p]) {
                            onder[p] = o;
                            veranderd = true;
                        }
                    }
                }
                if (t >= 0) {
                    if (bekend + somOnder > onder[t]) {
                        onder[t] = bekend + somOnder;
                        veranderd = true;
                    }
                    if (onbegrensd == 0 && bekend + somBoven < boven[t]) {
                        boven[t] = bekend + somBoven;
                        veranderd = true;
                    }
                }
            }
        }
        List<Integer> gepind = new ArrayList<>();
        for (int i = 0; i < cel.length; i++) {
            if (onder[i] >= boven[i]) {
                gepind.add(cel[i]);
            }
        }
        return gepind;
    }

    private static long vermenigvuldig(long a, long b) {
        long hoog = Math.multiplyHigh(a, b);
        long laag = a * b;
        long r = ((hoog << 3) | (laag >>> 61)) + (laag & PRIEM);
        while (r >= PRIEM) {
            r -= PRIEM;
        }
        return r;
    }

    private static long macht(long grondtal, long exponent) {
        long r = 1;
        long b = grondtal % PRIEM;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                r = vermenigvuldig(r, b);
            }
            b = vermenigvuldig(b, b);
            exponent >>= 1;
        }
        return r;
    }
}
