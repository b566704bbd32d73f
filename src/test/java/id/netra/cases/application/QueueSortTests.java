// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.application.CaseQueues.Queue;
import id.netra.cases.application.QueueSort.Column;
import org.junit.jupiter.api.Test;

class QueueSortTests {

    @Test
    void knownColumnWithDirection_isParsedAndMappedToTheListKey() {
        QueueSort sort = QueueSort.parse(" Updated,DESC ", Queue.MY_TASKS);

        assertThat(sort).isEqualTo(new QueueSort(Column.UPDATED, true));
        assertThat(sort.listSort()).isEqualTo("updatedAt,desc");
        assertThat(sort.param()).isEqualTo("updated,desc");
    }

    @Test
    void unknownColumnOrDirection_fallsBackToTheQueueDefault() {
        assertThat(QueueSort.parse("person_name", Queue.ALL)).isEqualTo(new QueueSort(Column.UPDATED, true));
        assertThat(QueueSort.parse("deadline,sideways", Queue.OVERDUE)).isEqualTo(new QueueSort(Column.DEADLINE, false));
        assertThat(QueueSort.parse("number,desc,1", Queue.ALL).listSort()).isEqualTo("updatedAt,desc");
    }

    @Test
    void clickingTheCurrentColumn_reversesItAndAnotherColumnStartsAscending() {
        QueueSort byDeadline = new QueueSort(Column.DEADLINE, false);

        assertThat(byDeadline.toggled(Column.DEADLINE)).isEqualTo(new QueueSort(Column.DEADLINE, true));
        assertThat(byDeadline.toggled(Column.NUMBER)).isEqualTo(new QueueSort(Column.NUMBER, false));
    }
}
