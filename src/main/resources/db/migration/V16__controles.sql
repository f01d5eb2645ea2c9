-- Inspections (controles) and their findings (bevindingen). An inspection is always at premises
-- (vestiging), licensed or not: an unlicensed address becomes premises when it is first inspected or
-- signalled, so that everything enforcement learns about one door stays together over time.
--
-- What is never here: a name, a BSN, a photo or any other identity of a sex worker. A finding about a
-- worker says what was seen (for instance "registration not checked"); a registration number that was
-- shown is checked with the existing hit/no-hit and only the outcome is kept, not the number, so an
-- inspection cannot be joined to a person's registration afterwards.
--
-- Inspections and findings are records of what was seen on a day: never edited, never deleted by the
-- service (a correction is a new inspection). Sanctions (later migrations) point at them.
CREATE TABLE controle (
    id                 uuid        PRIMARY KEY,
    gemeente_code      varchar(6)  NOT NULL REFERENCES gemeente (code),
    vestiging_id       uuid        NOT NULL REFERENCES vestiging (id),
    -- The licence at these premises the inspection was about, when there was one.
    vergunning_id      uuid        REFERENCES vergunning (id),
    -- The licence the people at the door showed, when they showed one: it may belong to other premises
    -- (a borrowed number), which is then also a finding (ADRES_WIJKT_AF).
    getoond_vergunning_id uuid     REFERENCES vergunning (id),
    datum              date        NOT NULL,
    soort              text        NOT NULL CHECK (soort IN ('ADMINISTRATIEF', 'TER_PLAATSE', 'GEZAMENLIJK_MET_POLITIE')),
    -- The inspecting organisation as it calls itself ("Gemeente Utrecht, team Toezicht").
    organisatie        text        NOT NULL CHECK (length(organisatie) BETWEEN 1 AND 200),
    -- Free text, screened for personal data before it gets here.
    opmerkingen        text        CHECK (length(opmerkingen) <= 4000),
    -- The municipality's rule-set version in force on the inspection date, whose rules the findings were
    -- checked against (null: none was in force). Kept, so that a sanction can cite the rules of that day
    -- even after a new version is published.
    regelset_versie    integer     CHECK (regelset_versie >= 1),
    vastgelegd_op      timestamptz NOT NULL,
    vastgelegd_door    text        NOT NULL,
    vastgelegd_rol     text        NOT NULL
);

CREATE INDEX controle_vestiging_idx ON controle (vestiging_id, datum);
CREATE INDEX controle_gemeente_idx ON controle (gemeente_code, datum, id);

CREATE TABLE bevinding (
    id                 uuid        PRIMARY KEY,
    controle_id        uuid        NOT NULL REFERENCES controle (id),
    volgnummer         integer     NOT NULL CHECK (volgnummer >= 1),
    -- A code of the findings catalogue (see the service's Bevindingcode).
    code               text        NOT NULL CHECK (code ~ '^[A-Z_]{3,60}$'),
    toelichting        text        CHECK (length(toelichting) <= 2000),
    -- For VOORSCHRIFT_NIET_NAGELEEFD: which of the licence's conditions (voorschriften), by position from 1.
    voorschrift        integer     CHECK (voorschrift >= 1),
    UNIQUE (controle_id, volgnummer)
);

GRANT SELECT, INSERT ON controle, bevinding TO ${dienstrol};
