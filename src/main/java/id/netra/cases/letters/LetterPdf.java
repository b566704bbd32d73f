// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Typesets a {@link LetterContent} as an A4 PDF in the layout of an Indonesian official letter (naskah dinas). */
final class LetterPdf {

    static final DateTimeFormatter INDONESIAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id"));

    private static final Font OFFICE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private LetterPdf() {
    }

    static byte[] render(LetterContent letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(letter.subject());
            document.addSubject(letter.number());
            document.addCreator("Netra");
            document.open();
            header(document, letter);
            body(document, letter);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not typeset letter " + letter.number(), e);
        }
        return out.toByteArray();
    }

    private static void header(Document document, LetterContent letter) throws DocumentException {
        Paragraph office = new Paragraph(letter.officeName(), OFFICE);
        office.setAlignment(Element.ALIGN_CENTER);
        document.add(office);
        if (letter.officeAddress() != null && !letter.officeAddress().isBlank()) {
            Paragraph address = new Paragraph(letter.officeAddress(), SMALL);
            address.setAlignment(Element.ALIGN_CENTER);
            document.add(address);
        }
        if (letter.synthetic()) {
            Paragraph synthetic = new Paragraph("DATA SINTETIS UNTUK DEMONSTRASI — BUKAN NASKAH DINAS RESMI", BOLD);
            synthetic.setAlignment(Element.ALIGN_CENTER);
            document.add(synthetic);
        }
        document.add(new Paragraph("______________________________________________________________________________",
                SMALL));
        document.add(new Paragraph(" ", TEXT));
        PdfPTable head = new PdfPTable(new float[] {1.2f, 4f});
        head.setWidthPercentage(100);
        row(head, "Nomor", letter.number());
        row(head, "Tanggal", INDONESIAN_DATE.format(letter.issuedOn()));
        row(head, "Sifat", "Segera");
        row(head, "Hal", letter.subject());
        document.add(head);
        document.add(new Paragraph(" ", TEXT));
        document.add(new Paragraph("Yth.", TEXT));
        for (String line : letter.recipient()) {
            document.add(new Paragraph(line, TEXT));
        }
        document.add(new Paragraph(" ", TEXT));
    }

    private static void body(Document document, LetterContent letter) throws DocumentException {
        for (String text : letter.paragraphs()) {
            Paragraph paragraph = new Paragraph(text, TEXT);
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            paragraph.setSpacingAfter(6);
            document.add(paragraph);
            if (text == letter.paragraphs().get(0) && !letter.facts().isEmpty()) {
                PdfPTable facts = new PdfPTable(new float[] {1.6f, 4f});
                facts.setWidthPercentage(92);
                facts.setSpacingAfter(8);
                letter.facts().forEach(fact -> row(facts, fact[0], fact[1]));
                document.add(facts);
            }
        }
        document.add(new Paragraph(" ", TEXT));
        StringBuilder signed = new StringBuilder(letter.signatory()).append("\n\n(ditandatangani secara elektronik)");
        if (letter.signatoryName() != null && !letter.signatoryName().isBlank()) {
            signed.append("\n\n").append(letter.signatoryName());
        }
        if (letter.signatoryNip() != null && !letter.signatoryNip().isBlank()) {
            signed.append("\nNIP ").append(letter.signatoryNip());
        }
        Paragraph signature = new Paragraph(signed.toString(), TEXT);
        signature.setAlignment(Element.ALIGN_RIGHT);
        document.add(signature);
        if (!letter.copies().isEmpty()) {
            document.add(new Paragraph(" ", TEXT));
            document.add(new Paragraph("Tembusan:", BOLD));
            for (int i = 0; i < letter.copies().size(); i++) {
                document.add(new Paragraph((i + 1) + ". " + letter.copies().get(i), SMALL));
            }
        }
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell left = new PdfPCell(new Paragraph(label, BOLD));
        PdfPCell right = new PdfPCell(new Paragraph(value == null ? "-" : value, TEXT));
        left.setBorder(PdfPCell.NO_BORDER);
        right.setBorder(PdfPCell.NO_BORDER);
        table.addCell(left);
        table.addCell(right);
    }
}
