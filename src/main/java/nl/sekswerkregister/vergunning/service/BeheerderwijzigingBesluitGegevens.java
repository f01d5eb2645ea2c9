package nl.sekswerkregister.vergunning.service;

import java.time.LocalDate;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit.Gedragstoets;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit.Uitkomst;

/** The decision on a change of managers, checked for form; the motivation is already stripped. */
public record BeheerderwijzigingBesluitGegevens(Uitkomst uitkomst, String motivering, Gedragstoets toetsSoort,
                                                LocalDate toetsUitgevoerdOp) {
}
