-- The audit trail (issue 16): every write to operators, premises and licences (and, as the features
-- come, to cases, documents and changes of manager) leaves one row here, in the same transaction as
-- the write, saying who (token subject), in which role and organisation, when, and what changed. A
-- rolled-back write leaves no row. Like decisions, rows are never changed or removed: the service may
-- only insert and read, and a trigger refuses what the grant would not stop an owner doing by mistake.
--
-- No personal data: `wijzigingen` lists {veld, oud, nieuw}; a field that is personal data (a manager's
-- pseudonym, an address that may be someone's home) is listed as {veld, persoonsgegeven: true}
-- without values (AVG art. 5(1)(c)). The actor is the token's subject, as decisions record it.
CREATE TABLE audittrail (
    id             uuid        PRIMARY KEY,
    -- Insertion order, to tell apart rows written in the same instant (one transaction, one clock read).
    volgnummer     bigint      GENERATED ALWAYS AS IDENTITY,
    objecttype     text        NOT NULL CHECK (objecttype IN ('EXPLOITANT', 'VESTIGING', 'VERGUNNING', 'AANVRAAG',
                                   'DOCUMENT', 'BEHEERDERWIJZIGING')),
    -- A uuid, or a licence number: the object's id as the API names it.
    object_id      text        NOT NULL CHECK (object_id ~ '^[0-9A-Za-z-]{1,64}$'),
    -- The municipality concerned; for an operator (national) the writer's municipality.
    gemeente_code  varchar(6)  NOT NULL REFERENCES gemeente (code),
    tijdstip       timestamptz NOT NULL,
    actor          text        NOT NULL CHECK (length(actor) BETWEEN 1 AND 255),
    rol            text        NOT NULL CHECK (length(rol) BETWEEN 1 AND 255),
    organisatie    text        NOT NULL CHECK (length(organisatie) BETWEEN 1 AND 100),
    -- An open vocabulary (AANGEMAAKT, GEWIJZIGD, BESLUIT_GENOMEN, ...; Java: Audittrailactie), so that a
    -- feature adding an action needs no migration of this table.
    actie          text        NOT NULL CHECK (actie ~ '^[A-Z][A-Z_]{1,49}$'),
    toelichting    text        CHECK (length(toelichting) BETWEEN 1 AND 500),
    besluit_id     uuid,
    wijzigingen    jsonb       NOT NULL CHECK (jsonb_typeof(wijzigingen) = 'array')
);

CREATE INDEX audittrail_object_idx ON audittrail (objecttype, object_id, tijdstip DESC, volgnummer DESC);
-- Who may read an operator's trail: among others a municipality that wrote to it (AudittrailRepository).
CREATE INDEX audittrail_object_gemeente_idx ON audittrail (objecttype, object_id, gemeente_code);

CREATE TRIGGER audittrail_append_only BEFORE UPDATE OR DELETE ON audittrail
    FOR EACH ROW EXECUTE FUNCTION besluit_append_only();

GRANT SELECT, INSERT ON audittrail TO ${dienstrol};

-- Who keeps a national operator record (beheergemeente, the API's `beheerdDoor`): the municipality whose
-- licensing officer registered it. Only that municipality's licensing officers change it; any other
-- asks it to. Operators registered before this get the municipality of their earliest licence or
-- application; one with none keeps NULL until the first licensing officer who changes it becomes its
-- keeper (in the trail as a change of beheerdDoor).
ALTER TABLE exploitant ADD COLUMN beheergemeente varchar(6) REFERENCES gemeente (code);

UPDATE exploitant e SET beheergemeente = (
    SELECT v.gemeente_code FROM vergunning v WHERE v.exploitant_id = e.id
    ORDER BY v.aangevraagd_op, v.vergunningnummer LIMIT 1);

-- The KvK number identifies the operator and never changes; a keeper, once there, is only ever
-- replaced by another, never removed (a record nobody keeps could be taken over by anyone).
CREATE FUNCTION exploitant_sleutel_blijft() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kvk_nummer IS DISTINCT FROM OLD.kvk_nummer THEN
        RAISE EXCEPTION 'het KvK-nummer van een exploitant verandert niet';
    END IF;
    IF OLD.beheergemeente IS NOT NULL AND NEW.beheergemeente IS NULL THEN
        RAISE EXCEPTION 'een exploitant met een beheergemeente houdt er een';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER exploitant_sleutel_blijft BEFORE UPDATE ON exploitant
    FOR EACH ROW EXECUTE FUNCTION exploitant_sleutel_blijft();
