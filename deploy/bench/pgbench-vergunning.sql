-- The licence status check's own SQL (VergunningRepository.status), for a random licence among
-- the 20,000 seeded ones. Licence i is number <code g>-<2019 + k % 8>-<k / 8 + 1> with g = i % 342
-- and k = i / 342 (see seed.sql); run.sh fills in the 342 codes in index order, 6 characters each.
\set i random(0, 19999)
\set van (:i % 342) * 6 + 1
\set jaar 2019 + (:i / 342) % 8
\set volgnr (:i / 342) / 8 + 1
SELECT v.vergunningnummer, v.gemeente_code, v.bedrijfstype, v.status, v.geldig_vanaf, v.geldig_tot
  FROM vergunning v
 WHERE v.vergunningnummer = substr('@GEMEENTECODES@', :van, 6) || '-' || :jaar::text || '-' || lpad(:volgnr::text, 6, '0');
