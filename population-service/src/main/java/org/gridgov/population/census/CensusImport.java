package org.gridgov.population.census;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.gridgov.population.counting.GridCounts;
import org.gridgov.population.protection.PersonalData;
import org.gridgov.population.territory.Grids;
import org.gridgov.runtime.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a census sheet. The reading thread checks every row (cheap: no cryptography) and spots the
 * same person twice in the file; batches of good rows go to worker threads, each of which seals its
 * batch (AES-GCM, keyed hashes) and writes it in a transaction of its own, so encryption and several
 * database sessions work side by side. The grids touched are counted once at the end.
 *
 * <p>{@link ImportMode#ALL_OR_NOTHING} reads the file twice: the first pass only checks, and one bad
 * row means nothing is written. A county's file is not written in one transaction (hundreds of
 * thousands of rows would hold a transaction open for minutes); should the database fail part-way,
 * the batches written stay, and importing the file again completes it, because the import is
 * idempotent. {@link ImportMode#PER_ROW} writes the good rows and reports the bad ones in one pass.
 */
@Service
public class CensusImport {

    private static final Logger log = LoggerFactory.getLogger(CensusImport.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int GRIDS_PER_COUNT_TRANSACTION = 200;

    private final CensusWriter writer;
    private final GridCounts counts;
    private final PersonalData personalData;
    private final Grids grids;
    private final TransactionTemplate transactions;
    private final CensusProperties properties;
    private final Clock clock;
    private final ExecutorService workers;

    CensusImport(CensusWriter writer, GridCounts counts, PersonalData personalData, Grids grids,
                 TransactionTemplate transactions, CensusProperties properties, Clock clock) {
        this.writer = writer;
        this.counts = counts;
        this.personalData = personalData;
        this.grids = grids;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(Math.max(1, properties.threads()),
                Thread.ofPlatform().name("census-", 0).daemon().factory());
    }

    /** Imports the named file's content for the current caller. */
    public ImportReport importFile(String fileName, byte[] content, ImportMode mode) {
        return importSheet(CensusSheet.of(fileName, content), mode, Caller.current());
    }

    ImportReport importSheet(CensusSheet sheet, ImportMode mode, Caller caller) {
        CensusRowRule rule = new CensusRowRule(LocalDate.now(clock.withZone(CHINA)), grids::exists, caller::mayChange,
                grids::gridWorkerOf);
        if (mode == ImportMode.ALL_OR_NOTHING) {
            Check check = new Check(rule);
            sheet.read(check::add);
            if (!check.problems.isEmpty()) {
                return report(caller, mode, check.rows, new Tally(), check.problems, false);
            }
        }
        Write write = new Write(rule);
        sheet.read(write::add);
        write.finish();
        return report(caller, mode, write.check.rows, write.tally, write.problems(), true);
    }

    private ImportReport report(Caller caller, ImportMode mode, int rows, Tally tally, List<RowProblem> problems,
                                boolean written) {
        List<RowProblem> sorted = problems.stream().sorted(Comparator.comparingInt(RowProblem::row)).toList();
        ImportReport report = new ImportReport(mode, rows, tally.imported.get(), tally.already.get(), tally.formed.get(),
                tally.joined.get(), sorted.size(), written, sorted);
        log.info("Census import by {}: {} rows, {} entered, {} already on the ledger, {} refused, written={}",
                caller.accountId(), report.rows(), report.imported(), report.alreadyOnLedger(), report.refused(), written);
        return report;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Checks rows in file order: the rules, and the same person twice (judged in the order the office wrote them). */
    private static final class Check {

        private final CensusRowRule rule;
        private final Map<Long, Integer> firstRowOfId = new HashMap<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private int rows;

        Check(CensusRowRule rule) {
            this.rule = rule;
        }

        /** The row's entry, or null when it is refused. */
        CensusEntry add(CensusRow row) {
            rows++;
            CensusEntry entry;
            try {
                entry = rule.check(row);
            } catch (CensusRowRule.RowRefused e) {
                problems.add(e.problem());
                return null;
            }
            Integer first = firstRowOfId.putIfAbsent(SealedEntry.idKey(entry.person().idNumber().value()), row.number());
            if (first != null) {
                problems.add(new RowProblem(row.number(), "duplicate-in-file", Column.ID_NUMBER.heading(),
                        "the same person is on row " + first));
                return null;
            }
            return entry;
        }
    }

    /** The writing pass: batches of checked entries sealed and written by the workers. */
    private final class Write {

        private final Check check;
        private final Tally tally = new Tally();
        private final List<RowProblem> failed = Collections.synchronizedList(new ArrayList<>());
        private final Set<String> touched = new ConcurrentSkipListSet<>();
        private final List<Future<?>> writes = new ArrayList<>();
        // Batches read ahead of the workers: enough to keep them busy, few enough to bound memory.
        private final Semaphore ahead = new Semaphore(Math.max(1, properties.threads()) * 2);
        private List<CensusEntry> batch = new ArrayList<>();

        Write(CensusRowRule rule) {
            this.check = new Check(rule);
        }

        void add(CensusRow row) {
            CensusEntry entry = check.add(row);
            if (entry != null) {
                if (batch.size() >= properties.batchSize() && !sameHome(batch.getLast(), entry)) {
                    submit();
                }
                batch.add(entry);
            }
        }

        /**
         * Whether two rows share a household or a house. A batch never ends between such rows: two
         * batches in flight inserting the same household or house would make the later one wait for
         * the earlier one's commit, and the workers would write one after the other.
         */
        private static boolean sameHome(CensusEntry last, CensusEntry next) {
            return last.gridCode().equals(next.gridCode())
                    && (last.householdNumber() != null && last.householdNumber().equals(next.householdNumber())
                    || last.address() != null && last.address().equals(next.address()));
        }

        void finish() {
            if (!batch.isEmpty()) {
                submit();
            }
            for (Future<?> write : writes) {
                try {
                    write.get();
                } catch (Exception e) {
                    throw new IllegalStateException("a census batch failed unexpectedly", e);
                }
            }
            List<String> grids = List.copyOf(touched);
            for (int from = 0; from < grids.size(); from += GRIDS_PER_COUNT_TRANSACTION) {
                List<String> some = grids.subList(from, Math.min(grids.size(), from + GRIDS_PER_COUNT_TRANSACTION));
                transactions.executeWithoutResult(status -> counts.recount(some));
            }
        }

        List<RowProblem> problems() {
            List<RowProblem> all = new ArrayList<>(check.problems);
            all.addAll(failed);
            return all;
        }

        private void submit() {
            List<CensusEntry> entries = batch;
            batch = new ArrayList<>(properties.batchSize());
            ahead.acquireUninterruptibly();
            writes.add(workers.submit(() -> {
                try {
                    write(entries);
                } finally {
                    ahead.release();
                }
            }));
        }

        private void write(List<CensusEntry> entries) {
            List<SealedEntry> sealed = new ArrayList<>(entries.size());
            for (CensusEntry entry : entries) {
                sealed.add(SealedEntry.of(entry, personalData));
            }
            try {
                CensusWriter.Written written = transactions.execute(status -> writer.write(sealed, clock.instant()));
                tally.add(written);
                touched.addAll(written.grids());
            } catch (DataAccessException e) {
                log.warn("Census batch of {} rows from row {} could not be written: {}", entries.size(),
                        entries.getFirst().row(), e.getClass().getSimpleName());
                entries.forEach(entry -> failed.add(new RowProblem(entry.row(), "not-written", Column.ID_NUMBER.heading(),
                        "the batch holding this row could not be written; import the file again")));
            }
        }
    }

    private static final class Tally {

        private final AtomicInteger imported = new AtomicInteger();
        private final AtomicInteger already = new AtomicInteger();
        private final AtomicInteger formed = new AtomicInteger();
        private final AtomicInteger joined = new AtomicInteger();

        void add(CensusWriter.Written written) {
            imported.addAndGet(written.imported());
            already.addAndGet(written.alreadyOnLedger());
            formed.addAndGet(written.householdsFormed());
            joined.addAndGet(written.specialGroupMemberships());
        }
    }
}
