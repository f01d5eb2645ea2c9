package nl.sekswerkregister.gebeurtenis.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.repository.GebeurtenisRepository;

/**
 * The outbox: the features that change what other systems care about write their event here, inside
 * their own transaction (MANDATORY), so that the event commits with the change or not at all. The
 * event is a CloudEvent (1.0, structured JSON) in the NL GOV profile: {@code source} a URN with the
 * OIN, {@code type} in reverse DNS, {@code subject} the number of what changed, {@code dataref} the
 * resource to read more from (with the subscriber's own token and rights), and {@code data} with
 * numbers, codes, dates and statuses only: never a name, address, pseudonym, motivation or remark.
 * Callers pass the data as such values; this class does not look inside.
 */
@ApplicationScoped
public class Gebeurtenissen {

    private final GebeurtenisRepository repository;
    private final GebeurtenissenConfig config;
    private final ObjectMapper json;
    private final Klok klok;
    private final Event<Gebeurtenistype> gelegd;

    public Gebeurtenissen(GebeurtenisRepository repository, GebeurtenissenConfig config, ObjectMapper json, Klok klok,
                          Event<Gebeurtenistype> gelegd) {
        this.repository = repository;
        this.config = config;
        this.json = json;
        this.klok = klok;
        this.gelegd = gelegd;
    }

    /**
     * An event of a change made now, in the caller's transaction.
     *
     * @param pad the resource's path under the API (e.g. {@code /api/v1/vergunningen/GM0363-2026-000042}), or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leg(Gebeurtenistype type, String onderwerp, String gemeenteCode, String pad, Map<String, ?> data) {
        schrijf(null, type, onderwerp, gemeenteCode, pad, klok.nu(), data);
    }

    /**
     * An event of something that happened by date, found by a scan that may run again or on another
     * instance: written once per {@code sleutel}, whoever finds it first. False when it was there already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean legEenmalig(String sleutel, Gebeurtenistype type, String onderwerp, String gemeenteCode, String pad,
                               Instant tijdstip, Map<String, ?> data) {
        return schrijf(sleutel, type, onderwerp, gemeenteCode, pad, tijdstip, data);
    }

    /**
     * Forgets the events about these registrations, delivered or not, when the registrations themselves
     * are deleted at the end of their retention period: the registration number is kept nowhere but in
     * the registration and, while it exists, in the events about it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vergeetRegistraties(java.util.List<String> registratienummers) {
        if (!registratienummers.isEmpty()) {
            repository.vergeet("nl.sekswerkregister.registratie.", registratienummers);
        }
    }

    /** Data of an event from name/value pairs, in that order; nulls are left out, values written as text or numbers. */
    public static Map<String, Object> data(Object... paren) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            Object waarde = paren[i + 1];
            if (waarde != null) {
                data.put((String) paren[i], waarde instanceof Number || waarde instanceof Boolean ? waarde : waarde.toString());
            }
        }
        return data;
    }

    private boolean schrijf(String sleutel, Gebeurtenistype type, String onderwerp, String gemeenteCode, String pad,
                            Instant tijdstip, Map<String, ?> data) {
        UUID id = UUID.randomUUID();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", config.bron());
        event.put("type", type.type());
        event.put("subject", onderwerp);
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(tijdstip));
        event.put("datacontenttype", "application/json");
        if (pad != null && config.apiBasisUrl().isPresent()) {
            event.put("dataref", config.apiBasisUrl().get().replaceAll("/+$", "") + pad);
        }
        event.put("data", data);
        String inhoud;
        try {
            inhoud = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("gebeurtenis niet te schrijven", e);
        }
        boolean nieuw = repository.voegToe(new GebeurtenisRepository.NieuweGebeurtenisRij(id, type.type(), onderwerp,
                gemeenteCode, tijdstip, sleutel, inhoud));
        if (nieuw) {
            gelegd.fire(type);
        }
        return nieuw;
    }
}
