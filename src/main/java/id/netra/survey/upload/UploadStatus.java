// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.upload;

/**
 * Where a response upload stands. {@code FAILED}: the job itself stopped (every row refused, the database refused the
 * write); {@code INTERRUPTED}: the server stopped while it ran. Neither stored any respondent.
 */
public enum UploadStatus {
    RUNNING, DONE, FAILED, INTERRUPTED
}
