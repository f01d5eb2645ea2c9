package nl.sekswerkregister.lappendeken.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Controle;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.KaderInfo;
import nl.sekswerkregister.lappendeken.domain.RegelsetInfo;

/** Catalogue facts and the one way every check builds its findings. */
abstract class BasisControle implements Controle {

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
    Melding melding(String dimensie, RegelsetInfo... regelsets) {
        return new Melding(dimensie, Stream.of(regelsets).filter(Objects::nonNull).toList());
    }

    final class Melding {
        private final String dimensie;
        private final List<RegelsetInfo> regelsets;
        private final List<Conflict.Waarde> waarden = new ArrayList<>();
        private final List<String> vergunningen = new ArrayList<>();
        private final List<String> extraGemeenten = new ArrayList<>();
        private KaderInfo kader;
        private String idDeel = "";

        private Melding(String dimensie, List<RegelsetInfo> regelsets) {
            this.dimensie = dimensie;
            this.regelsets = regelsets;
        }

        Melding waarde(String van, Object waarde) {
            waarden.add(new Conflict.Waarde(van, waarde == null ? "niet geregeld" : String.valueOf(waarde)));
            return this;
        }

        Melding kader(KaderInfo kader) {
            this.kader = kader;
            return waarde("kader:" + kader.code(), null);
        }

        Melding kaderWaarde(KaderInfo kader, Object waarde) {
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

        Conflict uitleg(String nl, String en) {
            List<String> gemeenten = Stream.concat(regelsets.stream().map(RegelsetInfo::gemeenteCode), extraGemeenten.stream())
                    .distinct().sorted().toList();
            String id = code + "." + String.join(".", gemeenten) + "." + dimensie + idDeel;
            return new Conflict(id, code, ernst, gemeenten, regelsets, List.copyOf(vergunningen), kader, dimensie,
                    List.copyOf(waarden), nl, en);
        }
    }
}
