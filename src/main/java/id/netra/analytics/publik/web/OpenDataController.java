// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.publik.web;

import id.netra.analytics.maps.BoundaryFiles;
import id.netra.analytics.opendata.OpenDataFiles;
import id.netra.analytics.publik.PublicStatistics;
import id.netra.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the public aggregates as files (CSV with optional HXL row, JSON, XLSX, province GeoJSON) with a
 * Frictionless data package, and the same JSON at {@code /api/v1/public/stats}. Every file is written from the
 * suppressed tables only.
 */
@RestController
class OpenDataController {

    private final PublicStatistics statistics;
    private final BoundaryFiles boundaries;
    private final MessageSource messages;

    OpenDataController(PublicStatistics statistics, BoundaryFiles boundaries, MessageSource messages) {
        this.statistics = statistics;
        this.boundaries = boundaries;
        this.messages = messages;
    }

    @GetMapping("/publik/data/{file}")
    @PublicRateLimited
    ResponseEntity<byte[]> file(@PathVariable String file,
            @RequestParam(name = "pemilihan", required = false) String election,
            @RequestParam(name = "hxl", defaultValue = "false") boolean hxl) {
        PublicStatistics.Dataset data = dataset(election);
        String query = data.electionCode() == null ? "" : "?pemilihan=" + data.electionCode();
        BoundaryFiles.InUse map = boundaries.inUse();
        return switch (file) {
            case OpenDataFiles.CSV -> text(OpenDataFiles.csv(data, hxl), "text/csv", file);
            case OpenDataFiles.JSON -> text(OpenDataFiles.json(data), MediaType.APPLICATION_JSON_VALUE, file);
            case OpenDataFiles.XLSX -> download(OpenDataFiles.xlsx(data),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
            case OpenDataFiles.GEOJSON -> text(OpenDataFiles.geoJson(data, map.geoJson(), map.attribution()),
                    "application/geo+json", file);
            case OpenDataFiles.DATAPACKAGE -> text(OpenDataFiles.dataPackage(data, query, map.attribution()),
                    MediaType.APPLICATION_JSON_VALUE, file);
            default -> throw new NotFoundException("no open-data file " + file);
        };
    }

    @GetMapping(path = "/api/v1/public/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    @PublicRateLimited
    @Operation(summary = "National case counts by dimension for the public, small cells suppressed (no sign-in)")
    String stats(@RequestParam(name = "election", required = false) String election) {
        return OpenDataFiles.json(dataset(election));
    }

    private PublicStatistics.Dataset dataset(String election) {
        return statistics.dataset(election,
                messages.getMessage("analytics.unknown", null, "-", LocaleContextHolder.getLocale()));
    }

    private static ResponseEntity<byte[]> text(String body, String mediaType, String file) {
        return download(body.getBytes(StandardCharsets.UTF_8), mediaType + ";charset=UTF-8", file);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String mediaType, String file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                .body(body);
    }
}
