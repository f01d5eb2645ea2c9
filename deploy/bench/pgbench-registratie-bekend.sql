-- The registration status check's own SQL (RegistratieService.controleer) for a valid number:
-- the projection lookup and the processing-log record, in one transaction. The number comes from
-- bench.registratie_nr (an int-keyed list of the valid numbers; one extra cached index probe).
\set i random(1, :aantal_bekend)
BEGIN;
SELECT r.id, r.gemeente_code, r.status, r.geldig_tot, r.landelijk_pseudoniem
  FROM registratie r WHERE r.registratienummer = (SELECT n.nr FROM bench.registratie_nr n WHERE n.i = :i) \gset
INSERT INTO dataverwerking (trace_id, span_id, operatie, verwerkingsactiviteit, doelbinding, actor, rol, organisatie,
                            betrokkene, registratie_id, start_tijd, eind_tijd, status)
VALUES (md5(random()::text), substr(md5(random()::text), 1, 16), 'registratie.statuscontrole', 'Controle bij boeking',
        'Verificatie registratie sekswerker', 'pgbench', 'verificateur', NULL, NULL, :id::uuid, now(), clock_timestamp(), 'OK')
RETURNING id;
END;
