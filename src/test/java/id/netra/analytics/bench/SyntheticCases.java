// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.bench;

import java.io.Reader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The synthetic cases of bench/dashboard.sh as PostgreSQL COPY text, generated while COPY reads them (a million
 * lines never sit in memory): spread over three elections, every current regency and city, the violation forms and
 * the position classes, skewed roughly as the published shares are (most cases functional or staff, the first forms
 * most often). SYNTHETIC: fixed seed, never real people; channel {@code BENCH}.
 */
final class SyntheticCases {

    static final String COLUMNS = "report_id, person_id, election_code, region_code, person_name, agency_code,"
            + " position_class, violation_code, occurred_on, channel, state, opened_at, updated_at, recommended_on,"
            + " decided_on, sanction_level, outcome_reason, employment_type, area_head";

    private static final String[] ELECTIONS = {"PILKADA-2024", "PILKADA-2024", "PILKADA-2024", "PEMILU-2024",
            "PEMILU-2024", "PILKADA-2020"};
    private static final String[] CENTRAL = {"BKN", "KEMENDAGRI", "KEMENAG", "KEMENDIKBUDRISTEK"};
    private static final String[] POSITIONS = {"FUNGSIONAL", "FUNGSIONAL", "FUNGSIONAL", "PELAKSANA", "PELAKSANA",
            "ADMINISTRATOR", "PENGAWAS", "JPT_PRATAMA", "JPT_PRATAMA", "JPT_MADYA"};
    private static final String[] STATES = {"RECEIVED", "STOPPED", "NOT_A_VIOLATION", "FORWARDED",
            "UNDER_VERIFICATION", "NOT_PROVEN", "RECOMMENDED", "RECOMMENDED", "SANCTIONED", "SANCTIONED"};
    private static final int[] STEPS = {0, 0, 0, 1, 1, 1, 2, 2, 3, 3};
    private static final String[] LEVELS = {"MORAL", "LIGHT", "MEDIUM", "MEDIUM", "HEAVY"};
    private static final String[] EMPLOYMENT = {"PNS", "PNS", "PNS", "PNS", "PNS", "PNS", "PNS", "PPPK", "CPNS", null};

    private final int cases;
    private final List<String[]> regencies; // code, agency
    private final List<String> forms;
    private final Map<String, LocalDate> votingDays;

    private SyntheticCases(int cases, List<String[]> regencies, List<String> forms,
            Map<String, LocalDate> votingDays) {
        this.cases = cases;
        this.regencies = regencies;
        this.forms = forms;
        this.votingDays = votingDays;
    }

    static SyntheticCases of(Connection c, int cases) throws Exception {
        List<String[]> regencies = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        Map<String, LocalDate> votingDays = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select code, regency_kind from reference.region"
                    + " where level = 'REGENCY' and superseded_on is null order by code")) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    regencies.add(new String[] {code, ("KOTA".equals(rs.getString(2)) ? "PEMKOT-" : "PEMKAB-") + code});
                }
            }
            try (ResultSet rs = s.executeQuery("select code from reference.violation_form order by sort_order")) {
                while (rs.next()) {
                    forms.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select code, voting_day from reference.election")) {
                while (rs.next()) {
                    votingDays.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                }
            }
        }
        return new SyntheticCases(cases, regencies, forms, votingDays);
    }

    /** COPY text, one line per case, generated as it is read. */
    Reader reader() {
        SplittableRandom random = new SplittableRandom(20261207L);
        return new Reader() {
            private final StringBuilder buffer = new StringBuilder(1 << 16);
            private int position;
            private int written;

            @Override
            public int read(char[] into, int offset, int length) {
                if (position == buffer.length()) {
                    buffer.setLength(0);
                    position = 0;
                    while (buffer.length() < (1 << 15) && written < cases) {
                        line(random, ++written, buffer);
                    }
                    if (buffer.isEmpty()) {
                        return -1;
                    }
                }
                int n = Math.min(length, buffer.length() - position);
                buffer.getChars(position, position + n, into, offset);
                position += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    private void line(SplittableRandom random, int number, StringBuilder out) {
        String election = ELECTIONS[random.nextInt(ELECTIONS.length)];
        LocalDate opened = votingDays.get(election).minusDays(random.nextInt(180));
        String[] regency = regencies.get(random.nextInt(regencies.size()));
        String agency = random.nextDouble() < 0.9 ? regency[1] : CENTRAL[random.nextInt(CENTRAL.length)];
        String form = forms.get((int) (Math.min(random.nextDouble(), random.nextDouble()) * forms.size()));
        int k = random.nextInt(STATES.length);
        String state = STATES[k];
        int step = STEPS[k];
        String recommended = step >= 2 ? opened.plusDays(10).toString() : null;
        String decided = step >= 3 ? opened.plusDays(10 + random.nextInt(40)).toString() : null;
        String level = step >= 3 ? LEVELS[random.nextInt(LEVELS.length)] : null;
        field(out, new UUID(random.nextLong(), random.nextLong()).toString());
        field(out, new UUID(random.nextLong(), random.nextLong()).toString());
        field(out, election);
        field(out, regency[0]);
        field(out, "ASN Sintetis " + number);
        field(out, agency);
        field(out, POSITIONS[random.nextInt(POSITIONS.length)]);
        field(out, form);
        field(out, opened.minusDays(random.nextInt(7)).toString());
        field(out, "BENCH");
        field(out, state);
        field(out, opened + " 10:00:00+07");
        field(out, "now");
        field(out, recommended);
        field(out, decided);
        field(out, level);
        field(out, "STOPPED".equals(state) ? "REPORTING_WINDOW_PASSED" : null);
        field(out, EMPLOYMENT[random.nextInt(EMPLOYMENT.length)]);
        out.append(random.nextDouble() < 0.07 ? "t" : "f").append('\n');
    }

    private static void field(StringBuilder out, String value) {
        out.append(value == null ? "\\N" : value).append('\t');
    }
}
