package org.gridgov.events.population;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A person entered the ledger of a grid: recorded from a census, born, moved in from outside the
 * territory, arrived as floating population, or came back after leaving. Key: the resident id.
 * References and codes only: the person's name, ID number, phone and address stay in population.
 *
 * @param residentId       the resident's id in population; the Kafka key
 * @param householdId      the household the person belongs to, or null when not yet in one
 * @param houseId          the house the person lives in, or null when not yet known
 * @param gridCode         the grid whose ledger now holds the person
 * @param residenceStatus  {@code REGISTERED_RESIDENT}, {@code LIVING_ELSEWHERE}, {@code FLOATING_IN} or
 *                         {@code FLOATING_OUT}
 * @param origin           {@code CENSUS}, {@code BIRTH}, {@code MOVED_IN}, {@code FLOATING_ARRIVAL} or
 *                         {@code RETURNED}; a floating arrival is always {@code FLOATING_IN}
 * @param fromDivisionCode the division (county, town or village code) the person came from, or null when
 *                         unknown or born here; a place, never an address
 * @param expectedStayUntil for a floating arrival, the last day of the stay the person announced; otherwise null
 * @param registeredAt     when the person was entered
 */
@EventType(value = "org.gridgov.population.resident-registered.v1", schema = "population/resident-registered.v1.json")
public record ResidentRegistered(UUID residentId, UUID householdId, UUID houseId, String gridCode,
                                 String residenceStatus, String origin, String fromDivisionCode,
                                 LocalDate expectedStayUntil, Instant registeredAt) {
}
