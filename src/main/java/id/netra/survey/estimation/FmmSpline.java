// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

/**
 * The cubic interpolating spline of Forsythe, Malcolm and Moler, R's {@code spline(method="fmm")}: its end
 * conditions match the third derivative of the cubic through the first (last) four points. Commons Math offers the
 * natural spline only, whose ends differ, so R's profile-likelihood interval needs this one.
 */
final class FmmSpline {

    private final double[] x;
    private final double[] y;
    private final double[] b;
    private final double[] c;
    private final double[] d;

    private FmmSpline(double[] x, double[] y, double[] b, double[] c, double[] d) {
        this.x = x;
        this.y = y;
        this.b = b;
        this.c = c;
        this.d = d;
    }

    /** @param x strictly increasing nodes */
    static FmmSpline of(double[] x, double[] y) {
        int n = x.length;
        double[] b = new double[n];
        double[] c = new double[n];
        double[] d = new double[n];
        if (n < 3) {
            double slope = (y[1] - y[0]) / (x[1] - x[0]);
            b[0] = slope;
            b[1] = slope;
            return new FmmSpline(x, y, b, c, d);
        }
        // tridiagonal system: b diagonal, d off-diagonal, c right-hand side (0-based form of R's splines.c)
        d[0] = x[1] - x[0];
        c[1] = (y[1] - y[0]) / d[0];
        for (int i = 1; i < n - 1; i++) {
            d[i] = x[i + 1] - x[i];
            b[i] = 2.0 * (d[i - 1] + d[i]);
            c[i + 1] = (y[i + 1] - y[i]) / d[i];
            c[i] = c[i + 1] - c[i];
        }
        b[0] = -d[0];
        b[n - 1] = -d[n - 2];
        c[0] = 0.0;
        c[n - 1] = 0.0;
        if (n > 3) {
            c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0]);
            c[n - 1] = c[n - 2] / (x[n - 1] - x[n - 3]) - c[n - 3] / (x[n - 2] - x[n - 4]);
            c[0] = c[0] * d[0] * d[0] / (x[3] - x[0]);
            c[n - 1] = -c[n - 1] * d[n - 2] * d[n - 2] / (x[n - 1] - x[n - 4]);
        }
        for (int i = 1; i < n; i++) {
            double t = d[i - 1] / b[i - 1];
            b[i] = b[i] - t * d[i - 1];
            c[i] = c[i] - t * c[i - 1];
        }
        c[n - 1] = c[n - 1] / b[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
        }
        b[n - 1] = (y[n - 1] - y[n - 2]) / d[n - 2] + d[n - 2] * (c[n - 2] + 2.0 * c[n - 1]);
        for (int i = 0; i < n - 1; i++) {
            b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2.0 * c[i]);
            d[i] = (c[i + 1] - c[i]) / d[i];
            c[i] = 3.0 * c[i];
        }
        c[n - 1] = 3.0 * c[n - 1];
        d[n - 1] = d[n - 2];
        return new FmmSpline(x, y, b, c, d);
    }

    /** The spline at each point of u (R's spline_eval: the cubic of the interval holding the point). */
    double[] evaluate(double[] u) {
        int n = x.length;
        double[] v = new double[u.length];
        int i = 0;
        for (int l = 0; l < u.length; l++) {
            double ul = u[l];
            if (ul < x[i] || (i < n - 1 && x[i + 1] < ul)) {
                i = 0;
                int j = n;
                do {
                    int k = (i + j) / 2;
                    if (ul < x[k]) {
                        j = k;
                    } else {
                        i = k;
                    }
                } while (j > i + 1);
            }
            double dx = ul - x[i];
            v[l] = y[i] + dx * (b[i] + dx * (c[i] + dx * d[i]));
        }
        return v;
    }
}
