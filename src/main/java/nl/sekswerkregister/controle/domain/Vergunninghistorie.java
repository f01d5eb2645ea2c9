package nl.sekswerkregister.controle.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/**
 * Which licence at premises an inspection on a date is about, from the licences' terms and the
 * decisions on them. An inspection may be recorded days after it was held, when a licence has since
 * been suspended or revoked, so the licence's status of today is not the answer: its decisions that
 * had taken effect on the inspection date are.
 */
public final class Vergunninghistorie {

    /** A licence at the premises as stored: its term is set only once it was granted. */
    public record Licentie(UUID id, String vergunningnummer, Bedrijfstype bedrijfstype, List<String> voorschriften,
                           LocalDate geldigVanaf, LocalDate geldigTot) {
    }

    /** A decision that changes a granted licence's state: SCHORSEN, SCHORSING_OPHEFFEN, INTREKKEN. */
    public record Statusbesluit(UUID vergunningId, String besluittype, LocalDate ingangsdatum, Instant genomenOp) {
    }

    private Vergunninghistorie() {
    }

    /**
     * The licence of these premises on that day: one in force; otherwise one granted for a term that
     * covers the day but suspended or revoked then; otherwise none. Among equals the most recently
     * granted, so the answer does not depend on the order of the rows.
     */
    public static Optional<Vergunningstand> opDatum(List<Licentie> licenties, List<Statusbesluit> besluiten,
                                                    LocalDate datum) {
        return licenties.stream().map(l -> stand(l, besluiten, datum)).flatMap(Optional::stream)
                .min(Comparator.comparing((Vergunningstand s) -> !s.inWerking())
                        .thenComparing(s -> geldigVanaf(licenties, s.id()), Comparator.reverseOrder())
                        .thenComparing(Vergunningstand::vergunningnummer));
    }

    /** One licence on that day; empty when it was not granted for a term that covers the day. */
    public static Optional<Vergunningstand> stand(Licentie l, List<Statusbesluit> besluiten, LocalDate datum) {
        if (l.geldigVanaf() == null || datum.isBefore(l.geldigVanaf())
                || (l.geldigTot() != null && datum.isAfter(l.geldigTot()))) {
            return Optional.empty();
        }
        boolean inWerking = true;
        List<Statusbesluit> eigen = besluiten.stream()
                .filter(b -> b.vergunningId().equals(l.id()) && !b.ingangsdatum().isAfter(datum))
                .sorted(Comparator.comparing(Statusbesluit::ingangsdatum).thenComparing(Statusbesluit::genomenOp))
                .toList();
        for (Statusbesluit b : eigen) {
            switch (b.besluittype()) {
                case "SCHORSEN", "INTREKKEN" -> inWerking = false;
                case "SCHORSING_OPHEFFEN" -> inWerking = true;
                default -> {
                }
            }
            if (b.besluittype().equals("INTREKKEN")) {
                break;
            }
        }
        return Optional.of(new Vergunningstand(l.id(), l.vergunningnummer(), l.bedrijfstype(), l.voorschriften(),
                inWerking));
    }

    private static LocalDate geldigVanaf(List<Licentie> licenties, UUID id) {
        return licenties.stream().filter(l -> l.id().equals(id)).findFirst().map(Licentie::geldigVanaf).orElseThrow();
    }
}
