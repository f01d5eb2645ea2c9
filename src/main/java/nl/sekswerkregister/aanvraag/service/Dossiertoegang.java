package nl.sekswerkregister.aanvraag.service;

import jakarta.enterprise.context.RequestScoped;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.probleem.ProbleemException;

/**
 * Who reads and acts on a case. The case file holds the Bibob investigation, whose existence is secret
 * (Wet Bibob art. 28): it is read by the municipality's licensing officers and by the auditor, not by
 * inspectors, policy analysts or enforcement lawyers, who see the licence and its decisions instead.
 * Acting on it is the licensing officer's of that municipality. Another municipality's case is 403:
 * the licence itself is a public decision, so refusing it tells nothing new.
 */
@RequestScoped
public class Dossiertoegang {

    private final Gebruiker gebruiker;
    private final Toegang toegang;

    public Dossiertoegang(Gebruiker gebruiker, Toegang toegang) {
        this.gebruiker = gebruiker;
        this.toegang = toegang;
    }

    public void vereisLeesrecht(String gemeenteCode) {
        boolean eigen = gebruiker.heeftRol(Rol.VERGUNNINGVERLENER)
                && gebruiker.gemeenteCode().map(gemeenteCode::equals).orElse(false);
        if (!eigen && !gebruiker.heeftRol(Rol.AUDITOR)) {
            throw ProbleemException.geenToegang("Het aanvraagdossier lezen alleen de vergunningverleners van de gemeente "
                    + "zelf en de auditor.");
        }
    }

    public void vereisSchrijfrecht(String gemeenteCode) {
        toegang.vereisSchrijfrecht(gemeenteCode);
    }

    /** The municipality a worklist is restricted to: the one asked for (if readable), else the caller's own. */
    public String bereik(String gevraagd) {
        if (gevraagd != null) {
            vereisLeesrecht(gevraagd);
            return gevraagd;
        }
        return toegang.standaardGemeente(null);
    }

    public String subject() {
        return gebruiker.subject();
    }

    public String rollen() {
        return gebruiker.rollen();
    }

    public String organisatie() {
        return gebruiker.gemeenteCode().orElse(null);
    }
}
