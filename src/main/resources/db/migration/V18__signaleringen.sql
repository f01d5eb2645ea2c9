-- Signals of premises and online advertisements where sex work is offered without a licence
-- (signaleringen). Enforcement records what it learns (a neighbour's complaint, internet
-- surveillance, an inspection elsewhere, the police), follows it up with inspections at the same
-- premises, and closes it with an outcome. Counted per municipality, they are the evidence the
-- patchwork analysis lacked: unlicensed activity observed near a border with stricter rules.
--
-- A signal is a record of what was known on a day: never edited, never deleted by the service. A
-- closure is a record of its own (signalering_afsluiting), at most one per signal.
--
-- What is never here: a name, a BSN, a photo, or a phone number in clear. An advertisement's phone
-- number is kept only as the municipality's keyed pseudonym (signalering_telefoon), so that the same
-- number in two advertisements of one municipality is recognisable and nothing more; it lives in a
-- table of its own because key rotation rewrites it, and the signal itself stays insert-only.
CREATE TABLE signalering (
    id                    uuid        PRIMARY KEY,
    gemeente_code         varchar(6)  NOT NULL REFERENCES gemeente (code),
    soort                 text        NOT NULL CHECK (soort IN ('ADRES', 'ADVERTENTIE')),
    -- An address signal is at premises (made when first signalled, so later inspections attach to them).
    vestiging_id          uuid        REFERENCES vestiging (id),
    -- An advertisement: the platform and the platform's own reference of the ad (an id or URL).
    platform              text        CHECK (length(platform) BETWEEN 1 AND 100),
    advertentiereferentie text        CHECK (length(advertentiereferentie) BETWEEN 1 AND 300),
    bron                  text        NOT NULL CHECK (bron IN ('MELDING_BURGER', 'INTERNETSURVEILLANCE', 'CONTROLE',
                                                                'POLITIE', 'ANDERE_GEMEENTE', 'ANONIEM')),
    datum                 date        NOT NULL,
    -- WGS84, kept to 0.001 degree (about 110 m by 70 m here): the precision of the municipal
    -- boundaries the border check uses; finer would add nothing but the exact door of a home.
    breedtegraad          numeric(6, 3) CHECK (breedtegraad BETWEEN 50.6 AND 53.7),
    lengtegraad           numeric(6, 3) CHECK (lengtegraad BETWEEN 3.2 AND 7.3),
    vastgelegd_op         timestamptz NOT NULL,
    vastgelegd_door       text        NOT NULL,
    vastgelegd_rol        text        NOT NULL,
    CHECK ((soort = 'ADRES') = (vestiging_id IS NOT NULL)),
    CHECK ((soort = 'ADVERTENTIE') = (platform IS NOT NULL AND advertentiereferentie IS NOT NULL)),
    CHECK (soort = 'ADVERTENTIE' OR (platform IS NULL AND advertentiereferentie IS NULL)),
    CHECK ((breedtegraad IS NULL) = (lengtegraad IS NULL))
);

CREATE INDEX signalering_gemeente_idx ON signalering (gemeente_code, datum, id);
CREATE INDEX signalering_vestiging_idx ON signalering (vestiging_id);
CREATE INDEX signalering_datum_idx ON signalering (datum);

-- The phone number of an advertisement as the municipality's pseudonym (gemeente key ring, domain
-- telefoon|GMxxxx); rewritten by key rotation, hence UPDATE.
CREATE TABLE signalering_telefoon (
    signalering_id uuid    PRIMARY KEY REFERENCES signalering (id),
    pseudoniem     text    NOT NULL CHECK (length(pseudoniem) = 512 AND pseudoniem ~ '^[0-9a-f]+$'),
    sleutelversie  integer NOT NULL CHECK (sleutelversie >= 1)
);
CREATE INDEX signalering_telefoon_pseudoniem_idx ON signalering_telefoon (pseudoniem);
CREATE INDEX signalering_telefoon_versie_idx ON signalering_telefoon (sleutelversie);

-- The closure: one per signal (the primary key makes a second one fail, also under concurrency).
CREATE TABLE signalering_afsluiting (
    signalering_id  uuid        PRIMARY KEY REFERENCES signalering (id),
    uitkomst        text        NOT NULL CHECK (uitkomst IN ('VERGUNNING_AANGEVRAAGD', 'ACTIVITEIT_BEEINDIGD',
                                                             'GEEN_SEKSWERK', 'SANCTIE_OPGELEGD',
                                                             'OVERGEDRAGEN_AAN_POLITIE', 'NIET_TRACEERBAAR')),
    datum           date        NOT NULL,
    -- Free text, screened for personal numbers before it gets here.
    toelichting     text        CHECK (length(toelichting) <= 2000),
    vastgelegd_op   timestamptz NOT NULL,
    vastgelegd_door text        NOT NULL,
    vastgelegd_rol  text        NOT NULL
);

-- The patchwork analysis counts signals: a new or closed one must be seen by the next analysis
-- (analyseversie, migration V7).
CREATE TRIGGER signalering_analyseversie AFTER INSERT OR UPDATE OR DELETE ON signalering
    FOR EACH STATEMENT EXECUTE FUNCTION analyseversie_verhoog();
CREATE TRIGGER signalering_afsluiting_analyseversie AFTER INSERT OR UPDATE OR DELETE ON signalering_afsluiting
    FOR EACH STATEMENT EXECUTE FUNCTION analyseversie_verhoog();

GRANT SELECT, INSERT ON signalering, signalering_afsluiting TO ${dienstrol};
GRANT SELECT, INSERT ON signalering_telefoon TO ${dienstrol};
GRANT UPDATE (pseudoniem, sleutelversie) ON signalering_telefoon TO ${dienstrol};
