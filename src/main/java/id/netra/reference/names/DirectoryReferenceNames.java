// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.names;

import id.netra.reference.ReferenceKind;
import id.netra.reference.ReferenceMatch;
import id.netra.reference.ReferenceNames;
import id.netra.reference.RegionLevel;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.ViolationForm;
import id.netra.reference.agency.AgencyEntry;
import id.netra.reference.agency.JdbcAgencyDirectory;
import id.netra.reference.election.ElectionEntry;
import id.netra.reference.election.JdbcElectionDirectory;
import id.netra.reference.region.JdbcRegionDirectory;
import id.netra.reference.region.RegionEntry;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/** Reads the in-memory directories, so naming a page of codes costs no query. */
@Service("referenceNames")
class DirectoryReferenceNames implements ReferenceNames {

    private static final String NONE = "-";

    private final JdbcRegionDirectory regions;
    private final JdbcAgencyDirectory agencies;
    private final JdbcElectionDirectory elections;
    private final ViolationCatalogue violations;

    DirectoryReferenceNames(JdbcRegionDirectory regions, JdbcAgencyDirectory agencies,
            JdbcElectionDirectory elections, ViolationCatalogue violations) {
        this.regions = regions;
        this.agencies = agencies;
        this.elections = elections;
        this.violations = violations;
    }

    @Override
    public String region(String code) {
        return code == null || code.isBlank() ? NONE : regions.entry(code).map(RegionEntry::name).orElse(code);
    }

    @Override
    public String agency(String code) {
        return code == null || code.isBlank() ? NONE : agencies.entry(code).map(AgencyEntry::name).orElse(code);
    }

    @Override
    public String election(String code) {
        return code == null || code.isBlank() ? NONE : elections.entry(code).map(ElectionEntry::name).orElse(code);
    }

    @Override
    public String violation(String code) {
        return code == null || code.isBlank() ? NONE
                : violations.find(code).map(ViolationForm::description).orElse(code);
    }

    @Override
    public List<ReferenceMatch> search(ReferenceKind kind, String text, int limit) {
        String wanted = normal(text);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return candidates(kind)
                .filter(candidate -> candidate.matches(wanted))
                .sorted(Comparator.comparingInt((Candidate candidate) -> candidate.rank(wanted))
                        .thenComparing(candidate -> candidate.match().name()))
                .limit(Math.max(1, limit))
                .map(Candidate::match)
                .toList();
    }

    @Override
    public List<ReferenceMatch> resolve(ReferenceKind kind, String text) {
        String wanted = normal(text);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Candidate> all = candidates(kind).toList();
        List<Candidate> exact = all.stream()
                .filter(candidate -> normal(candidate.match().code()).equals(wanted)
                        || normal(candidate.match().name()).equals(wanted))
                .toList();
        List<Candidate> chosen = exact.isEmpty()
                ? all.stream().filter(candidate -> candidate.matches(wanted)).toList()
                : exact;
        return chosen.stream().map(Candidate::match).toList();
    }

    @Override
    public Set<String> agencyCodesContaining(String text) {
        String wanted = normal(text);
        if (wanted.isEmpty()) {
            return Set.of();
        }
        return candidates(ReferenceKind.AGENCY).filter(candidate -> candidate.matches(wanted))
                .map(candidate -> candidate.match().code())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Stream<Candidate> candidates(ReferenceKind kind) {
        return switch (kind) {
            case REGION -> regions.entries().stream().map(region -> new Candidate(
                    new ReferenceMatch(kind, region.code(), region.name(), regionHint(region)), List.of()));
            case AGENCY -> agencies.entries().stream().map(agency -> new Candidate(
                    new ReferenceMatch(kind, agency.code(), agency.name(),
                            agency.regionCode() == null ? agency.abbreviation() : region(agency.regionCode())),
                    Stream.concat(Stream.ofNullable(agency.abbreviation()), agency.aliases().stream()).toList()));
            case ELECTION -> elections.entries().stream().map(election -> new Candidate(
                    new ReferenceMatch(kind, election.code(), election.name(),
                            election.votingDay() == null ? null : election.votingDay().toString()), List.of()));
        };
    }

    private String regionHint(RegionEntry region) {
        return region.level() == RegionLevel.PROVINCE ? null : region(region.provinceCode());
    }

    static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** @param otherNames abbreviation and former names, searched like the name */
    private record Candidate(ReferenceMatch match, List<String> otherNames) {

        boolean matches(String wanted) {
            return rank(wanted) < Integer.MAX_VALUE;
        }

        /** 0 code, 1 name starts with it, 2 a word of the name starts with it, 3 inside a name. */
        int rank(String wanted) {
            if (normal(match.code()).equals(wanted) || normal(match.code()).startsWith(wanted)) {
                return 0;
            }
            int best = Integer.MAX_VALUE;
            for (String name : Stream.concat(Stream.of(match.name()), otherNames.stream()).toList()) {
                String value = normal(name);
                if (value.startsWith(wanted)) {
                    best = Math.min(best, 1);
                } else if (value.contains(" " + wanted)) {
                    best = Math.min(best, 2);
                } else if (value.contains(wanted)) {
                    best = Math.min(best, 3);
                }
            }
            return best;
        }
    }
}
