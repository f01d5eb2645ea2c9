-- A counter of changes to what the conflict analysis reads (rule sets, frameworks, licences). Each
-- instance caches its loaded moment and findings per counter value, so analyses are fast, and any
-- committed change, made by any instance, is seen by the next request everywhere.
-- One row, bumped by a statement trigger: the row lock it takes lasts until commit, so a reader
-- never sees the new value before the change itself is visible.
CREATE TABLE analyseversie (
    id     integer PRIMARY KEY CHECK (id = 1),
    teller bigint  NOT NULL
);
INSERT INTO analyseversie (id, teller) VALUES (1, 0);

CREATE FUNCTION analyseversie_verhoog() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE analyseversie SET teller = teller + 1 WHERE id = 1;
    RETURN NULL;
END $$;

CREATE TRIGGER regelset_analyseversie AFTER INSERT OR UPDATE OR DELETE ON regelset
    FOR EACH STATEMENT EXECUTE FUNCTION analyseversie_verhoog();
CREATE TRIGGER landelijk_kader_analyseversie AFTER INSERT OR UPDATE OR DELETE ON landelijk_kader
    FOR EACH STATEMENT EXECUTE FUNCTION analyseversie_verhoog();
CREATE TRIGGER vergunning_analyseversie AFTER INSERT OR UPDATE OR DELETE ON vergunning
    FOR EACH STATEMENT EXECUTE FUNCTION analyseversie_verhoog();
