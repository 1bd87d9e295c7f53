// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import dev.shiftlens.app.palette.ClusterPalette;
import dev.shiftlens.analysis.result.Verdict;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * State of the scatter: the points, what part of them is in view, how they are coloured, which
 * cluster is focused, which points are box- or lasso-selected, which pair is selected and hovered.
 * The view forwards gestures in pixels; the view model answers in pairs.
 * {@link #revisionProperty()} ticks whenever the picture must be redrawn.
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
    private final ReadOnlyObjectWrapper<Optional<int[]>> selectedPairs = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Legend> legend = new ReadOnlyObjectWrapper<>(Legend.NONE);
    private final ObjectProperty<ColourMode> colourMode = new SimpleObjectProperty<>(ColourMode.CLUSTER);
    private final ObservableList<ColourMode> colourModes = FXCollections.observableArrayList(ColourMode.CLUSTER, ColourMode.VERDICT);

    private final ObservableList<ColourMode> colourModesView = FXCollections.unmodifiableObservableList(colourModes);

    private ScatterPoints points = ScatterPoints.EMPTY;
    private PointIndex index = new PointIndex(ScatterPoints.EMPTY);
    private Map<Integer, String> clusterLabels = Map.of();
    private Map<Integer, Verdict> verdicts = Map.of();
    private QueryExcerpts excerpts = QueryExcerpts.NONE;
    private PointValues values = PointValues.NONE;
    private PointColouring colouring = PointColouring.EMPTY;
    private BitSet selection = new BitSet();
    private ScatterPaint paint = ScatterPaint.EMPTY;
    private int background = ClusterPalette.BACKGROUND;
    private long colouringRequest;
    /** True until the user pans or zooms: a resized picture then fits all points again. */
    private boolean fitted = true;

    public ScatterViewModel() {
        colourMode.addListener((obs, old, mode) -> recolour());
    }

    /**
     * Shows a run's points, fitted into the current picture size.
     *
     * @param metrics  metric names the user may colour by
     * @param segments metadata fields the user may colour by
     */
    public void show(ScatterPoints shown, Map<Integer, String> labels, Map<Integer, Verdict> clusterVerdicts,
                     List<String> metrics, List<String> segments, QueryExcerpts queryExcerpts, PointValues pointValues) {
        points = shown;
        index = new PointIndex(points);
        clusterLabels = Map.copyOf(labels);
        verdicts = Map.copyOf(clusterVerdicts);
        excerpts = queryExcerpts;
        values = pointValues;
        highlightedCluster.set(NONE);
        selectedPair.set(NONE);
        hover.set(Optional.empty());
        selection = new BitSet();
        selectedPairs.set(Optional.empty());
        List<ColourMode> modes = new ArrayList<>(List.of(ColourMode.CLUSTER, ColourMode.VERDICT));
        metrics.forEach(metric -> modes.add(new ColourMode.ByMetric(metric)));
        segments.forEach(field -> modes.add(new ColourMode.BySegment(field)));
        colourModes.setAll(modes);
        if (!modes.contains(colourMode.get())) {
            colourMode.set(ColourMode.CLUSTER);
        }
        recolour();
        resetView();
    }

    public void clear() {
        show(ScatterPoints.EMPTY, Map.of(), Map.of(), List.of(), List.of(), QueryExcerpts.NONE, PointValues.NONE);
    }

    public int pointCount() {
        return points.size();
    }

    /** The verdicts changed (a reviewer overrode one): recolour when colouring by verdict. */
    public void updateVerdicts(Map<Integer, Verdict> clusterVerdicts) {
        verdicts = Map.copyOf(clusterVerdicts);
        if (colourMode.get() instanceof ColourMode.ByVerdict) {
            recolour();
        }
    }

    /** The picture's background (light or dark theme), opaque ARGB. */
    public void setBackground(int argb) {
        background = argb;
        repaint();
    }

    public int background() {
        return background;
    }

    // --- gestures, in pixels -------------------------------------------------------------------

    public void resize(int width, int height) {
        Viewport current = viewport.get();
        if (fitted || current.width() <= 1 || current.height() <= 1) {
            viewport.set(Viewport.fit(points, width, height));
        } else {
            viewport.set(current.resized(width, height));
        }
        changed();
    }

    public void resetView() {
        Viewport current = viewport.get();
        viewport.set(Viewport.fit(points, current.width(), current.height()));
        fitted = true;
        changed();
    }

    public void panBy(double dx, double dy) {
        viewport.set(viewport.get().panBy(dx, dy));
        fitted = false;
        hover.set(Optional.empty());
        changed();
    }

    public void zoomAt(double factor, double px, double py) {
        viewport.set(viewport.get().zoomAt(factor, px, py));
        fitted = false;
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

    /** Selects the points inside the rectangle between two pixel corners. */
    public void selectBox(double x0, double y0, double x1, double y1) {
        Viewport v = viewport.get();
        double minX = v.toDataX(Math.min(x0, x1));
        double maxX = v.toDataX(Math.max(x0, x1));
        double minY = v.toDataY(Math.max(y0, y1));
        double maxY = v.toDataY(Math.min(y0, y1));
        BitSet inside = new BitSet(points.size());
        for (int i = 0; i < points.size(); i++) {
            float x = points.x(i);
            float y = points.y(i);
            if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                inside.set(i);
            }
        }
        select(inside);
    }

    /** Selects the points inside the polygon through these pixel positions ({x0, y0, x1, y1, ...}). */
    public void selectLasso(double[] polygon) {
        if (polygon.length < 6) {
            clearSelection();
            return;
        }
        Viewport v = viewport.get();
        double[] data = new double[polygon.length];
        for (int k = 0; k < polygon.length; k += 2) {
            data[k] = v.toDataX(polygon[k]);
            data[k + 1] = v.toDataY(polygon[k + 1]);
        }
        BitSet inside = new BitSet(points.size());
        for (int i = 0; i < points.size(); i++) {
            if (Lasso.contains(data, points.x(i), points.y(i))) {
                inside.set(i);
            }
        }
        select(inside);
    }

    public void clearSelection() {
        select(new BitSet());
    }

    private void select(BitSet inside) {
        selection = inside;
        if (inside.isEmpty()) {
            selectedPairs.set(Optional.empty());
        } else {
            int[] ids = inside.stream().map(points::pairId).sorted().toArray();
            selectedPairs.set(Optional.of(ids));
        }
        repaint();
    }

    // --- selection from elsewhere ---------------------------------------------------------------

    public void highlightCluster(int clusterId) {
        highlightedCluster.set(clusterId);
        repaint();
    }

    public void selectPair(int pairId) {
        selectedPair.set(points.indexOfPair(pairId).isPresent() ? pairId : NONE);
        paint = new ScatterPaint(paint.colour(), paint.order(), paint.background(), points.indexOfPair(selectedPair.get()).orElse(-1));
        changed();
    }

    // --- colours ---------------------------------------------------------------------------------

    private void recolour() {
        long request = ++colouringRequest;
        ColourMode mode = colourMode.get();
        ScatterPoints shown = points;
        switch (mode) {
            case ColourMode.ByCluster cluster -> useColouring(PointColouring.byCluster(shown, clusterLabels));
            case ColourMode.ByVerdict verdict -> useColouring(PointColouring.byVerdict(shown, verdicts));
            case ColourMode.ByMetric(String metric) -> values.metric(metric, byPair -> {
                if (request == colouringRequest && shown == points) {
                    useColouring(PointColouring.byMetric(shown, metric, byPair));
                }
            });
            case ColourMode.BySegment(String field) -> values.segment(field, byPair -> {
                if (request == colouringRequest && shown == points) {
                    useColouring(PointColouring.bySegment(shown, field, byPair));
                }
            });
        }
    }

    private void useColouring(PointColouring chosen) {
        colouring = chosen;
        legend.set(points.size() == 0 ? Legend.NONE : chosen.legend());
        repaint();
    }

    private void repaint() {
        int selectedPoint = points.indexOfPair(selectedPair.get()).orElse(-1);
        paint = ScatterPaint.of(points, colouring, highlightedCluster.get(), selection, selectedPoint, background);
        changed();
    }

    // --- for the view ------------------------------------------------------------------------

    /** Draws the current state into {@code argb}, which holds at least width x height of the viewport. */
    public void render(int[] argb) {
        renderer.render(argb, viewport.get(), points, paint);
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

    /** Pair ids inside the box or lasso selection, ascending; empty when nothing is selected that way. */
    public ReadOnlyObjectProperty<Optional<int[]>> selectedPairsProperty() {
        return selectedPairs.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Legend> legendProperty() {
        return legend.getReadOnlyProperty();
    }

    /** How points are coloured; the view binds its chooser to this. */
    public ObjectProperty<ColourMode> colourModeProperty() {
        return colourMode;
    }

    /** The colourings the run offers: cluster, verdict, each metric, each segment field. */
    public ObservableList<ColourMode> colourModes() {
        return colourModesView;
    }

    /** The colour a point is drawn in right now, for tests. */
    int colourOfPair(int pairId) {
        return points.indexOfPair(pairId).stream().map(i -> paint.colour()[i]).findFirst().orElse(0);
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

    /** For tests: the ids currently selected, as a list. */
    List<Integer> selectedPairList() {
        return selectedPairs.get().map(ids -> Arrays.stream(ids).boxed().toList()).orElse(List.of());
    }
}
