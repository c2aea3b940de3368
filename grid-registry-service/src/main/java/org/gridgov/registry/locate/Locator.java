package org.gridgov.registry.locate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridgov.registry.state.UnitsChanged;
import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the {@link LocateIndex} of this replica current: loaded at start, updated after each commit
 * of this replica, and reloaded when the registry changed through another replica (seen by a cheap
 * fingerprint query every {@code gridgov.registry.locate.refresh-interval}).
 */
@Component
public class Locator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Locator.class);

    private final UnitRepository units;
    private final Map<String, LocateIndex.Area> areas = new HashMap<>();
    private volatile LocateIndex index = LocateIndex.build(List.of());
    private volatile long loadedFingerprint = Long.MIN_VALUE;

    Locator(UnitRepository units) {
        this.units = units;
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /** The code of the deepest unit covering the point. */
    public Optional<String> locate(double lon, double lat) {
        return index.locate(lon, lat);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(UnitsChanged changed) {
        synchronized (areas) {
            for (Unit unit : changed.units()) {
                if (unit.retired() || unit.boundary() == null) {
                    areas.remove(unit.code());
                } else {
                    areas.put(unit.code(), LocateIndex.Area.of(unit.code(), unit.boundary()));
                }
            }
            index = LocateIndex.build(areas.values());
        }
    }

    @Scheduled(fixedDelayString = "${gridgov.registry.locate.refresh-interval:10s}",
            initialDelayString = "${gridgov.registry.locate.refresh-interval:10s}")
    void refreshIfChangedElsewhere() {
        try {
            long fingerprint = units.fingerprint();
            if (fingerprint != loadedFingerprint) {
                reload();
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the registry for changes; the locate index stays as it is: {}", e.getMessage());
        }
    }

    private void reload() {
        synchronized (areas) {
            long fingerprint = units.fingerprint();
            areas.clear();
            for (Unit unit : units.allWithBoundary()) {
                areas.put(unit.code(), LocateIndex.Area.of(unit.code(), unit.boundary()));
            }
            index = LocateIndex.build(areas.values());
            loadedFingerprint = fingerprint;
            log.info("Locate index holds {} units", index.size());
        }
    }
}
