package nl.sekswerkregister.lappendeken.domain;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A whole scope's findings, sorted by severity and id, held lean. A national analysis has some
 * 200,000 findings and a client reads a page of them, so only what sorting, filtering and counting
 * need is kept: id, severity, check and municipalities, about a third of a full {@link Conflict}
 * (measured with deploy/bench: the full list held ~110 MB and its garbage collection dominated an
 * uncached national analysis). {@link #get(int)} rebuilds the full finding by running its one check
 * again on its own municipalities: the checks are pure functions of the moment, so the result is
 * the same finding, explanation and all.
 */
public final class Bevindingen extends AbstractList<Conflict> implements RandomAccess {

    /** What a finding is about, enough to find it again. */
    private record Bevinding(String id, Ernst ernst, Conflictcontrole controle, List<String> gemeenten) {
    }

    private static final Comparator<Bevinding> VOLGORDE = Conflict.volgorde(Bevinding::ernst, Bevinding::id);

    private final Momentopname moment;
    private final Bevinding[] rijen;

    private Bevindingen(Momentopname moment, Bevinding[] rijen) {
        this.moment = moment;
        this.rijen = rijen;
    }

    /** Runs the checks over the given municipalities and pairs, keeping each finding lean. */
    static Bevindingen verzamel(Momentopname moment, List<String> gemeenten, List<Conflictcontrole.Paar> paren,
                                List<Conflictcontrole> controles) {
        List<Bevinding> rijen = new ArrayList<>();
        for (Conflictcontrole controle : controles) {
            controle.controleer(moment, gemeenten, paren,
                    c -> rijen.add(new Bevinding(c.id(), c.ernst(), controle, c.gemeenten())));
        }
        Bevinding[] gesorteerd = rijen.toArray(Bevinding[]::new);
        Arrays.sort(gesorteerd, VOLGORDE);
        return new Bevindingen(moment, gesorteerd);
    }

    /** Only the findings of one check and/or one severity (null: any). */
    public Bevindingen alleen(String controle, Ernst ernst) {
        if (controle == null && ernst == null) {
            return this;
        }
        return new Bevindingen(moment, Arrays.stream(rijen)
                .filter(b -> controle == null || b.controle().code().equals(controle))
                .filter(b -> ernst == null || b.ernst() == ernst)
                .toArray(Bevinding[]::new));
    }

    @Override
    public int size() {
        return rijen.length;
    }

    @Override
    public Conflict get(int index) {
        Bevinding bevinding = rijen[index];
        List<String> gemeenten = bevinding.gemeenten();
        List<Conflictcontrole.Paar> paar = List.of();
        if (gemeenten.size() == 2) {
            Regelsetversie a = moment.regelsets().get(gemeenten.get(0));
            Regelsetversie b = moment.regelsets().get(gemeenten.get(1));
            if (a != null && b != null) {
                paar = List.of(new Conflictcontrole.Paar(a, b));
            }
        }
        Conflict[] gevonden = new Conflict[1];
        bevinding.controle().controleer(moment, gemeenten, paar, c -> {
            if (c.id().equals(bevinding.id())) {
                gevonden[0] = c;
            }
        });
        if (gevonden[0] == null) {
            throw new IllegalStateException("Controle " + bevinding.controle().code() + " vindt " + bevinding.id()
                    + " niet terug: een controle hangt af van meer dan de momentopname.");
        }
        return gevonden[0];
    }
}
