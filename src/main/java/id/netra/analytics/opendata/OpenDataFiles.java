// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.opendata;

import id.netra.analytics.StatsDimension;
import id.netra.analytics.publik.PublicStatistics.Dataset;
import id.netra.analytics.suppression.PublicTable;
import id.netra.analytics.suppression.SuppressedCount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the public dataset as CSV (optionally with an HXL hashtag row), JSON, XLSX and province-level GeoJSON, and
 * the Frictionless {@code datapackage.json} that describes them. Every writer reads only {@link PublicTable}s, whose
 * hidden cells carry no number: a hidden count is written as its mark ("&lt;5" or "×"), which the data package
 * declares as a missing value.
 */
public final class OpenDataFiles {

    public static final String CSV = "kasus.csv";
    public static final String JSON = "kasus.json";
    public static final String XLSX = "kasus.xlsx";
    public static final String GEOJSON = "provinsi.geojson";
    public static final String DATAPACKAGE = "datapackage.json";

    static final List<String> COLUMNS = List.of("dimensi", "kode", "label", "jumlah", "bagian");
    static final List<String> HXL = List.of("#meta+dimension", "#meta+code", "#meta+label", "#affected+num",
            "#affected+pct");

    /** Stable names of the dimensions in files (the pages show translated names instead). */
    static final Map<StatsDimension, String> DIMENSION_NAMES = Map.of(StatsDimension.CATEGORY, "kategori",
            StatsDimension.VIOLATION, "pelanggaran", StatsDimension.POSITION, "jabatan", StatsDimension.PROVINCE,
            "provinsi", StatsDimension.REGENCY, "kabupaten_kota", StatsDimension.AGENCY, "instansi",
            StatsDimension.ELECTION, "pemilihan", StatsDimension.PHASE, "tahapan", StatsDimension.SANCTION_LEVEL,
            "tingkat_sanksi", StatsDimension.OUTCOME, "hasil");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private OpenDataFiles() {
    }

    public static String csv(Dataset data, boolean hxl) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out)) {
            csv.printRecord(COLUMNS);
            if (hxl) {
                csv.printRecord(HXL);
            }
            for (PublicTable table : data.tables()) {
                String dimension = DIMENSION_NAMES.get(table.dimension());
                csv.printRecord(dimension, "_total", "Jumlah", table.total().text(),
                        table.total().isShown() ? "1" : "");
                for (PublicTable.Row row : table.rows()) {
                    csv.printRecord(dimension, row.key(), row.label(), row.count().text(), share(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String json(Dataset data) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("election", data.electionCode());
        root.put("electionName", data.election() == null ? null : data.election().name());
        root.put("smallCellThreshold", data.threshold());
        root.put("note", "Jumlah 1 sampai " + (data.threshold() - 1) + " ditulis \"<" + data.threshold()
                + "\"; \"×\" = disembunyikan agar sel kecil tidak dapat dihitung dari total.");
        ArrayNode tables = root.putArray("tables");
        for (PublicTable table : data.tables()) {
            ObjectNode t = tables.addObject();
            t.put("dimension", DIMENSION_NAMES.get(table.dimension()));
            count(t.putObject("total"), table.total());
            ArrayNode rows = t.putArray("rows");
            for (PublicTable.Row row : table.rows()) {
                ObjectNode r = rows.addObject();
                r.put("key", row.key());
                r.put("label", row.label());
                count(r, row.count());
                if (row.share() == null) {
                    r.putNull("share");
                } else {
                    r.put("share", round(row.share()));
                }
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    public static byte[] xlsx(Dataset data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Netra", "1.0");
            for (PublicTable table : data.tables()) {
                Worksheet sheet = workbook.newWorksheet(DIMENSION_NAMES.get(table.dimension()));
                for (int c = 0; c < COLUMNS.size(); c++) {
                    sheet.value(0, c, COLUMNS.get(c));
                    sheet.style(0, c).bold().set();
                }
                int r = 1;
                sheet.value(r, 0, DIMENSION_NAMES.get(table.dimension()));
                sheet.value(r, 1, "_total");
                sheet.value(r, 2, "Jumlah");
                cell(sheet, r, 3, table.total());
                for (PublicTable.Row row : table.rows()) {
                    r++;
                    sheet.value(r, 0, DIMENSION_NAMES.get(table.dimension()));
                    sheet.value(r, 1, row.key());
                    sheet.value(r, 2, row.label());
                    cell(sheet, r, 3, row.count());
                    if (row.share() != null) {
                        sheet.value(r, 4, round(row.share()));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Province polygons with their (suppressed) counts; never a point, never below the province. */
    public static String geoJson(Dataset data, String boundaries, String attribution) {
        JsonNode map = MAPPER.readTree(boundaries);
        PublicTable provinces = data.table(StatsDimension.PROVINCE).orElse(null);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("attribution", attribution);
        root.put("smallCellThreshold", data.threshold());
        ArrayNode features = root.putArray("features");
        for (JsonNode feature : map.get("features")) {
            String code = feature.get("properties").get("code").asString();
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode p = f.putObject("properties");
            p.put("code", code);
            p.put("name", feature.get("properties").get("name").asString());
            SuppressedCount count = provinces == null ? null : provinces.rows().stream()
                    .filter(row -> row.key().equals(code)).map(PublicTable.Row::count).findFirst().orElse(null);
            if (count == null) {
                p.putNull("count");
                p.putNull("count_text");
            } else {
                count(p, count);
            }
            f.set("geometry", feature.get("geometry"));
        }
        return MAPPER.writeValueAsString(root);
    }

    /**
     * Frictionless Data Package (v1) describing the four files; {@code query} is appended to each path ("" or
     * "?pemilihan=...").
     */
    public static String dataPackage(Dataset data, String query, String attribution) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("profile", "data-package");
        root.put("name", "netra-netralitas-asn" + (data.electionCode() == null ? ""
                : "-" + data.electionCode().toLowerCase(java.util.Locale.ROOT)));
        root.put("title", "Pelanggaran netralitas ASN: jumlah kasus yang ditangani Netra"
                + (data.election() == null ? "" : " - " + data.election().name()));
        root.put("description", "Jumlah kasus per dimensi, tingkat nasional, dihitung dari data kasus Netra. Jumlah 1 "
                + "sampai " + (data.threshold() - 1) + " ditulis \"<" + data.threshold() + "\", dan sel lain dalam "
                + "margin yang sama disembunyikan (\"×\") agar sel kecil tidak dapat dihitung dari total. Angka yang "
                + "diterbitkan lembaga lain tidak termasuk.");
        ObjectNode licence = root.putArray("licenses").addObject();
        licence.put("name", "CC-BY-4.0");
        licence.put("path", "https://creativecommons.org/licenses/by/4.0/");
        licence.put("title", "Creative Commons Attribution 4.0");
        root.putArray("sources").addObject().put("title", "Netra, data kasus netralitas ASN");
        ArrayNode resources = root.putArray("resources");
        ObjectNode csv = resource(resources, "kasus-csv", CSV + query, "csv", "text/csv");
        csv.put("profile", "tabular-data-resource");
        csv.put("encoding", "utf-8");
        ObjectNode schema = csv.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        field(fields, "dimensi", "string", "Dimensi pengelompokan (kategori, jabatan, provinsi, ...)");
        field(fields, "kode", "string", "Kode kelompok; _total untuk jumlah seluruhnya");
        field(fields, "label", "string", "Nama kelompok");
        field(fields, "jumlah", "integer", "Jumlah kasus; kosong bila disembunyikan");
        field(fields, "bagian", "number", "Bagian dari total (0 sampai 1)");
        ArrayNode missing = schema.putArray("missingValues");
        missing.add("");
        missing.add("<" + data.threshold());
        missing.add("×");
        resource(resources, "kasus-json", JSON + query, "json", "application/json");
        resource(resources, "kasus-xlsx", XLSX + query, "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ObjectNode geo = resource(resources, "provinsi-geojson", GEOJSON + query, "geojson", "application/geo+json");
        geo.put("description", "Batas provinsi dengan jumlah kasus per provinsi. Batas wilayah: " + attribution);
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ObjectNode resource(ArrayNode resources, String name, String path, String format, String media) {
        ObjectNode r = resources.addObject();
        r.put("name", name);
        r.put("path", path);
        r.put("format", format);
        r.put("mediatype", media);
        return r;
    }

    private static void field(ArrayNode fields, String name, String type, String description) {
        ObjectNode f = fields.addObject();
        f.put("name", name);
        f.put("type", type);
        f.put("description", description);
    }

    private static void count(ObjectNode node, SuppressedCount count) {
        if (count.isShown()) {
            node.put("count", count.value());
        } else {
            node.putNull("count");
        }
        node.put("count_text", count.text());
    }

    private static void cell(Worksheet sheet, int r, int c, SuppressedCount count) {
        if (count.isShown()) {
            sheet.value(r, c, count.value());
        } else {
            sheet.value(r, c, count.text());
        }
    }

    private static String share(PublicTable.Row row) {
        return row.share() == null ? "" : Double.toString(round(row.share()));
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
