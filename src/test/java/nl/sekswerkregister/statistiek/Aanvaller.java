package nl.sekswerkregister.statistiek;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An attacker on published tables, written apart from the service's own audit so that it can find
 * what the service misses. It knows every published figure, which cells are suppressed, that a
 * suppressed cell is at least 1 (zeros are published), and every sum relation between cells (the
 * area hierarchy and the margins are public). It tries two things:
 *
 * <ul>
 *   <li><b>exact</b>: Gaussian elimination over the rationals (BigInteger fractions) of all sums
 *       restricted to the suppressed cells; a suppressed cell whose unit vector is a row of the
 *       reduced echelon form is determined;</li>
 *   <li><b>intervals</b>: bounds propagated through the sums from {@code x >= 1}; a cell whose lower
 *       bound reaches its upper bound is pinned.</li>
 * </ul>
 *
 * Cells are named by any key; a sum is {@code totaal = Σ leden}.
 */
final class Aanvaller<K> {

    record Som<K>(K totaal, List<K> leden) {
    }

    private final Map<K, Long> gepubliceerd;
    private final Set<K> onderdrukt;
    private final List<Som<K>> sommen;

    /** {@code cellen}: every cell, its published figure or {@code null} when suppressed. */
    Aanvaller(Map<K, Long> cellen, List<Som<K>> sommen) {
        this.gepubliceerd = new HashMap<>();
        this.onderdrukt = new java.util.LinkedHashSet<>();
        cellen.forEach((k, v) -> {
            if (v == null) {
                onderdrukt.add(k);
            } else {
                gepubliceerd.put(k, v);
            }
        });
        this.sommen = sommen;
    }

    /** Suppressed cells the attacker determines exactly, with their value. */
    Map<K, BigInteger[]> exact() {
        List<K> onbekend = new ArrayList<>(onderdrukt);
        Map<K, Integer> kolom = new HashMap<>();
        for (int i = 0; i < onbekend.size(); i++) {
            kolom.put(onbekend.get(i), i);
        }
        int n = onbekend.size();
        List<BigInteger[]> teller = new ArrayList<>();
        List<BigInteger[]> noemer = new ArrayList<>();
        for (Som<K> som : sommen) {
            BigInteger[] t = new BigInteger[n + 1];
            BigInteger[] d = new BigInteger[n + 1];
            java.util.Arrays.fill(t, BigInteger.ZERO);
            java.util.Arrays.fill(d, BigInteger.ONE);
            boolean heeftOnbekende = false;
            // Σ leden - totaal = 0  →  Σ onbekende leden - onbekend totaal = bekend totaal - Σ bekende leden
            BigInteger rechts = BigInteger.ZERO;
            for (K lid : som.leden()) {
                Integer k = kolom.get(lid);
                if (k != null) {
                    t[k] = t[k].add(BigInteger.ONE);
                    heeftOnbekende = true;
                } else {
                    rechts = rechts.subtract(BigInteger.valueOf(gepubliceerd.get(lid)));
                }
            }
            Integer k = kolom.get(som.totaal());
            if (k != null) {
                t[k] = t[k].subtract(BigInteger.ONE);
                heeftOnbekende = true;
            } else {
                rechts = rechts.add(BigInteger.valueOf(gepubliceerd.get(som.totaal())));
            }
            t[n] = rechts;
            if (heeftOnbekende) {
                teller.add(t);
                noemer.add(d);
            }
        }
        // Fraction-free elimination to reduced row echelon form over the rationals: rows scaled to
        // integers by cross-multiplication and divided by their gcd, so nothing is rounded.
        List<BigInteger[]> rijen = new ArrayList<>(teller);
        int r = 0;
        List<Integer> spilkolommen = new ArrayList<>();
        for (int c = 0; c < n && r < rijen.size(); c++) {
            int p = -1;
            for (int i = r; i < rijen.size(); i++) {
                if (rijen.get(i)[c].signum() != 0) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            BigInteger[] spil = rijen.get(p);
            rijen.set(p, rijen.get(r));
            rijen.set(r, spil);
            for (int i = 0; i < rijen.size(); i++) {
                if (i != r && rijen.get(i)[c].signum() != 0) {
                    BigInteger[] rij = rijen.get(i);
                    BigInteger a = spil[c];
                    BigInteger b = rij[c];
                    BigInteger[] nieuw = new BigInteger[n + 1];
                    for (int j = 0; j <= n; j++) {
                        nieuw[j] = rij[j].multiply(a).subtract(spil[j].multiply(b));
                    }
                    rijen.set(i, normaliseer(nieuw));
                }
            }
            spilkolommen.add(c);
            r++;
        }
        Map<K, BigInteger[]> bepaald = new LinkedHashMap<>();
        for (int i = 0; i < r; i++) {
            BigInteger[] rij = rijen.get(i);
            int c = spilkolommen.get(i);
            boolean eenheid = true;
            for (int j = 0; j < n; j++) {
                if (j != c && rij[j].signum() != 0) {
                    eenheid = false;
                    break;
                }
            }
            if (eenheid) {
                bepaald.put(onbekend.get(c), new BigInteger[] {rij[n], rij[c]});
            }
        }
        return bepaald;
    }

    private static BigInteger[] normaliseer(BigInteger[] rij) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : rij) {
            g = g.gcd(x);
        }
        if (g.signum() == 0 || g.equals(BigInteger.ONE)) {
            return rij;
        }
        BigInteger[] uit = new BigInteger[rij.length];
        for (int j = 0; j < rij.length; j++) {
            uit[j] = rij[j].divide(g);
        }
        return uit;
    }

    /** Suppressed cells whose interval [lower, upper] closes to one value. */
    Set<K> vastgepind() {
        Map<K, Long> onder = new HashMap<>();
        Map<K, Long> boven = new HashMap<>();
        long oneindig = Long.MAX_VALUE / 8;
        for (K k : onderdrukt) {
            onder.put(k, 1L);
            boven.put(k, oneindig);
        }
        for (int ronde = 0; ronde < 500; ronde++) {
            boolean veranderd = false;
            for (Som<K> som : sommen) {
                // all cells of the sum as (sign, key): totaal = Σ leden  ⇔  Σ leden - totaal = 0
                List<K> cellen = new ArrayList<>(som.leden());
                cellen.add(som.totaal());
                for (int i = 0; i < cellen.size(); i++) {
                    K doel = cellen.get(i);
                    if (!onderdrukt.contains(doel)) {
                        continue;
                    }
                    boolean doelIsTotaal = i == cellen.size() - 1;
                    // doel = (totaal − Σ other leden) for a member, or Σ leden for the total
                    long laag = 0;
                    long hoog = 0;
                    for (int j = 0; j < cellen.size(); j++) {
                        if (j == i) {
                            continue;
                        }
                        K ander = cellen.get(j);
                        boolean anderIsTotaal = j == cellen.size() - 1;
                        long lo = onderdrukt.contains(ander) ? onder.get(ander) : gepubliceerd.get(ander);
                        long hi = onderdrukt.contains(ander) ? boven.get(ander) : gepubliceerd.get(ander);
                        int teken = doelIsTotaal || anderIsTotaal ? 1 : -1;
                        if (teken > 0) {
                            laag = Math.min(oneindig, laag + lo);
                            hoog = Math.min(oneindig, hoog + hi);
                        } else {
                            laag = Math.max(-oneindig, laag - Math.min(oneindig, hi));
                            hoog = hoog - lo;
                        }
                    }
                    if (laag > onder.get(doel)) {
                        onder.put(doel, laag);
                        veranderd = true;
                    }
                    if (hoog < boven.get(doel) && hoog < oneindig / 2) {
                        boven.put(doel, hoog);
                        veranderd = true;
                    }
                }
            }
            if (!veranderd) {
                break;
            }
        }
        Set<K> gepind = new TreeSet<>(java.util.Comparator.comparing(Object::toString));
        for (K k : onderdrukt) {
            if (onder.get(k) >= boven.get(k)) {
                gepind.add(k);
            }
        }
        return gepind;
    }
}
