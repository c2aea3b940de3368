package org.gridgov.disputes.lifecycle;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code dispute_party} table. */
@Repository
public class PartyRepository {

    private static final RowMapper<Party> PARTY = (rs, row) -> new Party(rs.getObject("id", UUID.class),
            rs.getObject("dispute_id", UUID.class), PartyKind.valueOf(rs.getString("kind")),
            rs.getObject("ref_id", UUID.class), Side.valueOf(rs.getString("side")), rs.getString("name_sealed"),
            rs.getString("phone_sealed"));

    private final JdbcTemplate jdbc;

    PartyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param phoneHash the keyed hash of an outsider's phone, so staff can find their disputes by phone */
    public void insert(Party party, String phoneHash) {
        jdbc.update("""
                insert into dispute_party (id, dispute_id, kind, ref_id, side, name_sealed, phone_sealed, phone_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                party.id(), party.disputeId(), party.kind().name(), party.refId(), party.side().name(),
                party.nameSealed(), party.phoneSealed(), phoneHash);
    }

    public List<Party> of(UUID disputeId) {
        return jdbc.query("select * from dispute_party where dispute_id = ? order by side, id", PARTY, disputeId);
    }
}
