package nl.sekswerkregister.vergunning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A request to change the managers of a granted licence. It waits for the mayor's approval (taken by
 * the licensing officer in mandate) after a conduct check, and is never changed: the decision on it is
 * a record of its own ({@link BeheerderwijzigingBesluit}). Managers are kept only as this
 * municipality's pseudonyms, under the key version kept with them.
 */
@Entity
@Immutable
@Table(name = "beheerderwijziging")
public class Beheerderwijziging {

    @Id
    UUID id;
    @Column(name = "vergunning_id")
    UUID vergunningId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] toevoegen;
    /** The national pseudonyms of those added, in the order of {@link #toevoegen}, same key version. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "toevoegen_landelijk")
    String[] toevoegenLandelijk;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] verwijderen;
    int sleutelversie;
    @Column(name = "aangevraagd_op")
    Instant aangevraagdOp;
    /** Subject of the officer's token: accountability inside the organisation, not shown in the API. */
    @Column(name = "aangevraagd_door")
    String aangevraagdDoor;

    protected Beheerderwijziging() {
    }

    public Beheerderwijziging(UUID vergunningId, List<String> toevoegen, List<String> toevoegenLandelijk,
                              List<String> verwijderen, int sleutelversie, Instant aangevraagdOp, String aangevraagdDoor) {
        if (toevoegenLandelijk.size() != toevoegen.size()) {
            throw new IllegalArgumentException("één landelijk pseudoniem per toegevoegde beheerder");
        }
        this.id = UUID.randomUUID();
        this.vergunningId = vergunningId;
        this.toevoegen = toevoegen.toArray(String[]::new);
        this.toevoegenLandelijk = toevoegenLandelijk.toArray(String[]::new);
        this.verwijderen = verwijderen.toArray(String[]::new);
        this.sleutelversie = sleutelversie;
        this.aangevraagdOp = aangevraagdOp;
        this.aangevraagdDoor = aangevraagdDoor;
    }

    public UUID id() { return id; }
    public UUID vergunningId() { return vergunningId; }
    public List<String> toevoegen() { return List.of(toevoegen); }
    public List<String> toevoegenLandelijk() { return List.of(toevoegenLandelijk); }
    public List<String> verwijderen() { return List.of(verwijderen); }
    public int sleutelversie() { return sleutelversie; }
    public Instant aangevraagdOp() { return aangevraagdOp; }

    @Override
    public String toString() {
        return "Beheerderwijziging[" + id + "]";
    }
}
