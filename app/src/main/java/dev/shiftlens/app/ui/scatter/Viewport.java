// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

/**
 * Which part of data space the scatter shows: the data point at the centre, pixels per data unit,
 * and the size of the picture in pixels. Data y grows upwards, pixel y downwards.
 */
public record Viewport(double centerX, double centerY, double scale, int width, int height) {

    private static final double MARGIN = 0.06;

    public static Viewport fit(ScatterPoints points, int width, int height) {
        double spanX = Math.max(points.maxX() - points.minX(), 1e-6);
        double spanY = Math.max(points.maxY() - points.minY(), 1e-6);
        double usable = 1 - 2 * MARGIN;
        double scale = Math.min(Math.max(width, 1) * usable / spanX, Math.max(height, 1) * usable / spanY);
        return new Viewport((points.minX() + points.maxX()) / 2, (points.minY() + points.maxY()) / 2, scale, width, height);
    }

    public double toPixelX(double x) {
        return (x - centerX) * scale + width / 2.0;
    }

    public double toPixelY(double y) {
        return height / 2.0 - (y - centerY) * scale;
    }

    public double toDataX(double px) {
        return (px - width / 2.0) / scale + centerX;
    }

    public double toDataY(double py) {
        return (height / 2.0 - py) / scale + centerY;
    }

    /** Moves the picture by (dx, dy) pixels, as a drag does. */
    public Viewport panBy(double dx, double dy) {
        return new Viewport(centerX - dx / scale, centerY + dy / scale, scale, width, height);
    }

    /** Zooms by {@code factor} keeping the data point under pixel (px, py) where it is. */
    public Viewport zoomAt(double factor, double px, double py) {
        double anchorX = toDataX(px);
        double anchorY = toDataY(py);
        double newScale = scale * factor;
        return new Viewport(anchorX - (px - width / 2.0) / newScale, anchorY + (py - height / 2.0) / newScale,
                newScale, width, height);
    }

    /** Same centre and scale on a resized picture. */
    public Viewport resized(int newWidth, int newHeight) {
        return new Viewport(centerX, centerY, scale, newWidth, newHeight);
    }
}
