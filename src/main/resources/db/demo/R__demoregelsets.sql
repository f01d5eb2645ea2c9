-- DEV-ONLY demo rule sets, loaded in dev mode only (%dev.quarkus.flyway.locations), so that the patchwork map
-- (/lappendeken) shows a patchwork at once: the researched rule sets (referentiedata/regelsets-gemeenten.json) give
-- few ages and no neighbours that differ. MADE UP: every bron says so, and none of this is any municipality's law.
--
-- Five clusters of neighbours that have no researched rule set ('s-Hertogenbosch, Walcheren/Goes, Zwolle,
-- Maastricht, Leiden; DemoregelsetsTest keeps them apart from the researched ones, which the loader would otherwise
-- never publish here), with minimum ages 18, 19 and 21, "not regulated" and unknown, registration with and without
-- recognising the neighbours, licence duties and bans per business type and opening hours that differ, so the
-- engine finds each of its checks between neighbours. 's-Hertogenbosch raises its age from 18 to 21 on 2026-07-01
-- (two versions), so the map's date control shows a change.
--
-- Written as the municipality's own published versions (herkomst GEMEENTE, like the demo licences' decisions),
-- not as research: they rest on no public source. Published versions are immutable, so a changed row here reaches
-- only a fresh dev database (drop it, or give the row a new id and version). ON CONFLICT DO NOTHING without a
-- target also skips a row that collides with a version a developer published through the API (same version
-- number or overlapping dates): that one stays, and the start never fails on demo data.
-- (The space after each opening $j$ keeps Flyway from reading a dollar and a brace as a placeholder.)

INSERT INTO regelset (id, gemeente_code, versie, status, geldig_vanaf, geldig_tot, bron, regels, aangemaakt_op,
                      gepubliceerd_op, rijversie, herkomst) VALUES
    -- 's-Hertogenbosch (versie 1)
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000001', 'GM0796', 1, 'GEPUBLICEERD', DATE '2021-01-01', DATE '2026-06-30',
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente ''s-Hertogenbosch. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":18,"registratieplicht":false,"intakeplicht":false,"bedrijfstypen":{"CLUB":{"toegestaan":true,"vergunningplicht":true},"ESCORT":{"toegestaan":true,"vergunningplicht":true},"THUISWERK":{"toegestaan":true,"vergunningplicht":false}}}$j$,
     TIMESTAMPTZ '2021-01-01 00:00:00+00', TIMESTAMPTZ '2021-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- 's-Hertogenbosch (versie 2)
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000002', 'GM0796', 2, 'GEPUBLICEERD', DATE '2026-07-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente ''s-Hertogenbosch. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"registratieplicht":false,"intakeplicht":true,"bedrijfstypen":{"CLUB":{"toegestaan":true,"vergunningplicht":true},"ESCORT":{"toegestaan":true,"vergunningplicht":true},"THUISWERK":{"toegestaan":true,"vergunningplicht":false}}}$j$,
     TIMESTAMPTZ '2026-07-01 00:00:00+00', TIMESTAMPTZ '2026-07-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Vught
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000003', 'GM0865', 1, 'GEPUBLICEERD', DATE '2020-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Vught. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"registratieplicht":false,"intakeplicht":true,"bedrijfstypen":{"CLUB":{"toegestaan":true,"vergunningplicht":true},"ESCORT":{"toegestaan":true,"vergunningplicht":true}}}$j$,
     TIMESTAMPTZ '2020-01-01 00:00:00+00', TIMESTAMPTZ '2020-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Heusden
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000004', 'GM0797', 1, 'GEPUBLICEERD', DATE '2019-07-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Heusden. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":18,"registratieplicht":false,"intakeplicht":false,"bedrijfstypen":{"ESCORT":{"toegestaan":true,"vergunningplicht":false},"THUISWERK":{"toegestaan":false}}}$j$,
     TIMESTAMPTZ '2019-07-01 00:00:00+00', TIMESTAMPTZ '2019-07-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Oss
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000005', 'GM0828', 1, 'GEPUBLICEERD', DATE '2022-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Oss. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":19,"registratieplicht":false,"bedrijfstypen":{"ESCORT":{"toegestaan":true,"vergunningplicht":true},"THUISWERK":{"toegestaan":true,"vergunningplicht":true}}}$j$,
     TIMESTAMPTZ '2022-01-01 00:00:00+00', TIMESTAMPTZ '2022-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Sint-Michielsgestel
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000006', 'GM0845', 1, 'GEPUBLICEERD', DATE '2020-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Sint-Michielsgestel. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"intakeplicht":false,"bedrijfstypen":{"CLUB":{"toegestaan":true,"vergunningplicht":true}}}$j$,
     TIMESTAMPTZ '2020-01-01 00:00:00+00', TIMESTAMPTZ '2020-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Bernheze
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000007', 'GM1721', 1, 'GEPUBLICEERD', DATE '2023-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Bernheze. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"registratieplicht":false,"bedrijfstypen":{"ESCORT":{"toegestaan":true,"vergunningplicht":false}},"nietGeregeld":["minimumleeftijd"]}$j$,
     TIMESTAMPTZ '2023-01-01 00:00:00+00', TIMESTAMPTZ '2023-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Middelburg (Z.)
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000008', 'GM0687', 1, 'GEPUBLICEERD', DATE '2020-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Middelburg (Z.). Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"registratieplicht":true,"erkenning":{"soort":"EIGEN"},"intakeplicht":true,"bedrijfstypen":{"RAAMPROSTITUTIE":{"toegestaan":true,"vergunningplicht":true},"CLUB":{"toegestaan":true,"vergunningplicht":true,"openingstijden":[{"dag":"MAANDAG","open":"12:00","sluit":"02:00"},{"dag":"DINSDAG","open":"12:00","sluit":"02:00"},{"dag":"WOENSDAG","open":"12:00","sluit":"02:00"},{"dag":"DONDERDAG","open":"12:00","sluit":"02:00"},{"dag":"VRIJDAG","open":"12:00","sluit":"02:00"},{"dag":"ZATERDAG","open":"12:00","sluit":"02:00"},{"dag":"ZONDAG","open":"12:00","sluit":"02:00"}],"nachtopeningToegestaan":true}}}$j$,
     TIMESTAMPTZ '2020-01-01 00:00:00+00', TIMESTAMPTZ '2020-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Vlissingen
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000009', 'GM0718', 1, 'GEPUBLICEERD', DATE '2021-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Vlissingen. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"registratieplicht":true,"erkenning":{"soort":"LIJST","gemeenteCodes":["GM0687","GM0717"]},"intakeplicht":true,"bedrijfstypen":{"CLUB":{"toegestaan":true,"vergunningplicht":true,"openingstijden":[{"dag":"MAANDAG","open":"20:00","sluit":"02:00"},{"dag":"DINSDAG","open":"20:00","sluit":"02:00"},{"dag":"WOENSDAG","open":"20:00","sluit":"02:00"},{"dag":"DONDERDAG","open":"20:00","sluit":"02:00"},{"dag":"VRIJDAG","open":"20:00","sluit":"02:00"},{"dag":"ZATERDAG","open":"20:00","sluit":"02:00"},{"dag":"ZONDAG","open":"20:00","sluit":"02:00"}],"nachtopeningToegestaan":true}}}$j$,
     TIMESTAMPTZ '2021-01-01 00:00:00+00', TIMESTAMPTZ '2021-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Veere
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000010', 'GM0717', 1, 'GEPUBLICEERD', DATE '2019-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Veere. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":18,"registratieplicht":false,"bedrijfstypen":{"CLUB":{"toegestaan":false}}}$j$,
     TIMESTAMPTZ '2019-01-01 00:00:00+00', TIMESTAMPTZ '2019-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Goes
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000011', 'GM0664', 1, 'GEPUBLICEERD', DATE '2022-07-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Goes. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":19,"registratieplicht":true,"erkenning":{"soort":"ALLE"},"intakeplicht":true,"bedrijfstypen":{"CLUB":{"toegestaan":true,"vergunningplicht":true}}}$j$,
     TIMESTAMPTZ '2022-07-01 00:00:00+00', TIMESTAMPTZ '2022-07-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Borsele
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000012', 'GM0654', 1, 'GEPUBLICEERD', DATE '2020-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Borsele. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"registratieplicht":false,"bedrijfstypen":{"ESCORT":{"toegestaan":true,"vergunningplicht":false}}}$j$,
     TIMESTAMPTZ '2020-01-01 00:00:00+00', TIMESTAMPTZ '2020-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Zwolle
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000013', 'GM0193', 1, 'GEPUBLICEERD', DATE '2020-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Zwolle. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"registratieplicht":true,"erkenning":{"soort":"EIGEN"},"intakeplicht":true,"bedrijfstypen":{"RAAMPROSTITUTIE":{"toegestaan":true,"vergunningplicht":true},"CLUB":{"toegestaan":true,"vergunningplicht":true},"THUISWERK":{"toegestaan":true,"vergunningplicht":false}}}$j$,
     TIMESTAMPTZ '2020-01-01 00:00:00+00', TIMESTAMPTZ '2020-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Kampen
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000014', 'GM0166', 1, 'GEPUBLICEERD', DATE '2021-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Kampen. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"registratieplicht":false,"intakeplicht":false,"bedrijfstypen":{"THUISWERK":{"toegestaan":true,"vergunningplicht":true}}}$j$,
     TIMESTAMPTZ '2021-01-01 00:00:00+00', TIMESTAMPTZ '2021-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Dalfsen
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000015', 'GM0148', 1, 'GEPUBLICEERD', DATE '2019-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Dalfsen. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":18,"registratieplicht":true,"erkenning":{"soort":"ALLE"},"intakeplicht":false,"bedrijfstypen":{"CLUB":{"toegestaan":true,"vergunningplicht":true}}}$j$,
     TIMESTAMPTZ '2019-01-01 00:00:00+00', TIMESTAMPTZ '2019-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Raalte
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000016', 'GM0177', 1, 'GEPUBLICEERD', DATE '2022-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Raalte. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":18,"registratieplicht":false,"bedrijfstypen":{"THUISWERK":{"toegestaan":false}}}$j$,
     TIMESTAMPTZ '2022-01-01 00:00:00+00', TIMESTAMPTZ '2022-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Zwartewaterland
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000017', 'GM1896', 1, 'GEPUBLICEERD', DATE '2020-07-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Zwartewaterland. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":19,"bedrijfstypen":{"ESCORT":{"toegestaan":true,"vergunningplicht":false}}}$j$,
     TIMESTAMPTZ '2020-07-01 00:00:00+00', TIMESTAMPTZ '2020-07-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Staphorst
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000018', 'GM0180', 1, 'GEPUBLICEERD', DATE '2019-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Staphorst. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"registratieplicht":false,"bedrijfstypen":{"RAAMPROSTITUTIE":{"toegestaan":false},"CLUB":{"toegestaan":false}}}$j$,
     TIMESTAMPTZ '2019-01-01 00:00:00+00', TIMESTAMPTZ '2019-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Maastricht
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000019', 'GM0935', 1, 'GEPUBLICEERD', DATE '2020-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Maastricht. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"registratieplicht":false,"intakeplicht":false,"bedrijfstypen":{"RAAMPROSTITUTIE":{"toegestaan":true,"vergunningplicht":true},"CLUB":{"toegestaan":true,"vergunningplicht":true,"openingstijden":[{"dag":"MAANDAG","open":"11:00","sluit":"03:00"},{"dag":"DINSDAG","open":"11:00","sluit":"03:00"},{"dag":"WOENSDAG","open":"11:00","sluit":"03:00"},{"dag":"DONDERDAG","open":"11:00","sluit":"03:00"},{"dag":"VRIJDAG","open":"11:00","sluit":"03:00"},{"dag":"ZATERDAG","open":"11:00","sluit":"03:00"},{"dag":"ZONDAG","open":"11:00","sluit":"03:00"}],"nachtopeningToegestaan":true},"THUISWERK":{"toegestaan":true,"vergunningplicht":false}}}$j$,
     TIMESTAMPTZ '2020-01-01 00:00:00+00', TIMESTAMPTZ '2020-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Meerssen
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000020', 'GM0938', 1, 'GEPUBLICEERD', DATE '2021-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Meerssen. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":18,"bedrijfstypen":{"THUISWERK":{"toegestaan":false}}}$j$,
     TIMESTAMPTZ '2021-01-01 00:00:00+00', TIMESTAMPTZ '2021-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Valkenburg aan de Geul
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000021', 'GM0994', 1, 'GEPUBLICEERD', DATE '2022-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Valkenburg aan de Geul. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":19,"bedrijfstypen":{"CLUB":{"toegestaan":true,"vergunningplicht":true,"openingstijden":[{"dag":"MAANDAG","open":"14:00","sluit":"00:00"},{"dag":"DINSDAG","open":"14:00","sluit":"00:00"},{"dag":"WOENSDAG","open":"14:00","sluit":"00:00"},{"dag":"DONDERDAG","open":"14:00","sluit":"00:00"},{"dag":"VRIJDAG","open":"14:00","sluit":"00:00"},{"dag":"ZATERDAG","open":"14:00","sluit":"00:00"},{"dag":"ZONDAG","open":"14:00","sluit":"00:00"}],"nachtopeningToegestaan":true}}}$j$,
     TIMESTAMPTZ '2022-01-01 00:00:00+00', TIMESTAMPTZ '2022-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Eijsden-Margraten
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000022', 'GM1903', 1, 'GEPUBLICEERD', DATE '2020-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Eijsden-Margraten. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"registratieplicht":false,"intakeplicht":true}$j$,
     TIMESTAMPTZ '2020-01-01 00:00:00+00', TIMESTAMPTZ '2020-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Leiden
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000023', 'GM0546', 1, 'GEPUBLICEERD', DATE '2020-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Leiden. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"registratieplicht":false,"intakeplicht":false,"bedrijfstypen":{"ESCORT":{"toegestaan":true,"vergunningplicht":true}}}$j$,
     TIMESTAMPTZ '2020-01-01 00:00:00+00', TIMESTAMPTZ '2020-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Leiderdorp
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000024', 'GM0547', 1, 'GEPUBLICEERD', DATE '2021-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Leiderdorp. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":18,"bedrijfstypen":{"ESCORT":{"toegestaan":true,"vergunningplicht":false}}}$j$,
     TIMESTAMPTZ '2021-01-01 00:00:00+00', TIMESTAMPTZ '2021-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Oegstgeest
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000025', 'GM0579', 1, 'GEPUBLICEERD', DATE '2022-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Oegstgeest. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"minimumleeftijd":21,"intakeplicht":true,"bedrijfstypen":{"ESCORT":{"toegestaan":true,"vergunningplicht":true}}}$j$,
     TIMESTAMPTZ '2022-01-01 00:00:00+00', TIMESTAMPTZ '2022-01-01 00:00:00+00', 0, 'GEMEENTE'),
    -- Katwijk
    ('7d3e9b1c-5a2f-4c6d-8e1a-000000000026', 'GM0537', 1, 'GEPUBLICEERD', DATE '2019-01-01', NULL,
     'Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente Katwijk. Verzonnen om de lappendeken te tonen; zie src/main/resources/db/demo/R__demoregelsets.sql.',
     $j$ {"bedrijfstypen":{"ESCORT":{"toegestaan":true,"vergunningplicht":false}},"nietGeregeld":["minimumleeftijd"]}$j$,
     TIMESTAMPTZ '2019-01-01 00:00:00+00', TIMESTAMPTZ '2019-01-01 00:00:00+00', 0, 'GEMEENTE')
ON CONFLICT DO NOTHING;
