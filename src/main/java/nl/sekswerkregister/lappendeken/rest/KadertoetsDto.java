package nl.sekswerkregister.lappendeken.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.lappendeken.domain.Kadertoets;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Kaderregeling;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regelwaarde;
import nl.sekswerkregister.regelset.domain.Stand;
import nl.sekswerkregister.regelset.domain.Vindplaats;

/** The kadertoets on the wire: one list per verdict, each rule with both sides, the reading and an explanation. */
public record KadertoetsDto(String gemeenteCode, String gemeentenaam, LocalDate peildatum,
                            ConflictDto.KaderVerwijzing kader, Kadersoort kadersoort,
                            ConflictDto.RegelsetVerwijzing regelset, ConflictDto.Uitleg toelichting,
                            List<Regel> vervalt, List<Regel> strijdig, List<Regel> blijft, List<Regel> onbekend,
                            List<Regel> landelijkNieuw, List<Vergunning> vergunningen,
                            @JsonProperty("_links") Links links) {

    /** One value with its state; {@code waarde} is the text the index and the findings use for it. */
    public record Waarde(Stand stand, String waarde) {
        static Waarde van(Regelwaarde w) {
            return new Waarde(w.stand(), Regelpaden.tekst(w));
        }
    }

    public record Regel(String pad, Waarde lokaal, Waarde kader, Kaderregeling.Aard aard, String grondslag,
                        Kadertoets.Vergelijking vergelijking, Vindplaats vindplaats, ConflictDto.Uitleg uitleg) {
        static Regel van(Kadertoets.Beoordeling b) {
            return new Regel(b.pad(), Waarde.van(b.lokaal()), Waarde.van(b.kader()),
                    b.regeling() == null ? null : b.regeling().aard(), b.regeling() == null ? null : b.regeling().grondslag(),
                    b.vergelijking(), b.vindplaats() == null || b.vindplaats().isLeeg() ? null : b.vindplaats(),
                    KadertoetsDto.uitleg(b.uitleg()));
        }
    }

    public record Vergunning(String vergunningnummer, Bedrijfstype bedrijfstype, LocalDate geldigVanaf,
                             LocalDate geldigTot, List<Kadertoets.Vergunningsregel> regels, ConflictDto.Uitleg uitleg) {
    }

    public record Links(Link self, Link gemeente, Link kader, Link regelset) {
    }

    static KadertoetsDto van(Kadertoets.Uitkomst u) {
        String gemeente = "/api/v1/gemeenten/" + u.gemeenteCode();
        Integer versie = u.regelset() == null ? null : u.regelset().versie();
        return new KadertoetsDto(u.gemeenteCode(), u.gemeentenaam(), u.peildatum(),
                ConflictDto.KaderVerwijzing.van(u.kader()), u.kader().soort(),
                versie == null ? null : new ConflictDto.RegelsetVerwijzing(u.gemeenteCode(), versie),
                uitleg(u.toelichting()), regels(u.vervalt()), regels(u.strijdig()), regels(u.blijft()),
                regels(u.onbekend()), regels(u.landelijkNieuw()),
                u.vergunningen().stream().map(v -> new Vergunning(v.vergunningnummer(), v.bedrijfstype(),
                        v.geldigVanaf(), v.geldigTot(), v.regels(), uitleg(v.uitleg()))).toList(),
                new Links(new Link(gemeente + "/kadertoets?kader=" + u.kader().code() + "&peildatum=" + u.peildatum()),
                        new Link(gemeente),
                        new Link("/api/v1/landelijke-kaders/" + u.kader().code() + "?versie=" + u.kader().versie()),
                        versie == null ? null : new Link(gemeente + "/regelsets/" + versie)));
    }

    private static List<Regel> regels(List<Kadertoets.Beoordeling> lijst) {
        return lijst.stream().map(Regel::van).toList();
    }

    private static ConflictDto.Uitleg uitleg(Kadertoets.Tekst t) {
        return new ConflictDto.Uitleg(t.nl(), t.en());
    }
}
