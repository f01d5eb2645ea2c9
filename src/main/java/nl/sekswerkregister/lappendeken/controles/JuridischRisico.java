package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Registratievorm;

/**
 * A local rule that courts or the national direction have found unlawful or risky. One class,
 * four checks in the catalogue: they differ only in the rule they look at and the reason.
 */
final class JuridischRisico extends GemeenteControle {

    private final String dimensie;
    private final Predicate<Regels> risico;
    private final String nl;
    private final String en;

    JuridischRisico(String code, Ernst ernst, String omschrijving, String reden, String dimensie,
                    Predicate<Regels> risico, String nl, String en) {
        super(code, ernst, omschrijving, reden);
        this.dimensie = dimensie;
        this.risico = risico;
        this.nl = nl;
        this.en = en;
    }

    static JuridischRisico registerOpNaam() {
        return new JuridischRisico("REGISTER_OP_NAAM", Ernst.FOUT,
                "De gemeente houdt een register van sekswerkers op naam.",
                "Zonder wettelijke grondslag onrechtmatig: Utrecht (ABRvS 23-12-2020), Den Haag (AP 2018), Nijmegen "
                        + "(Rb Gelderland 28-06-2024); art. 151a Gemeentewet biedt geen grondslag (RvS W16.23.00391/II).",
                "registerOpNaam", r -> Boolean.TRUE.equals(r.registerOpNaam())
                        || r.registratievorm() == Registratievorm.REGISTER_OP_NAAM,
                "houdt een register van sekswerkers op naam, zonder wettelijke grondslag.",
                "keeps a register of sex workers by name, without a statutory basis.");
    }

    static JuridischRisico intakeverslagenNaarToezicht() {
        return new JuridischRisico("INTAKEVERSLAGEN_NAAR_TOEZICHT", Ernst.FOUT,
                "Exploitanten moeten intakeverslagen aan toezichthouders geven.",
                "ABRvS 29-08-2018 (201707392/1/A3): het seksleven van een sekswerker is een bijzonder persoonsgegeven; "
                        + "die verplichting is vernietigd.",
                "intakeverslagenNaarToezicht", r -> Boolean.TRUE.equals(r.intakeverslagenNaarToezicht()),
                "verplicht exploitanten intakeverslagen aan toezichthouders te geven.",
                "obliges operators to hand intake reports to inspectors.");
    }

    static JuridischRisico taaleis() {
        return new JuridischRisico("TAALEIS", Ernst.WAARSCHUWING, "De gemeente stelt een taaleis aan sekswerkers.",
                "Risico onder de Dienstenrichtlijn (2006/123/EG) en van discriminatie; de Wrs toetst zelfredzaamheid al "
                        + "landelijk in het registratiegesprek.",
                "taaleisen", r -> r.taaleisen() != null && !r.taaleisen().isEmpty(),
                "stelt een taaleis aan sekswerkers.", "imposes a language requirement on sex workers.");
    }

    static JuridischRisico sanctiesVoorSekswerkers() {
        return new JuridischRisico("SANCTIES_SEKSWERKERS", Ernst.WAARSCHUWING,
                "De APV sanctioneert sekswerkers zelf (boete, dwangsom).",
                "Tegen de richting van de Wrs-nota van wijziging (2023), die de bestuurlijke boete voor sekswerkers "
                        + "schrapt: sancties drijven sekswerkers uit het zicht.",
                "sanctiesVoorSekswerkers", r -> Boolean.TRUE.equals(r.sanctiesVoorSekswerkers()),
                "sanctioneert sekswerkers zelf.", "sanctions sex workers themselves.");
    }

    @Override
    void controleer(Momentopname moment, Regelsetversie regelset, Consumer<Conflict> melding) {
        if (risico.test(regelset.regels())) {
            String naam = naam(moment, regelset.gemeenteCode());
            Object waarde = dimensie.equals("taaleisen") ? String.join(",", regelset.regels().taaleisen())
                    : dimensie.equals("registerOpNaam") && regelset.regels().registerOpNaam() == null
                    ? "registratievorm " + Registratievorm.REGISTER_OP_NAAM : Boolean.TRUE;
            melding.accept(melding(dimensie, regelset).waarde(regelset.gemeenteCode(), waarde)
                    .uitleg(() -> naam + " " + nl, () -> naam + " " + en));
        }
    }
}
