-- Signed checkpoints of the processing log's chain head (README "The processing log"). After every
-- sealing batch the service signs (volgnummer, hash of that record, time) with its Ed25519 key, which
-- lives outside the database, keeps the checkpoint here and hands it to external witnesses. A log
-- rewritten from record K on, cut short, or emptied no longer matches a checkpoint a witness holds,
-- and nobody without the key can sign a new one. Rows here are only ever added.
CREATE TABLE logboek_checkpoint (
    volgnummer    bigint      PRIMARY KEY CHECK (volgnummer >= 1),
    hash          varchar(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    tijdstip      timestamptz NOT NULL,
    sleutel_id    varchar(16) NOT NULL CHECK (sleutel_id ~ '^[0-9a-f]{16}$'),
    handtekening  text        NOT NULL
);

CREATE FUNCTION logboek_checkpoint_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'checkpoints zijn alleen aan te vullen';
END $$;

CREATE TRIGGER logboek_checkpoint_alleen_toevoegen BEFORE UPDATE OR DELETE ON logboek_checkpoint
    FOR EACH ROW EXECUTE FUNCTION logboek_checkpoint_alleen_toevoegen();

GRANT SELECT, INSERT ON logboek_checkpoint TO ${dienstrol};
