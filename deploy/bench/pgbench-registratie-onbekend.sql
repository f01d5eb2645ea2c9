-- The same for an unknown but well-formed number: the lookup finds nothing, the log records FOUT.
\set i random(1, :aantal_onbekend)
BEGIN;
SELECT r.id, r.gemeente_code, r.status, r.geldig_tot, r.landelijk_pseudoniem
  FROM registratie r WHERE r.registratienummer = (SELECT n.nr FROM bench.onbekend_nr n WHERE n.i = :i);
INSERT INTO dataverwerking (trace_id, span_id, operatie, verwerkingsactiviteit, doelbinding, actor, rol, organisatie,
                            betrokkene, registratie_id, start_tijd, eind_tijd, status)
VALUES (md5(random()::text), substr(md5(random()::text), 1, 16), 'registratie.statuscontrole', 'Controle bij boeking',
        'Verificatie registratie sekswerker', 'pgbench', 'verificateur', NULL, NULL, NULL, now(), clock_timestamp(), 'FOUT')
RETURNING id;
END;
