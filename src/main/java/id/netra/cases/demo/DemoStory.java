// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.demo;

/** One synthetic reported civil servant; the names and NIPs are invented. */
record DemoStory(String key, String electionCode, String regionCode, String agencyCode, String agencyName,
        String name, String nip, String positionClass, String positionTitle, String violationCode) {
}
