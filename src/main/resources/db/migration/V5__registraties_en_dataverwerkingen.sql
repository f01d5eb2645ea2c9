-- Registrations of sex workers and the processing log. Special-category data (GDPR art. 9):
-- no BSN, document number, name or date of birth is stored. A person is present only as keyed
-- pseudonyms (HMAC, keys outside the database), an age band, and an optional working name.

CREATE TABLE registratie (
    id                   uuid        PRIMARY KEY,
    registratienummer    varchar(13) NOT NULL CHECK (registratienummer ~ '^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$'),
    gemeente_code        varchar(6)  NOT NULL REFERENCES gemeente (code),
    -- Used only to enforce one active registration per person nationwide; never shown.
    landelijk_pseudoniem varchar(64) NOT NULL CHECK (landelijk_pseudoniem ~ '^[0-9a-f]{64}$'),
    -- What the registering municipality's own systems may see; differs per municipality.
    gemeente_pseudoniem  varchar(64) NOT NULL CHECK (gemeente_pseudoniem ~ '^[0-9a-f]{64}$'),
    sleutelversie        integer     NOT NULL CHECK (sleutelversie >= 1),
    leeftijdsband        text        NOT NULL,
    intakedatum          date        NOT NULL,
    werknaam             text        CHECK (length(werknaam) BETWEEN 1 AND 100),
    status               text        NOT NULL CHECK (status IN ('ACTIEF', 'GESCHORST', 'INGETROKKEN', 'VERLOPEN')),
    geldig_vanaf         date        NOT NULL,
    geldig_tot           date        NOT NULL CHECK (geldig_tot >= geldig_vanaf),
    beeindigd_op         date,
    aangemaakt_op        timestamptz NOT NULL,
    versie               bigint      NOT NULL,
    CONSTRAINT registratie_nummer_uk UNIQUE (registratienummer)
);

-- One person, one registration that is not ended, across the whole country, also under
-- concurrency and across instances: the database enforces it.
CREATE UNIQUE INDEX registratie_een_actieve_per_persoon_uk ON registratie (landelijk_pseudoniem)
    WHERE status IN ('ACTIEF', 'GESCHORST');
CREATE INDEX registratie_gemeente_pseudoniem_idx ON registratie (gemeente_code, gemeente_pseudoniem);
CREATE INDEX registratie_retentie_idx ON registratie (beeindigd_op) WHERE beeindigd_op IS NOT NULL;

CREATE TABLE registratie_besluit (
    id              uuid        PRIMARY KEY,
    registratie_id  uuid        NOT NULL REFERENCES registratie (id) ON DELETE CASCADE,
    besluittype     text        NOT NULL CHECK (besluittype IN ('SCHORSEN', 'SCHORSING_OPHEFFEN', 'INTREKKEN', 'VERLENGEN')),
    motivering      text        NOT NULL CHECK (length(btrim(motivering)) > 0),
    status_na       text        NOT NULL,
    geldig_tot_na   date        NOT NULL,
    genomen_op      timestamptz NOT NULL
);

-- The processing log (modelled on the Logboek Dataverwerkingen standard). Written in the request's
-- own transaction; chained by a sealer moments later (volgnummer, vorige_hash, hash), so the hot
-- path never queues on the chain. Append-only: only the sealing columns may be filled in, once.
CREATE TABLE dataverwerking (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    trace_id              varchar(32) NOT NULL CHECK (trace_id ~ '^[0-9a-f]{32}$'),
    span_id               varchar(16) NOT NULL CHECK (span_id ~ '^[0-9a-f]{16}$'),
    operatie              text        NOT NULL,
    verwerkingsactiviteit text        NOT NULL,
    doelbinding           text        NOT NULL,
    actor                 text        NOT NULL,
    rol                   text        NOT NULL,
    organisatie           text,
    betrokkene            varchar(64) CHECK (betrokkene ~ '^[0-9a-f]{64}$'),
    registratie_id        uuid,
    start_tijd            timestamptz NOT NULL,
    eind_tijd             timestamptz NOT NULL,
    status                text        NOT NULL CHECK (status IN ('OK', 'FOUT')),
    volgnummer            bigint      UNIQUE,
    vorige_hash           varchar(64),
    hash                  varchar(64),
    -- no two records claim the same predecessor
    CONSTRAINT dataverwerking_vorige_uk UNIQUE (vorige_hash),
    CONSTRAINT dataverwerking_verzegeling_ck CHECK ((volgnummer IS NULL) = (hash IS NULL))
);

CREATE INDEX dataverwerking_onverzegeld_idx ON dataverwerking (id) WHERE volgnummer IS NULL;
CREATE INDEX dataverwerking_betrokkene_idx ON dataverwerking (betrokkene);
CREATE INDEX dataverwerking_tijd_idx ON dataverwerking (start_tijd);

CREATE FUNCTION dataverwerking_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'het logboek is alleen aan te vullen';
    END IF;
    IF OLD.volgnummer IS NOT NULL
       OR (NEW.id, NEW.trace_id, NEW.span_id, NEW.operatie, NEW.verwerkingsactiviteit, NEW.doelbinding, NEW.actor,
           NEW.rol, NEW.organisatie, NEW.betrokkene, NEW.registratie_id, NEW.start_tijd, NEW.eind_tijd, NEW.status)
          IS DISTINCT FROM
          (OLD.id, OLD.trace_id, OLD.span_id, OLD.operatie, OLD.verwerkingsactiviteit, OLD.doelbinding, OLD.actor,
           OLD.rol, OLD.organisatie, OLD.betrokkene, OLD.registratie_id, OLD.start_tijd, OLD.eind_tijd, OLD.status) THEN
        RAISE EXCEPTION 'het logboek is alleen aan te vullen';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER dataverwerking_alleen_toevoegen BEFORE UPDATE OR DELETE ON dataverwerking
    FOR EACH ROW EXECUTE FUNCTION dataverwerking_alleen_toevoegen();

-- Licence managers move from names to pseudonyms (per municipality, as for registrations).
-- Names held so far cannot be pseudonymised (they are no identifiers): they are dropped.
ALTER TABLE vergunning DROP COLUMN beheerders;
ALTER TABLE vergunning ADD COLUMN beheerder_pseudoniemen text[] NOT NULL DEFAULT '{}';
ALTER TABLE vergunning ALTER COLUMN beheerder_pseudoniemen DROP DEFAULT;
