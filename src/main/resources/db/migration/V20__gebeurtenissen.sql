-- Events for other government systems (issue 15): a transactional outbox, subscriptions and their
-- deliveries.
--
-- An event is written in the same transaction as the change it reports, so a rolled-back change
-- leaves none and a committed one always has one. Its CloudEvent is stored as it will be delivered
-- (inhoud), so that every delivery and every retry of it carries the same bytes and the same id.
CREATE TABLE gebeurtenis (
    id          uuid         PRIMARY KEY,
    -- The order events were written in; per subject it is the order of the changes themselves,
    -- because changes to one subject are serialised by their own row or advisory locks.
    volgnummer  bigint       GENERATED ALWAYS AS IDENTITY UNIQUE,
    type        text         NOT NULL,
    onderwerp   text         NOT NULL,
    gemeente_code varchar(6) REFERENCES gemeente (code),
    tijdstip    timestamptz  NOT NULL,
    -- Date-driven events (an expiry) are found by a scheduled scan on any instance: the key makes the
    -- second discovery of the same expiry a no-op (INSERT ... ON CONFLICT DO NOTHING).
    sleutel     text         UNIQUE,
    inhoud      text         NOT NULL
);

-- A subscription of another system: where to (a URL under a prefix the administrator allowed), which
-- event types, optionally one municipality. Ended, never deleted: which system received which events
-- stays answerable.
CREATE TABLE abonnement (
    id             uuid        PRIMARY KEY,
    callback_url   text        NOT NULL,
    typen          text[]      NOT NULL,
    gemeente_code  varchar(6)  REFERENCES gemeente (code),
    eigenaar       text        NOT NULL,
    rol            text        NOT NULL,
    -- The HMAC key of the Standard Webhooks signature, handed to the subscriber once at creation.
    geheim         text        NOT NULL,
    aangemaakt_op  timestamptz NOT NULL,
    beeindigd_op   timestamptz
);
CREATE INDEX abonnement_eigenaar_idx ON abonnement (eigenaar, aangemaakt_op);

-- One event for one subscription. WACHTEND until a 2xx (AFGELEVERD) or the last attempt (DOOD, the
-- dead letters an administrator may replay). A claim (geclaimd_tot) is a lease: an instance that dies
-- mid-delivery leaves it to expire, and another instance delivers (at least once).
CREATE TABLE aflevering (
    id               uuid        PRIMARY KEY,
    gebeurtenis_id   uuid        NOT NULL REFERENCES gebeurtenis (id),
    abonnement_id    uuid        NOT NULL REFERENCES abonnement (id),
    onderwerp        text        NOT NULL,
    volgnummer       bigint      NOT NULL,
    status           text        NOT NULL CHECK (status IN ('WACHTEND', 'AFGELEVERD', 'DOOD')),
    pogingen         integer     NOT NULL DEFAULT 0,
    volgende_poging  timestamptz NOT NULL,
    geclaimd_tot     timestamptz,
    geclaimd_door    text,
    laatste_uitkomst text,
    laatste_poging   timestamptz,
    afgeleverd_op    timestamptz,
    UNIQUE (abonnement_id, gebeurtenis_id)
);
CREATE INDEX aflevering_wachtend_idx ON aflevering (volgende_poging) WHERE status = 'WACHTEND';
-- Order per subject per subscriber: the head of each line is the lowest volgnummer still waiting.
CREATE INDEX aflevering_volgorde_idx ON aflevering (abonnement_id, onderwerp, volgnummer) WHERE status = 'WACHTEND';
CREATE INDEX aflevering_dood_idx ON aflevering (laatste_poging) WHERE status = 'DOOD';
CREATE INDEX aflevering_gebeurtenis_idx ON aflevering (gebeurtenis_id);

-- DELETE: the events about a registration go with it at the end of its retention period (Bewaartermijn).
GRANT SELECT, INSERT, DELETE ON gebeurtenis TO ${dienstrol};
GRANT SELECT, INSERT ON abonnement TO ${dienstrol};
GRANT UPDATE (beeindigd_op) ON abonnement TO ${dienstrol};
GRANT SELECT, INSERT, UPDATE, DELETE ON aflevering TO ${dienstrol};
