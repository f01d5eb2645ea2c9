-- Documents of a licence's file (issue 16): what the operator handed in with the application and
-- after it (business plan, Bibob questionnaire, floor plan, certificate of conduct, KvK extract).
-- Never a document about a sex worker: the kinds below are the whole list, and none of them is one.
--
-- The content is a PostgreSQL large object, written and read in chunks (lo_write/lo_read), so that
-- neither the service nor the driver ever holds a whole file: a bytea value is sent and received by
-- pgjdbc as one message (hex-encoded, twice its size), which a 50 MB file under a 48 MB heap cannot
-- survive. The service role creates the objects and so owns them; it needs no grant and no
-- lo_compat_privileges (which stays off: no role reads another's large objects).
--
-- Documents are never changed or deleted through the service: the row is insert-only (trigger), and
-- the large object it names is owned by the service role but referenced by exactly one row. Retention
-- and destruction (Archiefwet) are a task for the records manager as the owner, not for the API.
CREATE TABLE document (
    id                  uuid        PRIMARY KEY,
    vergunning_id       uuid        NOT NULL REFERENCES vergunning (id),
    soort               text        NOT NULL CHECK (soort IN ('ONDERNEMINGSPLAN', 'BIBOB_VRAGENFORMULIER',
                                        'PLATTEGROND', 'VOG', 'KVK_UITTREKSEL', 'OVERIG')),
    -- ZGW's vertrouwelijkheidaanduiding.
    vertrouwelijkheid   text        NOT NULL CHECK (vertrouwelijkheid IN ('openbaar', 'beperkt_openbaar', 'intern',
                                        'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim')),
    -- As recognised from the content, never as the client claimed it.
    content_type        text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg',
                                        'image/tiff')),
    grootte             bigint      NOT NULL CHECK (grootte > 0),
    sha256              bytea       NOT NULL CHECK (length(sha256) = 32),
    inhoud              oid         NOT NULL UNIQUE,
    ontvangen_op        timestamptz NOT NULL,
    ontvangen_door      text        NOT NULL,
    ontvangen_rol       text        NOT NULL,
    -- Natural idempotency: the same content of the same kind is on a licence's file once; a retry
    -- (or a second upload of the same file) finds the first.
    CONSTRAINT document_inhoud_uk UNIQUE (vergunning_id, soort, sha256)
);
CREATE INDEX document_vergunning_idx ON document (vergunning_id, ontvangen_op, id);

CREATE FUNCTION document_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'documenten zijn onveranderlijk';
END $$;

CREATE TRIGGER document_onveranderlijk BEFORE UPDATE OR DELETE ON document
    FOR EACH ROW EXECUTE FUNCTION document_onveranderlijk();

GRANT SELECT, INSERT ON document TO ${dienstrol};
