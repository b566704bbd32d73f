// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.hostile;

import static id.netra.intake.hostile.HostileCase.refused;

import id.netra.intake.support.PublicApi.Submitted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Receipt lookups and replies with hostile receipts and texts. */
final class HostileReceiptCases {

    private HostileReceiptCases() {
    }

    static List<HostileCase> all(Submitted existing) {
        List<HostileCase> cases = new ArrayList<>();
        List<Object> receipts = new ArrayList<>(Arrays.asList("' or 1=1 --", "0".repeat(10_000),
                "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦", 1234567890123456L, List.of(), Map.of(), "../../etc/passwd",
                existing.receipt() + "0", existing.receipt().substring(1), "%", "1234567890123456\u0000",
                "l" + existing.receipt().substring(1), null));
        for (Object receipt : receipts) {
            String shown = receipt == null ? "null" : HostileJsonCases.abbreviate(receipt.toString());
            cases.add(refused("status with receipt " + shown, api -> {
                Map<String, Object> body = new HashMap<>();
                body.put("receipt", receipt);
                return api.postJson("/api/v1/reports/status", body);
            }));
            cases.add(refused("reply with receipt " + shown, api -> {
                Map<String, Object> body = new HashMap<>();
                body.put("receipt", receipt);
                body.put("text", "Saya ingin menambah keterangan.");
                return api.postJson("/api/v1/reports/messages", body);
            }));
        }
        for (String text : HostileStrings.FORBIDDEN) {
            cases.add(refused("reply with " + HostileJsonCases.abbreviate(text), api -> api.postJson(
                    "/api/v1/reports/messages", Map.of("receipt", existing.receipt(), "text", text))));
        }
        cases.add(refused("reply too long", api -> api.postJson("/api/v1/reports/messages",
                Map.of("receipt", existing.receipt(), "text", "x".repeat(5001)))));
        cases.add(refused("reply as object", api -> api.postJson("/api/v1/reports/messages",
                Map.of("receipt", existing.receipt(), "text", Map.of("a", 1)))));
        cases.add(refused("blank reply", api -> api.postJson("/api/v1/reports/messages",
                Map.of("receipt", existing.receipt(), "text", " \n\t "))));
        return cases;
    }
}
