-- Access requests (GDPR art. 15) started at a municipality's desk. The data subject is the requester;
-- the officer who files it is an intermediary (tussenpersoon), and a second officer of the same
-- municipality approves it before the municipality sees its own part of the report. The full national
-- report goes to the person alone (GET /inzage with their own authentication), so nothing here is
-- a way for an officer to learn where else a person was checked or registered.
--
-- No identifier is stored: only the person's log reference (the random reference the processing log
-- names them by, see logboek_betrokkene; it survives key rotation unchanged), and none at all for a
-- refused request. Refused requests (no registration of the person in this
-- municipality, now or in the log) are kept too, so that auditors see who tried what and the daily
-- limit per officer counts them.
CREATE TABLE inzageverzoek (
    id               uuid        PRIMARY KEY,
    gemeente_code    varchar(6)  NOT NULL REFERENCES gemeente (code),
    betrokkene       varchar(64) CHECK (betrokkene ~ '^[0-9a-f]{64}$'),
    status           text        NOT NULL CHECK (status IN ('WACHT_OP_GOEDKEURING', 'GOEDGEKEURD', 'GEWEIGERD')),
    tussenpersoon    text        NOT NULL,
    ingediend_op     timestamptz NOT NULL,
    goedgekeurd_door text,
    goedgekeurd_op   timestamptz,
    CONSTRAINT inzageverzoek_persoon_ck CHECK ((status = 'GEWEIGERD') = (betrokkene IS NULL)),
    CONSTRAINT inzageverzoek_goedkeuring_ck CHECK (
        (status = 'GOEDGEKEURD') = (goedgekeurd_door IS NOT NULL AND goedgekeurd_op IS NOT NULL)),
    -- Four eyes: whoever filed the request cannot approve it, whatever the service does.
    CONSTRAINT inzageverzoek_vier_ogen_ck CHECK (goedgekeurd_door IS DISTINCT FROM tussenpersoon)
);

-- The daily limit per officer counts their requests of today.
CREATE INDEX inzageverzoek_tussenpersoon_idx ON inzageverzoek (tussenpersoon, ingediend_op);
-- The auditors' list, newest first.
CREATE INDEX inzageverzoek_ingediend_idx ON inzageverzoek (ingediend_op, id);

-- The service files, approves and lists requests; it never deletes them.
GRANT SELECT, INSERT, UPDATE ON inzageverzoek TO ${dienstrol};
