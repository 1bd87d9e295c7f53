// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

import java.nio.IntBuffer;
import java.util.Optional;

/**
 * Shows the scatter as one image backed by a {@link PixelBuffer} over an int[]: the view model
 * renders into the array and the view tells JavaFX the buffer changed, at most once per pulse.
 * Drag pans (or draws a box or lasso selection, by tool or with Shift / Ctrl held), the wheel and
 * +/- zoom, 0 resets, hover shows a tooltip, click selects a pair.
 */
public final class ScatterView extends Region {

    private static final double CLICK_SLOP = 4;

    private final ScatterViewModel viewModel;
    private final ImageView imageView = new ImageView();
    private final Label tooltip = new Label();
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private boolean redrawScheduled;
    private final javafx.scene.shape.Polygon selectionShape = new javafx.scene.shape.Polygon();
    private final javafx.beans.property.ObjectProperty<ScatterTool> tool = new javafx.beans.property.SimpleObjectProperty<>(ScatterTool.PAN);
    private Point2D pressedAt;
    private Point2D lastDrag;
    private ScatterTool dragTool = ScatterTool.PAN;
    private final java.util.List<Double> lassoPoints = new java.util.ArrayList<>();

    public ScatterView(ScatterViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("scatter");
        setId("scatter");
        setFocusTraversable(true);
        setMinSize(100, 100);
        tooltip.getStyleClass().add("scatter-tooltip");
        tooltip.setManaged(false);
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        selectionShape.getStyleClass().add("scatter-selection");
        selectionShape.setManaged(false);
        selectionShape.setMouseTransparent(true);
        selectionShape.setVisible(false);
        getChildren().addAll(imageView, selectionShape, tooltip);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        viewModel.revisionProperty().addListener((obs, old, now) -> scheduleRedraw());
        viewModel.hoverProperty().addListener((obs, old, now) -> showTooltip(now));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, event -> viewModel.hoverAt(event.getX(), event.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> viewModel.exit());
        addEventHandler(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() != 0) {
                viewModel.zoomAt(Math.pow(ScatterViewModel.ZOOM_STEP, event.getDeltaY() / 40.0), event.getX(), event.getY());
            }
            event.consume();
        });
        addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    @Override
    protected void layoutChildren() {
        int width = (int) Math.max(1, Math.floor(getWidth()));
        int height = (int) Math.max(1, Math.floor(getHeight()));
        if (buffer == null || buffer.getWidth() != width || buffer.getHeight() != height) {
            pixels = new int[width * height];
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            imageView.setImage(new WritableImage(buffer));
            viewModel.resize(width, height);
            redraw();
        }
        imageView.relocate(0, 0);
        if (tooltip.isVisible()) {
            tooltip.autosize();
        }
    }

    private void scheduleRedraw() {
        if (!redrawScheduled) {
            redrawScheduled = true;
            Platform.runLater(this::redraw);
        }
    }

    /** Redraws at once instead of on the next turn of the FX thread, for benchmarks that time one frame. */
    void redrawNow() {
        redraw();
    }

    private void redraw() {
        redrawScheduled = false;
        if (buffer == null) {
            return;
        }
        Viewport viewport = viewModel.viewportProperty().get();
        if (viewport.width() != buffer.getWidth() || viewport.height() != buffer.getHeight()) {
            return;
        }
        buffer.updateBuffer(unused -> {
            viewModel.render(pixels);
            return null;
        });
    }

    /** What a drag does without modifiers; Shift+drag always draws a box, Ctrl+drag a lasso. */
    public javafx.beans.property.ObjectProperty<ScatterTool> toolProperty() {
        return tool;
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        pressedAt = new Point2D(event.getX(), event.getY());
        lastDrag = pressedAt;
        dragTool = event.isShiftDown() ? ScatterTool.BOX : event.isShortcutDown() || event.isAltDown() ? ScatterTool.LASSO : tool.get();
        lassoPoints.clear();
        lassoPoints.add(event.getX());
        lassoPoints.add(event.getY());
    }

    private void dragged(MouseEvent event) {
        if (lastDrag == null) {
            return;
        }
        switch (dragTool) {
            case PAN -> {
                viewModel.panBy(event.getX() - lastDrag.getX(), event.getY() - lastDrag.getY());
                setCursor(javafx.scene.Cursor.MOVE);
            }
            case BOX -> selectionShape.getPoints().setAll(pressedAt.getX(), pressedAt.getY(), event.getX(), pressedAt.getY(),
                    event.getX(), event.getY(), pressedAt.getX(), event.getY());
            case LASSO -> {
                if (lastDrag.distance(event.getX(), event.getY()) >= 3) {
                    lassoPoints.add(event.getX());
                    lassoPoints.add(event.getY());
                    selectionShape.getPoints().setAll(lassoPoints);
                } else {
                    return;
                }
            }
        }
        selectionShape.setVisible(dragTool != ScatterTool.PAN);
        lastDrag = new Point2D(event.getX(), event.getY());
    }

    private void released(MouseEvent event) {
        setCursor(null);
        selectionShape.setVisible(false);
        boolean click = pressedAt != null && pressedAt.distance(event.getX(), event.getY()) <= CLICK_SLOP;
        if (pressedAt != null && event.getButton() == MouseButton.PRIMARY) {
            if (click) {
                viewModel.clickAt(event.getX(), event.getY());
            } else if (dragTool == ScatterTool.BOX) {
                viewModel.selectBox(pressedAt.getX(), pressedAt.getY(), event.getX(), event.getY());
            } else if (dragTool == ScatterTool.LASSO) {
                viewModel.selectLasso(lassoPoints.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        pressedAt = null;
        lastDrag = null;
    }

    private void typed(KeyEvent event) {
        switch (event.getCharacter()) {
            case "+", "=" -> viewModel.zoomIn();
            case "-", "_" -> viewModel.zoomOut();
            case "0" -> viewModel.resetView();
            case "b", "B" -> tool.set(ScatterTool.BOX);
            case "l", "L" -> tool.set(ScatterTool.LASSO);
            case "h", "H" -> tool.set(ScatterTool.PAN);
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void showTooltip(Optional<Hover> hover) {
        hover.ifPresentOrElse(h -> {
            tooltip.setText(h.text());
            tooltip.applyCss();
            tooltip.autosize();
            double x = h.pixelX() + 12;
            double y = h.pixelY() + 12;
            if (x + tooltip.getWidth() > getWidth()) {
                x = Math.max(0, h.pixelX() - 12 - tooltip.getWidth());
            }
            if (y + tooltip.getHeight() > getHeight()) {
                y = Math.max(0, h.pixelY() - 12 - tooltip.getHeight());
            }
            tooltip.relocate(x, y);
            tooltip.setVisible(true);
        }, () -> tooltip.setVisible(false));
    }
}
