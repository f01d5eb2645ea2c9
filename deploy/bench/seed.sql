-- National-scale benchmark data for deploy/bench/run.sh. Run with psql AFTER the service has
-- started (Flyway has migrated public), against the dedicated database sekswerkregister_bench only:
--   psql -v ON_ERROR_STOP=1 -v sleutel=<base64 pseudonym key 1> -v vandaag=<YYYY-MM-DD> -f seed.sql
--
-- Everything here obeys what the API would enforce, not only the database constraints:
--   * 342 municipalities, each with a published rule set (version 1 from 2018-01-01); one in six
--     also has a stricter version 2 from 2026-07-01 that ended version 1 the day before (as
--     publishing does). Rules are valid JSON in the vocabulary of regelset/domain (no unknown
--     fields, HH:mm times, night opening only with nachtopeningToegestaan, erkenning without codes).
--   * 20,000 licences in every status, each with the decisions that led there; every grant fits
--     the rule set in force on its start date (type permitted, cap, term). Version 2 then puts
--     some licences outside the rules, as a real rule change would: the engine must find them.
--   * 30,000 registrations of distinct persons with elfproef-valid BSNs, pseudonyms computed as
--     Pseudonimisering.maak does for version 1 (hex HMAC-SHA-256 with key 1 over
--     "<domain>|BSN:<bsn>"), Luhn mod 32 registration numbers, ages at or above the minimum in
--     force, validity from the rule set (registratiegeldigheid) or the default of 12 months, and
--     ended ones only within the 6-month retention period.
-- Helper objects (pgcrypto, number lists for pgbench) live in schema bench, never in public.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
-- The key stays in this session only.
SELECT set_config('bench.sleutel', :'sleutel', false) AS sleutel_gezet \gset
SELECT set_config('bench.vandaag', :'vandaag', false) AS vandaag_gezet \gset

CREATE SCHEMA bench;
CREATE EXTENSION pgcrypto SCHEMA bench;
SET search_path = public, bench;
SELECT setseed(0.20261128);

-- Stand-ins for pseudonyms: 512 hex digits, keyed and deterministic, in the stored format, but not
-- the group elements Pseudonimisering computes (PostgreSQL has no fast 2048-bit modular power). So the
-- service does not recognise a seeded person when the benchmark sends their BSN; it never does.
CREATE FUNCTION bench.pseudoniem(domein text, canoniek text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT string_agg(encode(bench.hmac(convert_to(i || '|' || domein || '|' || canoniek, 'UTF8'),
                                        decode(current_setting('bench.sleutel'), 'base64'), 'sha512'), 'hex'), '' ORDER BY i)
      FROM generate_series(1, 4) i
$$;
-- The log names a person by a 64-digit reference (its mapping to a pseudonym is not seeded).
CREATE FUNCTION bench.logreferentie(canoniek text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT encode(bench.hmac(convert_to('logboek|' || canoniek, 'UTF8'),
                             decode(current_setting('bench.sleutel'), 'base64'), 'sha256'), 'hex')
$$;

-- Registratienummer.controleteken: Luhn mod 32 over the 10 payload characters, factor 2 on the
-- rightmost, alternating leftwards; sum of addend/32 + addend%32; check = ALFABET[(32 - sum%32) % 32].
CREATE FUNCTION bench.controleteken(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', ((32 - sum(a / 32 + a % 32) % 32) % 32)::int + 1, 1)
      FROM (SELECT (CASE WHEN (length(t) - p) % 2 = 0 THEN 2 ELSE 1 END)
                   * (strpos('0123456789ABCDEFGHJKMNPQRSTVWXYZ', substr(t, p, 1)) - 1) AS a
              FROM generate_series(1, length(t)) AS p) AS x
$$;

-- 10 random characters + check character, as K7QM-4XR2-9T6. The argument only makes each call
-- correlated (so that the planner does not evaluate it once for all rows).
CREATE FUNCTION bench.nieuw_registratienummer(n bigint) RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT substr(t, 1, 4) || '-' || substr(t, 5, 4) || '-' || substr(t, 9, 2) || bench.controleteken(t)
      FROM (SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 32)::int, 1), '') AS t
              FROM generate_series(1, 10 + 0 * n)) AS x
$$;

CREATE TABLE bench.param AS SELECT current_setting('bench.vandaag')::date AS vandaag;

-- ------------------------------------------------------------------------------------------
-- Municipalities: an index g (0..341) and the parameters of their rules.
-- ------------------------------------------------------------------------------------------
CREATE TABLE bench.gem AS
SELECT code, naam, (row_number() OVER (ORDER BY code) - 1)::int AS g FROM gemeente;

CREATE TABLE bench.type AS
SELECT t - 1 AS t, naam FROM unnest(ARRAY['RAAMPROSTITUTIE', 'CLUB', 'ESCORT', 'THUISWERK', 'MASSAGESALON',
    'ZONDER_FYSIEK_CONTACT', 'OVERIG']) WITH ORDINALITY AS x(naam, t);

-- Per municipality and type in version 1: mentioned at all, permitted, licence duty.
CREATE TABLE bench.gem_type AS
SELECT gm.g, gm.code, ty.t, ty.naam AS type,
       NOT (ty.naam = 'OVERIG' AND gm.g % 5 = 0) AS genoemd,
       CASE ty.naam
           WHEN 'RAAMPROSTITUTIE' THEN gm.g % 8 = 0
           WHEN 'CLUB' THEN gm.g % 10 <> 3
           WHEN 'ESCORT' THEN gm.g % 17 <> 5
           WHEN 'THUISWERK' THEN gm.g % 6 <> 1
           WHEN 'MASSAGESALON' THEN gm.g % 9 <> 4
           WHEN 'ZONDER_FYSIEK_CONTACT' THEN true
           ELSE gm.g % 4 <> 2 END AS toegestaan,
       CASE ty.naam
           WHEN 'THUISWERK' THEN gm.g % 3 <> 0
           WHEN 'ZONDER_FYSIEK_CONTACT' THEN gm.g % 2 <> 0
           ELSE true END AS vergunningplicht,
       (gm.g + ty.t) % 3 = 0 AS heeft_maximum
  FROM bench.gem gm CROSS JOIN bench.type ty;

CREATE TABLE bench.gem_regels AS
SELECT g, code,
       CASE WHEN g % 10 < 6 THEN 18 WHEN g % 10 < 9 THEN 21 ELSE 23 END AS leeftijd1,
       g % 3 <> 0 AS registratieplicht,
       g % 4 IN (1, 2) AS intakeplicht,
       CASE WHEN g % 3 = 0 THEN NULL WHEN g % 5 = 0 THEN 'EIGEN' ELSE 'ALLE' END AS erkenning,
       CASE g % 4 WHEN 0 THEN NULL WHEN 1 THEN 3 WHEN 2 THEN 5 ELSE 10 END AS termijn1,
       -- registratiegeldigheid (only where registration is required): 24 months, 12 under 21; or 12
       CASE WHEN g % 3 = 0 THEN NULL WHEN g % 2 = 0 THEN 24 ELSE 12 END AS geldigheid_maanden,
       g % 3 <> 0 AND g % 2 = 0 AS geldigheid_onder_21,
       g % 6 = 1 AS heeft_v2
  FROM bench.gem;

-- ------------------------------------------------------------------------------------------
-- Valid BSNs (elfproef): 8-digit prefixes, the 9th digit computed; ~1 in 11 has none and is skipped.
-- ------------------------------------------------------------------------------------------
CREATE TABLE bench.bsn AS
SELECT row_number() OVER (ORDER BY p)::int AS n, p::text || (s % 11)::text AS bsn
  FROM (SELECT p, (SELECT sum((10 - j) * substr(p::text, j, 1)::int) FROM generate_series(1, 8) AS j) AS s
          FROM (SELECT 10000000 + q * 131 AS p FROM generate_series(0, 60000) AS q) AS x) AS y
 WHERE s % 11 < 10;

-- ------------------------------------------------------------------------------------------
-- Operators: 4,000, national.
-- ------------------------------------------------------------------------------------------
CREATE TABLE bench.exp AS
SELECT e, ('00000000-0000-4000-8000-' || lpad(to_hex(e), 12, '0'))::uuid AS id FROM generate_series(0, 3999) AS e;

INSERT INTO exploitant (id, kvk_nummer, statutaire_naam, handelsnaam, ca_straatnaam, ca_huisnummer, ca_huisletter,
                        ca_toevoeging, ca_postcode, ca_woonplaats, geregistreerd_op, versie)
SELECT x.id, lpad((10000000 + e * 17)::text, 8, '0'), 'Bench Exploitatie ' || e || ' B.V.',
       CASE WHEN e % 3 = 0 THEN 'Club ' || e END, 'Benchweg', 1 + e % 500, NULL, NULL,
       (1000 + (e * 7) % 8999)::text || chr(65 + e % 26) || chr(65 + (e / 26) % 26), 'Utrecht',
       timestamptz '2018-01-01 09:00:00+00' + e * interval '1 hour', 0
  FROM bench.exp x;

-- ------------------------------------------------------------------------------------------
-- Licences: 20,000. Licence i belongs to municipality g = i % 342 (k = i / 342 is its rank there)
-- and has number <code>-<2019 + k % 8>-<k / 8 + 1, 6 digits>: the pgbench script derives the
-- same numbers from an integer (see run.sh).
-- ------------------------------------------------------------------------------------------
CREATE TABLE bench.lic AS
WITH basis AS (
    SELECT i, i % 342 AS g, i / 342 AS k, 2019 + (i / 342) % 8 AS jaar, (i / 342) / 8 + 1 AS volgnr,
           random() AS r_status, random() AS r_dag, random() AS r_beslis, random() AS r_toekomst,
           random() AS r_later, random() AS r_onbepaald
      FROM generate_series(0, 19999) AS i
), getypt AS (
    SELECT b.*, gm.code, gm.naam AS woonplaats, gr.heeft_v2, gr.termijn1,
           (SELECT array_agg(gt.type ORDER BY gt.t) FROM bench.gem_type gt
             WHERE gt.g = b.g AND gt.genoemd AND gt.toegestaan) AS typen
      FROM basis b JOIN bench.gem gm ON gm.g = b.g JOIN bench.gem_regels gr ON gr.g = b.g
), gedateerd AS (
    SELECT t.*, t.typen[1 + (t.k * 5 + t.g) % array_length(t.typen, 1)] AS bedrijfstype,
           make_date(t.jaar, 1, 1) + floor(t.r_dag * CASE WHEN t.jaar = 2026 THEN 320 ELSE 365 END)::int AS aanvraagdatum
      FROM getypt t
), beslist AS (
    SELECT d.*, d.aanvraagdatum + 20 + floor(d.r_beslis * 70)::int AS beslisdatum FROM gedateerd d
), status0 AS (
    SELECT b.*,
           CASE WHEN b.beslisdatum > p.vandaag THEN 'AANGEVRAAGD'
                WHEN b.jaar = 2026 THEN CASE WHEN b.r_status < 0.35 THEN 'AANGEVRAAGD'
                                             WHEN b.r_status < 0.47 THEN 'GEWEIGERD'
                                             WHEN b.r_status < 0.55 THEN 'AANVRAAG_INGETROKKEN'
                                             ELSE 'VERLEEND' END
                ELSE CASE WHEN b.r_status < 0.08 THEN 'GEWEIGERD'
                          WHEN b.r_status < 0.13 THEN 'AANVRAAG_INGETROKKEN'
                          WHEN b.r_status < 0.22 THEN 'INGETROKKEN'
                          WHEN b.r_status < 0.30 THEN 'GESCHORST'
                          ELSE 'VERLEEND' END END AS s0
      FROM beslist b CROSS JOIN bench.param p
), status1 AS (
    -- Where version 2 applies from 2026-07-01, later grants are still pending (no grant under v2).
    SELECT s.*, CASE WHEN s.heeft_v2 AND s.beslisdatum >= date '2026-07-01'
                          AND s.s0 IN ('VERLEEND', 'GESCHORST', 'INGETROKKEN') THEN 'AANGEVRAAGD' ELSE s.s0 END AS status
      FROM status0 s
), periode AS (
    SELECT s.*,
           CASE WHEN s.status IN ('VERLEEND', 'GESCHORST', 'INGETROKKEN') THEN
               s.beslisdatum + CASE WHEN s.status = 'VERLEEND' AND s.jaar = 2026 AND s.r_toekomst < 0.25
                                    THEN 20 + floor(s.r_toekomst * 160)::int ELSE 0 END END AS geldig_vanaf
      FROM status1 s
)
SELECT p.*,
       CASE WHEN p.geldig_vanaf IS NULL THEN NULL
            WHEN p.termijn1 IS NULL AND p.r_onbepaald < 0.4 THEN NULL
            ELSE (p.geldig_vanaf + make_interval(years => coalesce(p.termijn1, 5)) - interval '1 day')::date END AS geldig_tot
  FROM periode p;

ALTER TABLE bench.lic ADD COLUMN vergunningnummer text, ADD COLUMN id uuid, ADD COLUMN latere_datum date;
UPDATE bench.lic l SET
    vergunningnummer = l.code || '-' || l.jaar || '-' || lpad(l.volgnr::text, 6, '0'),
    id = ('00000000-0000-4000-9000-' || lpad(to_hex(l.i), 12, '0'))::uuid,
    -- the suspension or revocation: on or after the start, not after today or the last valid day
    latere_datum = CASE WHEN l.status IN ('GESCHORST', 'INGETROKKEN') THEN
        l.geldig_vanaf + floor(l.r_later * (least(p.vandaag, coalesce(l.geldig_tot, p.vandaag)) - l.geldig_vanaf))::int END
  FROM bench.param p;

INSERT INTO vergunning (id, vergunningnummer, gemeente_code, exploitant_id, bedrijfstype, va_straatnaam, va_huisnummer,
                        va_huisletter, va_toevoeging, va_postcode, va_woonplaats, voorschriften, status, geldig_vanaf,
                        geldig_tot, aangevraagd_op, versie, beheerder_pseudoniemen, beheerder_sleutelversie)
SELECT l.id, l.vergunningnummer, l.code, x.id, l.bedrijfstype,
       CASE WHEN l.bedrijfstype <> 'ESCORT' OR l.i % 2 = 0 THEN 'Benchstraat' END,
       CASE WHEN l.bedrijfstype <> 'ESCORT' OR l.i % 2 = 0 THEN 1 + l.i % 999 END,
       NULL, NULL,
       CASE WHEN l.bedrijfstype <> 'ESCORT' OR l.i % 2 = 0
            THEN (1000 + (l.g * 23) % 8999)::text || chr(65 + l.i % 26) || chr(65 + (l.i / 26) % 26) END,
       CASE WHEN l.bedrijfstype <> 'ESCORT' OR l.i % 2 = 0 THEN l.woonplaats END,
       CASE WHEN l.i % 4 = 0 THEN ARRAY['Open tot 02:00.'] ELSE ARRAY[]::text[] END,
       l.status, l.geldig_vanaf, l.geldig_tot,
       (l.aanvraagdatum + time '09:00') AT TIME ZONE 'UTC',
       CASE l.status WHEN 'AANGEVRAAGD' THEN 0 WHEN 'GESCHORST' THEN 2 WHEN 'INGETROKKEN' THEN 2 ELSE 1 END,
       -- one manager, as the municipality's beheerder pseudonym (a BSN from the pool above 40,000)
       ARRAY[bench.pseudoniem('beheerder|' || l.code, 'BSN:' || b.bsn)], 1
  FROM bench.lic l
  JOIN bench.exp x ON x.e = (l.i * 7) % 4000
  JOIN bench.bsn b ON b.n = 40001 + l.i % 10000;

-- The decisions that led to each status (Awb: one per transition, append-only).
INSERT INTO besluit (id, vergunning_id, besluittype, motivering, ingangsdatum, geldig_tot, status_voor, status_na,
                     genomen_op, genomen_door)
SELECT gen_random_uuid(), l.id,
       CASE l.status WHEN 'GEWEIGERD' THEN 'WEIGEREN' WHEN 'AANVRAAG_INGETROKKEN' THEN 'AANVRAAG_INTREKKEN' ELSE 'VERLENEN' END,
       'Benchmarkbesluit.',
       coalesce(l.geldig_vanaf, l.beslisdatum),
       CASE WHEN l.status IN ('VERLEEND', 'GESCHORST', 'INGETROKKEN') THEN l.geldig_tot END,
       'AANGEVRAAGD',
       CASE l.status WHEN 'GEWEIGERD' THEN 'GEWEIGERD' WHEN 'AANVRAAG_INGETROKKEN' THEN 'AANVRAAG_INGETROKKEN' ELSE 'VERLEEND' END,
       (l.beslisdatum + time '10:00') AT TIME ZONE 'UTC', 'bench-seed'
  FROM bench.lic l
 WHERE l.status <> 'AANGEVRAAGD';

-- A suspension or revocation names its ground (V25).
INSERT INTO besluit (id, vergunning_id, besluittype, motivering, ingangsdatum, geldig_tot, status_voor, status_na,
                     genomen_op, genomen_door, grond)
SELECT gen_random_uuid(), l.id, CASE l.status WHEN 'GESCHORST' THEN 'SCHORSEN' ELSE 'INTREKKEN' END,
       'Benchmarkbesluit.', l.latere_datum, NULL, 'VERLEEND', l.status,
       (l.latere_datum + time '14:00') AT TIME ZONE 'UTC', 'bench-seed', 'OVERTREDING_VOORSCHRIFTEN'
  FROM bench.lic l
 WHERE l.status IN ('GESCHORST', 'INGETROKKEN');

-- The number counters, so that a new application continues after the seeded numbers.
INSERT INTO vergunningnummer_reeks (gemeente_code, jaar, laatste)
SELECT code, jaar, max(volgnr) FROM bench.lic GROUP BY code, jaar;

-- ------------------------------------------------------------------------------------------
-- Rule sets. Caps of version 1 are set above every grant ever made of that type there, so each
-- grant fitted the cap on its start date. Version 2 (one in six municipalities, from 2026-07-01)
-- raises the minimum age to 21, bans massage parlours, caps clubs below the licences in force and
-- shortens the term to 3 years: licences granted earlier now fall outside the rules.
-- ------------------------------------------------------------------------------------------
CREATE TABLE bench.telling AS
SELECT gt.g, gt.t,
       count(l.i) FILTER (WHERE l.status IN ('VERLEEND', 'GESCHORST', 'INGETROKKEN')) AS ooit_verleend,
       count(l.i) FILTER (WHERE l.status IN ('VERLEEND', 'GESCHORST') AND l.geldig_vanaf <= p.vandaag
                          AND (l.geldig_tot IS NULL OR l.geldig_tot >= p.vandaag)) AS in_werking
  FROM bench.gem_type gt CROSS JOIN bench.param p
  LEFT JOIN bench.lic l ON l.g = gt.g AND l.bedrijfstype = gt.type
 GROUP BY gt.g, gt.t;

CREATE FUNCTION bench.openingstijden(variant int) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_agg(jsonb_build_object('dag', dag, 'open', o, 'sluit', s) ORDER BY nr)
      FROM unnest(ARRAY['MAANDAG', 'DINSDAG', 'WOENSDAG', 'DONDERDAG', 'VRIJDAG', 'ZATERDAG', 'ZONDAG'])
               WITH ORDINALITY AS d(dag, nr),
           LATERAL (SELECT CASE variant WHEN 0 THEN '10:00' WHEN 1 THEN '12:00' ELSE '08:00' END AS o,
                           CASE variant WHEN 0 THEN '02:00' WHEN 1 THEN '23:00' ELSE '04:00' END AS s) AS t
     WHERE variant <> 1 OR nr <= 6
$$;

CREATE FUNCTION bench.regels(p_g int, p_versie int) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
               'minimumleeftijd', CASE WHEN p_versie = 2 THEN greatest(r.leeftijd1, 21) ELSE r.leeftijd1 END,
               'registratieplicht', r.registratieplicht,
               'intakeplicht', r.intakeplicht,
               'erkenning', CASE WHEN r.erkenning IS NOT NULL THEN jsonb_build_object('soort', r.erkenning) END,
               'bedrijfstypen', (
                   SELECT jsonb_object_agg(gt.type, jsonb_strip_nulls(jsonb_build_object(
                              'toegestaan', CASE WHEN p_versie = 2 AND gt.type = 'MASSAGESALON' THEN false ELSE gt.toegestaan END,
                              'vergunningplicht', gt.vergunningplicht,
                              'maximumAantal', CASE
                                  WHEN NOT gt.toegestaan OR (p_versie = 2 AND gt.type = 'MASSAGESALON') THEN NULL
                                  WHEN p_versie = 2 AND gt.type = 'CLUB' THEN greatest(tl.in_werking - 1, 0)
                                  WHEN gt.heeft_maximum THEN ((tl.ooit_verleend + 2 + 4) / 5) * 5 END,
                              'openingstijden', CASE WHEN open.met_tijden THEN bench.openingstijden(gt.g % 3) END,
                              'nachtopeningToegestaan', CASE WHEN open.met_tijden AND gt.g % 3 <> 1 THEN true END)))
                     FROM bench.gem_type gt JOIN bench.telling tl ON tl.g = gt.g AND tl.t = gt.t,
                          LATERAL (SELECT gt.toegestaan AND gt.type IN ('RAAMPROSTITUTIE', 'CLUB', 'MASSAGESALON')
                                          AND NOT (p_versie = 2 AND gt.type = 'MASSAGESALON') AS met_tijden) AS open
                    WHERE gt.g = p_g AND gt.genoemd),
               'tippelzone', CASE WHEN p_g % 40 = 0 THEN true END,
               'maximaleWerkurenPerDag', CASE WHEN p_g % 6 = 0 THEN 12 END,
               'taaleisen', CASE WHEN p_g % 11 = 0 THEN jsonb_build_array('nl', 'en') END,
               'sanctiesVoorSekswerkers', CASE WHEN p_g % 13 = 0 THEN true END,
               'intakeverslagenNaarToezicht', CASE WHEN p_g % 37 = 0 THEN true END,
               'registerOpNaam', CASE WHEN p_g % 41 = 0 THEN true END,
               'vergunningtermijnJaren', CASE WHEN p_versie = 2 THEN 3 ELSE r.termijn1 END,
               'bibob', true,
               'bedrijfsplanVereist', p_g % 2 = 0,
               'registratiegeldigheid', CASE WHEN r.geldigheid_maanden IS NOT NULL THEN jsonb_strip_nulls(jsonb_build_object(
                   'maanden', r.geldigheid_maanden,
                   'onderLeeftijd', CASE WHEN r.geldigheid_onder_21 THEN 21 END,
                   'maandenOnderLeeftijd', CASE WHEN r.geldigheid_onder_21 THEN 12 END)) END
           ))::text
      FROM bench.gem_regels r WHERE r.g = p_g
$$;

INSERT INTO regelset (id, gemeente_code, versie, status, geldig_vanaf, geldig_tot, bron, regels, aangemaakt_op,
                      gepubliceerd_op, rijversie)
SELECT gen_random_uuid(), r.code, 1, 'GEPUBLICEERD', date '2018-01-01',
       CASE WHEN r.heeft_v2 THEN date '2026-06-30' END,
       'APV hoofdstuk 3 (fictieve benchmarkgegevens).', bench.regels(r.g, 1),
       timestamptz '2017-12-01 09:00:00+00', timestamptz '2017-12-15 09:00:00+00', CASE WHEN r.heeft_v2 THEN 1 ELSE 0 END
  FROM bench.gem_regels r;

INSERT INTO regelset (id, gemeente_code, versie, status, geldig_vanaf, geldig_tot, bron, regels, aangemaakt_op,
                      gepubliceerd_op, rijversie)
SELECT gen_random_uuid(), r.code, 2, 'GEPUBLICEERD', date '2026-07-01', NULL,
       'APV hoofdstuk 3, wijziging 2026 (fictieve benchmarkgegevens).', bench.regels(r.g, 2),
       timestamptz '2026-05-01 09:00:00+00', timestamptz '2026-06-01 09:00:00+00', 0
  FROM bench.gem_regels r WHERE r.heeft_v2;

-- ------------------------------------------------------------------------------------------
-- Registrations: 30,000 distinct persons.
-- ------------------------------------------------------------------------------------------
CREATE TABLE bench.reg AS
WITH basis AS (
    SELECT n, floor(random() * 342)::int AS g, random() AS r_status, random() AS r_band, random() AS r_dag,
           random() AS r_einde, random() AS r_intake, bench.nieuw_registratienummer(n) AS registratienummer
      FROM generate_series(1, 30000) AS n
), gebonden AS (
    SELECT b.*, gr.code,
           -- the minimum age of every version in force since 2018 (v2 raises it to 21)
           CASE WHEN gr.heeft_v2 THEN greatest(gr.leeftijd1, 21) ELSE gr.leeftijd1 END AS minimum,
           gr.geldigheid_maanden, gr.geldigheid_onder_21
      FROM basis b JOIN bench.gem_regels gr ON gr.g = b.g
), gebandeerd AS (
    SELECT x.*, CASE WHEN x.minimum <= 18 THEN (ARRAY['18-20', '21-24', '25-34', '25-34', '35-44', '45-54', '55+'])[1 + floor(x.r_band * 7)::int]
                     ELSE (ARRAY['21-24', '25-34', '25-34', '35-44', '45-54', '55+'])[1 + floor(x.r_band * 6)::int] END AS leeftijdsband
      FROM gebonden x
), looptijd AS (
    SELECT x.*,
           CASE WHEN x.geldigheid_maanden IS NULL THEN 12
                WHEN x.geldigheid_onder_21 AND x.leeftijdsband = '18-20' THEN 12
                ELSE x.geldigheid_maanden END AS maanden,
           CASE WHEN x.r_status < 0.82 THEN 'ACTIEF' WHEN x.r_status < 0.86 THEN 'GESCHORST'
                WHEN x.r_status < 0.90 THEN 'INGETROKKEN' WHEN x.r_status < 0.95 THEN 'ACTIEF_VERLOPEN'
                ELSE 'VERLOPEN' END AS soort
      FROM gebandeerd x
), periode AS (
    SELECT x.*,
           CASE WHEN x.soort IN ('ACTIEF', 'GESCHORST', 'INGETROKKEN')
                THEN p.vandaag - floor(x.r_dag * (x.maanden * 30 - 10))::int
                ELSE (p.vandaag - make_interval(months => x.maanden) - (5 + floor(x.r_dag * 170)::int) * interval '1 day')::date
           END AS geldig_vanaf
      FROM looptijd x CROSS JOIN bench.param p
)
SELECT x.*, (x.geldig_vanaf + make_interval(months => x.maanden) - interval '1 day')::date AS geldig_tot,
       b.bsn, ('00000000-0000-4000-a000-' || lpad(to_hex(x.n), 12, '0'))::uuid AS id
  FROM periode x JOIN bench.bsn b ON b.n = x.n;

ALTER TABLE bench.reg ADD COLUMN beeindigd_op date;
UPDATE bench.reg r SET beeindigd_op = CASE
        WHEN r.soort = 'INGETROKKEN' THEN greatest(r.geldig_vanaf, p.vandaag - floor(r.r_einde * 150)::int)
        WHEN r.soort = 'VERLOPEN' THEN r.geldig_tot + 1 END
  FROM bench.param p;

INSERT INTO registratie (id, registratienummer, gemeente_code, landelijk_pseudoniem, gemeente_pseudoniem,
                         landelijk_sleutelversie, gemeente_sleutelversie,
                         leeftijdsband, intakedatum, werknaam, status, geldig_vanaf, geldig_tot, beeindigd_op,
                         aangemaakt_op, versie)
SELECT r.id, r.registratienummer, r.code,
       bench.pseudoniem('landelijk', 'BSN:' || r.bsn),
       bench.pseudoniem('gemeente|' || r.code, 'BSN:' || r.bsn),
       1, 1, r.leeftijdsband, r.geldig_vanaf - floor(r.r_intake * 30)::int,
       CASE WHEN r.n % 5 = 0 THEN 'Werknaam ' || r.n END,
       CASE r.soort WHEN 'ACTIEF_VERLOPEN' THEN 'ACTIEF' ELSE r.soort END,
       r.geldig_vanaf, r.geldig_tot, r.beeindigd_op,
       (r.geldig_vanaf + time '10:00') AT TIME ZONE 'UTC',
       CASE WHEN r.soort IN ('GESCHORST', 'INGETROKKEN', 'VERLOPEN') THEN 1 ELSE 0 END
  FROM bench.reg r;

INSERT INTO registratie_besluit (id, registratie_id, besluittype, motivering, status_na, geldig_tot_na, genomen_op)
SELECT gen_random_uuid(), r.id, CASE r.soort WHEN 'GESCHORST' THEN 'SCHORSEN' ELSE 'INTREKKEN' END, 'Benchmarkbesluit.',
       r.soort, r.geldig_tot,
       (CASE WHEN r.soort = 'GESCHORST' THEN least(p.vandaag, r.geldig_vanaf + 10) ELSE r.beeindigd_op END + time '11:00')
           AT TIME ZONE 'UTC'
  FROM bench.reg r CROSS JOIN bench.param p
 WHERE r.soort IN ('GESCHORST', 'INGETROKKEN');

-- The processing log entry of each registration (unsealed: the running service's sealer chains them).
INSERT INTO dataverwerking (trace_id, span_id, operatie, verwerkingsactiviteit, doelbinding, actor, rol, organisatie,
                            betrokkene, registratie_id, start_tijd, eind_tijd, status)
SELECT encode(bench.gen_random_bytes(16), 'hex'), encode(bench.gen_random_bytes(8), 'hex'), 'registratie.aanmaken',
       'Registratie sekswerker', 'Vergunningverlening APV', 'bench-seed', 'vergunningverlener', r.code,
       bench.logreferentie('BSN:' || r.bsn), r.id,
       (r.geldig_vanaf + time '10:00') AT TIME ZONE 'UTC', (r.geldig_vanaf + time '10:00:01') AT TIME ZONE 'UTC', 'OK'
  FROM bench.reg r ORDER BY r.geldig_vanaf, r.n;

-- ------------------------------------------------------------------------------------------
-- Number lists for wrk (exported by run.sh) and for pgbench (int-keyed, so a script can pick one).
-- ------------------------------------------------------------------------------------------
CREATE TABLE bench.registratie_nr (i int PRIMARY KEY, nr text NOT NULL);
INSERT INTO bench.registratie_nr
SELECT row_number() OVER (ORDER BY r.n), r.registratienummer
  FROM bench.reg r CROSS JOIN bench.param p
 WHERE r.soort = 'ACTIEF' AND r.geldig_tot >= p.vandaag AND r.geldig_vanaf <= p.vandaag;

-- Well-formed (check character valid) numbers that nobody holds.
CREATE TABLE bench.onbekend_nr (i int PRIMARY KEY, nr text NOT NULL);
INSERT INTO bench.onbekend_nr
SELECT row_number() OVER (ORDER BY nr), nr
  FROM (SELECT DISTINCT bench.nieuw_registratienummer(n) AS nr FROM generate_series(1, 6000) AS n) AS x
 WHERE NOT EXISTS (SELECT 1 FROM registratie r WHERE r.registratienummer = x.nr);

VACUUM ANALYZE exploitant;
VACUUM ANALYZE vergunning;
VACUUM ANALYZE besluit;
VACUUM ANALYZE regelset;
VACUUM ANALYZE registratie;
VACUUM ANALYZE registratie_besluit;
VACUUM ANALYZE dataverwerking;
ANALYZE bench.registratie_nr;
ANALYZE bench.onbekend_nr;

-- What was made (run.sh prints it).
SELECT 'vergunningen ' || status || CASE WHEN status IN ('VERLEEND', 'GESCHORST') AND geldig_tot < (SELECT vandaag FROM bench.param)
                                          THEN ' (verlopen)' ELSE '' END AS wat, count(*) AS aantal
  FROM vergunning GROUP BY 1
UNION ALL SELECT 'registraties ' || soort, count(*) FROM bench.reg GROUP BY soort
UNION ALL SELECT 'regelsets versie ' || versie, count(*) FROM regelset GROUP BY versie
UNION ALL SELECT 'exploitanten', count(*) FROM exploitant
UNION ALL SELECT 'besluiten', count(*) FROM besluit
UNION ALL SELECT 'onbekende nummers', count(*) FROM bench.onbekend_nr
ORDER BY 1;
