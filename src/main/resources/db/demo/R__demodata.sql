-- DEV-ONLY demo dataset (managers as pseudonyms of made-up identifiers under the DEV-ONLY beheerder key, 512 hex digits since V11: no names are kept), loaded in dev mode only (%dev.quarkus.flyway.locations), so that the API
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
                        va_postcode, va_woonplaats, vestiging_id, beheerder_pseudoniemen, beheerder_sleutelversie,
                        voorschriften, status, geldig_vanaf, geldig_tot,
                        aangevraagd_op, versie) VALUES
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000001', 'GM0363-2025-000001', 'GM0363', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e01', 'RAAMPROSTITUTIE',
     'Oudezijds Achterburgwal', 12, '1012DN', 'Amsterdam', '0c7e1d2a-3b4c-4d5e-8f60-000000000001', ARRAY['e90e352f61b121ce847b18e46f54ac55b23c1d942978d253b7e6ddb75974603e57036e2fb425f92d9fe2359a283558d25a8ba1149a4014a3016eca04d2872daf76c1e5fb5c03dcba83665cfb85b18cdb54c884b48ee70e22d1d0fdf9e48b678c2b20106f20b48cde75cade4f738f6d73f3a412eaa5d497be085cc1676e19ae1494ae15b438f2d5115785f1feb7c143c276248da1f52c1fc8bbc990a6e498d5fd74914db3f32b0aeb03768e7c7d232f411b54ce5312200e1b2523bc1d12bd75e55237751355e0844b7b08cc91a2cfb14cfa985fa2e33ce7a2422b350707194727833404c4f83b5f983639245101636a51f0b7b004d930c40f1fa9ae2c7cfbe826'], 1, ARRAY['Ramen gesloten tussen 03:00 en 08:00.'],
     'VERLEEND', DATE '2025-03-01', DATE '2030-02-28', now(), 1),
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000002', 'GM0363-2025-000002', 'GM0363', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e01', 'CLUB',
     'Warmoesstraat', 30, '1012HW', 'Amsterdam', '0c7e1d2a-3b4c-4d5e-8f60-000000000002', ARRAY['c87f65cf7c65784269f74328ca1b49d3376e6042889d30dbfb0a6bd1fd13f172142d4c954bca71631889d3117942f0d4709916d4e9890e95e7a99df27c52c524c909bb81c8a2b94e3d60d8649f4aaed22455a08b6051f599cbd70faefedb62566fcc77d72a6ae2cc399c3649fde667724e0eaec099529c2752ba60b5a13619196bc78a0fb3d016df38c21dc0679032e3b0fee3016db031945fbb1dbf451be657888ab943f5146a2909dc00e4c7f06af9bd83e40eff79b282944d10e741bb3bf6160de126190a3931bcf255bc614b4a7279fb59184d6c4b76c3ce656fadd8f190f4dde20ecbf19717a6728b4300144000c36383d7a2df90bff3b4305a330ee070'], 1, ARRAY[]::text[],
     'GESCHORST', DATE '2025-04-01', DATE '2028-03-31', now(), 2),
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000003', 'GM0363-2025-000003', 'GM0363', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e01', 'MASSAGESALON',
     'Damrak', 5, '1012LG', 'Amsterdam', '0c7e1d2a-3b4c-4d5e-8f60-000000000003', ARRAY['0ac817edd65b9d2d146bb7dc1debed50c74ff8853d52b3916e816a5024ff2118bc1ecf4daa2875ae2099162b955e7aec0cc80abddee28776ef4ab451192960072b6f2f42885d6adebdbe7c26e9095332e377910d5a05f0fef357a272269a683f8352d70b667cffb9ae29bd9657e5e4b98dd9349cbf5d37e53887284fe07349b3641b3d238fa21fbb4315b1c026da208167e4dcd6978e2b99a3528e7fba5d94ec870b97cfa03ed3c7b44caebc2bb2ffa9c9b5fa22861596b5df794a50faadf13a0134c50bbcaecccd7c7e5d639c311b3c55278d6db9cd36def39619975548b1d78bf9437710819c42043a80f01c23b0ce44a527f2ff7d68773a587e55adda781b'], 1, ARRAY[]::text[],
     'AANGEVRAAGD', NULL, NULL, now(), 0),
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000004', 'GM0599-2025-000001', 'GM0599', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e02', 'ESCORT',
     NULL, NULL, NULL, NULL, NULL, ARRAY['6547bc0447098e6682fb4c49f31728cf99a916c531163668ccbbf4f216db23da6406c6f4c808f3a8839a99509bfdaa6a4020c31198adfbd73645e9c0db261900ae5f63ef60eeb78d1dec1efd2bbd171965e27dbda5bf5a0c4953f42dda04e7ab5e2af3726c201ba195866490f88b4da4f06a27321b59dc13144a7882d2000efc5a36d69424135807b84f582c158d1d9cf4cdf1b0ae05897fe1ee6174617f5ae5592f2688d184faefab55eb875dcb6b70adb024845edd7d3f5ec37ddc6769e9ebad5607843ba17664e1d22cb8c22e682a506551a2f03b5c0270d974e86bb212c845870609a73469a4d94cf3f33d47f9b4f662586ab097a42898258e29126963d0'], 1, ARRAY['Geen reclame zonder vergunningnummer.'],
     'VERLEEND', DATE '2025-01-15', DATE '2027-01-14', now(), 1),
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000005', 'GM0014-2025-000001', 'GM0014', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e03', 'CLUB',
     'Nieuweweg', 7, '9711TA', 'Groningen', '0c7e1d2a-3b4c-4d5e-8f60-000000000005', ARRAY['8d4bd7af028ad9b684be6c4b44f739f4d5b5832c7c5df0d2434150d50df15645e247cc901b43eb689f5d5fc43c3fba5cab111d6f7af6c2f05f2ca638924b8c70bd3c494b0a65feb9feaf3e2b241e04d459193e1e7bb6e4c8bb585ff1fb4fb8f147a6754ba59311d422d86fc99ef059ceb097793bbd36fd930b3afab50ffbaea38d96774127bb99c600de7b27f5c360f08e03b2a0a0d1735d5f15947215929d718da61a745c9b2afa20af71d065fb12bc0a153a94643443d3c893c5cf3bce3f317f8d539949c13d9367dd985f193698fcd9a8bec011d6b36f8da77dd8a19456a729a107c73007354c05682540e3c4a9cced3668d108b859970bb64940f63db4d1'], 1, ARRAY[]::text[],
     'VERLEEND', DATE '2025-01-01', DATE '2025-12-31', now(), 1),
    ('5f1d2e3c-0a0b-4c0d-8e0f-000000000006', 'GM0014-2025-000002', 'GM0014', '8b0e5c7a-1f43-4e55-9a61-0d3a4b2c1e03', 'RAAMPROSTITUTIE',
     'Hoekstraat', 3, '9711LA', 'Groningen', '0c7e1d2a-3b4c-4d5e-8f60-000000000006', ARRAY['60d97e6120e9e6aebfcc71bb8acea5983d582444aa5ccff3b60b6950d11d59c2d99cec0786e69d64243d1e3e2e2924162b096bbcd5c7f061c6b11e027f8671e3c014340f8ec96bca8e70b983d9f2a3a8dc85f6bfe33560f9a3fee20cb3e0750fc3d0448bbaa2ee23685c0d2650f30dd4cee8d08794e512b59f7d29df2bda71379240dcbee609e88e519271b8522ba9e7ea1ee20ef2e045785db37815fb9275ba78939c110e84b2e9795530d71a0411fb3669892ecfd21cad9710cbf644d1ad690c71150a5cea180e3bc5730cd90dd26719fb109fc2d0424af0ae2830d6da712f378be8ee83588398532d2845c7977090e44f367647a165dff9c56ac5cb034467'], 1, ARRAY[]::text[],
     'GEWEIGERD', NULL, NULL, now(), 1)
ON CONFLICT (id) DO NOTHING;

INSERT INTO besluit (id, vergunning_id, besluittype, motivering, ingangsdatum, geldig_tot, status_voor, status_na,
                     genomen_op, genomen_door, grond) VALUES
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000001', '5f1d2e3c-0a0b-4c0d-8e0f-000000000001', 'VERLENEN', 'Aanvraag voldoet aan de APV en de Bibob-toets.', DATE '2025-03-01', DATE '2030-02-28', 'AANGEVRAAGD', 'VERLEEND', now(), 'demo', NULL),
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000002', '5f1d2e3c-0a0b-4c0d-8e0f-000000000002', 'VERLENEN', 'Aanvraag voldoet aan de APV.', DATE '2025-04-01', DATE '2028-03-31', 'AANGEVRAAGD', 'VERLEEND', now(), 'demo', NULL),
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000003', '5f1d2e3c-0a0b-4c0d-8e0f-000000000002', 'SCHORSEN', 'Overtreding van de sluitingstijden bij controle.', DATE '2026-10-01', NULL, 'VERLEEND', 'GESCHORST', now(), 'demo', 'OVERTREDING_VOORSCHRIFTEN'),
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000004', '5f1d2e3c-0a0b-4c0d-8e0f-000000000004', 'VERLENEN', 'Aanvraag voldoet aan de APV.', DATE '2025-01-15', DATE '2027-01-14', 'AANGEVRAAGD', 'VERLEEND', now(), 'demo', NULL),
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000005', '5f1d2e3c-0a0b-4c0d-8e0f-000000000005', 'VERLENEN', 'Aanvraag voldoet aan de APV.', DATE '2025-01-01', DATE '2025-12-31', 'AANGEVRAAGD', 'VERLEEND', now(), 'demo', NULL),
    ('6a2e3f4d-0b1c-4d2e-9f30-000000000006', '5f1d2e3c-0a0b-4c0d-8e0f-000000000006', 'WEIGEREN', 'Vestiging ligt buiten het aangewezen gebied.', DATE '2025-02-01', NULL, 'AANGEVRAAGD', 'GEWEIGERD', now(), 'demo', NULL)
ON CONFLICT (id) DO NOTHING;

INSERT INTO vergunningnummer_reeks (gemeente_code, jaar, laatste) VALUES
    ('GM0363', 2025, 3), ('GM0599', 2025, 1), ('GM0014', 2025, 2)
ON CONFLICT (gemeente_code, jaar) DO UPDATE SET laatste = greatest(vergunningnummer_reeks.laatste, excluded.laatste);
