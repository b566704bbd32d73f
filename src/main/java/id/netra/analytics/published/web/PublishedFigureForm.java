// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.published.web;

import id.netra.reference.PublishedFigure;
import id.netra.reference.PublishedFigureDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The add/correct form; validation is the reference module's policy, bound back to these fields. */
public class PublishedFigureForm {

    private String publisher;
    private String measureCode;
    private String category;
    private String label;
    private String labelEn;
    private String electionCode;
    private String period;
    private String regionCode;
    private BigDecimal value;
    private PublishedFigure.Unit unit = PublishedFigure.Unit.COUNT;
    private String baseNote;
    private String sourceTitle;
    private String sourceUrl;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate asOf;
    private String notes;
    private String reason;

    static PublishedFigureForm of(PublishedFigure f) {
        PublishedFigureForm form = new PublishedFigureForm();
        form.publisher = f.publisher();
        form.measureCode = f.measureCode();
        form.category = f.category();
        form.label = f.label();
        form.labelEn = f.labelEn();
        form.electionCode = f.electionCode();
        form.period = f.period();
        form.regionCode = f.regionCode();
        form.value = f.value();
        form.unit = f.unit();
        form.baseNote = f.baseNote();
        form.sourceTitle = f.sourceTitle();
        form.sourceUrl = f.sourceUrl();
        form.asOf = f.asOf();
        form.notes = f.notes();
        return form;
    }

    PublishedFigureDraft toDraft() {
        return new PublishedFigureDraft(publisher, measureCode, category, label, labelEn, electionCode, period,
                regionCode, value, unit, baseNote, sourceTitle, sourceUrl, asOf, notes);
    }

    public String getPublisher() { return publisher; }
    public void setPublisher(String v) { publisher = v; }
    public String getMeasureCode() { return measureCode; }
    public void setMeasureCode(String v) { measureCode = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String v) { labelEn = v; }
    public String getElectionCode() { return electionCode; }
    public void setElectionCode(String v) { electionCode = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal v) { value = v; }
    public PublishedFigure.Unit getUnit() { return unit; }
    public void setUnit(PublishedFigure.Unit v) { unit = v; }
    public String getBaseNote() { return baseNote; }
    public void setBaseNote(String v) { baseNote = v; }
    public String getSourceTitle() { return sourceTitle; }
    public void setSourceTitle(String v) { sourceTitle = v; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String v) { sourceUrl = v; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate v) { asOf = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
