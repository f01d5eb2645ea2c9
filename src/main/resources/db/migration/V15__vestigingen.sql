-- Premises (vestigingen) as records of their own. A licence is for premises; licences, and later
-- inspections and signals, attach to the same place over time, so enforcement can ask "what is
-- licensed at this door?" and see a licence number borrowed from other premises.
--
-- A premises is its address as the BAG knows it. Its identity within a municipality is postcode,
-- house number, letter and addition (a missing letter or addition counts as empty, so 12 and 12
-- without a letter are the same door). A move is other premises, so a row is never updated: the
-- service may insert and read, nothing more.
CREATE TABLE vestiging (
    id                 uuid        PRIMARY KEY,
    gemeente_code      varchar(6)  NOT NULL REFERENCES gemeente (code),
    postcode           varchar(6)  NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    huisnummer         integer     NOT NULL CHECK (huisnummer BETWEEN 1 AND 99999),
    huisletter         varchar(1)  CHECK (huisletter ~ '^[A-Z]$'),
    toevoeging         varchar(4)  CHECK (toevoeging ~ '^[A-Z0-9]{1,4}$'),
    straatnaam         text        NOT NULL CHECK (length(straatnaam) BETWEEN 1 AND 80),
    woonplaats         text        NOT NULL CHECK (length(woonplaats) BETWEEN 1 AND 80),
    -- The BAG's own key of the address, when the municipality knows it (16 digits).
    nummeraanduiding_identificatie varchar(16) CHECK (nummeraanduiding_identificatie ~ '^[0-9]{16}$'),
    aangemaakt_op      timestamptz NOT NULL,
    aangemaakt_door    text        NOT NULL,
    aangemaakt_rol     text        NOT NULL
);

CREATE UNIQUE INDEX vestiging_adres_uk ON vestiging
    (gemeente_code, postcode, huisnummer, coalesce(huisletter, ''), coalesce(toevoeging, ''));

ALTER TABLE vergunning ADD COLUMN vestiging_id uuid REFERENCES vestiging (id);
CREATE INDEX vergunning_vestiging_idx ON vergunning (vestiging_id);

-- Every existing licence's address becomes premises, one per door. Letters and additions were
-- accepted in either case before; the BAG writes them in capitals, and so does the key.
INSERT INTO vestiging (id, gemeente_code, postcode, huisnummer, huisletter, toevoeging, straatnaam, woonplaats,
                       aangemaakt_op, aangemaakt_door, aangemaakt_rol)
SELECT DISTINCT ON (gemeente_code, va_postcode, va_huisnummer, coalesce(upper(va_huisletter), ''),
                    coalesce(upper(va_toevoeging), ''))
       gen_random_uuid(), gemeente_code, va_postcode, va_huisnummer, upper(va_huisletter), upper(va_toevoeging),
       va_straatnaam, va_woonplaats, aangevraagd_op, 'migratie V15', 'migratie'
FROM vergunning
WHERE va_straatnaam IS NOT NULL
ORDER BY gemeente_code, va_postcode, va_huisnummer, coalesce(upper(va_huisletter), ''),
         coalesce(upper(va_toevoeging), ''), aangevraagd_op;

UPDATE vergunning v SET vestiging_id = s.id
FROM vestiging s
WHERE v.va_straatnaam IS NOT NULL
  AND s.gemeente_code = v.gemeente_code AND s.postcode = v.va_postcode AND s.huisnummer = v.va_huisnummer
  AND coalesce(s.huisletter, '') = coalesce(upper(v.va_huisletter), '')
  AND coalesce(s.toevoeging, '') = coalesce(upper(v.va_toevoeging), '');

-- Every licence with an address has premises from now on. An escort licence without an address
-- (escort works from no fixed premises) is the one licence without: NOT NULL for every other one.
ALTER TABLE vergunning ADD CONSTRAINT vergunning_vestiging_ck
    CHECK ((vestiging_id IS NULL) = (va_straatnaam IS NULL));

GRANT SELECT, INSERT ON vestiging TO ${dienstrol};
