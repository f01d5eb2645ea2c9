-- The application as a case (aanvraag): every licence application is one, opened in the same
-- transaction as the licence (status AANGEVRAAGD) and closed by the decision on it. The case keeps the
-- statutory decision period (beslistermijn, Awb art. 4:13) as it was on the day the application was
-- received: the weeks and their source (the rule set in force that day, or the Awb default of eight
-- weeks), and what happens when it passes (Awb §4.1.3.2 penalty for late decisions, or §4.1.3.3 a
-- positive fictitious decision where the rule set declares it applicable). The last day is derived in
-- the service (suspensions, one extension, Algemene termijnenwet) and kept here so the desk's worklist
-- can find the cases whose period has passed with one indexed query.
CREATE TABLE aanvraag (
    vergunning_id         uuid        PRIMARY KEY REFERENCES vergunning (id),
    gemeente_code         varchar(6)  NOT NULL REFERENCES gemeente (code),
    ontvangen_op          date        NOT NULL,
    status                text        NOT NULL CHECK (status IN ('ONTVANGEN', 'ONVOLLEDIG', 'IN_BEHANDELING',
                                          'BESLOTEN', 'INGETROKKEN')),
    beslistermijn_weken   integer     NOT NULL CHECK (beslistermijn_weken BETWEEN 1 AND 52),
    beslistermijn_bron    text        NOT NULL CHECK (beslistermijn_bron IN ('REGELSET', 'AWB')),
    -- The rule set in force on the received date, when there was one (its version in this municipality).
    regelset_versie       integer     CHECK (regelset_versie >= 1),
    gevolg                text        NOT NULL CHECK (gevolg IN ('VAN_RECHTSWEGE_VERLEEND',
                                          'INGEBREKESTELLING_EN_DWANGSOM', 'ONBEKEND')),
    -- Awb art. 4:14 / 4:20b: one extension, with its reasons.
    verdaging_weken       integer     CHECK (verdaging_weken BETWEEN 1 AND 52),
    verdaging_motivering  text        CHECK (length(btrim(verdaging_motivering)) BETWEEN 1 AND 2000),
    verdaagd_op           date,
    uiterste_beslisdatum  date        NOT NULL,
    -- The decision that closed the case, and whether it was taken by the last day.
    besluit_id            uuid        REFERENCES besluit (id),
    besloten_op           date,
    tijdig_besloten       boolean,
    versie                bigint      NOT NULL DEFAULT 0,
    CONSTRAINT aanvraag_verdaging_ck CHECK ((verdaging_weken IS NULL) = (verdaging_motivering IS NULL)
        AND (verdaging_weken IS NULL) = (verdaagd_op IS NULL)),
    CONSTRAINT aanvraag_besloten_ck CHECK ((status IN ('BESLOTEN', 'INGETROKKEN')) = (besluit_id IS NOT NULL)
        AND (besluit_id IS NULL) = (besloten_op IS NULL) AND (besluit_id IS NULL) = (tijdig_besloten IS NULL))
);
-- The desk's worklist: open cases of a municipality by their last day.
CREATE INDEX aanvraag_werkvoorraad_idx ON aanvraag (gemeente_code, uiterste_beslisdatum)
    WHERE status NOT IN ('BESLOTEN', 'INGETROKKEN');
CREATE INDEX aanvraag_gemeente_idx ON aanvraag (gemeente_code, ontvangen_op);

-- Awb art. 4:5: the applicant is told what is missing and given a period to supply it (hersteltermijn);
-- art. 4:15 suspends the decision period from the day after that request until the day the items
-- arrive or the period ends unused. At most one open request per case (the service serialises on the
-- case row; the partial unique index is the last line). The arrival date is set once, never changed.
CREATE TABLE aanvraag_onvolledigheid (
    id                    uuid        PRIMARY KEY,
    vergunning_id         uuid        NOT NULL REFERENCES aanvraag (vergunning_id),
    verzocht_op           date        NOT NULL,
    hersteltermijn_tot    date        NOT NULL CHECK (hersteltermijn_tot > verzocht_op),
    aangevuld_op          date        CHECK (aangevuld_op >= verzocht_op),
    vastgelegd_op         timestamptz NOT NULL
);
CREATE INDEX aanvraag_onvolledigheid_idx ON aanvraag_onvolledigheid (vergunning_id, verzocht_op);
CREATE UNIQUE INDEX aanvraag_onvolledigheid_open_uk ON aanvraag_onvolledigheid (vergunning_id)
    WHERE aangevuld_op IS NULL;

-- What is missing: a kind from a fixed list and an optional note (screened for BSNs by the service).
CREATE TABLE aanvraag_ontbrekend_stuk (
    onvolledigheid_id     uuid        NOT NULL REFERENCES aanvraag_onvolledigheid (id),
    volgnummer            integer     NOT NULL CHECK (volgnummer >= 1),
    soort                 text        NOT NULL CHECK (soort IN ('ONDERNEMINGSPLAN', 'BIBOB_VRAGENFORMULIER',
                                          'PLATTEGROND', 'VOG', 'KVK_UITTREKSEL', 'OVERIG')),
    toelichting           text        CHECK (length(btrim(toelichting)) BETWEEN 1 AND 500),
    PRIMARY KEY (onvolledigheid_id, volgnummer)
);

-- Who did what to the case, and when: never changed.
CREATE TABLE aanvraag_historie (
    id                    uuid        PRIMARY KEY,
    vergunning_id         uuid        NOT NULL REFERENCES aanvraag (vergunning_id),
    gebeurtenis           text        NOT NULL CHECK (gebeurtenis IN ('ONTVANGEN', 'ONVOLLEDIG_VERKLAARD',
                                          'AANGEVULD', 'VERDAAGD', 'BIBOB_GESTART', 'BIBOB_ADVIES_GEVRAAGD',
                                          'BIBOB_ADVIES_ONTVANGEN', 'BESLOTEN', 'INGETROKKEN')),
    status_na             text        NOT NULL,
    datum                 date        NOT NULL,
    vastgelegd_op         timestamptz NOT NULL,
    vastgelegd_door       text        NOT NULL,
    vastgelegd_rol        text        NOT NULL,
    -- The municipality in the actor's token (the organisation they acted for).
    organisatie           varchar(6)
);
CREATE INDEX aanvraag_historie_idx ON aanvraag_historie (vergunning_id, vastgelegd_op);

-- Wet Bibob: an integrity investigation of the applicant. Only that it exists, its dates and the degree
-- of danger of the Landelijk Bureau Bibob's advice (art. 3: none, lesser degree, serious) are kept:
-- never the advice itself, which is secret (art. 28) and goes to the case file outside this register.
-- Each step is set once, in order; the trigger refuses to change a step once set.
CREATE TABLE bibob_onderzoek (
    id                    uuid        PRIMARY KEY,
    vergunning_id         uuid        NOT NULL REFERENCES aanvraag (vergunning_id),
    gemeente_code         varchar(6)  NOT NULL REFERENCES gemeente (code),
    exploitant_id         uuid        NOT NULL REFERENCES exploitant (id),
    gestart_op            date        NOT NULL,
    advies_gevraagd_op    date        CHECK (advies_gevraagd_op >= gestart_op),
    advies_ontvangen_op   date        CHECK (advies_ontvangen_op >= advies_gevraagd_op),
    mate_van_gevaar       text        CHECK (mate_van_gevaar IN ('GEEN', 'MINDERE_MATE', 'ERNSTIG')),
    besluit_id            uuid        REFERENCES besluit (id),
    vastgelegd_op         timestamptz NOT NULL,
    CONSTRAINT bibob_advies_ck CHECK ((advies_ontvangen_op IS NULL) = (mate_van_gevaar IS NULL)
        AND (advies_ontvangen_op IS NULL OR advies_gevraagd_op IS NOT NULL))
);
CREATE INDEX bibob_onderzoek_vergunning_idx ON bibob_onderzoek (vergunning_id, gestart_op);
-- The national history asks: serious danger for this operator, elsewhere.
CREATE INDEX bibob_onderzoek_ernstig_idx ON bibob_onderzoek (exploitant_id) WHERE mate_van_gevaar = 'ERNSTIG';

-- A step once set stays as it was: a column may go from NULL to a value, never back or to another one.
CREATE FUNCTION eenmalig_gezet() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    oud jsonb := to_jsonb(OLD);
    nieuw jsonb := to_jsonb(NEW);
    kolom text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
    END IF;
    FOR kolom IN SELECT jsonb_object_keys(oud) LOOP
        IF oud -> kolom <> 'null'::jsonb AND (oud -> kolom) IS DISTINCT FROM (nieuw -> kolom) THEN
            RAISE EXCEPTION '%.% is already set and cannot change', TG_TABLE_NAME, kolom;
        END IF;
    END LOOP;
    RETURN NEW;
END $$;

CREATE TRIGGER bibob_onderzoek_eenmalig BEFORE UPDATE OR DELETE ON bibob_onderzoek
    FOR EACH ROW EXECUTE FUNCTION eenmalig_gezet();
CREATE TRIGGER aanvraag_onvolledigheid_eenmalig BEFORE UPDATE OR DELETE ON aanvraag_onvolledigheid
    FOR EACH ROW EXECUTE FUNCTION eenmalig_gezet();
CREATE TRIGGER aanvraag_ontbrekend_stuk_append_only BEFORE UPDATE OR DELETE ON aanvraag_ontbrekend_stuk
    FOR EACH ROW EXECUTE FUNCTION besluit_append_only();
CREATE TRIGGER aanvraag_historie_append_only BEFORE UPDATE OR DELETE ON aanvraag_historie
    FOR EACH ROW EXECUTE FUNCTION besluit_append_only();

-- Every licence filed before this migration is a case as well: received on the day it was filed, under
-- the Awb's default period (no rule set was consulted then, so what lapse means is not known), and
-- closed by the decision that ended its application, if any.
INSERT INTO aanvraag (vergunning_id, gemeente_code, ontvangen_op, status, beslistermijn_weken, beslistermijn_bron,
                      gevolg, uiterste_beslisdatum, besluit_id, besloten_op, tijdig_besloten)
SELECT v.id, v.gemeente_code, (v.aangevraagd_op AT TIME ZONE 'Europe/Amsterdam')::date,
       CASE WHEN b.id IS NULL THEN 'ONTVANGEN' WHEN b.besluittype = 'AANVRAAG_INTREKKEN' THEN 'INGETROKKEN'
            ELSE 'BESLOTEN' END,
       8, 'AWB', 'ONBEKEND', (v.aangevraagd_op AT TIME ZONE 'Europe/Amsterdam')::date + 56,
       b.id, (b.genomen_op AT TIME ZONE 'Europe/Amsterdam')::date,
       CASE WHEN b.id IS NULL THEN NULL
            ELSE (b.genomen_op AT TIME ZONE 'Europe/Amsterdam')::date <= (v.aangevraagd_op AT TIME ZONE 'Europe/Amsterdam')::date + 56 END
FROM vergunning v
LEFT JOIN LATERAL (SELECT id, besluittype, genomen_op FROM besluit
                   WHERE vergunning_id = v.id AND besluittype IN ('VERLENEN', 'WEIGEREN', 'AANVRAAG_INTREKKEN')
                   ORDER BY genomen_op LIMIT 1) b ON true;

GRANT SELECT, INSERT ON aanvraag, aanvraag_onvolledigheid, aanvraag_ontbrekend_stuk, aanvraag_historie,
    bibob_onderzoek TO ${dienstrol};
GRANT UPDATE (status, verdaging_weken, verdaging_motivering, verdaagd_op, uiterste_beslisdatum, besluit_id,
    besloten_op, tijdig_besloten, versie) ON aanvraag TO ${dienstrol};
GRANT UPDATE (aangevuld_op) ON aanvraag_onvolledigheid TO ${dienstrol};
GRANT UPDATE (advies_gevraagd_op, advies_ontvangen_op, mate_van_gevaar, besluit_id) ON bibob_onderzoek TO ${dienstrol};
