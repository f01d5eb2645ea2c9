package nl.sekswerkregister.garanties;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import nl.sekswerkregister.registratie.RegistratieTestToegang;
import nl.sekswerkregister.support.Logboekverzegeling;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import org.junit.jupiter.api.Test;

/**
 * The service runs as a role that cannot undo the safeguards (README "Database roles"): it cannot
 * disable or drop the log's triggers, delete, empty or rewrite log rows, or change the schema. The
 * tests run as that role, as production does. And every privilege it has is listed here, so that a
 * migration granting more than it should fails this test.
 */
@QuarkusTest
class DatabaserollenTest {

    static final String GM = Eigendom.gemeenten(DatabaserollenTest.class, 1).get(0);

    @Inject
    Database database;
    @Inject
    Logboekverzegeling verzegeling;

    @Test
    void deDienstrolKanHetLogboekNietOmzeilen() {
        RegistratieTestToegang.registreer(GM, Personen.bsn()).then().statusCode(201);
        verzegeling.allesVerzegeld();
        Map<String, String> pogingen = Map.of(
                "alter table dataverwerking disable trigger dataverwerking_alleen_toevoegen", "must be owner",
                "drop trigger dataverwerking_alleen_toevoegen on dataverwerking", "must be owner",
                "set session_replication_role = replica", "permission denied",
                "delete from dataverwerking", "permission denied",
                "truncate dataverwerking", "permission denied",
                "update dataverwerking set doelbinding = 'iets onschuldigs'", "permission denied",
                "update dataverwerking set hash = hash where volgnummer is not null", "alleen aan te vullen",
                "delete from logboek_checkpoint", "permission denied",
                "update logboek_checkpoint set hash = hash", "permission denied",
                "create table achterdeur (id int)", "permission denied");
        pogingen.forEach((sql, fout) -> assertThat(database.voerUitVerwachtFout(sql)).as(sql).contains(fout));
    }

    @Test
    void deDienstrolHeeftPreciesDeRechtenDieZijNodigHeeft() {
        Map<String, String> rechten = new TreeMap<>();
        database.rijen("""
                select table_name, string_agg(privilege_type, ',' order by privilege_type)
                from information_schema.role_table_grants
                where grantee = current_user and table_schema = 'public' group by table_name""")
                .forEach(r -> rechten.put(r[0], r[1]));
        assertThat(rechten).isEqualTo(new TreeMap<>(Map.ofEntries(
                // Subscriptions are ended, never changed otherwise (column grant, below); events are written
                // once and deleted only with the registration they are about; deliveries are claimed and
                // their outcome recorded.
                Map.entry("abonnement", "INSERT,SELECT"),
                // The application as a case: its history and what was missing are never changed; the case,
                // a request for missing items and a Bibob investigation only have columns set (below, V23).
                Map.entry("aanvraag", "INSERT,SELECT"),
                Map.entry("aanvraag_historie", "INSERT,SELECT"),
                Map.entry("aanvraag_onvolledigheid", "INSERT,SELECT"),
                Map.entry("aanvraag_ontbrekend_stuk", "INSERT,SELECT"),
                Map.entry("bibob_onderzoek", "INSERT,SELECT"),
                Map.entry("aflevering", "DELETE,INSERT,SELECT,UPDATE"),
                Map.entry("gebeurtenis", "DELETE,INSERT,SELECT"),
                Map.entry("analyseversie", "SELECT,UPDATE"),
                // The audit trail is written once per write and never changed (V22).
                Map.entry("audittrail", "INSERT,SELECT"),
                Map.entry("besluit", "INSERT,SELECT"),
                Map.entry("beheerderwijziging", "INSERT,SELECT"),
                Map.entry("beheerderwijziging_besluit", "INSERT,SELECT"),
                // Inspections and their findings are what was seen on a day: never changed.
                Map.entry("bevinding", "INSERT,SELECT"),
                Map.entry("controle", "INSERT,SELECT"),
                Map.entry("dataverwerking", "INSERT,SELECT"),
                // Documents of a licence's file are never changed or deleted through the service (V24). Their
                // content is a large object the service role creates and therefore owns: no grant, and
                // lo_compat_privileges stays off (DocumentTest).
                Map.entry("document", "INSERT,SELECT"),
                Map.entry("exploitant", "INSERT,SELECT,UPDATE"),
                Map.entry("gemeente", "SELECT"),
                Map.entry("gemeente_buur", "SELECT"),
                Map.entry("idempotentie", "DELETE,INSERT,SELECT,UPDATE"),
                Map.entry("intrekkingsmarkering", "DELETE,INSERT,SELECT"),
                Map.entry("inzageverzoek", "INSERT,SELECT,UPDATE"),
                Map.entry("landelijk_kader", "INSERT,SELECT,UPDATE"),
                Map.entry("logboek_betrokkene", "INSERT,SELECT,UPDATE"),
                Map.entry("logboek_checkpoint", "INSERT,SELECT"),
                Map.entry("regelset", "INSERT,SELECT,UPDATE"),
                Map.entry("registratie", "DELETE,INSERT,SELECT,UPDATE"),
                Map.entry("registratie_besluit", "INSERT,SELECT"),
                // Trafficking signals and their indicators: a correction is a new signal.
                Map.entry("signaal_indicator", "INSERT,SELECT"),
                Map.entry("signaal_mensenhandel", "INSERT,SELECT"),
                // Sanctions, what they rest on and forfeitures are decisions and records: never changed, only
                // followed by a new decision (V17). The closure view is read by the status check.
                Map.entry("sanctie", "INSERT,SELECT"),
                Map.entry("sanctie_bevinding", "INSERT,SELECT"),
                Map.entry("sanctie_controle", "INSERT,SELECT"),
                Map.entry("sanctie_grondslag", "INSERT,SELECT"),
                Map.entry("sluiting_in_werking", "SELECT"),
                Map.entry("verbeurte", "INSERT,SELECT"),
                // Signals and their closures are records of what was known on a day: never changed. The
                // phone pseudonym of a signal is rewritten by key rotation (column grant, below).
                Map.entry("signalering", "INSERT,SELECT"),
                Map.entry("signalering_afsluiting", "INSERT,SELECT"),
                Map.entry("signalering_telefoon", "INSERT,SELECT"),
                Map.entry("vergunning", "INSERT,SELECT,UPDATE"),
                // Who was named manager when (V26): a replaced manager's period is closed, and key rotation rewrites
                // the pseudonyms (column grant, below); rows are never deleted.
                Map.entry("vergunning_beheerder", "INSERT,SELECT"),
                Map.entry("vergunningnummer_reeks", "INSERT,SELECT,UPDATE"),
                // Premises are never changed: a move is other premises. Only their mark as someone's home is set
                // (column grant, below; V21).
                Map.entry("vestiging", "INSERT,SELECT"))));
        // Of the log, only the sealing columns may be filled in; of a revocation marker, only what a
        // key rotation changes.
        assertThat(database.rijen("""
                select column_name from information_schema.column_privileges
                where grantee = current_user and table_name = 'intrekkingsmarkering' and privilege_type = 'UPDATE'
                order by column_name""").stream().map(r -> r[0]).toList())
                .containsExactly("landelijk_pseudoniem", "sleutelversie");
        assertThat(database.rijen("""
                select column_name from information_schema.column_privileges
                where grantee = current_user and table_name = 'dataverwerking' and privilege_type = 'UPDATE'
                order by column_name""").stream().map(r -> r[0]).toList())
                .containsExactly("hash", "volgnummer", "vorige_hash");
        assertThat(database.rijen("""
                select column_name from information_schema.column_privileges
                where grantee = current_user and table_name = 'signalering_telefoon' and privilege_type = 'UPDATE'
                order by column_name""").stream().map(r -> r[0]).toList())
                .containsExactly("pseudoniem", "sleutelversie");
        assertThat(database.rijen("""
                select column_name from information_schema.column_privileges
                where grantee = current_user and table_name = 'vergunning_beheerder' and privilege_type = 'UPDATE'
                order by column_name""").stream().map(r -> r[0]).toList())
                .containsExactly("landelijk_pseudoniem", "landelijk_sleutelversie", "pseudoniem", "sleutelversie", "tot");
        assertThat(database.rijen("""
                select column_name from information_schema.column_privileges
                where grantee = current_user and table_name = 'vestiging' and privilege_type = 'UPDATE'
                order by column_name""").stream().map(r -> r[0]).toList())
                .containsExactly("woning");
        assertThat(database.rijen("""
                select column_name from information_schema.column_privileges
                where grantee = current_user and table_name = 'abonnement' and privilege_type = 'UPDATE'
                order by column_name""").stream().map(r -> r[0]).toList())
                .containsExactly("beeindigd_op");
        assertThat(database.rijen("""
                select column_name from information_schema.column_privileges
                where grantee = current_user and table_name = 'aanvraag' and privilege_type = 'UPDATE'
                order by column_name""").stream().map(r -> r[0]).toList())
                .containsExactly("besloten_op", "besluit_id", "status", "tijdig_besloten", "uiterste_beslisdatum",
                        "verdaagd_op", "verdaging_motivering", "verdaging_weken", "versie");
        assertThat(database.rijen("""
                select column_name from information_schema.column_privileges
                where grantee = current_user and table_name = 'aanvraag_onvolledigheid' and privilege_type = 'UPDATE'
                order by column_name""").stream().map(r -> r[0]).toList())
                .containsExactly("aangevuld_op");
        assertThat(database.rijen("""
                select column_name from information_schema.column_privileges
                where grantee = current_user and table_name = 'bibob_onderzoek' and privilege_type = 'UPDATE'
                order by column_name""").stream().map(r -> r[0]).toList())
                .containsExactly("advies_gevraagd_op", "advies_ontvangen_op", "besluit_id", "mate_van_gevaar");
        assertThat(database.getal("select count(*) from pg_roles where rolname = current_user and (rolsuper or rolcreaterole or rolcreatedb)"))
                .isZero();
    }
}
