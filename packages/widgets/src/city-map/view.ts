/**
 * The part of the basemap in view, in viewBox units, and the zoom and pan that change it. Pure
 * functions over plain rectangles.
 */
import type { EuropeBasemap } from './basemap.js';

/** A rectangle in viewBox units: the whole basemap, or the part of it in view. */
export type View = { x: number; y: number; w: number; h: number };

/** The whole basemap as a {@link View}. */
export const baseView = (asset: Pick<EuropeBasemap, 'viewBox'>): View => {
  const [x, y, w, h] = asset.viewBox;
  return { x, y, w, h };
};

/** True when (x, y) lies within `view`, widened by `margin` units. */
export const inside = (view: View, x: number, y: number, margin = 0) =>
  x >= view.x - margin && x <= view.x + view.w + margin && y >= view.y - margin && y <= view.y + view.h + margin;

/** The most the view can be magnified against the whole basemap. */
export const MAX_ZOOM = 12;

/** How many times the view is magnified against the whole basemap. */
export const zoomOf = (view: View, base: View) => base.w / view.w;

/** The view kept within the basemap, between 1× and {@link MAX_ZOOM}×, with the basemap's aspect ratio. */
export function clampView(view: View, base: View): View {
  const w = Math.min(base.w, Math.max(base.w / MAX_ZOOM, view.w));
  const h = (w * base.h) / base.w;
  const x = Math.min(base.x + base.w - w, Math.max(base.x, view.x + (view.w - w) / 2));
  const y = Math.min(base.y + base.h - h, Math.max(base.y, view.y + (view.h - h) / 2));
  return { x, y, w, h };
}

/** Zooms by `factor` (> 1 in, < 1 out) keeping the point (px, py) where it is on screen. */
export function zoomAt(view: View, base: View, factor: number, px = view.x + view.w / 2, py = view.y + view.h / 2): View {
  const w = Math.min(base.w, Math.max(base.w / MAX_ZOOM, view.w / factor));
  const ratio = w / view.w;
  const h = (w * base.h) / base.w;
  return clampView({ x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio, w, h }, base);
}

/** Moves the view by (dx, dy) viewBox units. */
export const panBy = (view: View, base: View, dx: number, dy: number): View => clampView({ ...view, x: view.x + dx, y: view.y + dy }, base);

/** The smallest view (at most {@link MAX_ZOOM}×, at least the padding around) that shows every point. */
export function fitView(points: readonly { x: number; y: number }[], base: View, padding = 40): View {
  if (points.length === 0) return base;
  const xs = points.map((point) => point.x), ys = points.map((point) => point.y);
  const x0 = Math.min(...xs) - padding, x1 = Math.max(...xs) + padding;
  const y0 = Math.min(...ys) - padding, y1 = Math.max(...ys) + padding;
  const w = Math.max(x1 - x0, ((y1 - y0) * base.w) / base.h);
  const h = (w * base.h) / base.w;
  return clampView({ x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h }, base);
}

/** The view moved as little as needed to bring (x, y) at least `margin` units inside it. */
export function revealPoint(view: View, base: View, x: number, y: number, margin: number): View {
  const m = Math.min(margin, view.w / 4, view.h / 4);
  const dx = x < view.x + m ? x - (view.x + m) : x > view.x + view.w - m ? x - (view.x + view.w - m) : 0;
  const dy = y < view.y + m ? y - (view.y + m) : y > view.y + view.h - m ? y - (view.y + view.h - m) : 0;
  return dx || dy ? panBy(view, base, dx, dy) : view;
}

/** The position of (x, y) in the view as SVG percentages, for a marker layer drawn in CSS pixels. */
export const percentOf = (view: View, x: number, y: number): [string, string] => [
  `${(((x - view.x) / view.w) * 100).toFixed(3)}%`,
  `${(((y - view.y) / view.h) * 100).toFixed(3)}%`,
];

/** The viewBox attribute of a view. */
export const viewBoxOf = (view: View) => [view.x, view.y, view.w, view.h].map((value) => +value.toFixed(3)).join(' ');
