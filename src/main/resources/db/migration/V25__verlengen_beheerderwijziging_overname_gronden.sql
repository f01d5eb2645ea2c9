-- Issue 16, item 4: renewal, change of manager, transfer and the ground of a suspension or revocation,
-- all as decisions that are kept, never edited.

-- Renewal (VERLENGEN) moves the licence's last day; the decision keeps the new last day, and a renewal
-- without one would be an indefinite licence nobody decided on.
ALTER TABLE besluit DROP CONSTRAINT besluit_besluittype_check;
ALTER TABLE besluit ADD CONSTRAINT besluit_besluittype_check CHECK (besluittype IN ('VERLENEN', 'WEIGEREN',
    'SCHORSEN', 'SCHORSING_OPHEFFEN', 'INTREKKEN', 'AANVRAAG_INTREKKEN', 'VERLENGEN'));
ALTER TABLE besluit ADD CONSTRAINT besluit_verlengen_geldig_tot_ck
    CHECK (besluittype <> 'VERLENGEN' OR geldig_tot >= ingangsdatum);

-- The ground of a suspension or revocation (model APV art. 3:6 and the Wet Bibob), so that a revocation
-- as a sanction can be told from one at the holder's request or by a transfer without reading the
-- motivation. Decisions taken before this migration have none: the requirement holds for new rows only
-- (NOT VALID), since a kept decision is never rewritten.
ALTER TABLE besluit ADD COLUMN grond text CHECK (grond IN ('OVERTREDING_VOORSCHRIFTEN', 'BIBOB', 'OPENBARE_ORDE',
    'LEVENSGEDRAG', 'ONJUISTE_GEGEVENS', 'MISSTANDEN', 'NIET_UITGEOEFEND', 'OP_VERZOEK', 'OVERNAME'));
ALTER TABLE besluit ADD CONSTRAINT besluit_grond_alleen_bij_einde_ck
    CHECK (grond IS NULL OR besluittype IN ('SCHORSEN', 'INTREKKEN'));
ALTER TABLE besluit ADD CONSTRAINT besluit_grond_verplicht_ck
    CHECK (besluittype NOT IN ('SCHORSEN', 'INTREKKEN') OR grond IS NOT NULL) NOT VALID;

-- The scan for suspensions that end by their date (Verloopbewaker) reads suspensions by their last day.
CREATE INDEX besluit_schorsing_einde_idx ON besluit (geldig_tot) WHERE besluittype = 'SCHORSEN';

-- A transfer: an application by another operator that takes over a licence in force. The old licence
-- ends when the new one is granted, in the same transaction.
ALTER TABLE vergunning ADD COLUMN overname_van uuid REFERENCES vergunning (id);
CREATE INDEX vergunning_overname_van_idx ON vergunning (overname_van) WHERE overname_van IS NOT NULL;

-- A change of the managers of a granted licence needs the mayor's approval after a conduct check
-- (model APV: the manager must meet the same requirements as at the grant). The request keeps the
-- managers only as this municipality's pseudonyms under the manager key (version kept with them), as
-- the licence does; never an identifier.
CREATE TABLE beheerderwijziging (
    id                     uuid        PRIMARY KEY,
    vergunning_id          uuid        NOT NULL REFERENCES vergunning (id),
    toevoegen              text[]      NOT NULL,
    -- The national pseudonyms (V26) of those added, in the same order and key version: the national
    -- history recognises a manager named by this change in other municipalities once it is approved.
    toevoegen_landelijk    text[]      NOT NULL,
    verwijderen            text[]      NOT NULL,
    sleutelversie          integer     NOT NULL,
    aangevraagd_op         timestamptz NOT NULL,
    aangevraagd_door       text        NOT NULL,
    CONSTRAINT beheerderwijziging_niet_leeg_ck CHECK (cardinality(toevoegen) + cardinality(verwijderen) > 0),
    CONSTRAINT beheerderwijziging_landelijk_ck CHECK (cardinality(toevoegen_landelijk) = cardinality(toevoegen))
);
CREATE INDEX beheerderwijziging_vergunning_idx ON beheerderwijziging (vergunning_id, aangevraagd_op);

-- The decision on a change: one per request (the primary key makes a second approval impossible, also
-- when two arrive at once), with the conduct check that was done.
CREATE TABLE beheerderwijziging_besluit (
    wijziging_id           uuid        PRIMARY KEY REFERENCES beheerderwijziging (id),
    uitkomst               text        NOT NULL CHECK (uitkomst IN ('GOEDGEKEURD', 'AFGEWEZEN')),
    motivering             text        NOT NULL CHECK (length(btrim(motivering)) > 0),
    toets_soort            text        NOT NULL CHECK (toets_soort IN ('VOG', 'BIBOB', 'ANTECEDENTENONDERZOEK')),
    toets_uitgevoerd_op    date        NOT NULL,
    genomen_op             timestamptz NOT NULL,
    genomen_door           text        NOT NULL
);

CREATE TRIGGER beheerderwijziging_append_only BEFORE UPDATE OR DELETE ON beheerderwijziging
    FOR EACH ROW EXECUTE FUNCTION besluit_append_only();
CREATE TRIGGER beheerderwijziging_besluit_append_only BEFORE UPDATE OR DELETE ON beheerderwijziging_besluit
    FOR EACH ROW EXECUTE FUNCTION besluit_append_only();

GRANT SELECT, INSERT ON beheerderwijziging, beheerderwijziging_besluit TO ${dienstrol};
