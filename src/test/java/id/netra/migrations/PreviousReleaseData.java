// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.migrations;

/**
 * What a database of the previous release may hold: a case that release had put in its DATA_BLOCKED state, with its
 * timeline and custody, written in that release's schema. Newer migrations must carry it over.
 */
final class PreviousReleaseData {

    static final String REPORT_ID = "6d1f0b7e-0000-4000-8000-000000000001";

    static final String SQL = """
            insert into cases.case_file (report_id, person_id, election_code, region_code, person_name, person_nip,
                agency_code, agency_name, position_class, violation_code, occurred_on, channel, state,
                supervising_authority, proposed_level, recommended_on, first_overdue_on, first_blocked_on,
                opened_at, updated_at)
            values ('%1$s', '6d1f0b7e-0000-4000-8000-000000000002', 'PILKADA-2020', '36.01', 'Pegawai Sintetis',
                null, 'PEMKAB-36.01', 'Pemerintah Kabupaten Pandeglang', 'PELAKSANA', 'DS-6', date '2020-10-01',
                'BAWASLU_FINDING', 'DATA_BLOCKED', 'KASN', 'HEAVY', date '2020-10-10', date '2020-10-31',
                date '2020-11-10', timestamptz '2020-10-02 09:00+07', timestamptz '2020-11-10 09:00+07');
            insert into cases.case_transition (case_id, from_state, to_state, action, actor, at)
            select id, s.from_state, s.to_state, s.action, s.actor, s.at from cases.case_file,
                (values (null, 'RECEIVED', 'OPEN', 'system', timestamptz '2020-10-02 09:00+07'),
                        ('RECEIVED', 'FORWARDED', 'FORWARD', 'bawaslu', timestamptz '2020-10-03 09:00+07'),
                        ('FORWARDED', 'UNDER_VERIFICATION', 'VERIFY', 'kasn', timestamptz '2020-10-05 09:00+07'),
                        ('UNDER_VERIFICATION', 'RECOMMENDED', 'RECOMMEND', 'kasn', timestamptz '2020-10-10 09:00+07'),
                        ('RECOMMENDED', 'OVERDUE', 'MARK_OVERDUE', 'system', timestamptz '2020-10-31 00:30+07'),
                        ('OVERDUE', 'DATA_BLOCKED', 'BLOCK', 'bkn', timestamptz '2020-11-10 09:00+07'))
                    as s (from_state, to_state, action, actor, at)
            where report_id = '%1$s';
            insert into cases.case_custody (case_id, holder_type, holder_code, since, cause)
            select id, 'PPK', 'PEMKAB-36.01', timestamptz '2020-10-10 09:00+07', 'RECOMMEND' from cases.case_file
            where report_id = '%1$s';
            """.formatted(REPORT_ID);

    private PreviousReleaseData() {
    }
}
