// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import id.netra.intake.web.ratelimit.Limit;
import id.netra.intake.web.ratelimit.RateLimited;
import id.netra.intake.submission.ShapeValidation;
import id.netra.intake.tracking.ReceiptAccess;
import id.netra.intake.tracking.ReporterView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a reporter does with the receipt. The receipt always travels in the body of a POST, never in a URL, so that it
 * does not end up in proxy logs, browser history or a Referer header.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
class ReceiptApiController {

    private final ReceiptAccess access;
    private final ShapeValidation shape;

    ReceiptApiController(ReceiptAccess access, ShapeValidation shape) {
        this.access = access;
        this.shape = shape;
    }

    @PostMapping("/status")
    @RateLimited(Limit.RECEIPT_USE)
    ResponseEntity<ReporterView> status(@RequestBody ReceiptRequest request) {
        shape.requireValid(request);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(access.view(request.receipt()));
    }

    @PostMapping("/messages")
    @RateLimited(Limit.RECEIPT_USE)
    ResponseEntity<Void> reply(@RequestBody ReplyRequest request) {
        shape.requireValid(request);
        access.reply(request.receipt(), request.text());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    record ReceiptRequest(
            @NotBlank(message = "{intake.validation.required}")
            @Size(max = 64, message = "{intake.validation.too-long}") String receipt) {

        @Override
        public String toString() {
            return "ReceiptRequest[hidden]";
        }
    }

    record ReplyRequest(
            @NotBlank(message = "{intake.validation.required}")
            @Size(max = 64, message = "{intake.validation.too-long}") String receipt,
            @NotBlank(message = "{intake.validation.required}")
            @Size(max = 5000, message = "{intake.validation.too-long}") String text) {

        @Override
        public String toString() {
            return "ReplyRequest[hidden]";
        }
    }
}
