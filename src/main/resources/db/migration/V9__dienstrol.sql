-- Two database roles (README "Database roles"). Flyway runs every migration as the owner of the
-- schema; the service runs as ${dienstrol}, which gets exactly the privileges below and nothing
-- else: no DDL, no TRUNCATE, no ownership, so it cannot drop or disable the triggers that keep the
-- processing log append-only, nor delete or rewrite a log row. Each later migration grants what its
-- own tables need. (When owner and runtime role are the same login these grants change nothing, and
-- the prod profile refuses to start: DatabaserolBewaker.)

GRANT USAGE ON SCHEMA public TO ${dienstrol};

-- Reference data: read only.
GRANT SELECT ON gemeente, gemeente_buur TO ${dienstrol};

-- Licensing: operators, licences and rule sets change; decisions are only ever added.
GRANT SELECT, INSERT, UPDATE ON exploitant, vergunning, vergunningnummer_reeks, regelset, landelijk_kader TO ${dienstrol};
GRANT SELECT, INSERT ON besluit TO ${dienstrol};

-- Registrations: deleted by the retention job only; their decisions are only ever added (and go
-- with the registration through ON DELETE CASCADE, which runs with the owner's rights).
GRANT SELECT, INSERT, UPDATE, DELETE ON registratie TO ${dienstrol};
GRANT SELECT, INSERT ON registratie_besluit TO ${dienstrol};

-- The processing log: add records, and fill in the sealing columns once (the trigger sees to once).
GRANT SELECT, INSERT ON dataverwerking TO ${dienstrol};
GRANT UPDATE (volgnummer, vorige_hash, hash) ON dataverwerking TO ${dienstrol};

-- Idempotency keys expire and are deleted; the analysis counter is bumped by statement triggers that
-- run with the rights of whoever changed a rule set or licence.
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotentie TO ${dienstrol};
GRANT SELECT, UPDATE ON analyseversie TO ${dienstrol};
