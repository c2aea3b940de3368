package org.gridgov.population.resident;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.events.Topics;
import org.gridgov.events.population.ResidentLeft;
import org.gridgov.events.population.ResidentMoved;
import org.gridgov.events.population.ResidentRegistered;
import org.gridgov.population.care.LeavingReason;
import org.gridgov.population.care.Memberships;
import org.gridgov.population.care.SpecialGroup;
import org.gridgov.population.care.Visits;
import org.gridgov.population.counting.GridCounts;
import org.gridgov.population.household.Households;
import org.gridgov.population.house.HouseLocation;
import org.gridgov.population.identity.IdCardNumber;
import org.gridgov.population.identity.PersonName;
import org.gridgov.population.identity.PhoneNumber;
import org.gridgov.population.identity.Sex;
import org.gridgov.population.protection.AccessLog;
import org.gridgov.population.protection.Disclosure;
import org.gridgov.population.protection.Purpose;
import org.gridgov.population.protection.PersonalData;
import org.gridgov.population.territory.Grids;
import org.gridgov.population.territory.Jurisdiction;
import org.gridgov.runtime.web.RuleViolation;
import org.gridgov.runtime.outbox.EventOutbox;
import org.gridgov.runtime.privacy.Masking;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people on the ledger: entering them, floating arrivals and departures, moves, corrections,
 * full and masked views (every full one logged), the export of a person's record, search.
 */
@Service
class Residents {

    static final String KIND = "resident";
    // Birth dates and "today" are Chinese calendar days, whatever the server's zone.
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ResidentRepository residents;
    private final JdbcClient jdbc;
    private final HouseLocation houses;
    private final PersonalData personalData;
    private final AccessLog accessLog;
    private final Grids grids;
    private final GridCounts counts;
    private final Households households;
    private final Memberships memberships;
    private final Visits visits;
    private final EventOutbox outbox;
    private final Clock clock;

    Residents(ResidentRepository residents, JdbcClient jdbc, HouseLocation houses, PersonalData personalData, AccessLog accessLog, Grids grids,
              GridCounts counts, Households households, Memberships memberships, Visits visits, EventOutbox outbox,
              Clock clock) {
        this.residents = residents;
        this.jdbc = jdbc;
        this.houses = houses;
        this.personalData = personalData;
        this.accessLog = accessLog;
        this.grids = grids;
        this.counts = counts;
        this.households = households;
        this.memberships = memberships;
        this.visits = visits;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    ResidentView register(ResidentRequests.NewResident request) {
        ResidenceStatus status = request.residenceStatus() == null ? ResidenceStatus.REGISTERED_RESIDENT : request.residenceStatus();
        if (status == ResidenceStatus.FLOATING_IN) {
            throw new RuleViolation("floating-by-arrival", "a floating resident is entered by an arrival");
        }
        ResidentRequests.Origin origin = request.origin() == null ? ResidentRequests.Origin.MOVED_IN : request.origin();
        Entered entered = enter(request.gridCode(), Person.of(request.name(), request.idNumber(), request.sex(),
                        request.birthDate(), request.phone(), today()), request.ethnicity(), request.registeredPlace(), status,
                request.houseId(), null, null, null, null);
        outbox.append(Topics.POPULATION_EVENTS, entered.id().toString(), new ResidentRegistered(entered.id(), null,
                entered.houseId(), request.gridCode(), status.name(), origin.name(),
                origin == ResidentRequests.Origin.BIRTH ? null : request.fromDivisionCode(), null, entered.at()));
        counts.recount(request.gridCode());
        return masked(residents.find(entered.id()).orElseThrow());
    }

    @Transactional
    ResidentView arrive(ResidentRequests.FloatingArrival request) {
        if (request.expectedStayUntil().isBefore(request.arrivedOn())) {
            throw new RuleViolation("stay-before-arrival", "the expected stay ends before the arrival");
        }
        Entered entered = enter(request.gridCode(), Person.of(request.name(), request.idNumber(), request.sex(),
                        request.birthDate(), request.phone(), today()), request.ethnicity(), request.registeredPlace(),
                ResidenceStatus.FLOATING_IN, request.houseId(), request.fromDivisionCode(), request.arrivedOn(),
                request.residencePermitNumber(), request.expectedStayUntil());
        outbox.append(Topics.POPULATION_EVENTS, entered.id().toString(), new ResidentRegistered(entered.id(), null,
                entered.houseId(), request.gridCode(), ResidenceStatus.FLOATING_IN.name(), "FLOATING_ARRIVAL",
                request.fromDivisionCode(), request.expectedStayUntil(), entered.at()));
        counts.recount(request.gridCode());
        return masked(residents.find(entered.id()).orElseThrow());
    }

    /** One person: in full for the grid's worker or a stated purpose (logged), masked otherwise. */
    @Transactional
    ResidentView view(UUID id, Purpose purpose) {
        Caller caller = Caller.current();
        StoredResident resident = visible(id, caller);
        Disclosure disclosure = Disclosure.decide(caller.roles(), purpose);
        if (!disclosure.full()) {
            return masked(resident);
        }
        accessLog.recordIfFull(caller, disclosure, AccessLog.Subject.RESIDENT, id, resident.gridCode());
        return full(resident);
    }

    /** Everything held about a person, for their request to see it (PIPL art. 45); always logged. */
    @Transactional
    ResidentExport export(UUID id, Purpose purpose) {
        Caller caller = Caller.current();
        Disclosure disclosure = Disclosure.export(caller.roles(), purpose);
        StoredResident resident = visible(id, caller);
        accessLog.recordExport(caller, disclosure, id, resident.gridCode());
        List<ResidentExport.HouseholdMembership> householdHistory = jdbc.sql("""
                        select household_id, relation, joined_at, left_at from household_member
                         where resident_id = ? order by joined_at
                        """)
                .param(id)
                .query((rs, row) -> new ResidentExport.HouseholdMembership(rs.getObject("household_id", UUID.class),
                        rs.getString("relation"), rs.getTimestamp("joined_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("left_at")).map(Timestamp::toInstant).orElse(null)))
                .list();
        return new ResidentExport(full(resident), householdHistory, memberships.allOf(id), visits.allOf(id),
                accessLog.about(id));
    }

    @Transactional
    ResidentView correct(UUID id, ResidentRequests.Correction correction) {
        Caller caller = Caller.current();
        StoredResident resident = lockVisible(id, caller);
        Jurisdiction.requireChangeable(caller, resident.gridCode(), KIND, id);
        Instant now = clock.instant();
        if (correction.idNumber() != null) {
            IdCardNumber number = IdCardNumber.parse(correction.idNumber(), today());
            String hash = personalData.idNumberHash(number.value());
            residents.idOfIdNumberHash(hash).filter(other -> !other.equals(id)).ifPresent(other -> {
                throw duplicate(caller, other, resident.gridCode());
            });
            residents.updateIdNumber(id, personalData.seal(number.value()), hash, number.sex().name(),
                    sealedBirthDate(id, number.birthDate()), now);
        }
        String name = correction.name() != null ? PersonName.normalise(correction.name()) : personalData.open(resident.name());
        String phone = correction.phone() != null ? PhoneNumber.normalise(correction.phone()) : personalData.open(resident.phone());
        residents.updatePersonalData(id, personalData.seal(name), personalData.nameHash(name), personalData.seal(phone),
                personalData.phoneHash(phone),
                correction.ethnicity() != null ? correction.ethnicity() : resident.ethnicity(),
                correction.registeredPlace() != null ? personalData.seal(correction.registeredPlace().strip()) : resident.registeredPlace(),
                correction.residencePermitNumber() != null ? personalData.seal(correction.residencePermitNumber().strip())
                        : resident.residencePermit(),
                now);
        accessLog.recordCorrection(caller, id, resident.gridCode(), correction.reason());
        return masked(residents.find(id).orElseThrow());
    }

    @Transactional
    ResidentView move(UUID id, ResidentRequests.Move move) {
        Caller caller = Caller.current();
        StoredResident resident = lockVisible(id, caller);
        Jurisdiction.requireChangeable(caller, resident.gridCode(), KIND, id);
        requireOnLedger(resident);
        grids.require(move.gridCode());
        Jurisdiction.requireMayEnter(caller, move.gridCode());
        UUID houseId = move.houseId() == null ? null : houses.requireInGrid(move.houseId(), move.gridCode());
        ResidenceStatus status = move.residenceStatus() == null ? resident.status() : move.residenceStatus();
        Instant now = clock.instant();
        residents.updatePlace(id, move.gridCode(), houseId, status, now);
        if (!move.gridCode().equals(resident.gridCode())) {
            memberships.followResident(id, move.gridCode());
        }
        outbox.append(Topics.POPULATION_EVENTS, id.toString(), new ResidentMoved(id, resident.householdId(),
                resident.gridCode(), move.gridCode(), resident.houseId(), houseId, resident.status().name(), status.name(), now));
        counts.recount(List.of(resident.gridCode(), move.gridCode()));
        return masked(residents.find(id).orElseThrow());
    }

    /**
     * A person leaves the grid. The record stays, so a person who left is still traceable; a person
     * floating out stays on the ledger of their registered household, living elsewhere.
     */
    @Transactional
    ResidentView leave(UUID id, ResidentRequests.Departure departure) {
        Caller caller = Caller.current();
        StoredResident resident = lockVisible(id, caller);
        Jurisdiction.requireChangeable(caller, resident.gridCode(), KIND, id);
        requireOnLedger(resident);
        Instant leftAt = departure.leftAt() == null ? clock.instant() : departure.leftAt();
        ResidentRequests.DepartureReason reason = departure.reason();
        boolean floating = resident.status() == ResidenceStatus.FLOATING_IN;
        if (reason == ResidentRequests.DepartureReason.FLOATING_DEPARTURE != floating) {
            throw new RuleViolation("departure-reason", floating
                    ? "a floating resident leaves by a floating departure"
                    : "only a floating resident leaves by a floating departure").with("residenceStatus", resident.status().name());
        }
        List<String> touched = new ArrayList<>(List.of(resident.gridCode()));
        if (reason == ResidentRequests.DepartureReason.FLOATING_OUT) {
            residents.updatePlace(id, resident.gridCode(), resident.houseId(), ResidenceStatus.FLOATING_OUT, leftAt);
        } else {
            residents.markLeft(id, resident.status(), leftAt, reason.name(), departure.toDivisionCode());
            households.leaveCurrent(id, leftAt).ifPresent(touched::add);
            memberships.endAllOf(id, reason == ResidentRequests.DepartureReason.DECEASED ? LeavingReason.DECEASED
                    : LeavingReason.MOVED_AWAY);
        }
        outbox.append(Topics.POPULATION_EVENTS, id.toString(), new ResidentLeft(id, resident.householdId(),
                resident.gridCode(), reason.name(),
                reason == ResidentRequests.DepartureReason.DECEASED ? null : departure.toDivisionCode(), leftAt));
        counts.recount(touched);
        return masked(residents.find(id).orElseThrow());
    }

    /** A person who left, or floated out, comes back and lives in the grid again. */
    @Transactional
    ResidentView comeBack(UUID id, ResidentRequests.Return comeBack) {
        Caller caller = Caller.current();
        StoredResident resident = lockVisible(id, caller);
        if (!resident.hasLeft() && resident.status() != ResidenceStatus.FLOATING_OUT) {
            throw new RuleViolation("not-away", "the person lives in the grid");
        }
        if ("DECEASED".equals(resident.leftReason())) {
            throw new RuleViolation("deceased", "the person is recorded as deceased");
        }
        String gridCode = comeBack.gridCode() == null ? resident.gridCode() : comeBack.gridCode();
        grids.require(gridCode);
        Jurisdiction.requireMayEnter(caller, gridCode);
        UUID houseId = comeBack.houseId() == null ? null : houses.requireInGrid(comeBack.houseId(), gridCode);
        ResidenceStatus status = resident.status() == ResidenceStatus.FLOATING_IN ? ResidenceStatus.FLOATING_IN
                : ResidenceStatus.REGISTERED_RESIDENT;
        Instant now = clock.instant();
        residents.markReturned(id, gridCode, status, now);
        residents.updatePlace(id, gridCode, houseId, status, now);
        outbox.append(Topics.POPULATION_EVENTS, id.toString(), new ResidentRegistered(id, resident.householdId(), houseId,
                gridCode, status.name(), "RETURNED", comeBack.fromDivisionCode(), null, now));
        counts.recount(List.of(resident.gridCode(), gridCode));
        return masked(residents.find(id).orElseThrow());
    }

    /**
     * Masked results inside the caller's territory; a name, ID number or phone matches exactly. A search
     * by special group is for the group's carers' roles only, and logged: its list tells the group.
     */
    @Transactional
    List<ResidentView> search(ResidentRequests.Search search) {
        Caller caller = Caller.current();
        List<Object> params = new ArrayList<>();
        String territory = Jurisdiction.sqlFilter(caller, search.unit(), "r.grid_code", params);
        String nameHash = search.name() == null || search.name().isBlank() ? null
                : personalData.nameHash(PersonName.normalise(search.name()));
        String idHash = search.idNumber() == null || search.idNumber().isBlank() ? null
                : personalData.idNumberHash(IdCardNumber.parse(search.idNumber(), today()).value());
        String phoneHash = search.phone() == null || search.phone().isBlank() ? null
                : personalData.phoneHash(PhoneNumber.normalise(search.phone()));
        SpecialGroup group = search.criteria().group();
        String[] groupHashes = group == null ? null : memberships.groupHashesIn(search.unit(), group);
        List<StoredResident> found = residents.search(territory, params, search.criteria(), nameHash, idHash, phoneHash,
                groupHashes, search.limit(), search.offset());
        if (group != null) {
            // The list names who is in the group, though each person in it is masked.
            memberships.recordMembersListed(found.stream().map(r -> new AccessLog.Shown(r.id(), r.gridCode())).toList());
        }
        return found.stream().map(this::masked).toList();
    }

    private String sealedBirthDate(UUID id, LocalDate birthDate) {
        return personalData.seal(birthDate.toString(), PersonalData.BIRTH_DATE.row(id));
    }

    private Entered enter(String gridCode, Person person, String ethnicity, String registeredPlace, ResidenceStatus status,
                          UUID houseId, String arrivedFrom, LocalDate arrivedOn, String permit, LocalDate stayUntil) {
        Caller caller = Caller.current();
        grids.require(gridCode);
        Jurisdiction.requireMayEnter(caller, gridCode);
        String idHash = personalData.idNumberHash(person.idNumber().value());
        residents.idOfIdNumberHash(idHash).ifPresent(existing -> {
            throw duplicate(caller, existing, gridCode);
        });
        UUID house = houseId == null ? null : houses.requireInGrid(houseId, gridCode);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            residents.insert(new StoredResident(id, gridCode, personalData.seal(person.name()),
                    personalData.seal(person.idNumber().value()), personalData.seal(person.phone()), person.sex().name(),
                    sealedBirthDate(id, person.birthDate()), blankToNull(ethnicity),
                    personalData.seal(blankToNull(registeredPlace)), status,
                    house, null, arrivedFrom, arrivedOn, personalData.seal(blankToNull(permit)), stayUntil, null, null,
                    null, now, now), personalData.nameHash(person.name()), idHash, personalData.phoneHash(person.phone()));
        } catch (DuplicateKeyException race) {
            throw new RuleViolation("duplicate-person", "the person is already on the ledger");
        }
        return new Entered(id, house, now);
    }

    private RuleViolation duplicate(Caller caller, UUID existing, String gridCode) {
        RuleViolation problem = new RuleViolation("duplicate-person",
                "a person with this ID number is already on the ledger");
        // The existing record's id only for a caller who may see it; anyone else learns only that it exists.
        residents.find(existing).filter(found -> caller.maySee(found.gridCode()))
                .ifPresent(found -> problem.with("residentId", found.id()));
        return problem;
    }

    private StoredResident visible(UUID id, Caller caller) {
        StoredResident resident = residents.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
        Jurisdiction.requireVisible(caller, resident.gridCode(), KIND, id);
        return resident;
    }

    private StoredResident lockVisible(UUID id, Caller caller) {
        StoredResident resident = residents.findForUpdate(id).orElseThrow(() -> new NotFoundException(KIND, id));
        Jurisdiction.requireVisible(caller, resident.gridCode(), KIND, id);
        return resident;
    }


    private static void requireOnLedger(StoredResident resident) {
        if (resident.hasLeft()) {
            throw new RuleViolation("resident-left", "the person has left the ledger").with("residentId", resident.id());
        }
    }

    private ResidentView full(StoredResident r) {
        return new ResidentView(r.id(), r.gridCode(), personalData.open(r.name()), personalData.open(r.idNumber()),
                personalData.open(r.phone()), Sex.valueOf(r.sex()),
                LocalDate.parse(personalData.open(r.birthDate(), PersonalData.BIRTH_DATE.row(r.id()))),
                r.ethnicity(), personalData.open(r.registeredPlace()), r.status(), r.houseId(), r.householdId(),
                r.arrivedFromDivision(), r.arrivedOn(), personalData.open(r.residencePermit()), r.expectedStayUntil(),
                r.leftAt(), r.leftReason(), r.leftToDivision(), false);
    }

    private ResidentView masked(StoredResident r) {
        return new ResidentView(r.id(), r.gridCode(), Masking.name(personalData.open(r.name())),
                Masking.idNumber(personalData.open(r.idNumber())), Masking.phone(personalData.open(r.phone())),
                Sex.valueOf(r.sex()), null, r.ethnicity(),
                Masking.address(personalData.open(r.registeredPlace()), 3), r.status(), r.houseId(), r.householdId(),
                r.arrivedFromDivision(), r.arrivedOn(), Masking.idNumber(personalData.open(r.residencePermit())),
                r.expectedStayUntil(), r.leftAt(), r.leftReason(), r.leftToDivision(), true);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Entered(UUID id, UUID houseId, Instant at) {
    }
}
