package nl.sekswerkregister.vergunning.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Regelwaarde;
import nl.sekswerkregister.regelset.domain.Stand;
import nl.sekswerkregister.regelset.service.RegelsetBeeld;
import nl.sekswerkregister.regelset.service.RegelsetService;
import nl.sekswerkregister.vergunning.domain.Vergunning;
import nl.sekswerkregister.vergunning.repository.VergunningRepository;

/**
 * A grant (VERLENEN) must fit the municipality's rule set in force on its start date: the type
 * permitted, the cap not reached, the term no longer than the rules allow. Licences granted
 * before a rule change are left alone; the conflict engine reports them instead.
 */
@ApplicationScoped
public class RegelsetToets {

    private final RegelsetService regelsets;
    private final GemeenteService gemeenten;
    private final VergunningRepository vergunningen;

    public RegelsetToets(RegelsetService regelsets, GemeenteService gemeenten, VergunningRepository vergunningen) {
        this.regelsets = regelsets;
        this.gemeenten = gemeenten;
        this.vergunningen = vergunningen;
    }

    /**
     * Checks a grant and returns its last day of validity: as asked, or the rule set's term when
     * none was asked (null = indefinite, when the rule set sets no term).
     */
    public LocalDate toets(Vergunning vergunning, LocalDate ingangsdatum, LocalDate gevraagdTot) {
        // Caps are a rule over many rows: taking the municipality's row lock serialises all grants
        // there (also on another instance), so two grants can never both take the last place.
        gemeenten.vergrendel(vergunning.gemeenteCode());
        Optional<RegelsetBeeld> inWerking = regelsets.inWerking(vergunning.gemeenteCode(), ingangsdatum);
        if (inWerking.isEmpty()) {
            if (gevraagdTot == null) {
                throw ProbleemException.ongeldig("geldigTot", "verplicht", "Verplicht bij VERLENEN: de gemeente "
                        + "heeft op de ingangsdatum geen regelset in werking die de vergunningtermijn bepaalt.");
            }
            return gevraagdTot;
        }
        RegelsetBeeld regelset = inWerking.get();
        String regel = "de regelset in werking, versie " + regelset.versie() + " (" + regelset.bron() + ")";
        BedrijfstypeRegels typeRegels = regelset.regels().voor(vergunning.bedrijfstype());
        String typePad = "bedrijfstypen." + vergunning.bedrijfstype();
        if (typeRegels != null && Boolean.FALSE.equals(typeRegels.toegestaan())) {
            throw strijdig(regel, typePad + ".toegestaan = false: bedrijfstype " + vergunning.bedrijfstype()
                    + " is in deze gemeente niet toegestaan.");
        }
        if (typeRegels != null && typeRegels.maximumAantal() != null) {
            long inGebruik = vergunningen.aantalInWerking(vergunning.gemeenteCode(), vergunning.bedrijfstype(), ingangsdatum);
            if (inGebruik >= typeRegels.maximumAantal()) {
                throw strijdig(regel, typePad + ".maximumAantal = " + typeRegels.maximumAantal() + ": er zijn al "
                        + inGebruik + " vergunningen van dit type in werking.");
            }
        }
        Regelwaarde termijnRegel = termijn(regelset.regels(), vergunning.bedrijfstype());
        if (termijnRegel.stand() == Stand.NIET_GEREGELD) {
            return gevraagdTot; // the municipality grants for an indefinite period
        }
        if (termijnRegel.stand() == Stand.ONBEKEND) {
            // Nobody encoded the term: inventing "indefinite" would grant more than the rules may allow.
            if (gevraagdTot == null) {
                throw ProbleemException.ongeldig("geldigTot", "verplicht", "Verplicht bij VERLENEN: " + regel
                        + " zegt niet welke vergunningtermijn geldt (vergunningtermijnJaren is onbekend).");
            }
            return gevraagdTot;
        }
        int termijn = (Integer) termijnRegel.waarde();
        LocalDate uiterlijk = ingangsdatum.plusYears(termijn).minusDays(1);
        if (gevraagdTot == null) {
            return uiterlijk;
        }
        if (gevraagdTot.isAfter(uiterlijk)) {
            throw strijdig(regel, "vergunningtermijnJaren = " + termijn + ": geldigTot mag uiterlijk " + uiterlijk + " zijn.");
        }
        return gevraagdTot;
    }

    /** The term for a business type: its own where set, otherwise the general one. */
    private static Regelwaarde termijn(Regels regels, Bedrijfstype type) {
        Regelwaarde eigen = regels.waarde(Regelpaden.type(type, "vergunningtermijnJaren"));
        return eigen.isGezet() ? eigen : regels.waarde("vergunningtermijnJaren");
    }

    private static ProbleemException strijdig(String regel, String wat) {
        return new ProbleemException(ProbleemSoort.IN_STRIJD_MET_REGELSET, "Verlenen is in strijd met " + regel + ": " + wat);
    }
}
