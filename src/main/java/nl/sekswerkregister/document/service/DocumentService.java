package nl.sekswerkregister.document.service;

import java.util.Set;
import nl.sekswerkregister.audittrail.domain.Objecttype;
import nl.sekswerkregister.audittrail.service.Audittrail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.document.domain.Bestandssoort;
import nl.sekswerkregister.document.domain.Documentsoort;
import nl.sekswerkregister.document.repository.DocumentRepository;
import nl.sekswerkregister.document.repository.DocumentRepository.DocumentRij;
import nl.sekswerkregister.document.repository.DocumentRepository.NieuwDocumentRij;
import nl.sekswerkregister.document.repository.DocumentRepository.VergunningRij;

/**
 * The documents of a licence's file. Only the licensing officers of the licence's municipality hand
 * documents in and read their content: they hold the file. The auditor sees that a document is there
 * (kind, size, hash, when), never what is in it: a certificate of conduct or a Bibob questionnaire is
 * none of the auditor's business, and the hash proves integrity without the content.
 */
@ApplicationScoped
public class DocumentService {

    /** Bytes per transaction of a download: a slow client holds no database connection while it reads. */
    static final int LEESBLOK = 1024 * 1024;

    private final DocumentRepository documenten;
    private final Gebruiker gebruiker;
    private final DocumentConfig config;
    private final Klok klok;

    private final Audittrail audittrail;

    public DocumentService(DocumentRepository documenten, Gebruiker gebruiker, DocumentConfig config, Klok klok, Audittrail audittrail) {
        this.audittrail = audittrail;
        this.documenten = documenten;
        this.gebruiker = gebruiker;
        this.config = config;
        this.klok = klok;
    }

    /** The largest document of this kind, in bytes. */
    public long maxBytes(Documentsoort soort) {
        // A map with a default: a kind not configured gets it from get(), not from getOrDefault().
        return config.maxBytes().get(soort.name());
    }

    /**
     * Streams an upload into the database: checked by its first bytes, counted and hashed on the way,
     * and stored unless the same content of the same kind is already on the file (then the document on
     * file is the answer, and nothing is added). All in one transaction: any refusal halfway leaves no
     * row and no large object. The one write of this feature, where an audit trail entry belongs.
     */
    @Transactional
    public OntvangstBeeld ontvang(String vergunningnummer, DocumentGegevens gegevens, InputStream inhoud) {
        VergunningRij vergunning = dossier(vergunningnummer);
        vereisDossierhouder(vergunning);
        long max = maxBytes(gegevens.soort());
        if (gegevens.lengte().isPresent() && gegevens.lengte().getAsLong() > max) {
            throw Begrensd.teGroot(max);
        }
        MessageDigest sha256 = sha256();
        Begrensd bron = new Begrensd(inhoud == null ? InputStream.nullInputStream() : inhoud, max, sha256);
        byte[] kop = lees(bron, Bestandssoort.KOPLENGTE);
        if (kop.length == 0) {
            throw ProbleemException.ongeldig("body", "leeg", "Een document heeft inhoud nodig; de body is leeg.");
        }
        Bestandssoort soort = Bestandssoort.herken(kop, kop.length).orElseThrow(() ->
                new ProbleemException(ProbleemSoort.MEDIATYPE_NIET_ONDERSTEUND, "De inhoud is geen PDF, PNG, JPEG of "
                        + "TIFF: de eerste bytes passen bij geen van die soorten. Er is niets opgeslagen."));
        if (soort != gegevens.geclaimd()) {
            throw new ProbleemException(ProbleemSoort.MEDIATYPE_NIET_ONDERSTEUND, "De inhoud is " + soort.mediatype()
                    + ", niet " + gegevens.geclaimd().mediatype() + " zoals de Content-Type zegt. Er is niets opgeslagen.");
        }
        long oid = documenten.schrijfInhoud(new SequenceInputStream(new ByteArrayInputStream(kop), bron));
        byte[] hash = sha256.digest();
        NieuwDocumentRij nieuw = new NieuwDocumentRij(UUID.randomUUID(), vergunning.id(), gegevens.soort(),
                gegevens.vertrouwelijkheid() != null ? gegevens.vertrouwelijkheid()
                        : gegevens.soort().standaardVertrouwelijkheid(),
                soort, bron.gelezen(), hash, oid, klok.nu(), gebruiker.subject(), Rol.VERGUNNINGVERLENER);
        boolean toegevoegd = documenten.voegToe(nieuw);
        if (!toegevoegd) {
            // The same file again (a retry after a lost answer, or a second click): keep the first.
            documenten.verwijderInhoud(oid);
        }
        DocumentRij rij = documenten.metInhoud(vergunning.id(), gegevens.soort(), hash).orElseThrow();
        if (toegevoegd) {
            // On the licence file's trail: which document (id, kind, type, size, hash) was added, by whom.
            audittrail.legAanmaak(Objecttype.DOCUMENT, vergunningnummer, vergunning.gemeenteCode(), beeld(rij), Set.of());
        }
        return new OntvangstBeeld(beeld(rij), toegevoegd);
    }

    @Transactional
    public Pagina<DocumentBeeld> lijst(String vergunningnummer, Paginering paginering) {
        VergunningRij vergunning = dossier(vergunningnummer);
        vereisInzage(vergunning);
        return Pagina.uit(documenten.vanVergunning(vergunning.id(), paginering.offset(), paginering.pageSize() + 1),
                paginering).map(DocumentService::beeld);
    }

    /** Metadata: the file's officers and the auditor. */
    @Transactional
    public DocumentBeeld lees(String vergunningnummer, UUID id) {
        VergunningRij vergunning = dossier(vergunningnummer);
        vereisInzage(vergunning);
        return document(vergunning, id);
    }

    /** Metadata for a download: the file's officers only. */
    @Transactional
    public DocumentBeeld leesVoorInhoud(String vergunningnummer, UUID id) {
        VergunningRij vergunning = dossier(vergunningnummer);
        vereisDossierhouder(vergunning);
        return document(vergunning, id);
    }

    /**
     * Writes a document's content, read from the database a megabyte at a time, each in a short
     * transaction of its own: a client that downloads slowly holds no connection in between. The
     * content never changes (insert-only), so the pieces belong together.
     */
    public void schrijfInhoud(DocumentBeeld document, OutputStream uit) throws IOException {
        byte[] buffer = new byte[(int) Math.min(LEESBLOK, document.grootte())];
        long vanaf = 0;
        while (vanaf < document.grootte()) {
            long positie = vanaf;
            int n = QuarkusTransaction.requiringNew().call(() -> documenten.leesInhoud(document.inhoud(), positie, buffer));
            if (n <= 0) {
                throw new IOException("De inhoud is korter dan de opgeslagen grootte.");
            }
            uit.write(buffer, 0, n);
            vanaf += n;
        }
        uit.flush();
    }

    private VergunningRij dossier(String vergunningnummer) {
        return documenten.vergunning(vergunningnummer).orElseThrow(() ->
                ProbleemException.nietGevonden("Er is geen vergunning met dit nummer."));
    }

    private DocumentBeeld document(VergunningRij vergunning, UUID id) {
        return documenten.een(vergunning.id(), id).map(DocumentService::beeld).orElseThrow(() ->
                ProbleemException.nietGevonden("Dit document staat niet in het dossier van deze vergunning."));
    }

    private void vereisDossierhouder(VergunningRij vergunning) {
        if (!gebruiker.heeftRol(Rol.VERGUNNINGVERLENER)
                || !gebruiker.gemeenteCode().map(vergunning.gemeenteCode()::equals).orElse(false)) {
            throw ProbleemException.geenToegang("Alleen een vergunningverlener van de gemeente van deze vergunning mag "
                    + "documenten aan haar dossier toevoegen of hun inhoud zien.");
        }
    }

    private void vereisInzage(VergunningRij vergunning) {
        if (!gebruiker.heeftRol(Rol.AUDITOR)) {
            vereisDossierhouder(vergunning);
        }
    }

    private static byte[] lees(InputStream bron, int aantal) {
        try {
            return bron.readNBytes(aantal);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBeeld beeld(DocumentRij r) {
        return new DocumentBeeld(r.id(), r.vergunningnummer(), r.soort(), r.vertrouwelijkheid(), r.bestandssoort(),
                r.grootte(), r.sha256(), r.ontvangenOp(), r.ontvangenRol(), r.inhoud());
    }
}
