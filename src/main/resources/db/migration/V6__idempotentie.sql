-- Idempotency keys for creating POSTs: a retry with the same key and body gets the original answer
-- and creates nothing. The row is written in the same transaction as the creation it guards, so a
-- crash leaves either both or neither. The body is kept only as a keyed hash (it may hold a BSN).
CREATE TABLE idempotentie (
    subject        text        NOT NULL,
    sleutel        text        NOT NULL CHECK (sleutel ~ '^[A-Za-z0-9._:-]{1,100}$'),
    verzoek_hash   varchar(64) NOT NULL,
    status         integer     NOT NULL,
    antwoord       text,
    content_type   text,
    location       text,
    etag           text,
    aangemaakt_op  timestamptz NOT NULL,
    PRIMARY KEY (subject, sleutel)
);

CREATE INDEX idempotentie_verloop_idx ON idempotentie (aangemaakt_op);
