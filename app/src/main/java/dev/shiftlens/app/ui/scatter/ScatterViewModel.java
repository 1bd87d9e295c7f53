// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import dev.shiftlens.analysis.result.PairOutcome;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * State of the scatter: the points, what part of them is in view, which cluster is focused, which
 * pair is selected and hovered. The view forwards mouse and key gestures in pixels; the view model
 * answers in pairs. {@link #revisionProperty()} ticks whenever the picture must be redrawn.
 */
public final class ScatterViewModel {

    public static final int NONE = -1;
    /** How close (pixels) the mouse must be to a point to hover or pick it. */
    static final double PICK_RADIUS = 8;
    static final double ZOOM_STEP = 1.25;

    private final ScatterRenderer renderer = new ScatterRenderer();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(Viewport.fit(ScatterPoints.EMPTY, 1, 1));
    private final ReadOnlyIntegerWrapper highlightedCluster = new ReadOnlyIntegerWrapper(NONE);
    private final ReadOnlyIntegerWrapper selectedPair = new ReadOnlyIntegerWrapper(NONE);
    private final ReadOnlyObjectWrapper<Optional<Hover>> hover = new ReadOnlyObjectWrapper<>(Optional.empty());

    private ScatterPoints points = ScatterPoints.EMPTY;
    private PointIndex index = new PointIndex(ScatterPoints.EMPTY);
    private Map<Integer, String> clusterLabels = Map.of();
    private QueryExcerpts excerpts = QueryExcerpts.NONE;

    /** Shows a run's outcomes, fitted into the current picture size. */
    public void show(List<PairOutcome> outcomes, Map<Integer, String> labels, QueryExcerpts queryExcerpts) {
        points = ScatterPoints.of(outcomes);
        index = new PointIndex(points);
        clusterLabels = Map.copyOf(labels);
        excerpts = queryExcerpts;
        highlightedCluster.set(NONE);
        selectedPair.set(NONE);
        hover.set(Optional.empty());
        resetView();
    }

    public void clear() {
        show(List.of(), Map.of(), QueryExcerpts.NONE);
    }

    public int pointCount() {
        return points.size();
    }

    // --- gestures, in pixels -------------------------------------------------------------------

    public void resize(int width, int height) {
        Viewport current = viewport.get();
        if (current.width() <= 1 || current.height() <= 1) {
            viewport.set(Viewport.fit(points, width, height));
        } else {
            viewport.set(current.resized(width, height));
        }
        changed();
    }

    public void resetView() {
        Viewport current = viewport.get();
        viewport.set(Viewport.fit(points, current.width(), current.height()));
        changed();
    }

    public void panBy(double dx, double dy) {
        viewport.set(viewport.get().panBy(dx, dy));
        hover.set(Optional.empty());
        changed();
    }

    public void zoomAt(double factor, double px, double py) {
        viewport.set(viewport.get().zoomAt(factor, px, py));
        hover.set(Optional.empty());
        changed();
    }

    public void zoomIn() {
        Viewport v = viewport.get();
        zoomAt(ZOOM_STEP, v.width() / 2.0, v.height() / 2.0);
    }

    public void zoomOut() {
        Viewport v = viewport.get();
        zoomAt(1 / ZOOM_STEP, v.width() / 2.0, v.height() / 2.0);
    }

    /** Selects the pair nearest to the click, if one is close enough; returns it. */
    public OptionalInt clickAt(double px, double py) {
        OptionalInt point = nearestPoint(px, py);
        point.ifPresent(i -> selectPair(points.pairId(i)));
        return point.isPresent() ? OptionalInt.of(points.pairId(point.getAsInt())) : OptionalInt.empty();
    }

    public void hoverAt(double px, double py) {
        OptionalInt point = nearestPoint(px, py);
        if (point.isEmpty()) {
            hover.set(Optional.empty());
            return;
        }
        int i = point.getAsInt();
        int pairId = points.pairId(i);
        if (hover.get().map(h -> h.pairId() == pairId).orElse(false)) {
            return;
        }
        Viewport v = viewport.get();
        double x = v.toPixelX(points.x(i));
        double y = v.toPixelY(points.y(i));
        String cluster = clusterName(points.cluster(i));
        hover.set(Optional.of(new Hover(pairId, x, y, cluster + "\n…")));
        excerpts.excerpt(pairId, excerpt -> {
            if (hover.get().map(h -> h.pairId() == pairId).orElse(false)) {
                hover.set(Optional.of(new Hover(pairId, x, y, cluster + "\n" + excerpt)));
            }
        });
    }

    public void exit() {
        hover.set(Optional.empty());
    }

    // --- selection from elsewhere ---------------------------------------------------------------

    public void highlightCluster(int clusterId) {
        highlightedCluster.set(clusterId);
        changed();
    }

    public void selectPair(int pairId) {
        selectedPair.set(points.indexOfPair(pairId).isPresent() ? pairId : NONE);
        changed();
    }

    // --- for the view ------------------------------------------------------------------------

    /** Draws the current state into {@code argb}, which holds at least width x height of the viewport. */
    public void render(int[] argb) {
        int selectedPoint = points.indexOfPair(selectedPair.get()).orElse(-1);
        renderer.render(argb, viewport.get(), points, new ScatterRenderer.Focus(highlightedCluster.get(), selectedPoint));
    }

    /** Where a pair's point is drawn, in pixels; empty for pairs not in the scatter. */
    public Optional<double[]> pixelOf(int pairId) {
        OptionalInt i = points.indexOfPair(pairId);
        if (i.isEmpty()) {
            return Optional.empty();
        }
        Viewport v = viewport.get();
        return Optional.of(new double[] {v.toPixelX(points.x(i.getAsInt())), v.toPixelY(points.y(i.getAsInt()))});
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty highlightedClusterProperty() {
        return highlightedCluster.getReadOnlyProperty();
    }

    /** The selected pair's id, or {@link #NONE}. */
    public ReadOnlyIntegerProperty selectedPairProperty() {
        return selectedPair.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Hover>> hoverProperty() {
        return hover.getReadOnlyProperty();
    }

    private OptionalInt nearestPoint(double px, double py) {
        Viewport v = viewport.get();
        return index.nearest(v.toDataX(px), v.toDataY(py), PICK_RADIUS / v.scale());
    }

    private String clusterName(int cluster) {
        return cluster < 0 ? "no cluster (noise or not diverged)" : clusterLabels.getOrDefault(cluster, "cluster " + cluster);
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
