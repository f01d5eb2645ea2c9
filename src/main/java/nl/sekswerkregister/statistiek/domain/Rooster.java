package nl.sekswerkregister.statistiek.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.statistiek.domain.Gebiedsindeling.Gebied;

/**
 * The linked set of tables of one statistic for one date or month: every area of every level crossed
 * with every combination of categories, each category also as its total ({@link #TOTAAL}). A user can
 * ask every level and every margin separately, so disclosure control has to look at all of them at
 * once: a cell suppressed in the municipal table is recovered from a province total minus the other
 * municipalities just as well as from its own row total.
 *
 * <p>Cells are numbered {@code gebied * combinaties + combinatie}; a combination is a mixed-radix number
 * over the dimensions, digit {@code waarden(d).size()} standing for the total. Every cell except a
 * municipality's cell with no total in it is the sum of others; each such relation is a {@link Som}.
 */
public final class Rooster {

    public static final String TOTAAL = "TOTAAL";

    /** {@code totaal = Σ leden}: cell numbers. */
    public record Som(int totaal, int[] leden) {
    }

    private final Gebiedsindeling indeling;
    private final List<List<String>> waarden;
    private final int[] radix;
    private final int combinaties;
    private final long[] aantallen;
    private final List<Som> sommen = new ArrayList<>();

    /**
     * @param waarden per dimension its categories (without the total)
     * @param basis   per municipality (position in the indeling) and base combination (no totals; mixed
     *                radix over {@code waarden}) the count
     */
    public Rooster(Gebiedsindeling indeling, List<List<String>> waarden, long[][] basis) {
        this.indeling = indeling;
        this.waarden = List.copyOf(waarden);
        this.radix = waarden.stream().mapToInt(w -> w.size() + 1).toArray();
        int c = 1;
        for (int r : radix) {
            c *= r;
        }
        this.combinaties = c;
        List<Gebied> gebieden = indeling.gebieden();
        this.aantallen = new long[gebieden.size() * combinaties];
        int gemeenten = indeling.gemeenten().size();
        // Municipal base cells, then their totals over each dimension (totals in higher digits first
        // depend only on cells with fewer totals, so one pass in combination order suffices when the
        // totals are filled by summing base combinations directly).
        for (int g = 0; g < gemeenten; g++) {
            for (int combinatie = 0; combinatie < combinaties; combinatie++) {
                aantallen[g * combinaties + combinatie] = somOverBasis(basis[g], cijfers(combinatie));
            }
        }
        for (int a = gemeenten; a < gebieden.size(); a++) {
            for (int combinatie = 0; combinatie < combinaties; combinatie++) {
                long som = 0;
                for (int g : gebieden.get(a).gemeenten()) {
                    som += aantallen[g * combinaties + combinatie];
                }
                aantallen[a * combinaties + combinatie] = som;
            }
        }
        bouwSommen();
    }

    private long somOverBasis(long[] basis, int[] cijfers) {
        long som = 0;
        int basiscombinaties = basis.length;
        for (int b = 0; b < basiscombinaties; b++) {
            int rest = b;
            boolean past = true;
            for (int d = radix.length - 1; d >= 0; d--) {
                int cijfer = rest % (radix[d] - 1);
                rest /= radix[d] - 1;
                if (cijfers[d] != radix[d] - 1 && cijfers[d] != cijfer) {
                    past = false;
                    break;
                }
            }
            if (past) {
                som += basis[b];
            }
        }
        return som;
    }

    private void bouwSommen() {
        List<Gebied> gebieden = indeling.gebieden();
        int gemeenten = indeling.gemeenten().size();
        Map<Gebiedsniveau, List<Gebied>> perNiveau = indeling.perNiveau();
        int nederland = gebieden.size() - 1;
        for (int a = 0; a < gebieden.size(); a++) {
            Gebied gebied = gebieden.get(a);
            for (int combinatie = 0; combinatie < combinaties; combinatie++) {
                // An area above the municipality is the sum of its municipalities ...
                if (a >= gemeenten) {
                    int[] leden = new int[gebied.gemeenten().length];
                    for (int i = 0; i < leden.length; i++) {
                        leden[i] = cel(gebied.gemeenten()[i], combinatie);
                    }
                    sommen.add(new Som(cel(a, combinatie), leden));
                }
                // ... and every total over a category is the sum of that category's values.
                int[] cijfers = cijfers(combinatie);
                for (int d = 0; d < radix.length; d++) {
                    if (cijfers[d] == radix[d] - 1) {
                        int[] leden = new int[radix[d] - 1];
                        for (int v = 0; v < leden.length; v++) {
                            int[] ander = cijfers.clone();
                            ander[d] = v;
                            leden[v] = cel(a, combinatie(ander));
                        }
                        sommen.add(new Som(cel(a, combinatie), leden));
                    }
                }
            }
        }
        // The country is also the sum of the provinces, of the safety regions and of the RIEC regions:
        // implied by the sums above, but stating it lets the suppression see these margins directly.
        for (Gebiedsniveau niveau : List.of(Gebiedsniveau.PROVINCIE, Gebiedsniveau.VEILIGHEIDSREGIO,
                Gebiedsniveau.RIEC_REGIO)) {
            List<Gebied> delen = perNiveau.getOrDefault(niveau, List.of());
            for (int combinatie = 0; combinatie < combinaties; combinatie++) {
                int[] leden = new int[delen.size()];
                for (int i = 0; i < leden.length; i++) {
                    leden[i] = cel(gebieden.indexOf(delen.get(i)), combinatie);
                }
                sommen.add(new Som(cel(nederland, combinatie), leden));
            }
        }
    }

    public int cel(int gebied, int combinatie) {
        return gebied * combinaties + combinatie;
    }

    public int[] cijfers(int combinatie) {
        int[] cijfers = new int[radix.length];
        for (int d = radix.length - 1; d >= 0; d--) {
            cijfers[d] = combinatie % radix[d];
            combinatie /= radix[d];
        }
        return cijfers;
    }

    public int combinatie(int[] cijfers) {
        int combinatie = 0;
        for (int d = 0; d < radix.length; d++) {
            combinatie = combinatie * radix[d] + cijfers[d];
        }
        return combinatie;
    }

    /** The categories of a combination, {@link #TOTAAL} for a total. */
    public List<String> kenmerken(int combinatie) {
        int[] cijfers = cijfers(combinatie);
        List<String> kenmerken = new ArrayList<>(cijfers.length);
        for (int d = 0; d < cijfers.length; d++) {
            kenmerken.add(cijfers[d] == radix[d] - 1 ? TOTAAL : waarden.get(d).get(cijfers[d]));
        }
        return kenmerken;
    }

    public Gebiedsindeling indeling() {
        return indeling;
    }

    public int combinaties() {
        return combinaties;
    }

    public int cellen() {
        return aantallen.length;
    }

    public long aantal(int cel) {
        return aantallen[cel];
    }

    public long[] aantallen() {
        return aantallen.clone();
    }

    public List<Som> sommen() {
        return sommen;
    }
}
