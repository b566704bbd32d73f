// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import id.netra.reference.election.NewElection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;

/** The "add a future election" form; the phase order is checked by ElectionSchedulePolicy. */
public class ElectionForm {

    @NotBlank(message = "{reference.election.code.required}")
    @Size(max = 32, message = "{reference.field.too-long}")
    private String code;

    @NotBlank(message = "{reference.election.name.required}")
    @Size(max = 200, message = "{reference.field.too-long}")
    private String name;

    @Size(max = 200, message = "{reference.field.too-long}")
    private String nameEn;

    @NotNull(message = "{reference.election.type.required}")
    @Pattern(regexp = "PEMILU|PILKADA", message = "{reference.election.type.required}")
    private String type;

    @Size(max = 500, message = "{reference.field.too-long}")
    private String scopeNote;

    @NotNull(message = "{reference.field.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate votingDay;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate preCampaignStart;

    @NotNull(message = "{reference.field.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate campaignStart;

    @NotNull(message = "{reference.field.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate campaignEnd;

    @NotNull(message = "{reference.field.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate quietStart;

    @NotNull(message = "{reference.field.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate quietEnd;

    @NotNull(message = "{reference.field.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recapStart;

    @NotNull(message = "{reference.field.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recapEnd;

    private boolean allRegions;

    NewElection toCommand() {
        return new NewElection(code.trim().toUpperCase(Locale.ROOT), name, nameEn, type, votingDay,
                scopeNote == null || scopeNote.isBlank() ? null : scopeNote.trim(), preCampaignStart, campaignStart,
                campaignEnd, quietStart, quietEnd, recapStart, recapEnd, allRegions);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getScopeNote() { return scopeNote; }
    public void setScopeNote(String scopeNote) { this.scopeNote = scopeNote; }
    public LocalDate getVotingDay() { return votingDay; }
    public void setVotingDay(LocalDate votingDay) { this.votingDay = votingDay; }
    public LocalDate getPreCampaignStart() { return preCampaignStart; }
    public void setPreCampaignStart(LocalDate preCampaignStart) { this.preCampaignStart = preCampaignStart; }
    public LocalDate getCampaignStart() { return campaignStart; }
    public void setCampaignStart(LocalDate campaignStart) { this.campaignStart = campaignStart; }
    public LocalDate getCampaignEnd() { return campaignEnd; }
    public void setCampaignEnd(LocalDate campaignEnd) { this.campaignEnd = campaignEnd; }
    public LocalDate getQuietStart() { return quietStart; }
    public void setQuietStart(LocalDate quietStart) { this.quietStart = quietStart; }
    public LocalDate getQuietEnd() { return quietEnd; }
    public void setQuietEnd(LocalDate quietEnd) { this.quietEnd = quietEnd; }
    public LocalDate getRecapStart() { return recapStart; }
    public void setRecapStart(LocalDate recapStart) { this.recapStart = recapStart; }
    public LocalDate getRecapEnd() { return recapEnd; }
    public void setRecapEnd(LocalDate recapEnd) { this.recapEnd = recapEnd; }
    public boolean isAllRegions() { return allRegions; }
    public void setAllRegions(boolean allRegions) { this.allRegions = allRegions; }
}
