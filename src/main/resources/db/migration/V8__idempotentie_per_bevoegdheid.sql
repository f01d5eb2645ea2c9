-- An idempotency key is bound to everything that authorised the request it guards, not only to the
-- token's subject: a replay under other roles or another municipality must be authorised like a new
-- request (issue 10: the same sub with gemeente GM0599 replayed a GM0363 officer's licence
-- application and was handed GM0363's licence). `bevoegdheid` holds the sorted roles and the
-- municipality claim (no personal data). Keys stored before this migration have an empty
-- bevoegdheid, which no request has, so they behave as expired; keys live 24 hours anyway.
ALTER TABLE idempotentie ADD COLUMN bevoegdheid text NOT NULL DEFAULT '';
ALTER TABLE idempotentie ALTER COLUMN bevoegdheid DROP DEFAULT;
ALTER TABLE idempotentie DROP CONSTRAINT idempotentie_pkey;
ALTER TABLE idempotentie ADD PRIMARY KEY (subject, bevoegdheid, sleutel);
