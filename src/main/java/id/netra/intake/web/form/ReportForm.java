// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The /lapor form as the browser posts it. Field names follow the JSON API ({@code reportedPersons[0].nip},
 * {@code reporter.mode}) so that one set of field-level messages serves both. Evidence links come as one text area,
 * one link per line.
 */
public class ReportForm {

    /** Rows beyond this are not bound: a hostile post cannot grow the list without bound. */
    static final int MAX_PERSON_ROWS = 20;

    private String electionCode;
    private String regionCode;
    private List<PersonForm> reportedPersons = new ArrayList<>(List.of(new PersonForm()));
    private String violationCode;
    private String occurredOn;
    private String place;
    private String description;
    private String evidenceLinks;
    private ReporterForm reporter = new ReporterForm();

    public String getElectionCode() {
        return electionCode;
    }

    public void setElectionCode(String electionCode) {
        this.electionCode = electionCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public List<PersonForm> getReportedPersons() {
        return reportedPersons;
    }

    public void setReportedPersons(List<PersonForm> reportedPersons) {
        this.reportedPersons = reportedPersons;
    }

    public String getViolationCode() {
        return violationCode;
    }

    public void setViolationCode(String violationCode) {
        this.violationCode = violationCode;
    }

    public String getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(String occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEvidenceLinks() {
        return evidenceLinks;
    }

    public void setEvidenceLinks(String evidenceLinks) {
        this.evidenceLinks = evidenceLinks;
    }

    public ReporterForm getReporter() {
        return reporter;
    }

    public void setReporter(ReporterForm reporter) {
        this.reporter = reporter;
    }

    /** One reported civil servant. */
    public static class PersonForm {

        private String name;
        private String nip;
        private String agencyName;
        private String positionClass;
        private String positionTitle;

        boolean isBlank() {
            return blank(name) && blank(nip) && blank(agencyName) && blank(positionClass) && blank(positionTitle);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNip() {
            return nip;
        }

        public void setNip(String nip) {
            this.nip = nip;
        }

        public String getAgencyName() {
            return agencyName;
        }

        public void setAgencyName(String agencyName) {
            this.agencyName = agencyName;
        }

        public String getPositionClass() {
            return positionClass;
        }

        public void setPositionClass(String positionClass) {
            this.positionClass = positionClass;
        }

        public String getPositionTitle() {
            return positionTitle;
        }

        public void setPositionTitle(String positionTitle) {
            this.positionTitle = positionTitle;
        }
    }

    /** How the reporter wants to be known; identity fields only matter for confidential and open reports. */
    public static class ReporterForm {

        private String mode = "ANONYMOUS";
        private String name;
        private String nik;
        private String phone;
        private String email;

        public String getMode() {
            return mode;
        }

        public void setMode(String mode) {
            this.mode = mode;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNik() {
            return nik;
        }

        public void setNik(String nik) {
            this.nik = nik;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        @Override
        public String toString() {
            return "ReporterForm[mode=" + mode + ", identity redacted]";
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
