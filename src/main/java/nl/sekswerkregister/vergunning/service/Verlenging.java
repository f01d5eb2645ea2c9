package nl.sekswerkregister.vergunning.service;

import java.time.LocalDate;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.vergunning.domain.Vergunning;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;

/**
 * The rules of a renewal (VERLENGEN): a new term for a licence in force that follows the current one
 * without a gap, under the same number. An expired licence is not renewed: once the term has passed,
 * the business ran (or could run) without a licence, and the APV asks for a new application, with
 * the checks of a new application. An indefinite licence has no term to follow.
 */
final class Verlenging {

    private Verlenging() {
    }

    /** The conflicts with the licence's state (409), before the form of the request is looked at. */
    static void controleer(Vergunning vergunning, VergunningStatus huidig) {
        if (huidig == VergunningStatus.VERLOPEN) {
            throw ProbleemException.conflict("Deze vergunning is verlopen (laatste dag " + vergunning.geldigTot()
                    + ") en kan niet meer worden verlengd: dien een nieuwe aanvraag in.");
        }
        boolean inWerking = huidig == VergunningStatus.VERLEEND || huidig == VergunningStatus.GESCHORST;
        if (inWerking && vergunning.geldigTot() == null) {
            throw ProbleemException.conflict("Deze vergunning geldt voor onbepaalde tijd en kan niet worden verlengd.");
        }
    }

    /**
     * The new term starts the day after the current last day, and on no other day: an earlier start
     * would overlap the current term (and say nothing), a later one would leave days without a licence.
     * The new last day is required: a renewal without one would turn a licence with a term into an
     * indefinite one, a decision nobody asked for.
     */
    static void controleerData(Vergunning vergunning, BesluitGegevens aanvraag, Invoerfouten fouten) {
        if (vergunning.geldigTot() == null) {
            return; // refused as a conflict (controleer), or not in force: Levenscyclus answers that
        }
        LocalDate aansluitend = vergunning.geldigTot().plusDays(1);
        if (!aanvraag.ingangsdatum().equals(aansluitend)) {
            fouten.fout("ingangsdatum", "aansluiting", "Een verlenging gaat in op de dag na de laatste dag van de "
                    + "huidige termijn: " + aansluitend + ".");
        }
        if (aanvraag.geldigTot() == null) {
            fouten.fout("geldigTot", "verplicht", "Verplicht bij VERLENGEN: de laatste dag van de nieuwe termijn.");
        } else if (aanvraag.geldigTot().isBefore(aansluitend)) {
            fouten.fout("geldigTot", "volgorde", "Moet na de huidige laatste dag (" + vergunning.geldigTot() + ") liggen.");
        }
    }
}
