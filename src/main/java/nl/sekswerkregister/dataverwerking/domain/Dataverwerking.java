package nl.sekswerkregister.dataverwerking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import java.time.Instant;
import java.util.UUID;

/**
 * One processing of registration data, after the Logboek Dataverwerkingen standard: trace and
 * span (W3C traceparent), operation, processing activity and purpose, who (subject, role,
 * organisation), the data subject as a pseudonym only, start, end and status. The chain columns
 * are filled in by the sealer.
 */
@Entity
@Table(name = "dataverwerking")
// Sealing updates only the chain columns: the runtime role may update nothing else in the log.
@DynamicUpdate
public class Dataverwerking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "trace_id")
    String traceId;
    @Column(name = "span_id")
    String spanId;
    String operatie;
    String verwerkingsactiviteit;
    String doelbinding;
    String actor;
    String rol;
    String organisatie;
    String betrokkene;
    @Column(name = "registratie_id")
    UUID registratieId;
    @Column(name = "start_tijd")
    Instant startTijd;
    @Column(name = "eind_tijd")
    Instant eindTijd;
    String status;
    Long volgnummer;
    @Column(name = "vorige_hash")
    String vorigeHash;
    String hash;

    protected Dataverwerking() {
    }

    public Dataverwerking(String traceId, String spanId, String operatie, String verwerkingsactiviteit,
                          String doelbinding, String actor, String rol, String organisatie, String betrokkene,
                          UUID registratieId, Instant startTijd, Instant eindTijd, String status) {
        this.traceId = traceId;
        this.spanId = spanId;
        this.operatie = operatie;
        this.verwerkingsactiviteit = verwerkingsactiviteit;
        this.doelbinding = doelbinding;
        this.actor = actor;
        this.rol = rol;
        this.organisatie = organisatie;
        this.betrokkene = betrokkene;
        this.registratieId = registratieId;
        this.startTijd = startTijd;
        this.eindTijd = eindTijd;
        this.status = status;
    }

    /** Called by the sealer only; the database lets these columns be filled in once. */
    public void verzegel(long volgnummer, String vorigeHash, String hash) {
        this.volgnummer = volgnummer;
        this.vorigeHash = vorigeHash;
        this.hash = hash;
    }

    public Long id() { return id; }
    public String traceId() { return traceId; }
    public String spanId() { return spanId; }
    public String operatie() { return operatie; }
    public String verwerkingsactiviteit() { return verwerkingsactiviteit; }
    public String doelbinding() { return doelbinding; }
    public String actor() { return actor; }
    public String rol() { return rol; }
    public String organisatie() { return organisatie; }
    public String betrokkene() { return betrokkene; }
    public UUID registratieId() { return registratieId; }
    public Instant startTijd() { return startTijd; }
    public Instant eindTijd() { return eindTijd; }
    public String status() { return status; }
    public Long volgnummer() { return volgnummer; }
    public String vorigeHash() { return vorigeHash; }
    public String hash() { return hash; }
}
