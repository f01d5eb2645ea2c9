package nl.sekswerkregister.vergunning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Vergunning;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;
import nl.sekswerkregister.vergunning.repository.VergunningRepository;

/**
 * A transfer of a business to another operator: a new application that names the licence it takes
 * over ({@code overnameVan}). The licence is personal to its holder (the APV's conduct checks are of the
 * operator and managers), so a new operator needs a licence of its own; the link lets the old one end
 * when the new one is granted, by a decision that says so.
 */
@ApplicationScoped
public class Overname {

    private final VergunningRepository vergunningen;

    public Overname(VergunningRepository vergunningen) {
        this.vergunningen = vergunningen;
    }

    /**
     * The licence an application takes over: of this municipality (another municipality's licence is
     * "unknown", as any reference out of the caller's reach), in force today, of another operator, of
     * the same business type. Anything else is invalid input at {@code overnameVan}.
     */
    Optional<Vergunning> teOvernemen(String nummer, String gemeenteCode, UUID exploitantId, Bedrijfstype type,
                                     LocalDate vandaag, Invoerfouten fouten) {
        if (nummer == null) {
            return Optional.empty();
        }
        Optional<Vergunning> oud = vergunningen.metNummer(nummer).filter(v -> v.gemeenteCode().equals(gemeenteCode));
        if (oud.isEmpty()) {
            fouten.fout("overnameVan", "onbekend", "Er is in deze gemeente geen vergunning met dit nummer.");
            return Optional.empty();
        }
        Vergunning v = oud.get();
        VergunningStatus status = v.status(vandaag);
        if (status != VergunningStatus.VERLEEND && status != VergunningStatus.GESCHORST) {
            fouten.fout("overnameVan", "niet-in-werking", "Deze vergunning heeft status " + status
                    + "; alleen een vergunning in werking kan worden overgenomen.");
        } else if (v.exploitantId().equals(exploitantId)) {
            fouten.fout("overnameVan", "zelfde-exploitant", "Deze vergunning is al van deze exploitant; een overname "
                    + "is naar een andere exploitant (voor een nieuwe termijn: VERLENGEN).");
        } else if (v.bedrijfstype() != type) {
            fouten.fout("overnameVan", "ander-bedrijfstype", "Deze vergunning is voor bedrijfstype " + v.bedrijfstype()
                    + "; een overname is van hetzelfde bedrijf.");
        }
        return oud;
    }

    /** The licence a granted application takes over, locked for its ending decision; empty when none. */
    Optional<Vergunning> vergrendelOverTeNemen(Vergunning nieuw) {
        return nieuw.overnameVan() == null ? Optional.empty()
                : vergunningen.findByIdOptional(nieuw.overnameVan(), LockModeType.PESSIMISTIC_WRITE);
    }
}
