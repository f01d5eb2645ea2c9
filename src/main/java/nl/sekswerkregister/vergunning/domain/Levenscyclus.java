package nl.sekswerkregister.vergunning.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Which decision may follow which status, and the status it leads to. Everything not listed is refused. */
public final class Levenscyclus {

    private static final Map<VergunningStatus, Map<Besluittype, VergunningStatus>> OVERGANGEN =
            new EnumMap<>(VergunningStatus.class);

    static {
        OVERGANGEN.put(VergunningStatus.AANGEVRAAGD, Map.of(
                Besluittype.VERLENEN, VergunningStatus.VERLEEND,
                Besluittype.WEIGEREN, VergunningStatus.GEWEIGERD,
                Besluittype.AANVRAAG_INTREKKEN, VergunningStatus.AANVRAAG_INGETROKKEN));
        OVERGANGEN.put(VergunningStatus.VERLEEND, Map.of(
                Besluittype.SCHORSEN, VergunningStatus.GESCHORST,
                Besluittype.INTREKKEN, VergunningStatus.INGETROKKEN,
                Besluittype.VERLENGEN, VergunningStatus.VERLEEND));
        OVERGANGEN.put(VergunningStatus.GESCHORST, Map.of(
                Besluittype.SCHORSING_OPHEFFEN, VergunningStatus.VERLEEND,
                Besluittype.INTREKKEN, VergunningStatus.INGETROKKEN,
                // A suspended licence can be renewed: the suspension is a measure, not the end of the term.
                Besluittype.VERLENGEN, VergunningStatus.GESCHORST));
    }

    private Levenscyclus() {
    }

    /** The stored status as it stands today: a granted or suspended licence past its term has expired. */
    public static VergunningStatus actueel(VergunningStatus opgeslagen, LocalDate geldigTot, LocalDate vandaag) {
        return actueel(opgeslagen, geldigTot, null, vandaag);
    }

    /**
     * As {@link #actueel(VergunningStatus, LocalDate, LocalDate)}, and a suspension that ends on a date
     * ({@code geschorstTot}, its last day) has ended after it: the licence is granted again without
     * anyone deciding so, as the suspension decision itself said. Derived like VERLOPEN, never stored,
     * so no scheduled job has to remember to lift it.
     */
    public static VergunningStatus actueel(VergunningStatus opgeslagen, LocalDate geldigTot, LocalDate geschorstTot,
                                           LocalDate vandaag) {
        VergunningStatus status = opgeslagen == VergunningStatus.GESCHORST && geschorstTot != null
                && geschorstTot.isBefore(vandaag) ? VergunningStatus.VERLEEND : opgeslagen;
        boolean verstreken = geldigTot != null && geldigTot.isBefore(vandaag);
        if (verstreken && (status == VergunningStatus.VERLEEND || status == VergunningStatus.GESCHORST)) {
            return VergunningStatus.VERLOPEN;
        }
        return status;
    }

    /** A licence's particulars can be corrected while it is pending or in force, not after it has ended. */
    public static boolean isWijzigbaar(VergunningStatus status) {
        return status == VergunningStatus.AANGEVRAAGD || status == VergunningStatus.VERLEEND
                || status == VergunningStatus.GESCHORST;
    }

    public static Optional<VergunningStatus> na(VergunningStatus huidig, Besluittype besluit) {
        return Optional.ofNullable(OVERGANGEN.getOrDefault(huidig, Map.of()).get(besluit));
    }

    public static Set<Besluittype> mogelijk(VergunningStatus huidig) {
        return OVERGANGEN.getOrDefault(huidig, Map.of()).keySet().stream()
                .sorted().collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
