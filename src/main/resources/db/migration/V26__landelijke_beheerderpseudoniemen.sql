-- The managers named on a licence, each with a second, national pseudonym (issue 16, item 5).
--
-- vergunning.beheerder_pseudoniemen keeps what the licence shows: the municipality's own pseudonym
-- (domain beheerder|GMxxxx), so that two municipalities' pseudonyms of one manager differ and their
-- licence files cannot be joined. The national one (domain beheerder|landelijk, same key ring) is
-- what lets a licensing officer, through the purpose-bound history operation only, learn that a
-- manager proposed here was a manager on a licence that another municipality refused, revoked or
-- suspended. Each row maps one stored municipal pseudonym to its national one.
--
-- A row is a period: from when the manager was named on the licence to when they were replaced
-- (tot). A decision on the licence concerns the managers named on it when it was taken, not those
-- named before or after.
--
-- Managers stored before this migration have no row: their national pseudonym cannot be derived
-- from the municipal one (that is what domain separation is for), only from their identifier,
-- which was never kept. They get one when the licence next names them by identifier.
CREATE TABLE vergunning_beheerder (
    id                      uuid        PRIMARY KEY,
    vergunning_id           uuid        NOT NULL REFERENCES vergunning (id),
    -- 512 hex digits, as vergunning.beheerder_pseudoniemen (a regular expression counts at most to 255).
    pseudoniem              text        NOT NULL CHECK (pseudoniem ~ '^[0-9a-f]+$' AND length(pseudoniem) = 512),
    sleutelversie           integer     NOT NULL CHECK (sleutelversie >= 1),
    landelijk_pseudoniem    text        NOT NULL CHECK (landelijk_pseudoniem ~ '^[0-9a-f]+$'
                                                    AND length(landelijk_pseudoniem) = 512),
    landelijk_sleutelversie integer     NOT NULL CHECK (landelijk_sleutelversie >= 1),
    vanaf                   timestamptz NOT NULL,
    tot                     timestamptz,
    CONSTRAINT vergunning_beheerder_periode_ck CHECK (tot IS NULL OR tot >= vanaf)
);

CREATE INDEX vergunning_beheerder_vergunning_idx ON vergunning_beheerder (vergunning_id);
-- The history looks up other licences by a manager's national pseudonym.
CREATE INDEX vergunning_beheerder_landelijk_idx ON vergunning_beheerder (landelijk_pseudoniem);

-- Who was named when is a record: rows are never deleted; a replaced manager's period is closed
-- (tot), and a key rotation rewrites the pseudonyms and their versions, nothing else.
GRANT SELECT, INSERT ON vergunning_beheerder TO ${dienstrol};
GRANT UPDATE (tot, pseudoniem, sleutelversie, landelijk_pseudoniem, landelijk_sleutelversie)
    ON vergunning_beheerder TO ${dienstrol};
