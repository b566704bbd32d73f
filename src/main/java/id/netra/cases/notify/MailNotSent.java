// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.notify;

/**
 * An escalation e-mail the mail server did not take. Thrown so that the event publication stays failed and
 * {@link FailedMailRetry} sends it later; it carries no stack trace because the cause is the mail server's state, not
 * a bug, and a trace of eighty lines per e-mail while the server is down buries everything else in the log.
 */
class MailNotSent extends RuntimeException {

    MailNotSent(String action, long caseId, Exception cause) {
        super("E-mail about " + action + " on case " + caseId + " not sent, will be retried: " + rootMessage(cause),
                null, false, false);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
