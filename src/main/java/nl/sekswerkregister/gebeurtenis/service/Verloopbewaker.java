package nl.sekswerkregister.gebeurtenis.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.repository.GebeurtenisRepository;
import nl.sekswerkregister.gebeurtenis.repository.GebeurtenisRepository.EindeRij;

/**
 * Events of what ends by date, without anyone acting: a licence past its term (VERLOPEN, derived from
 * geldig_tot, never stored), a closure past its last day, a registration past its term. Nothing changes
 * in the database when that happens, so no transaction can write the event: a scan finds them. One
 * instance scans at a time (an advisory lock; the others skip their turn), and every ending has a key of
 * its own in the outbox, so a scan that runs twice, or on two instances at once, reports it once.
 *
 * <p>The scan looks back {@code verloop.terugblik-dagen}, so endings during an outage are still
 * reported; the event's {@code time} is the start of the first day the thing no longer held (Amsterdam),
 * whenever it was found.
 */
@ApplicationScoped
public class Verloopbewaker {

    private final GebeurtenisRepository repository;
    private final Gebeurtenissen gebeurtenissen;
    private final GebeurtenissenConfig config;
    private final Klok klok;

    public Verloopbewaker(GebeurtenisRepository repository, Gebeurtenissen gebeurtenissen, GebeurtenissenConfig config,
                          Klok klok) {
        this.repository = repository;
        this.gebeurtenissen = gebeurtenissen;
        this.config = config;
        this.klok = klok;
    }

    @Scheduled(every = "${sekswerkregister.gebeurtenissen.verloop.interval:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regelmatig() {
        scan();
    }

    /** Writes the events of endings not yet reported; the number written (0 when another instance has the turn). */
    @Transactional
    public int scan() {
        if (!repository.verloopbeurt()) {
            return 0;
        }
        LocalDate gisteren = klok.vandaag().minusDays(1);
        LocalDate vanaf = gisteren.minusDays(config.verloop().terugblikDagen());
        int geschreven = 0;
        for (EindeRij v : repository.verlopenVergunningen(vanaf, gisteren)) {
            geschreven += schrijf(Gebeurtenistype.VERGUNNING_VERLOPEN, v, "/api/v1/vergunningen/" + v.onderwerp(),
                    Gebeurtenissen.data("vergunningnummer", v.onderwerp(),
                            "gemeenteCode", v.gemeenteCode(), "geldigTot", v.einde(), "status", v.status()));
        }
        for (EindeRij s : repository.beeindigdeSchorsingen(vanaf, gisteren)) {
            // A suspension with a last day ends by itself (Levenscyclus.actueel): nobody decides, so only
            // this scan can tell subscribers that the business may run again.
            geschreven += schrijf(Gebeurtenistype.VERGUNNING_SCHORSING_BEEINDIGD, s, "/api/v1/vergunningen/" + s.onderwerp(),
                    Gebeurtenissen.data("vergunningnummer", s.onderwerp(), "gemeenteCode", s.gemeenteCode(),
                            "geschorstTot", s.einde(), "status", s.status()));
        }
        for (EindeRij s : repository.beeindigdeSluitingen(vanaf, gisteren)) {
            geschreven += schrijf(Gebeurtenistype.SLUITING_BEEINDIGD, s,
                    "/api/v1/sancties/" + s.onderwerp(), Gebeurtenissen.data("sanctieId", s.onderwerp(),
                            "gemeenteCode", s.gemeenteCode(), "soort", "SLUITING", "einddatum", s.einde()));
        }
        for (EindeRij r : repository.verlopenRegistraties(vanaf, gisteren)) {
            geschreven += schrijf(Gebeurtenistype.REGISTRATIE_VERLOPEN, r, "/api/v1/registraties/" + r.onderwerp(),
                    Gebeurtenissen.data("registratienummer", r.onderwerp(), "gemeenteCode", r.gemeenteCode(),
                            "geldigTot", r.einde(), "status", r.status()));
        }
        return geschreven;
    }

    /** Once per ending: the key (from the repository) keeps a second scan, here or elsewhere, from writing it again. */
    private int schrijf(Gebeurtenistype type, EindeRij rij, String pad, java.util.Map<String, ?> data) {
        Instant einde = rij.einde().plusDays(1).atStartOfDay(Klok.NEDERLAND).toInstant();
        return gebeurtenissen.legEenmalig(rij.sleutel(), type, rij.onderwerp(), rij.gemeenteCode(), pad, einde, data) ? 1 : 0;
    }
}
