-- Open data (issue 15): the public register of licences in force lists business name, premises
-- address, type and validity, but never a sex worker's home. A THUISWERK licence is recognisable by
-- its type; premises of another type can be a home too (a room rented in one's own dwelling, a
-- massage practice at home). The municipality says so when it gives the licence's premises.
--
-- The flag only ever goes from false to true: premises once known to be a home stay withheld, since
-- un-flagging them would publish an address that was someone's home. That is the one change the
-- service may make to premises (column grant below); everything else about them stays insert-only.
ALTER TABLE vestiging ADD COLUMN woning boolean NOT NULL DEFAULT false;

CREATE OR REPLACE FUNCTION vestiging_woning_blijft() RETURNS trigger AS $$
BEGIN
    IF OLD.woning AND NOT NEW.woning THEN
        RAISE EXCEPTION 'een vestiging die een woning is, blijft een woning';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER vestiging_woning_blijft BEFORE UPDATE OF woning ON vestiging
    FOR EACH ROW EXECUTE FUNCTION vestiging_woning_blijft();

GRANT UPDATE (woning) ON vestiging TO ${dienstrol};

-- The public register reads licences in force by municipality and type (OpenbaarRegisterRepository).
CREATE INDEX vergunning_openbaar_idx ON vergunning (gemeente_code, bedrijfstype, vergunningnummer)
    WHERE status IN ('VERLEEND', 'GESCHORST');
