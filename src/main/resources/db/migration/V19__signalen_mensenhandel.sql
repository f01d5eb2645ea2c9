-- Signals of human trafficking (signalen mensenhandel), handed by a municipality to the RIEC of its
-- region and to the police unit, and the police unit of every municipality.
--
-- Police units. The Politiewet 2012 (art. 25) divides the national police into ten regional units,
-- and the ten RIECs work on the same map: each RIEC region is one police unit, except that the RIEC
-- calls the Amsterdam unit "Amsterdam-Amstelland". The reference data (gemeenten-2025.csv, V1) holds
-- ten distinct RIEC regions; the names that look like more regions (Brabant-Zuidoost, Brabant-Noord,
-- Gooi en Vechtstreek, Flevoland, Zuid-Holland-Zuid, Hollands-Midden...) are safety regions, which the
-- units contain: Brabant-Zuidoost and Brabant-Noord make up RIEC and unit Oost-Brabant; Gooi en
-- Vechtstreek and Flevoland belong to Midden-Nederland; Zuid-Holland-Zuid to Rotterdam; Hollands-Midden
-- to Den Haag. The unit is therefore derived from the RIEC region, and a region this mapping does not
-- know fails the migration (CHECK below) instead of leaving a municipality without a unit.
ALTER TABLE gemeente ADD COLUMN politie_eenheid text;

UPDATE gemeente SET politie_eenheid = CASE riec_regio WHEN 'Amsterdam-Amstelland' THEN 'Amsterdam' ELSE riec_regio END;

ALTER TABLE gemeente ALTER COLUMN politie_eenheid SET NOT NULL;
ALTER TABLE gemeente ADD CONSTRAINT gemeente_politie_eenheid_ck CHECK (politie_eenheid IN (
    'Noord-Nederland', 'Oost-Nederland', 'Midden-Nederland', 'Noord-Holland', 'Amsterdam', 'Den Haag',
    'Rotterdam', 'Zeeland-West-Brabant', 'Oost-Brabant', 'Limburg'));

CREATE INDEX gemeente_politie_eenheid_idx ON gemeente (politie_eenheid);

-- A signal: that on a day, at premises of the municipality, an officer saw indicators of trafficking
-- from a fixed list. The minimum the RIEC and the police need to act on it, and nothing about a person:
-- no name, BSN, registration number, photo or phone number of a sex worker has a column here, and the
-- short explanation is screened for personal numbers before it gets here.
--
-- The hand-over is part of the record: to which RIEC region and police unit it went and when, copied
-- from the municipality at that moment, so that a later change of the map does not move old signals.
-- Those recipients are who may read it (besides the municipality's own enforcement officers).
--
-- Never edited, never deleted by the service: a correction is a new signal that names the one it
-- replaces (vervangt).
CREATE TABLE signaal_mensenhandel (
    id                 uuid        PRIMARY KEY,
    gemeente_code      varchar(6)  NOT NULL REFERENCES gemeente (code),
    vestiging_id       uuid        NOT NULL REFERENCES vestiging (id),
    datum              date        NOT NULL,
    -- The reporting organisation as it calls itself ("Gemeente Utrecht, team Toezicht").
    organisatie        text        NOT NULL CHECK (length(organisatie) BETWEEN 1 AND 200),
    toelichting        text        CHECK (length(toelichting) <= 500),
    vervangt           uuid        REFERENCES signaal_mensenhandel (id),
    riec_regio         text        NOT NULL,
    politie_eenheid    text        NOT NULL,
    overgedragen_op    timestamptz NOT NULL,
    vastgelegd_door    text        NOT NULL,
    vastgelegd_rol     text        NOT NULL
);

CREATE INDEX signaal_mensenhandel_gemeente_idx ON signaal_mensenhandel (gemeente_code, datum, id);
CREATE INDEX signaal_mensenhandel_riec_idx ON signaal_mensenhandel (riec_regio, datum, id);
CREATE INDEX signaal_mensenhandel_politie_idx ON signaal_mensenhandel (politie_eenheid, datum, id);

CREATE TABLE signaal_indicator (
    signaal_id         uuid        NOT NULL REFERENCES signaal_mensenhandel (id),
    -- A category of the service's indicator list (mensenhandel.domain.Indicator).
    indicator          text        NOT NULL CHECK (indicator ~ '^[A-Z_]{3,60}$'),
    PRIMARY KEY (signaal_id, indicator)
);

GRANT SELECT, INSERT ON signaal_mensenhandel, signaal_indicator TO ${dienstrol};
