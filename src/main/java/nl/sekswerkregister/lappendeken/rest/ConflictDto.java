package nl.sekswerkregister.lappendeken.rest;

import java.util.List;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Kaderversie;

public record ConflictDto(String id, String controle, Ernst ernst, List<String> gemeenten,
                          List<RegelsetVerwijzing> regelsets, List<String> vergunningen, KaderVerwijzing kader,
                          String dimensie, List<Conflict.Waarde> waarden, Uitleg uitleg) {

    /** A rule-set version involved; versie is absent for the draft in a simulation. */
    public record RegelsetVerwijzing(String gemeenteCode, Integer versie) {
    }

    public record KaderVerwijzing(String code, int versie, String naam) {
        static KaderVerwijzing van(Kaderversie k) {
            return k == null ? null : new KaderVerwijzing(k.code(), k.versie(), k.naam());
        }
    }

    public record Uitleg(String nl, String en) {
    }

    static ConflictDto van(Conflict c) {
        return new ConflictDto(c.id(), c.controle(), c.ernst(), c.gemeenten(),
                c.regelsets().stream().map(r -> new RegelsetVerwijzing(r.gemeenteCode(), r.versie())).toList(),
                c.vergunningen(), KaderVerwijzing.van(c.kader()), c.dimensie(), c.waarden(), new Uitleg(c.uitlegNl(), c.uitlegEn()));
    }
}
