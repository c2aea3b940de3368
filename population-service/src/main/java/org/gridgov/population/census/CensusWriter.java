package org.gridgov.population.census;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.gridgov.events.Topics;
import org.gridgov.events.population.HouseholdChanged;
import org.gridgov.events.population.ResidentRegistered;
import org.gridgov.events.population.SpecialGroupJoinedV2;
import org.gridgov.population.care.VisitFrequency;
import org.gridgov.population.household.Relation;
import org.gridgov.runtime.outbox.EventOutbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a chunk of sealed census entries in the caller's transaction, one statement per table
 * ({@code insert … select from unnest(…)}) rather than a statement per row. Houses, households and
 * people already present are found again by their keyed hashes ({@code on conflict do nothing}), so a
 * re-imported file enters nobody twice, even when two imports of it run at once.
 */
@Component
class CensusWriter {

    private final JdbcClient jdbc;
    private final EventOutbox outbox;

    CensusWriter(JdbcClient jdbc, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** What a chunk changed. */
    record Written(int imported, int alreadyOnLedger, int householdsFormed, int specialGroupMemberships, Set<String> grids) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Written write(List<SealedEntry> entries, Instant now) {
        Timestamp at = Timestamp.from(now);
        Map<String, UUID> houses = houses(entries, at);
        Map<String, UUID> formed = new HashMap<>();
        Map<String, UUID> households = households(entries, houses, at, formed);

        int size = entries.size();
        String[][] columns = new String[15][size];
        for (int i = 0; i < size; i++) {
            SealedEntry e = entries.get(i);
            CensusEntry entry = e.entry();
            String[] values = {e.residentId().toString(), entry.gridCode(), e.name(), e.nameHash(), e.idNumber(),
                    e.idNumberHash(), e.phone(), e.phoneHash(), entry.person().sex().name(), e.birthDate(),
                    entry.ethnicity(), e.registeredPlace(), entry.status().name(), text(houses.get(e.addressHash())),
                    text(households.get(e.householdKey()))};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        Set<UUID> inserted = new HashSet<>(jdbc.sql("""
                        insert into resident (id, grid_code, name, name_hash, id_number, id_number_hash, phone, phone_hash, sex,
                                              birth_date, ethnicity, registered_place, residence_status, house_id, household_id,
                                              created_at, updated_at)
                        select v.id::uuid, v.g, v.n, v.nh, v.i, v.ih, v.p, v.ph, v.s, v.b, v.e, v.rp, v.st, v.house::uuid,
                               v.hh::uuid, ?, ?
                          from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                      ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                               as v(id, g, n, nh, i, ih, p, ph, s, b, e, rp, st, house, hh)
                        on conflict (id_number_hash) do nothing
                        returning id
                        """)
                .params(concat(List.of(at, at), columns)).query(UUID.class).list());

        List<String[]> members = new ArrayList<>();
        List<String[]> heads = new ArrayList<>();
        Set<String> grids = new HashSet<>();
        for (SealedEntry e : entries) {
            if (!inserted.contains(e.residentId())) {
                continue;
            }
            UUID household = households.get(e.householdKey());
            if (household != null) {
                Relation relation = e.entry().relation();
                members.add(new String[] {household.toString(), e.residentId().toString(), relation.name()});
                if (relation == Relation.HEAD) {
                    heads.add(new String[] {household.toString(), e.residentId().toString()});
                }
            }
            grids.add(e.entry().gridCode());
        }
        if (!members.isEmpty()) {
            jdbc.sql("""
                            insert into household_member (household_id, resident_id, relation, joined_at)
                            select v.hh::uuid, v.r::uuid, v.rel, ? from unnest(?::text[], ?::text[], ?::text[]) as v(hh, r, rel)
                            """)
                    .params(at, column(members, 0), column(members, 1), column(members, 2)).update();
        }
        if (!heads.isEmpty()) {
            jdbc.sql("""
                            update household h set head_resident_id = v.r::uuid
                              from unnest(?::text[], ?::text[]) as v(hh, r)
                             where h.id = v.hh::uuid and h.head_resident_id is null
                            """)
                    .params(column(heads, 0), column(heads, 1)).update();
        }
        // The chunk's events in one batch: a statement per event was most of an import's time.
        List<EventOutbox.Event> events = new ArrayList<>();
        publish(entries, inserted, houses, households, formed, now, events);
        int joined = specialGroups(entries, inserted, at, now, events);
        outbox.appendAll(events);
        return new Written(inserted.size(), size - inserted.size(), formed.size(), joined, grids);
    }

    private void publish(List<SealedEntry> entries, Set<UUID> inserted, Map<String, UUID> houses,
                         Map<String, UUID> households, Map<String, UUID> formed, Instant now, List<EventOutbox.Event> events) {
        Set<UUID> newHouseholds = new HashSet<>(formed.values());
        Map<UUID, Integer> newMembers = new LinkedHashMap<>();
        for (SealedEntry e : entries) {
            if (!inserted.contains(e.residentId())) {
                continue;
            }
            UUID household = households.get(e.householdKey());
            if (household != null && newHouseholds.contains(household)) {
                newMembers.merge(household, 1, Integer::sum);
            }
            events.add(EventOutbox.Event.of(Topics.POPULATION_EVENTS, e.residentId().toString(), new ResidentRegistered(
                    e.residentId(), household, houses.get(e.addressHash()), e.entry().gridCode(), e.entry().status().name(),
                    "CENSUS", null, null, now)));
        }
        for (SealedEntry e : entries) {
            UUID household = households.get(e.householdKey());
            Integer members = household == null ? null : newMembers.remove(household);
            if (members != null) {
                events.add(EventOutbox.Event.of(Topics.POPULATION_EVENTS, household.toString(), new HouseholdChanged(household,
                        e.entry().gridCode(), null, houses.get(e.addressHash()), "FORMED", null, members, now)));
            }
        }
    }

    /** Enters the newly imported people in their special groups, cared for by the carers of their row. */
    private int specialGroups(List<SealedEntry> entries, Set<UUID> inserted, Timestamp at, Instant now,
                              List<EventOutbox.Event> events) {
        List<String[]> memberships = new ArrayList<>();
        List<String[]> carers = new ArrayList<>();
        for (SealedEntry e : entries) {
            CensusEntry entry = e.entry();
            if (!inserted.contains(e.residentId()) || entry.groups().isEmpty()) {
                continue;
            }
            for (SealedEntry.SealedMembership membership : e.memberships()) {
                int interval = VisitFrequency.defaultIntervalDays(membership.group(), entry.riskLevel());
                memberships.add(new String[] {membership.id().toString(), e.residentId().toString(), entry.gridCode(),
                        membership.sealedGroup(), membership.groupHash(), entry.riskLevel().name(), Integer.toString(interval),
                        VisitFrequency.dueAt(now, null, interval).toString()});
                entry.carers().forEach(carer -> carers.add(new String[] {membership.id().toString(), carer}));
                events.add(EventOutbox.Event.of(Topics.POPULATION_EVENTS, membership.id().toString(),
                        new SpecialGroupJoinedV2(membership.id(), entry.gridCode(), entry.carers(), now)));
            }
        }
        if (memberships.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                        insert into special_group_membership
                            (id, resident_id, grid_code, group_code, group_hash, risk_level, visit_interval_days, joined_at,
                             due_at)
                        select v.id::uuid, v.r::uuid, v.g, v.grp, v.gh, v.risk, v.days::integer, ?, v.due::timestamptz
                          from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                               as v(id, r, g, grp, gh, risk, days, due)
                        """)
                .params(at, column(memberships, 0), column(memberships, 1), column(memberships, 2), column(memberships, 3),
                        column(memberships, 4), column(memberships, 5), column(memberships, 6), column(memberships, 7))
                .update();
        jdbc.sql("""
                        insert into membership_carer (membership_id, account_id)
                        select v.m::uuid, v.a from unnest(?::text[], ?::text[]) as v(m, a)
                        on conflict do nothing
                        """)
                .params(column(carers, 0), column(carers, 1)).update();
        return memberships.size();
    }

    /** Finds or creates the house of every address in the chunk, by address hash. */
    private Map<String, UUID> houses(List<SealedEntry> entries, Timestamp at) {
        // Sorted: two imports inserting overlapping houses take their locks in the same order, never deadlock.
        Map<String, SealedEntry> byHash = new TreeMap<>();
        for (SealedEntry e : entries) {
            if (e.addressHash() != null) {
                byHash.putIfAbsent(e.addressHash(), e);
            }
        }
        if (byHash.isEmpty()) {
            return new HashMap<>(); // a HashMap: get(null) answers null for rows without an address or household
        }
        List<SealedEntry> distinct = List.copyOf(byHash.values());
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("""
                        insert into house (id, grid_code, kind, address, address_hash, created_at, updated_at)
                        select gen_random_uuid(), v.g, 'RESIDENTIAL', v.a, v.h, ?, ?
                          from unnest(?::text[], ?::text[], ?::text[]) as v(g, a, h)
                        on conflict (address_hash) do nothing
                        returning address_hash, id
                        """)
                .params(at, at, distinct.stream().map(e -> e.entry().gridCode()).toArray(String[]::new),
                        distinct.stream().map(SealedEntry::address).toArray(String[]::new), byHash.keySet().toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        findExisting("select address_hash, id from house where address_hash = any(?::bpchar[])", byHash.keySet(), ids);
        return ids;
    }

    /** Finds or forms the household of every household number in the chunk; {@code formed} gets the new ones. */
    private Map<String, UUID> households(List<SealedEntry> entries, Map<String, UUID> houses, Timestamp at,
                                         Map<String, UUID> formed) {
        Map<String, SealedEntry> byKey = new TreeMap<>(); // sorted, as the houses
        for (SealedEntry e : entries) {
            if (e.householdKey() != null) {
                byKey.putIfAbsent(e.householdKey(), e);
            }
        }
        if (byKey.isEmpty()) {
            return new HashMap<>(); // a HashMap: get(null) answers null for rows without an address or household
        }
        List<SealedEntry> distinct = List.copyOf(byKey.values());
        jdbc.sql("""
                        insert into household (id, grid_code, house_id, household_key, formed_at, updated_at)
                        select gen_random_uuid(), v.g, v.house::uuid, v.k, ?, ?
                          from unnest(?::text[], ?::text[], ?::text[]) as v(g, house, k)
                        on conflict (household_key) do nothing
                        returning household_key, id
                        """)
                .params(at, at, distinct.stream().map(e -> e.entry().gridCode()).toArray(String[]::new),
                        distinct.stream().map(e -> text(houses.get(e.addressHash()))).toArray(String[]::new),
                        byKey.keySet().toArray(String[]::new))
                .query(rs -> {
                    formed.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        Map<String, UUID> ids = new HashMap<>(formed);
        findExisting("select household_key, id from household where household_key = any(?::bpchar[]) and dissolved_at is null",
                byKey.keySet(), ids);
        return ids;
    }

    /**
     * Adds to {@code ids} the rows, written before this batch, of the keys it does not hold yet. The
     * keys travel as {@code bpchar[]}, the type of the hash columns: compared as {@code text[]} the
     * index is not used and every batch read the whole table.
     */
    private void findExisting(String select, Set<String> keys, Map<String, UUID> ids) {
        String[] missing = keys.stream().filter(key -> !ids.containsKey(key)).toArray(String[]::new);
        if (missing.length > 0) {
            jdbc.sql(select).param(missing).query(rs -> {
                ids.put(rs.getString(1), rs.getObject(2, UUID.class));
            });
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String[] column(List<String[]> rows, int index) {
        return rows.stream().map(row -> row[index]).toArray(String[]::new);
    }

    private static Object[] concat(List<Object> first, String[][] columns) {
        Object[] all = new Object[first.size() + columns.length];
        for (int i = 0; i < first.size(); i++) {
            all[i] = first.get(i);
        }
        System.arraycopy(columns, 0, all, first.size(), columns.length);
        return all;
    }
}
