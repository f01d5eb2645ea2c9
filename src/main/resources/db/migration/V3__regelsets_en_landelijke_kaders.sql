-- Rule sets per municipality (versioned, effective-dated) and national frameworks, both written in
-- the closed vocabulary of nl.sekswerkregister.regelset.domain.Regels. The rules are stored as
-- JSON text: the service validates them against the vocabulary on every write, and the analyses
-- read whole rule sets, never fields inside them.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE regelset (
    id               uuid        PRIMARY KEY,
    gemeente_code    varchar(6)  NOT NULL REFERENCES gemeente (code),
    versie           integer     NOT NULL CHECK (versie >= 1),
    status           text        NOT NULL CHECK (status IN ('CONCEPT', 'GEPUBLICEERD')),
    geldig_vanaf     date        NOT NULL,
    geldig_tot       date,
    bron             text        NOT NULL CHECK (length(btrim(bron)) BETWEEN 1 AND 2000),
    regels           text        NOT NULL,
    aangemaakt_op    timestamptz NOT NULL,
    gepubliceerd_op  timestamptz,
    rijversie        bigint      NOT NULL,
    CONSTRAINT regelset_versie_uk UNIQUE (gemeente_code, versie),
    CONSTRAINT regelset_periode_ck CHECK (geldig_tot IS NULL OR geldig_tot >= geldig_vanaf),
    CONSTRAINT regelset_publicatie_ck CHECK ((status = 'GEPUBLICEERD') = (gepubliceerd_op IS NOT NULL)),
    -- Published versions of one municipality never overlap in time, whoever writes (a second
    -- instance, a manual fix): the database refuses it, not only the service.
    CONSTRAINT regelset_geen_overlap EXCLUDE USING gist (
        gemeente_code WITH =, daterange(geldig_vanaf, geldig_tot, '[]') WITH &&) WHERE (status = 'GEPUBLICEERD')
);

CREATE INDEX regelset_in_werking_idx ON regelset (gemeente_code, geldig_vanaf) WHERE status = 'GEPUBLICEERD';

-- A published rule set is law as promulgated: it is never edited or deleted. The one change
-- allowed is ending an open-ended version when its successor is published (geldig_tot from
-- NULL to a date), as a council decision that replaces an APV article does.
CREATE FUNCTION regelset_gepubliceerd_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status = 'GEPUBLICEERD' THEN
            RAISE EXCEPTION 'een gepubliceerde regelset is onveranderlijk';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'GEPUBLICEERD' AND NOT (
            OLD.geldig_tot IS NULL AND NEW.geldig_tot IS NOT NULL
            AND (NEW.id, NEW.gemeente_code, NEW.versie, NEW.status, NEW.geldig_vanaf, NEW.bron, NEW.regels,
                 NEW.aangemaakt_op, NEW.gepubliceerd_op)
                IS NOT DISTINCT FROM
                (OLD.id, OLD.gemeente_code, OLD.versie, OLD.status, OLD.geldig_vanaf, OLD.bron, OLD.regels,
                 OLD.aangemaakt_op, OLD.gepubliceerd_op)) THEN
        RAISE EXCEPTION 'een gepubliceerde regelset is onveranderlijk';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER regelset_gepubliceerd_onveranderlijk BEFORE UPDATE OR DELETE ON regelset
    FOR EACH ROW EXECUTE FUNCTION regelset_gepubliceerd_onveranderlijk();

CREATE TABLE landelijk_kader (
    id             uuid        PRIMARY KEY,
    code           text        NOT NULL CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(code) <= 60),
    versie         integer     NOT NULL CHECK (versie >= 1),
    naam           text        NOT NULL CHECK (length(btrim(naam)) BETWEEN 1 AND 200),
    bron           text        NOT NULL CHECK (length(btrim(bron)) BETWEEN 1 AND 2000),
    regels         text        NOT NULL,
    vastgesteld_op timestamptz NOT NULL,
    CONSTRAINT landelijk_kader_versie_uk UNIQUE (code, versie)
);

CREATE FUNCTION landelijk_kader_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'een versie van een landelijk kader is onveranderlijk; maak een nieuwe versie';
END $$;

CREATE TRIGGER landelijk_kader_onveranderlijk BEFORE UPDATE OR DELETE ON landelijk_kader
    FOR EACH ROW EXECUTE FUNCTION landelijk_kader_onveranderlijk();
