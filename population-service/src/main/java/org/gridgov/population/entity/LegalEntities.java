package org.gridgov.population.entity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.population.counting.GridCounts;
import org.gridgov.population.house.HouseLocation;
import org.gridgov.population.identity.PersonName;
import org.gridgov.population.identity.PhoneNumber;
import org.gridgov.population.identity.UnifiedSocialCreditCode;
import org.gridgov.population.protection.AccessLog;
import org.gridgov.population.protection.Disclosure;
import org.gridgov.population.protection.Purpose;
import org.gridgov.population.protection.PersonalData;
import org.gridgov.population.territory.Grids;
import org.gridgov.population.territory.Jurisdiction;
import org.gridgov.runtime.web.RuleViolation;
import org.gridgov.runtime.privacy.Masking;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises and shops by unified social credit code (GB 32100); a change of their number in a
 * grid recounts the grid (enterprise grids are sized by enterprises).
 */
@Service
class LegalEntities {

    static final String KIND = "entity";

    private final JdbcClient jdbc;
    private final HouseLocation houses;
    private final PersonalData personalData;
    private final AccessLog accessLog;
    private final Grids grids;
    private final GridCounts counts;
    private final Clock clock;

    LegalEntities(JdbcClient jdbc, HouseLocation houses, PersonalData personalData, AccessLog accessLog, Grids grids, GridCounts counts,
                  Clock clock) {
        this.jdbc = jdbc;
        this.houses = houses;
        this.personalData = personalData;
        this.accessLog = accessLog;
        this.grids = grids;
        this.counts = counts;
        this.clock = clock;
    }

    @Transactional
    EntityView register(NewEntity request) {
        Caller caller = Caller.current();
        grids.require(request.gridCode());
        Jurisdiction.requireMayEnter(caller, request.gridCode());
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(request.creditCode());
        jdbc.sql("select id, grid_code from legal_entity where credit_code = ?").param(code.value())
                .query((rs, row) -> rs.getObject("id", UUID.class)).optional().ifPresent(existing -> {
                    throw new RuleViolation("duplicate-entity", "an entity with this credit code is registered")
                            .with("creditCode", code.value());
                });
        Contact contact = Contact.of(request);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into legal_entity (id, grid_code, credit_code, name, kind, house_id, contact_name, contact_phone,
                                                  contact_phone_hash, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, request.gridCode(), code.value(), request.name().strip(), request.kind().name(),
                        houses.requireInGrid(request.houseId(), request.gridCode()), personalData.seal(contact.name()),
                        personalData.seal(contact.phone()), personalData.phoneHash(contact.phone()), now, now)
                .update();
        counts.recount(request.gridCode());
        return masked(find(id).orElseThrow());
    }

    @Transactional
    EntityView get(UUID id, Purpose purpose) {
        Caller caller = Caller.current();
        StoredEntity entity = visible(id, caller);
        Disclosure disclosure = Disclosure.decide(caller.roles(), purpose);
        if (!disclosure.full() || entity.contactName() == null && entity.contactPhone() == null) {
            return masked(entity);
        }
        accessLog.recordIfFull(caller, disclosure, AccessLog.Subject.ENTITY, id, entity.gridCode());
        return entity.view(personalData.open(entity.contactName()), personalData.open(entity.contactPhone()), false);
    }

    @Transactional
    EntityView update(UUID id, NewEntity change) {
        Caller caller = Caller.current();
        StoredEntity entity = visible(id, caller);
        Jurisdiction.requireChangeable(caller, entity.gridCode(), KIND, id);
        if (!entity.creditCode().equals(UnifiedSocialCreditCode.parse(change.creditCode()).value())) {
            throw new RuleViolation("credit-code-fixed", "an entity keeps its credit code; register the new one");
        }
        if (!entity.gridCode().equals(change.gridCode())) {
            grids.require(change.gridCode());
            Jurisdiction.requireMayEnter(caller, change.gridCode());
        }
        Contact contact = Contact.of(change);
        jdbc.sql("""
                        update legal_entity set grid_code = ?, name = ?, kind = ?, house_id = ?, contact_name = ?,
                               contact_phone = ?, contact_phone_hash = ?, updated_at = ?
                         where id = ?
                        """)
                .params(change.gridCode(), change.name().strip(), change.kind().name(),
                        houses.requireInGrid(change.houseId(), change.gridCode()), personalData.seal(contact.name()),
                        personalData.seal(contact.phone()), personalData.phoneHash(contact.phone()),
                        Timestamp.from(clock.instant()), id)
                .update();
        counts.recount(List.of(entity.gridCode(), change.gridCode()));
        return masked(find(id).orElseThrow());
    }

    /** Closes an entity (deregistered, moved out): the record stays, the grid no longer counts it. */
    @Transactional
    EntityView close(UUID id) {
        Caller caller = Caller.current();
        StoredEntity entity = visible(id, caller);
        Jurisdiction.requireChangeable(caller, entity.gridCode(), KIND, id);
        if (entity.closedAt() == null) {
            jdbc.sql("update legal_entity set closed_at = ?, updated_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), id).update();
            counts.recount(entity.gridCode());
        }
        return masked(find(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    List<EntityView> list(String unit, EntityKind kind, String creditCode, boolean includeClosed, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select * from legal_entity where "
                + Jurisdiction.sqlFilter(Caller.current(), unit, "grid_code", params));
        if (!includeClosed) {
            sql.append(" and closed_at is null");
        }
        if (kind != null) {
            sql.append(" and kind = ?");
            params.add(kind.name());
        }
        if (creditCode != null) {
            sql.append(" and credit_code = ?");
            params.add(UnifiedSocialCreditCode.parse(creditCode).value());
        }
        sql.append(" order by grid_code, name, id limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(LegalEntities::map).list().stream().map(this::masked).toList();
    }

    private StoredEntity visible(UUID id, Caller caller) {
        StoredEntity entity = find(id).orElseThrow(() -> new NotFoundException(KIND, id));
        Jurisdiction.requireVisible(caller, entity.gridCode(), KIND, id);
        return entity;
    }


    private EntityView masked(StoredEntity entity) {
        return entity.view(Masking.name(personalData.open(entity.contactName())),
                Masking.phone(personalData.open(entity.contactPhone())), true);
    }

    private Optional<StoredEntity> find(UUID id) {
        return jdbc.sql("select * from legal_entity where id = ?").param(id).query(LegalEntities::map).optional();
    }

    private static StoredEntity map(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new StoredEntity(rs.getObject("id", UUID.class), rs.getString("grid_code"), rs.getString("credit_code"),
                rs.getString("name"), EntityKind.valueOf(rs.getString("kind")), rs.getObject("house_id", UUID.class),
                rs.getString("contact_name"), rs.getString("contact_phone"), closed == null ? null : closed.toInstant());
    }

    private record Contact(String name, String phone) {

        static Contact of(NewEntity request) {
            String name = request.contactName() == null || request.contactName().isBlank() ? null
                    : PersonName.normalise(request.contactName());
            return new Contact(name, PhoneNumber.normalise(request.contactPhone()));
        }
    }

    private record StoredEntity(UUID id, String gridCode, String creditCode, String name, EntityKind kind, UUID houseId,
                                String contactName, String contactPhone, Instant closedAt) {

        EntityView view(String shownContactName, String shownContactPhone, boolean masked) {
            return new EntityView(id, gridCode, creditCode, name, kind, houseId, shownContactName, shownContactPhone,
                    closedAt, masked);
        }
    }
}
