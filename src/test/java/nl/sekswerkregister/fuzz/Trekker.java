package nl.sekswerkregister.fuzz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The seeded generator. Values from fixed lists are dealt like cards from a shuffled deck
 * ({@link #trek}), so that every hostile value comes up before any repeats; other choices are plain
 * random ({@link #kies}). One seed gives one sequence of requests.
 */
public final class Trekker {

    private final SplittableRandom random;
    private final Map<List<?>, ArrayDeque<Integer>> stapels = new IdentityHashMap<>();

    public Trekker(long seed) {
        random = new SplittableRandom(seed);
    }

    public int getal(int grens) {
        return random.nextInt(grens);
    }

    public boolean kans(int teller, int noemer) {
        return random.nextInt(noemer) < teller;
    }

    public <T> T kies(List<T> lijst) {
        return lijst.get(random.nextInt(lijst.size()));
    }

    public <T> T trek(List<T> lijst) {
        ArrayDeque<Integer> stapel = stapels.computeIfAbsent(lijst, l -> new ArrayDeque<>());
        if (stapel.isEmpty()) {
            List<Integer> volgorde = new ArrayList<>();
            for (int i = 0; i < lijst.size(); i++) {
                volgorde.add(i);
            }
            for (int i = volgorde.size() - 1; i > 0; i--) {
                Collections.swap(volgorde, i, random.nextInt(i + 1));
            }
            stapel.addAll(volgorde);
        }
        return lijst.get(stapel.pop());
    }

    /** {@code lengte} characters from {@code alfabet}. */
    public String tekens(String alfabet, int lengte) {
        StringBuilder sb = new StringBuilder(lengte);
        for (int i = 0; i < lengte; i++) {
            sb.append(alfabet.charAt(random.nextInt(alfabet.length())));
        }
        return sb.toString();
    }
}
