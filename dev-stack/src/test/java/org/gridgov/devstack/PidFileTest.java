package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path folder;

    @Test
    void aWrittenPidFileNamesTheRunningProcess() {
        PidFile written = PidFile.write(folder.resolve("up.pid"), ProcessHandle.current());

        PidFile read = PidFile.read(written.path()).orElseThrow();

        assertThat(read).isEqualTo(written);
        assertThat(read.process()).contains(ProcessHandle.current());
    }

    @Test
    void aPidReusedByAnotherProcessIsNotTakenForThePart() throws Exception {
        Path file = folder.resolve("kafka.pid");
        Files.writeString(file, ProcessHandle.current().pid() + " 1000\n");

        PidFile read = PidFile.read(file).orElseThrow();

        assertThat(read.process()).isEmpty();
    }

    @Test
    void aMissingOrGarbledFileReadsAsNone() throws Exception {
        Files.writeString(folder.resolve("bad.pid"), "not a pid");

        assertThat(PidFile.read(folder.resolve("bad.pid"))).isEmpty();
        assertThat(PidFile.read(folder.resolve("absent.pid"))).isEmpty();
    }
}
