package nl.sekswerkregister.vergunning.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.vergunning.domain.Beheerderwijziging;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit.Gedragstoets;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit.Uitkomst;
import nl.sekswerkregister.vergunning.domain.Beheerderwijzigingstatus;

/**
 * A request to change the managers, with its decision when taken. Managers as the short form of their
 * stored pseudonyms ({@link Pseudonimisering#weergave}), as the licence shows them.
 */
public record BeheerderwijzigingBeeld(UUID id, String vergunningnummer, List<String> toevoegen, List<String> verwijderen,
                                      Beheerderwijzigingstatus status, Instant aangevraagdOp,
                                      Uitkomst uitkomst, String motivering, Gedragstoets toetsSoort,
                                      LocalDate toetsUitgevoerdOp, Instant genomenOp) {

    static BeheerderwijzigingBeeld van(String vergunningnummer, Beheerderwijziging w, BeheerderwijzigingBesluit b) {
        Beheerderwijzigingstatus status = b == null ? Beheerderwijzigingstatus.AANGEVRAAGD
                : b.uitkomst() == Uitkomst.GOEDGEKEURD ? Beheerderwijzigingstatus.GOEDGEKEURD
                : Beheerderwijzigingstatus.AFGEWEZEN;
        return new BeheerderwijzigingBeeld(w.id(), vergunningnummer,
                w.toevoegen().stream().map(Pseudonimisering::weergave).toList(),
                w.verwijderen().stream().map(Pseudonimisering::weergave).toList(), status, w.aangevraagdOp(),
                b == null ? null : b.uitkomst(), b == null ? null : b.motivering(), b == null ? null : b.toetsSoort(),
                b == null ? null : b.toetsUitgevoerdOp(), b == null ? null : b.genomenOp());
    }
}
