package cn.gov.baoji.credit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.baoji.credit.reference.DistrictDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * How an import goes through its rows, without a database: the body is consumed as the rows are applied
 * (not read whole first), in chunks of one transaction each; a failing chunk is applied again row by row.
 */
class TargetImportStreamingTest {

    final DistrictDirectory districts = mock(DistrictDirectory.class);
    final TargetApplier applier = mock(TargetApplier.class);
    final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    final List<String> transactionEnds = new ArrayList<>();
    TargetImport imports;

    TargetImportStreamingTest() {
        when(districts.county(anyString())).thenReturn(Optional.empty());
        when(transactions.getTransaction(any())).thenAnswer(i -> new SimpleTransactionStatus());
        org.mockito.Mockito.doAnswer(i -> transactionEnds.add("commit")).when(transactions)
                .commit(any(TransactionStatus.class));
        org.mockito.Mockito.doAnswer(i -> transactionEnds.add("rollback")).when(transactions)
                .rollback(any(TransactionStatus.class));
        imports = new TargetImport(new TargetChecks(districts, Clock.systemUTC()), applier, transactions, 500);
    }

    @Test
    void tenThousandRowsAreReadAsTheyAreAppliedInChunksOfOneTransaction() throws IOException {
        GeneratedTargets body = new GeneratedTargets("S", 10_000);
        List<Long> servedAtChunkStart = new ArrayList<>();
        when(applier.apply(any(), anyString())).thenAnswer(i -> {
            if (((ImportedTarget) i.getArgument(0)).row() % 500 == 1) {
                servedAtChunkStart.add(body.served());
            }
            return RowOutcome.of(RowOutcome.Kind.ACCEPTED);
        });
        ImportSummary summary = new ImportSummary();

        imports.run(new CsvTargetReader(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8),
                64 * 1024)), "test", summary);

        assertThat(summary.response().accepted()).isEqualTo(10_000);
        assertThat(transactionEnds).hasSize(20).containsOnly("commit");
        assertThat(servedAtChunkStart).hasSize(20);
        long total = body.served();
        assertThat(total).isGreaterThan(10_000_000);
        // when the first chunk is applied, only that chunk (about 500 KB) and the read-ahead buffers are read
        assertThat(servedAtChunkStart.get(0)).isLessThan(total / 10);
        assertThat(servedAtChunkStart).isSorted();
        System.out.printf("bytes read when chunks 1, 2, 20 started: %d, %d, %d of %d%n", servedAtChunkStart.get(0),
                servedAtChunkStart.get(1), servedAtChunkStart.get(19), total);
    }

    @Test
    void aChunkThatFailsIsRolledBackAndAppliedAgainRowByRow() throws IOException {
        List<Long> failing = List.of(3L);
        when(applier.apply(any(), anyString())).thenAnswer(i -> {
            if (failing.contains(((ImportedTarget) i.getArgument(0)).row())) {
                throw new org.springframework.dao.DataIntegrityViolationException("duplicate key 610302...");
            }
            return RowOutcome.of(RowOutcome.Kind.ACCEPTED);
        });
        ImportSummary summary = new ImportSummary();

        imports.run(new CsvTargetReader(new InputStreamReader(new GeneratedTargets("F", 5), StandardCharsets.UTF_8)),
                "test", summary);

        ImportSummaryResponse result = summary.response();
        assertThat(result.accepted()).isEqualTo(4);
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(3);
            assertThat(r.message()).contains("DataIntegrityViolationException").doesNotContain("610302");
        });
        assertThat(transactionEnds).containsExactly("rollback", "commit", "commit", "rollback", "commit", "commit");
    }

    @Test
    void aBodyThatBreaksOffKeepsTheRowsBeforeAndSaysWhere() throws IOException {
        when(applier.apply(any(), anyString())).thenReturn(RowOutcome.of(RowOutcome.Kind.ACCEPTED));
        String header = GeneratedTargets.HEADER;
        String good = new String(new GeneratedTargets("B", 2).readAllBytes(), StandardCharsets.UTF_8)
                .substring(header.length());
        ImportSummary summary = new ImportSummary();

        imports.run(new CsvTargetReader(new StringReader(header + good + "X-3,\"unclosed")), "test", summary);

        ImportSummaryResponse result = summary.response();
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.stoppedEarly()).startsWith("row 3: A quoted CSV field is not closed");
    }

    @Test
    void rejectionsAreCappedButAllCounted() throws IOException {
        StringBuilder csv = new StringBuilder("originEntryId,source\n");
        for (int i = 0; i < 1_500; i++) {
            csv.append("X-").append(i).append(",CITY\n");
        }
        ImportSummary summary = new ImportSummary();

        imports.run(new CsvTargetReader(new StringReader(csv.toString())), "test", summary);

        ImportSummaryResponse result = summary.response();
        assertThat(result.rejected()).isEqualTo(1_500);
        assertThat(result.rejections()).hasSize(ImportSummary.MAX_REJECTIONS);
        assertThat(result.rejectionsTruncated()).isTrue();
    }
}
