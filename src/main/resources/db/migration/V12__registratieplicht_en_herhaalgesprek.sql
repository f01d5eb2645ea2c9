-- Issue 12: register only where a rule in force requires it, and let a revocation follow the person.

-- 1. When a national framework is in force. Registering a sex worker processes special-category
--    data (GDPR art. 9), which needs a legal basis: a municipal rule set in force with a
--    registration duty, or a national framework in force with one. A bill (the Wrs, Kamerstukken
--    35715) is no basis, so a framework version without in_werking_vanaf is not in force.
ALTER TABLE landelijk_kader
    ADD COLUMN in_werking_vanaf date,
    ADD COLUMN in_werking_tot   date,
    ADD CONSTRAINT landelijk_kader_werking_ck
        CHECK (in_werking_tot IS NULL OR (in_werking_vanaf IS NOT NULL AND in_werking_tot >= in_werking_vanaf));

-- Current law has been in force since the general brothel ban was lifted (Wet opheffing algemeen
-- bordeelverbod, 01-10-2000), as its own bron says; the row only lacked the field. Versions are
-- immutable (a trigger refuses updates), so the trigger steps aside for this one fact.
ALTER TABLE landelijk_kader DISABLE TRIGGER landelijk_kader_onveranderlijk;
UPDATE landelijk_kader SET in_werking_vanaf = DATE '2000-10-01' WHERE code = 'huidige-wet' AND versie = 1;
ALTER TABLE landelijk_kader ENABLE TRIGGER landelijk_kader_onveranderlijk;

-- 2. A repeat interview (herhaalgesprek) recorded on the registration that needed one.
ALTER TABLE registratie ADD COLUMN herhaalgesprek_op date
    CHECK (herhaalgesprek_op IS NULL OR herhaalgesprek_op <= geldig_vanaf);

-- 3. A revocation follows the person: for a period after a revocation, a new registration in any
--    municipality needs a repeat interview. Keyed by the national pseudonym only, never by the
--    registration, so that it outlives the revoked registration's retention; deleted itself by the
--    retention job after geldig_tot. Re-keyed by sleutels-roteren like every stored pseudonym.
CREATE TABLE intrekkingsmarkering (
    id                   uuid    PRIMARY KEY,
    landelijk_pseudoniem text    NOT NULL CHECK (length(landelijk_pseudoniem) = 512 AND landelijk_pseudoniem ~ '^[0-9a-f]+$'),
    sleutelversie        integer NOT NULL CHECK (sleutelversie >= 1),
    ingetrokken_op       date    NOT NULL,
    -- the last day on which a new registration needs a repeat interview
    geldig_tot           date    NOT NULL CHECK (geldig_tot >= ingetrokken_op)
);
CREATE INDEX intrekkingsmarkering_pseudoniem_idx ON intrekkingsmarkering (landelijk_pseudoniem);
CREATE INDEX intrekkingsmarkering_geldig_tot_idx ON intrekkingsmarkering (geldig_tot);

-- Written on revocation, read on registration, deleted by the retention job; changed only by a key
-- rotation.
GRANT SELECT, INSERT, DELETE ON intrekkingsmarkering TO ${dienstrol};
GRANT UPDATE (landelijk_pseudoniem, sleutelversie) ON intrekkingsmarkering TO ${dienstrol};
