package nl.sekswerkregister.lappendeken.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Conflictcontrole;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Kaderversie;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regelwaarde;
import nl.sekswerkregister.regelset.domain.Stand;

/** Catalogue facts and the one way every check builds its findings. */
abstract class BasisControle implements Conflictcontrole {

    private final String code;
    private final Ernst ernst;
    private final String omschrijving;
    private final String reden;

    BasisControle(String code, Ernst ernst, String omschrijving, String reden) {
        this.code = code;
        this.ernst = ernst;
        this.omschrijving = omschrijving;
        this.reden = reden;
    }

    @Override
    public String code() { return code; }

    @Override
    public Ernst ernst() { return ernst; }

    @Override
    public String omschrijving() { return omschrijving; }

    @Override
    public String reden() { return reden; }

    /** Starts a finding about the given rule sets (their municipalities, sorted, are the subject). */
    Melding melding(String dimensie, Regelsetversie... regelsets) {
        List<Regelsetversie> lijst = new ArrayList<>(regelsets.length);
        for (Regelsetversie regelset : regelsets) {
            if (regelset != null) {
                lijst.add(regelset);
            }
        }
        return new Melding(dimensie, List.copyOf(lijst));
    }

    final class Melding {
        private final String dimensie;
        private final List<Regelsetversie> regelsets;
        private final List<Conflict.Waarde> waarden = new ArrayList<>();
        private final List<String> vergunningen = new ArrayList<>();
        private final List<String> extraGemeenten = new ArrayList<>();
        private Kaderversie kader;
        private String idDeel = "";

        private Melding(String dimensie, List<Regelsetversie> regelsets) {
            this.dimensie = dimensie;
            this.regelsets = regelsets;
        }

        /** A value that is set; null is the municipality's explicit "no rule" (never an unknown one). */
        Melding waarde(String van, Object waarde) {
            waarden.add(waarde == null ? new Conflict.Waarde(van, "niet geregeld", Stand.NIET_GEREGELD)
                    : new Conflict.Waarde(van, String.valueOf(waarde), Stand.GEZET));
            return this;
        }

        Melding waarde(String van, Regelwaarde waarde) {
            waarden.add(new Conflict.Waarde(van, Regelpaden.tekst(waarde), waarde.stand()));
            return this;
        }

        Melding kader(Kaderversie kader) {
            this.kader = kader;
            return waarde("kader:" + kader.code(), null);
        }

        Melding kaderWaarde(Kaderversie kader, Object waarde) {
            this.kader = kader;
            return waarde("kader:" + kader.code(), waarde);
        }

        Melding gemeente(String gemeenteCode) {
            extraGemeenten.add(gemeenteCode);
            return this;
        }

        Melding vergunningen(List<String> nummers) {
            vergunningen.addAll(nummers);
            return this;
        }

        /** Distinguishes findings of one check on the same municipalities and dimension (e.g. a direction). */
        Melding id(String deel) {
            this.idDeel = "." + deel;
            return this;
        }

        /**
         * Completes the finding. The explanation is rendered only when it is shown: a national
         * analysis has some 200,000 findings, of which a client reads a page.
         */
        Conflict uitleg(Supplier<String> nl, Supplier<String> en) {
            List<String> gemeenten = gemeenten();
            String id = code + "." + String.join(".", gemeenten) + "." + dimensie + idDeel;
            return new Conflict(id, code, ernst, gemeenten, regelsets, List.copyOf(vergunningen), kader, dimensie,
                    List.copyOf(waarden), new Conflict.Uitleg(nl, en));
        }

        private List<String> gemeenten() {
            if (extraGemeenten.isEmpty() && regelsets.size() == 2) {
                // The common case, a pair: no stream for 200,000 findings.
                String a = regelsets.get(0).gemeenteCode();
                String b = regelsets.get(1).gemeenteCode();
                int volgorde = a.compareTo(b);
                return volgorde == 0 ? List.of(a) : volgorde < 0 ? List.of(a, b) : List.of(b, a);
            }
            return Stream.concat(regelsets.stream().map(Regelsetversie::gemeenteCode), extraGemeenten.stream())
                    .distinct().sorted().toList();
        }
    }
}
