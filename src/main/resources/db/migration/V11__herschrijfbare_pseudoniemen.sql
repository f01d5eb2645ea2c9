-- Re-keyable pseudonyms with a key ring per purpose (README "Keys"). A pseudonym is now a group
-- element (512 hex digits) that rotation moves to a new key without the identifier, so an old key can
-- be destroyed. HMAC pseudonyms made before cannot be converted (that would need the BSNs this
-- registry never holds), so this migration refuses to run on a database that holds any: the service
-- had not gone live, and development databases are rebuilt (deploy/ensure-postgres.sh).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM registratie)
       OR EXISTS (SELECT 1 FROM vergunning WHERE cardinality(beheerder_pseudoniemen) > 0)
       OR EXISTS (SELECT 1 FROM dataverwerking WHERE betrokkene IS NOT NULL) THEN
        RAISE EXCEPTION 'V11 kan HMAC-pseudoniemen niet omzetten zonder de identificaties: begin met een lege database';
    END IF;
END $$;

-- Registrations: two pseudonyms of two rings, each with its own key version.
ALTER TABLE registratie DROP CONSTRAINT registratie_landelijk_pseudoniem_check;
ALTER TABLE registratie DROP CONSTRAINT registratie_gemeente_pseudoniem_check;
ALTER TABLE registratie ALTER COLUMN landelijk_pseudoniem TYPE text;
ALTER TABLE registratie ALTER COLUMN gemeente_pseudoniem TYPE text;
-- (PostgreSQL's regular expressions count to 255 at most: the length is checked apart.)
ALTER TABLE registratie ADD CONSTRAINT registratie_landelijk_pseudoniem_check
    CHECK (length(landelijk_pseudoniem) = 512 AND landelijk_pseudoniem ~ '^[0-9a-f]+$');
ALTER TABLE registratie ADD CONSTRAINT registratie_gemeente_pseudoniem_check
    CHECK (length(gemeente_pseudoniem) = 512 AND gemeente_pseudoniem ~ '^[0-9a-f]+$');
ALTER TABLE registratie RENAME COLUMN sleutelversie TO landelijk_sleutelversie;
ALTER TABLE registratie ADD COLUMN gemeente_sleutelversie integer NOT NULL DEFAULT 1 CHECK (gemeente_sleutelversie >= 1);
ALTER TABLE registratie ALTER COLUMN gemeente_sleutelversie DROP DEFAULT;

-- Licence managers: the key version of the licence's manager pseudonyms.
ALTER TABLE vergunning ADD COLUMN beheerder_sleutelversie integer NOT NULL DEFAULT 1 CHECK (beheerder_sleutelversie >= 1);
ALTER TABLE vergunning ALTER COLUMN beheerder_sleutelversie DROP DEFAULT;
ALTER TABLE vergunning ADD CONSTRAINT vergunning_beheerder_pseudoniemen_check
    CHECK (array_to_string(beheerder_pseudoniemen, '') ~ '^[0-9a-f]*$'
           AND length(array_to_string(beheerder_pseudoniemen, '')) = 512 * cardinality(beheerder_pseudoniemen));

-- The data subject in the processing log. The log row names a random reference; this table maps the
-- reference to the person's log pseudonym. Rotation rewrites only this table, so the hash chain,
-- which covers the reference, never changes.
CREATE TABLE logboek_betrokkene (
    referentie    varchar(64) PRIMARY KEY CHECK (referentie ~ '^[0-9a-f]{64}$'),
    pseudoniem    text        NOT NULL UNIQUE CHECK (length(pseudoniem) = 512 AND pseudoniem ~ '^[0-9a-f]+$'),
    sleutelversie integer     NOT NULL CHECK (sleutelversie >= 1)
);
CREATE INDEX logboek_betrokkene_versie_idx ON logboek_betrokkene (sleutelversie);
CREATE INDEX registratie_landelijk_versie_idx ON registratie (landelijk_sleutelversie);

GRANT SELECT, INSERT, UPDATE ON logboek_betrokkene TO ${dienstrol};
