-- Rules that say what municipalities decided: every rule value is set, explicitly not regulated,
-- or unknown (absent); rule sets say where they come from; frameworks say what kind of text they
-- are and which subjects they regulate exhaustively.

-- 1. Stored rules keep their meaning. Until now two absences carried a value: no maximumAantal on
--    a permitted business type meant "no cap", no vergunningtermijnJaren meant "an indefinite
--    licence". Absence now means "unknown", so those rules become explicit "not regulated"
--    entries. Nothing else changes in the text the municipality published.
CREATE FUNCTION v14_maak_niet_geregeld_expliciet(regels text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    j     jsonb := regels::jsonb;
    paden jsonb := '[]'::jsonb;
    t     text;
BEGIN
    IF NOT j ? 'vergunningtermijnJaren' THEN
        paden := paden || to_jsonb('vergunningtermijnJaren'::text);
    END IF;
    IF jsonb_typeof(j -> 'bedrijfstypen') = 'object' THEN
        FOR t IN SELECT k FROM jsonb_object_keys(j -> 'bedrijfstypen') AS k ORDER BY k LOOP
            IF (j -> 'bedrijfstypen' -> t ->> 'toegestaan') IS DISTINCT FROM 'false'
                    AND NOT (j -> 'bedrijfstypen' -> t ? 'maximumAantal') THEN
                paden := paden || to_jsonb('bedrijfstypen.' || t || '.maximumAantal');
            END IF;
        END LOOP;
    END IF;
    IF jsonb_array_length(paden) = 0 THEN
        RETURN regels;
    END IF;
    RETURN (j || jsonb_build_object('nietGeregeld', paden))::text;
END $$;

-- Published versions and framework versions are immutable (triggers refuse updates); they step
-- aside for this one rewrite, which states the same law in the new vocabulary.
ALTER TABLE regelset DISABLE TRIGGER regelset_gepubliceerd_onveranderlijk;
ALTER TABLE landelijk_kader DISABLE TRIGGER landelijk_kader_onveranderlijk;
UPDATE regelset SET regels = v14_maak_niet_geregeld_expliciet(regels)
    WHERE regels IS DISTINCT FROM v14_maak_niet_geregeld_expliciet(regels);
UPDATE landelijk_kader SET regels = v14_maak_niet_geregeld_expliciet(regels)
    WHERE regels IS DISTINCT FROM v14_maak_niet_geregeld_expliciet(regels);
DROP FUNCTION v14_maak_niet_geregeld_expliciet(text);

-- 2. Where a version comes from. A version researched from public sources is shipped with the
--    service and carries its sources and confidence; the municipality's own first publication
--    supersedes it (status VERVANGEN: kept for the record, in force nowhere).
ALTER TABLE regelset
    ADD COLUMN herkomst   text NOT NULL DEFAULT 'GEMEENTE' CHECK (herkomst IN ('GEMEENTE', 'PUBLIEKE_BRONNEN')),
    ADD COLUMN vertrouwen text CHECK (vertrouwen IN ('HOOG', 'MIDDEL', 'LAAG')),
    ADD COLUMN bronnen    text,
    ADD CONSTRAINT regelset_herkomst_ck CHECK ((herkomst = 'PUBLIEKE_BRONNEN') = (vertrouwen IS NOT NULL)
        AND (herkomst = 'PUBLIEKE_BRONNEN') = (bronnen IS NOT NULL));
ALTER TABLE regelset DROP CONSTRAINT regelset_status_check;
ALTER TABLE regelset ADD CONSTRAINT regelset_status_check CHECK (status IN ('CONCEPT', 'GEPUBLICEERD', 'VERVANGEN'));
ALTER TABLE regelset DROP CONSTRAINT regelset_publicatie_ck;
ALTER TABLE regelset ADD CONSTRAINT regelset_publicatie_ck
    CHECK ((status IN ('GEPUBLICEERD', 'VERVANGEN')) = (gepubliceerd_op IS NOT NULL));
ALTER TABLE regelset ADD CONSTRAINT regelset_vervangen_ck CHECK (status <> 'VERVANGEN' OR herkomst = 'PUBLIEKE_BRONNEN');

-- A published version stays immutable. Two changes are allowed: ending an open-ended version when
-- its successor is published, and superseding a researched version by the municipality's own.
CREATE OR REPLACE FUNCTION regelset_gepubliceerd_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'CONCEPT' THEN
            RAISE EXCEPTION 'een gepubliceerde regelset is onveranderlijk';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'CONCEPT' THEN
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.gemeente_code, NEW.versie, NEW.geldig_vanaf, NEW.bron, NEW.regels, NEW.aangemaakt_op,
            NEW.gepubliceerd_op, NEW.herkomst, NEW.vertrouwen, NEW.bronnen)
            IS DISTINCT FROM
            (OLD.id, OLD.gemeente_code, OLD.versie, OLD.geldig_vanaf, OLD.bron, OLD.regels, OLD.aangemaakt_op,
            OLD.gepubliceerd_op, OLD.herkomst, OLD.vertrouwen, OLD.bronnen) THEN
        RAISE EXCEPTION 'een gepubliceerde regelset is onveranderlijk';
    END IF;
    IF OLD.status = 'GEPUBLICEERD' AND NEW.status = 'GEPUBLICEERD'
            AND OLD.geldig_tot IS NULL AND NEW.geldig_tot IS NOT NULL THEN
        RETURN NEW;
    END IF;
    IF OLD.status = 'GEPUBLICEERD' AND NEW.status = 'VERVANGEN' AND OLD.herkomst = 'PUBLIEKE_BRONNEN'
            AND NEW.geldig_tot IS NOT DISTINCT FROM OLD.geldig_tot THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'een gepubliceerde regelset is onveranderlijk';
END $$;

-- 3. What kind of text a framework is, and per rule how it regulates (Kaderregeling): which
--    subjects a national act covers exhaustively is what decides whether an APV provision lapses
--    (art. 122 Gemeentewet) or may remain as a supplement (art. 121).
ALTER TABLE landelijk_kader
    ADD COLUMN soort text NOT NULL DEFAULT 'HUIDIG_RECHT'
        CHECK (soort IN ('HUIDIG_RECHT', 'WETSVOORSTEL', 'MODELVERORDENING')),
    ADD COLUMN regeling text;
ALTER TABLE landelijk_kader DISABLE TRIGGER landelijk_kader_onveranderlijk;
UPDATE landelijk_kader SET soort = 'WETSVOORSTEL' WHERE code = 'wrs-wetsvoorstel';
ALTER TABLE landelijk_kader ENABLE TRIGGER landelijk_kader_onveranderlijk;
ALTER TABLE regelset ENABLE TRIGGER regelset_gepubliceerd_onveranderlijk;
ALTER TABLE landelijk_kader ALTER COLUMN soort DROP DEFAULT;

-- New versions of both frameworks in the richer vocabulary, each rule with its reading. The
-- sources are those of the bron text; see the README on what the Wrs regulates exhaustively. (The
-- space after each opening $j$ keeps Flyway from reading a dollar and a brace as a placeholder.)
INSERT INTO landelijk_kader (id, code, versie, naam, bron, regels, vastgesteld_op, in_werking_vanaf, soort, regeling) VALUES
    ('ed98f76c-ecd7-4da1-95a9-28d0646055e2', 'huidige-wet', 2, 'Huidige wet',
     $b$Geen landelijke prostitutiewet: gemeenten reguleren seksbedrijven in de APV op grond van art. 151a Gemeentewet (sinds 01-10-2000; bevoegdheid, geen plicht). Strafrechtelijke ondergrens 18 jaar (Sr art. 273f); gemeenten mogen een hogere leeftijd stellen (ABRvS 05-06-2019, 201805664/1/A3, Alkmaar). Geen landelijke registratie van sekswerkers. Beroepsmatig seksleven is een bijzonder persoonsgegeven: ABRvS 29-08-2018 (geen afgifte intakeverslagen aan toezicht), ABRvS 23-12-2020, Rb Gelderland 28-06-2024; art. 151a biedt geen grondslag voor een register op naam (RvS W16.23.00391/II).$b$,
     $j$ {"minimumleeftijd":18,"intakeverslagenNaarToezicht":false,"registerOpNaam":false,"nietGeregeld":["registratieplicht","intakeplicht","vergunningtermijnJaren","bedrijfstypen.RAAMPROSTITUTIE","bedrijfstypen.CLUB","bedrijfstypen.ESCORT","bedrijfstypen.THUISWERK","bedrijfstypen.MASSAGESALON","bedrijfstypen.ZONDER_FYSIEK_CONTACT","bedrijfstypen.OVERIG"]}$j$,
     TIMESTAMPTZ '2026-12-01 00:00:00+00', DATE '2000-10-01', 'HUIDIG_RECHT',
     $j$ {"minimumleeftijd":{"aard":"MINIMUM","grondslag":"Sr art. 273f stelt 18 jaar als strafrechtelijke ondergrens; een hogere gemeentelijke leeftijd mag als aanvulling (art. 121 Gemeentewet; ABRvS 05-06-2019, 201805664/1/A3, Alkmaar 21)."}}$j$),
    ('46a68416-467f-49a1-a11b-ea42a7b5f4db', 'wrs-wetsvoorstel', 2, 'Wet regulering sekswerk (wetsvoorstel 35715)',
     $b$Wetsvoorstel Wet regulering sekswerk, Kamerstukken 35715 (ingediend 27-01-2021; wetsvoorstel kst-35715-2, MvT kst-35715-3, RvS-advies W16.20.0238/II en nader rapport kst-35715-4), met de nota van wijziging uit de internetconsultatie van 2023: vergunning voor sekswerkers na een vergunninggesprek (21+, zelfredzaamheid, dwang, recht op werk) door de burgemeester van een aangewezen gemeente, in een landelijk register; uniforme landelijke vergunningplicht voor alle seksbedrijven; de bestuurlijke boete voor sekswerkers vervalt; klanten van sekswerkers zonder vergunning zijn strafbaar. Geen wet.$b$,
     $j$ {"minimumleeftijd":21,"registratieplicht":true,"intakeplicht":true,"intakeDoor":"GEMEENTE","erkenning":{"soort":"ALLE"},"verblijfsvergunningVereist":true,"taaleisen":[],"sanctiesVoorSekswerkers":false,"sanctiesVoorKlanten":true,"bedrijfstypen":{"RAAMPROSTITUTIE":{"vergunningplicht":true},"CLUB":{"vergunningplicht":true},"ESCORT":{"vergunningplicht":true},"THUISWERK":{"vergunningplicht":true},"MASSAGESALON":{"vergunningplicht":true},"ZONDER_FYSIEK_CONTACT":{"vergunningplicht":true},"OVERIG":{"vergunningplicht":true}}}$j$,
     TIMESTAMPTZ '2026-12-01 00:00:00+00', NULL, 'WETSVOORSTEL',
     $j$ {"minimumleeftijd":{"aard":"UITPUTTEND","grondslag":"21 jaar is een landelijke voorwaarde voor de vergunning van de sekswerker (kst-35715-3; infosheet spot46 2019). Gelezen als uitputtend: het wetsvoorstel noemt geen lokale afwijking (niet op artikelniveau nagegaan)."},
"registratieplicht":{"aard":"UITPUTTEND","grondslag":"Vergunning voor sekswerkers, verleend door de burgemeester van een aangewezen gemeente, in een landelijk register (kst-35715-3 par. 1.1; RvS-samenvatting kst-35715-4)."},
"registratievorm":{"aard":"UITPUTTEND","grondslag":"Eén landelijk register met een vergunningnummer dat in advertenties staat en via hit/no-hit te controleren is (kst-35715-3 par. 1.1; swdigitaal, middel vertrouwen)."},
"registerOpNaam":{"aard":"UITPUTTEND","grondslag":"Het landelijk register vervangt gemeentelijke registers (kst-35715-3 par. 1.1); een gemeentelijk register op naam regelt hetzelfde onderwerp."},
"registratiegeldigheid":{"aard":"UITPUTTEND","grondslag":"De geldigheid van de landelijke vergunning is landelijk geregeld (kst-35715-3); de duur zelf is niet gevonden."},
"erkenning":{"aard":"UITPUTTEND","grondslag":"De landelijke vergunning geldt in het hele land (kst-35715-3 par. 1.1)."},
"intakeplicht":{"aard":"UITPUTTEND","grondslag":"Het vergunninggesprek (zelfredzaamheid, dwang, leeftijd, recht op werk) is landelijk geregeld (RvS-samenvatting kst-35715-4; infosheet spot46 2019)."},
"intakeDoor":{"aard":"UITPUTTEND","grondslag":"De burgemeester van een aangewezen gemeente houdt het vergunninggesprek (RvS-samenvatting kst-35715-4)."},
"intakeverslagenNaarToezicht":{"aard":"UITPUTTEND","grondslag":"Wat met verslagen van het vergunninggesprek gebeurt, volgt uit de wet; de VNG vroeg in 2023 of ze toegankelijk worden (VNG-consultatiereactie 2023). Lokaal delen was al onrechtmatig (ABRvS 29-08-2018)."},
"verblijfsvergunningVereist":{"aard":"UITPUTTEND","grondslag":"Recht op werk in Nederland is een landelijke voorwaarde van de vergunning (infosheet spot46/sekswerkexpertise 2019)."},
"taaleisen":{"aard":"UITPUTTEND","grondslag":"Zelfredzaamheid wordt landelijk getoetst in het vergunninggesprek (RvS-samenvatting kst-35715-4); een lokale taaleis regelt hetzelfde onderwerp."},
"sanctiesVoorSekswerkers":{"aard":"UITPUTTEND","grondslag":"De nota van wijziging (consultatie 2023) schrapt de bestuurlijke boete voor sekswerkers; niet registreren is voor hen niet strafbaar (Telegraaf 2023-01; VNG 2023)."},
"sanctiesVoorKlanten":{"aard":"UITPUTTEND","grondslag":"Klanten van sekswerkers zonder vergunning zijn strafbaar (RvS-samenvatting kst-35715-4), aangepast in de nota van wijziging 2023 (Telegraaf 2023-01)."},
"bedrijfstypen.RAAMPROSTITUTIE.vergunningplicht":{"aard":"UITPUTTEND","grondslag":"Uniforme landelijke vergunningplicht voor alle seksbedrijven met landelijke voorwaarden, uitgevoerd door gemeenten (VER 2023; blikopnieuws 2019)."},
"bedrijfstypen.CLUB.vergunningplicht":{"aard":"UITPUTTEND","grondslag":"Uniforme landelijke vergunningplicht voor alle seksbedrijven met landelijke voorwaarden, uitgevoerd door gemeenten (VER 2023; blikopnieuws 2019)."},
"bedrijfstypen.ESCORT.vergunningplicht":{"aard":"UITPUTTEND","grondslag":"Uniforme landelijke vergunningplicht voor alle seksbedrijven, ook escortbedrijven (kst-35715-2 definities; VER 2023)."},
"bedrijfstypen.THUISWERK.vergunningplicht":{"aard":"UITPUTTEND","grondslag":"Exploitatievergunning voor alle vormen van commerciële seksuele dienstverlening, ook zelfstandig en thuis (consultatieversie 2019, blikopnieuws; plannen 2024, NH Nieuws). De precieze vorm is onzeker."},
"bedrijfstypen.MASSAGESALON.vergunningplicht":{"aard":"UITPUTTEND","grondslag":"Een massagesalon die seksuele diensten biedt is een seksbedrijf (kst-35715-2 definitie seksbedrijf); massagesalons worden niet apart genoemd (onzeker)."},
"bedrijfstypen.ZONDER_FYSIEK_CONTACT.vergunningplicht":{"aard":"UITPUTTEND","grondslag":"Seksbedrijf omvat handelingen 'met of voor' een derde, dus ook webcam en sekstheater (kst-35715-2; VER 2023-09)."},
"bedrijfstypen.OVERIG.vergunningplicht":{"aard":"UITPUTTEND","grondslag":"Uniforme landelijke vergunningplicht voor alle seksbedrijven (VER 2023; blikopnieuws 2019)."}}$j$),
    ('bf96120c-81f0-42fa-bc85-0e3c83f1a534', 'vng-model-apv-2015', 1, 'VNG Model-APV hoofdstuk 3 (2015)',
     $b$VNG Model-APV, nieuw hoofdstuk 3 'Regulering prostitutie, seksbranche en aanverwante onderwerpen', ledenbrief Lbr. 15/056 van 9 juli 2015: vergunning van de burgemeester voor elk seksbedrijf (bedrijfsmatig gelegenheid geven tot prostitutie of seksuele handelingen voor een ander tegen betaling), exploiteren zonder vergunning verboden, bedrijfsplan voor prostitutiebedrijven. Volgt het toen aanhangige wetsvoorstel Wrp. Een model, voor niemand bindend: een gedocumenteerde basislijn, geen regels van een gemeente. Leeftijd, registratie en vergunningtermijn niet gevonden in het opgehaalde deel.$b$,
     $j$ {"bedrijfsplanVereist":true,"bedrijfstypen":{"RAAMPROSTITUTIE":{"vergunningplicht":true},"CLUB":{"vergunningplicht":true},"ESCORT":{"vergunningplicht":true},"MASSAGESALON":{"vergunningplicht":true},"ZONDER_FYSIEK_CONTACT":{"vergunningplicht":true},"OVERIG":{"vergunningplicht":true}}}$j$,
     TIMESTAMPTZ '2026-12-01 00:00:00+00', NULL, 'MODELVERORDENING', NULL);
