package app.rapport.analytics;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * JSON by default, CSV when the client asks for {@code text/csv} (and not for JSON first): the same report
 * either way, so notebooks and spreadsheets read the figures the dashboard shows.
 */
final class CsvResponses {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private CsvResponses() {
    }

    static ResponseEntity<?> respond(String accept, CsvTable report, String fileName) {
        return respond(accept, report, fileName, HttpStatus.OK);
    }

    static ResponseEntity<?> respond(String accept, CsvTable report, String fileName, HttpStatus status) {
        if (wantsCsv(accept)) {
            return ResponseEntity.status(status)
                    .contentType(TEXT_CSV)
                    .header("Content-Disposition", "inline; filename=\"" + fileName + ".csv\"")
                    .body(report.toCsv());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(report);
    }

    /** True when text/csv is acceptable and ranks above JSON (quality factors respected). */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException malformed) {
            // A malformed Accept header gets the default (JSON) rather than a 500.
            return false;
        }
        types = new java.util.ArrayList<>(types);
        types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }
}
