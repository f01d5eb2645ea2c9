-- DEV-ONLY demo dataset (managers as made-up pseudonyms: no names are kept), loaded in dev mode only (%dev.quarkus.flyway.locations), so that the API
-- shows something at once. Fictitious businesses; idempotent (re-runs when this file changes).
-- Licence numbers use 2025, so applications made today never collide with them.

INSERT INTO exploitant (id, kvk_nummer, statutaire_naam, handelsnaam, ca_straatnaam, ca_huisnummer, ca_postcode,
                        ca_woonplaats, geregistreerd_op, versie) VALUES
    ('8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e01', '90000001', 'Wallen Exploitatie B.V.', 'Rood Licht', 'Oudezijds Voorburgwal', 100, '1012GH', 'Amsterdam', now(), 0),
    ('8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e02', '90000002', 'Maas Escort V.O.F.', 'Maas Escort', 'Coolsingel', 40, '3011AD', 'Rotterdam', now(), 0),
    ('8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e03', '90000003', 'Noorderclub B.V.', NULL, 'Nieuweweg', 7, '9711TA', 'Groningen', now(), 0)
ON CONFLICT (id) DO NOTHING;

-- The premises of the licences below (escort has none).
INSERT INTO vestiging (id, gemeente_code, postcode, huisnummer, straatnaam, woonplaats, aangemaakt_op, aangemaakt_door,
                       aangemaakt_rol) VALUES
    ('0c7e1d2a-3b4c-4d5e-8f60-000000000001', 'GM0363', '1012DN', 12, 'Oudezijds Achterburgwal', 'Amsterdam', now(), 'demo', 'demo'),
    ('0c7e1d2a-3b4c-4d5e-8f60-000000000002', 'GM0363', '1012HW', 30, 'Warmoesstraat', 'Amsterdam', now(), 'demo', 'demo'),
    ('0c7e1d2a-3b4c-4d5e-8f60-000000000003', 'GM0363', '1012LG', 5, 'Damrak', 'Amsterdam', now(), 'demo', 'demo'),
    ('0c7e1d2a-3b4c-4d5e-8f60-000000000005', 'GM0014', '9711TA', 7, 'Nieuweweg', 'Groningen', now(), 'demo', 'demo'),
    ('0c7e1d2a-3b4c-4d5e-8f60-000000000006', 'GM0014', '9711LA', 3, 'Hoekstraat', 'Groningen', now(), 'demo', 'demo')
ON CONFLICT DO NOTHING;

INSERT INTO vergunning (id, vergunningnummer, gemeente_code, exploitant_id, bedrijfstype, va_straatnaam, va_huisnummer,
                        va_postcode, va_woonplaats, vestiging_id, beheerder_pseudoniemen, voorschriften, status, geldig_vanaf, geldig_tot,
                        aangevraagd_op, versie) VALUES
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000001', 'GM0363-2025-000001', 'GM0363', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e01', 'RAAMPROSTITUTIE',
     'Oudezijds Achterburgwal', 12, '1012DN', 'Amsterdam', '0c7e1d2a-3b4c-4d5e-8f60-000000000001', ARRAY['c342882af25175c7694d505e0e2a8a5fac8ff0d922e07c4db458f321d4934852'], ARRAY['Ramen gesloten tussen 03:00 en 08:00.'],
     'VERLEEND', DATE '2025-03-01', DATE '2030-02-28', now(), 1),
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000002', 'GM0363-2025-000002', 'GM0363', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e01', 'CLUB',
     'Warmoesstraat', 30, '1012HW', 'Amsterdam', '0c7e1d2a-3b4c-4d5e-8f60-000000000002', ARRAY['e6b915de30ae59ed1cf3d9216d7336f7675bdbd2383334778432d9d9bb7335f9'], ARRAY[]::text[],
     'GESCHORST', DATE '2025-04-01', DATE '2028-03-31', now(), 2),
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000003', 'GM0363-2025-000003', 'GM0363', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e01', 'MASSAGESALON',
     'Damrak', 5, '1012LG', 'Amsterdam', '0c7e1d2a-3b4c-4d5e-8f60-000000000003', ARRAY['faa204f351083dc6700ab8e2bba6340521326f2cd751624f191a25d3b215413b'], ARRAY[]::text[],
     'AANGEVRAAGD', NULL, NULL, now(), 0),
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000004', 'GM0599-2025-000001', 'GM0599', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e02', 'ESCORT',
     NULL, NULL, NULL, NULL, NULL, ARRAY['15dae35fc81aaa724fdf51f0be8b6dab0117efe539830eafc9e20de941dea4c9'], ARRAY['Geen reclame zonder vergunningnummer.'],
     'VERLEEND', DATE '2025-01-15', DATE '2027-01-14', now(), 1),
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000005', 'GM0014-2025-000001', 'GM0014', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e03', 'CLUB',
     'Nieuweweg', 7, '9711TA', 'Groningen', '0c7e1d2a-3b4c-4d5e-8f60-000000000005', ARRAY['370a3093a8acf4e0748dc39b775c7ba0e8ba46da42990d048690603e1ca9839b'], ARRAY[]::text[],
     'VERLEEND', DATE '2025-01-01', DATE '2025-12-31', now(), 1),
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000006', 'GM0014-2025-000002', 'GM0014', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e03', 'RAAMPROSTITUTIE',
     'Hoekstraat', 3, '9711LA', 'Groningen', '0c7e1d2a-3b4c-4d5e-8f60-000000000006', ARRAY['4967048ec6b8c9fb2c5ade022c0eccfaa60737c1e6815c41fa1b1c5c64efcd51'], ARRAY[]::text[],
     'GEWEIGERD', NULL, NULL, now(), 1)
ON CONFLICT (id) DO NOTHING;

INSERT INTO besluit (id, vergunning_id, besluittype, motivering, ingangsdatum, geldig_tot, status_voor, status_na,
                     genomen_op, genomen_door) VALUES
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000001', '5f1d2e3c-0a0b-4c0d-8e0f-000000000001', 'VERLENEN', 'Aanvraag voldoet aan de APV en de Bibob-toets.', DATE '2025-03-01', DATE '2030-02-28', 'AANGEVRAAGD', 'VERLEEND', now(), 'demo'),
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000002', '5f1d2e3c-0a0b-4c0d-8e0f-000000000002', 'VERLENEN', 'Aanvraag voldoet aan de APV.', DATE '2025-04-01', DATE '2028-03-31', 'AANGEVRAAGD', 'VERLEEND', now(), 'demo'),
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000003', '5f1d2e3c-0a0b-4c0d-8e0f-000000000002', 'SCHORSEN', 'Overtreding van de sluitingstijden bij controle.', DATE '2026-10-01', NULL, 'VERLEEND', 'GESCHORST', now(), 'demo'),
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000004', '5f1d2e3c-0a0b-4c0d-8e0f-000000000004', 'VERLENEN', 'Aanvraag voldoet aan de APV.', DATE '2025-01-15', DATE '2027-01-14', 'AANGEVRAAGD', 'VERLEEND', now(), 'demo'),
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000005', '5f1d2e3c-0a0b-4c0d-8e0f-000000000005', 'VERLENEN', 'Aanvraag voldoet aan de APV.', DATE '2025-01-01', DATE '2025-12-31', 'AANGEVRAAGD', 'VERLEEND', now(), 'demo'),
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000006', '5f1d2e3c-0a0b-4c0d-8e0f-000000000006', 'WEIGEREN', 'Vestiging ligt buiten het aangewezen gebied.', DATE '2025-02-01', NULL, 'AANGEVRAAGD', 'GEWEIGERD', now(), 'demo')
ON CONFLICT (id) DO NOTHING;

INSERT INTO vergunningnummer_reeks (gemeente_code, jaar, laatste) VALUES
    ('GM0363', 2025, 3), ('GM0599', 2025, 1), ('GM0014', 2025, 2)
ON CONFLICT (gemeente_code, jaar) DO UPDATE SET laatste = greatest(vergunningnummer_reeks.laatste, excluded.laatste);
