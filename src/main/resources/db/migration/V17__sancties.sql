-- Sanctions (sancties): enforcement decisions in the sense of the Awb, taken for the mayor by the
-- enforcement team's legal officer (handhavingsjurist) against the operator of a licence or, at
-- premises without one, against "de gebruiker van de vestiging". Like licence decisions they are
-- never changed: a sanction is only followed by a new decision (an OPHEFFING that names it), so the
-- service may insert and read these tables, nothing more, and a trigger refuses what the grant would
-- not stop an owner from doing by mistake.
--
-- No personal data: the addressee is the operator by id (a business, with its KvK number) or the
-- premises' user without a name; motivations are screened for BSNs before they get here.
CREATE TABLE sanctie (
    id                      uuid          PRIMARY KEY,
    gemeente_code           varchar(6)    NOT NULL REFERENCES gemeente (code),
    soort                   text          NOT NULL CHECK (soort IN ('WAARSCHUWING', 'LAST_ONDER_DWANGSOM',
                                              'LAST_ONDER_BESTUURSDWANG', 'BESTUURLIJKE_BOETE', 'SLUITING', 'SCHORSING',
                                              'INTREKKING', 'OPHEFFING')),
    vestiging_id            uuid          NOT NULL REFERENCES vestiging (id),
    -- The licence it concerns; with it, the addressee is that licence's operator.
    vergunning_id           uuid          REFERENCES vergunning (id),
    exploitant_id           uuid          REFERENCES exploitant (id),
    motivering              text          NOT NULL CHECK (length(btrim(motivering)) BETWEEN 1 AND 10000),
    bekendgemaakt_op        date          NOT NULL,
    -- Awb art. 6:7/6:8 (six weeks from the day after notification), extended by the Algemene termijnenwet.
    bezwaar_tot             date          NOT NULL CHECK (bezwaar_tot > bekendgemaakt_op),
    -- Penalty (dwangsom) and fine: amounts in euros.
    bedrag                  numeric(12,2) CHECK (bedrag > 0),
    bedrag_per              text          CHECK (bedrag_per IN ('OVERTREDING', 'DAG', 'WEEK', 'MAAND')),
    maximumbedrag           numeric(12,2) CHECK (maximumbedrag > 0),
    -- Compliance deadline of an order (dwangsom, bestuursdwang): its last day.
    begunstigingstermijn_tot date,
    -- What the municipality will do itself when an administrative enforcement order is not complied with.
    maatregel               text          CHECK (length(maatregel) BETWEEN 1 AND 2000),
    -- From when (closure, suspension, revocation, lifting) and until when, both days included.
    ingangsdatum            date,
    einddatum               date,
    -- The licence decision a suspension or revocation made (and a lifting of a suspension).
    besluit_id              uuid          REFERENCES besluit (id),
    -- The earlier sanction an OPHEFFING lifts or revokes: at most one follow-up each.
    vervolg_op              uuid          REFERENCES sanctie (id),
    genomen_op              timestamptz   NOT NULL,
    genomen_door            text          NOT NULL,
    genomen_rol             text          NOT NULL,
    CONSTRAINT sanctie_periode_ck CHECK (einddatum IS NULL OR einddatum >= ingangsdatum),
    CONSTRAINT sanctie_dwangsom_ck CHECK (soort <> 'LAST_ONDER_DWANGSOM' OR (bedrag IS NOT NULL
        AND bedrag_per IS NOT NULL AND maximumbedrag >= bedrag AND begunstigingstermijn_tot IS NOT NULL)),
    CONSTRAINT sanctie_sluiting_ck CHECK (soort <> 'SLUITING' OR (ingangsdatum IS NOT NULL AND einddatum IS NOT NULL)),
    CONSTRAINT sanctie_opheffing_ck CHECK ((soort = 'OPHEFFING') = (vervolg_op IS NOT NULL))
);

CREATE INDEX sanctie_vestiging_idx ON sanctie (vestiging_id, genomen_op);
CREATE INDEX sanctie_vergunning_idx ON sanctie (vergunning_id, genomen_op) WHERE vergunning_id IS NOT NULL;
CREATE INDEX sanctie_gemeente_idx ON sanctie (gemeente_code, genomen_op);
CREATE UNIQUE INDEX sanctie_vervolg_uk ON sanctie (vervolg_op) WHERE vervolg_op IS NOT NULL;
-- The status check's look for a closure of the licence's premises (see sluiting_in_werking).
CREATE INDEX sanctie_sluiting_idx ON sanctie (vestiging_id, einddatum, ingangsdatum) WHERE soort = 'SLUITING';

-- The legal bases, in the order the decision names them: at least one.
CREATE TABLE sanctie_grondslag (
    sanctie_id   uuid    NOT NULL REFERENCES sanctie (id),
    volgnummer   integer NOT NULL CHECK (volgnummer >= 1),
    soort        text    NOT NULL CHECK (soort IN ('APV', 'GEMEENTEWET_125', 'GEMEENTEWET_174', 'AWB_5_21',
                                             'AWB_5_32', 'AWB_5_40', 'WET', 'OVERIG')),
    verwijzing   text    NOT NULL CHECK (length(btrim(verwijzing)) BETWEEN 1 AND 300),
    PRIMARY KEY (sanctie_id, volgnummer)
);

-- The inspections and findings a sanction rests on.
CREATE TABLE sanctie_controle (
    sanctie_id   uuid NOT NULL REFERENCES sanctie (id),
    controle_id  uuid NOT NULL REFERENCES controle (id),
    PRIMARY KEY (sanctie_id, controle_id)
);
CREATE TABLE sanctie_bevinding (
    sanctie_id   uuid NOT NULL REFERENCES sanctie (id),
    bevinding_id uuid NOT NULL REFERENCES bevinding (id),
    PRIMARY KEY (sanctie_id, bevinding_id)
);

-- Forfeiture of a penalty (verbeurte, Awb art. 5:33): recorded when an inspection after the compliance
-- deadline establishes the violation. Never more in total than the penalty's maximum (the service
-- serialises forfeitures of one penalty and checks the sum).
CREATE TABLE verbeurte (
    id               uuid          PRIMARY KEY,
    sanctie_id       uuid          NOT NULL REFERENCES sanctie (id),
    datum            date          NOT NULL,
    bedrag           numeric(12,2) NOT NULL CHECK (bedrag > 0),
    controle_id      uuid          NOT NULL REFERENCES controle (id),
    vastgelegd_op    timestamptz   NOT NULL,
    vastgelegd_door  text          NOT NULL,
    vastgelegd_rol   text          NOT NULL
);
CREATE INDEX verbeurte_sanctie_idx ON verbeurte (sanctie_id, datum);

CREATE TRIGGER sanctie_append_only BEFORE UPDATE OR DELETE ON sanctie
    FOR EACH ROW EXECUTE FUNCTION besluit_append_only();
CREATE TRIGGER verbeurte_append_only BEFORE UPDATE OR DELETE ON verbeurte
    FOR EACH ROW EXECUTE FUNCTION besluit_append_only();

-- A closure as it is in force: from its start to its end, or to the day before a lifting takes effect
-- (a lifting that takes effect on or before the start leaves no period at all). The status check and
-- the premises view read this, so the end of a closure needs no one to act: it is a date.
CREATE VIEW sluiting_in_werking AS
SELECT s.id AS sanctie_id, s.vestiging_id, s.ingangsdatum,
       CASE WHEN o.ingangsdatum IS NULL THEN s.einddatum ELSE least(s.einddatum, o.ingangsdatum - 1) END AS einddatum
FROM sanctie s
LEFT JOIN sanctie o ON o.vervolg_op = s.id
WHERE s.soort = 'SLUITING';

-- A suspension may end on a date (a SCHORSEN decision's geldig_tot): after it the licence is granted
-- again without anyone acting, derived like VERLOPEN. Kept on the licence so the status check stays
-- one row; the decision's own geldig_tot records it for the history.
ALTER TABLE vergunning ADD COLUMN geschorst_tot date;

GRANT SELECT, INSERT ON sanctie, sanctie_grondslag, sanctie_controle, sanctie_bevinding, verbeurte TO ${dienstrol};
GRANT SELECT ON sluiting_in_werking TO ${dienstrol};
