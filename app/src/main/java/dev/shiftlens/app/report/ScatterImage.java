// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.app.palette.ClusterPalette;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * The scatter as a PNG drawn with Java2D into an off-screen image (no display needed): unclustered
 * pairs grey underneath, each cluster in the workbench's colour on top. Embedded as a data: URI so
 * the report stays one file; its size depends on the picture, not on the number of pairs.
 */
final class ScatterImage {

    static final int WIDTH = 960;
    static final int HEIGHT = 560;
    private static final int MARGIN = 16;

    private ScatterImage() {
    }

    static byte[] png(RunReport.Scatter scatter) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(ClusterPalette.BACKGROUND));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xE6E6E6));
            g.setStroke(new BasicStroke(1));
            g.drawRect(0, 0, WIDTH - 1, HEIGHT - 1);
            double spanX = Math.max(1e-9, scatter.maxX() - scatter.minX());
            double spanY = Math.max(1e-9, scatter.maxY() - scatter.minY());
            for (boolean clustered : new boolean[] {false, true}) {
                double radius = clustered ? 3.2 : 2.2;
                for (RunReport.Point point : scatter.points()) {
                    if ((point.cluster() >= 0) != clustered) {
                        continue;
                    }
                    double px = MARGIN + (point.x() - scatter.minX()) / spanX * (WIDTH - 2 * MARGIN);
                    double py = HEIGHT - MARGIN - (point.y() - scatter.minY()) / spanY * (HEIGHT - 2 * MARGIN);
                    g.setColor(new Color(ClusterPalette.colour(point.cluster())));
                    g.fill(new Ellipse2D.Double(px - radius, py - radius, 2 * radius, 2 * radius));
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the scatter image", e);
        }
        return bytes.toByteArray();
    }

    static String dataUri(RunReport.Scatter scatter) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(scatter));
    }
}
