import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EuropeBasemap } from './basemap.js';
import { baseView, fitView, panBy, revealPoint, viewBoxOf, zoomAt, zoomOf, type View } from './view.js';

/** What a key does to the view: zoom by a factor, pan by quarters of the view, or go back to the start. */
export type ViewKeyAction = { zoom: number } | { pan: [number, number] } | { reset: true } | null;

const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** The view keys: `+` and `-` zoom (with or without Shift, whatever the layout), `0` resets, Shift with an arrow pans. */
export function viewKeyAction(key: string, shift: boolean): ViewKeyAction {
  const arrow = arrows[key];
  if (arrow) return shift ? { pan: arrow } : null;
  if (key === '+' || key === '=') return { zoom: 2 };
  if (key === '-' || key === '_') return { zoom: 0.5 };
  return key === '0' ? { reset: true } : null;
}

export type ViewportOptions = {
  /** The basemap drawn, once it has come. */
  basemap: () => Pick<EuropeBasemap, 'viewBox'> | undefined;
  /** True while a marker has focus: the wheel then zooms the map rather than scrolling the page. */
  markerFocused: () => boolean;
};

/**
 * The part of the basemap in view, and everything that moves it: the zoom and pan buttons, the
 * view keys, Ctrl + wheel (or the wheel once the map is in use) and dragging. Re-renders its host
 * on each change.
 */
export class ViewportController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ViewportOptions;
  #view: View | undefined;
  /** The view that Reset returns to, and what it was fitted for. */
  #home: View | undefined;
  #fittedFor: string | undefined;
  #drag: { id: number; x: number; y: number; view: View; moved: boolean } | undefined;
  #dragged = false;
  #engaged = false;

  constructor(host: ReactiveControllerHost, options: ViewportOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    // A drag cannot end in an element that left the page: its pointerup never comes.
    this.#drag = undefined;
    this.#engaged = false;
  }

  /** The part of the basemap in view; undefined until a basemap is drawn. */
  get view(): View | undefined {
    return this.#options.basemap() ? this.#view : undefined;
  }

  /** How many times the view is magnified against the whole basemap (1 before it is drawn). */
  get zoom(): number {
    const basemap = this.#options.basemap();
    return basemap && this.#view ? zoomOf(this.#view, baseView(basemap)) : 1;
  }

  /** True for a moment after a drag, so that the click that ends it is not taken for a pick. */
  get dragged(): boolean {
    return this.#dragged;
  }

  /**
   * Sets the start view: the whole basemap, or the smallest view that shows `points` when `fit`.
   * The visitor's zoom and pan are kept while `key` (what the view was fitted for) stays the same.
   */
  fit(points: readonly { x: number; y: number }[], fit: boolean, key: string): void {
    const basemap = this.#options.basemap();
    if (!basemap) return;
    const base = baseView(basemap);
    this.#home = fit ? fitView(points, base) : base;
    const fittedFor = `${key}\n${viewBoxOf(base)}`;
    if (!this.#view || this.#fittedFor !== fittedFor) this.#view = this.#home;
    this.#fittedFor = fittedFor;
  }

  /** Zooms by `factor` (> 1 in, < 1 out) about (x, y) in viewBox units, the centre by default. */
  zoomBy(factor: number, x?: number, y?: number): void {
    const basemap = this.#options.basemap();
    if (basemap && this.#view) this.#set(zoomAt(this.#view, baseView(basemap), factor, x, y));
  }

  /** Pans by (dx, dy) quarters of the view. */
  pan(dx: number, dy: number): void {
    const basemap = this.#options.basemap();
    const view = this.#view;
    if (basemap && view) this.#set(panBy(view, baseView(basemap), (dx * view.w) / 4, (dy * view.h) / 4));
  }

  reset(): void {
    if (this.#home) this.#set(this.#home);
  }

  /** Pans as little as needed to bring (x, y) well inside the view. */
  reveal(x: number, y: number): void {
    const basemap = this.#options.basemap();
    const view = this.#view;
    if (basemap && view) this.#set(revealPoint(view, baseView(basemap), x, y, view.w / 10));
  }

  /** Applies a view key about (x, y); false when the key is not one. */
  handleKey(event: KeyboardEvent, x: number, y: number): boolean {
    const action = viewKeyAction(event.key, event.shiftKey);
    if (!action) return false;
    if ('zoom' in action) this.zoomBy(action.zoom, x, y);
    else if ('pan' in action) this.pan(...action.pan);
    else this.reset();
    return true;
  }

  #set(view: View) {
    this.#view = view;
    this.#host.requestUpdate();
  }

  /** A point on screen in viewBox units. */
  #toUnits(svgElement: Element, clientX: number, clientY: number): [number, number] | null {
    const view = this.#view;
    const rect = svgElement.getBoundingClientRect();
    if (!view || rect.width === 0 || rect.height === 0) return null;
    return [view.x + ((clientX - rect.left) / rect.width) * view.w, view.y + ((clientY - rect.top) / rect.height) * view.h];
  }

  readonly onWheel = (event: WheelEvent): void => {
    // The page scrolls over the map until the map is in use (pressed, or a marker focused), or with Ctrl/⌘.
    const inUse = this.#engaged || this.#options.markerFocused();
    if (!(event.ctrlKey || event.metaKey || inUse) || !this.#view) return;
    event.preventDefault();
    const at = this.#toUnits(event.currentTarget as Element, event.clientX, event.clientY);
    const step = event.deltaMode === 1 ? 0.08 : event.deltaMode === 2 ? 1 : 0.0025;
    this.zoomBy(Math.exp(-event.deltaY * step), at?.[0], at?.[1]);
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !this.#view) return;
    this.#engaged = true;
    this.#drag = { id: event.pointerId, x: event.clientX, y: event.clientY, view: this.#view, moved: false };
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const drag = this.#drag;
    const basemap = this.#options.basemap();
    if (!drag || !basemap || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    const target = event.currentTarget as SVGSVGElement;
    if (!drag.moved) {
      drag.moved = true;
      try {
        target.setPointerCapture(event.pointerId);
      } catch {
        // A pointer that is no longer active: the drag goes on without capture.
      }
    }
    const width = target.getBoundingClientRect().width || 1;
    const unitsPerPixel = drag.view.w / width;
    this.#set(panBy(drag.view, baseView(basemap), -dx * unitsPerPixel, -dy * unitsPerPixel));
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.#drag || event.pointerId !== this.#drag.id) return;
    if (this.#drag.moved) {
      // The click that ends a drag is not a pick.
      this.#dragged = true;
      setTimeout(() => (this.#dragged = false));
    }
    this.#drag = undefined;
  };

  readonly onPointerLeave = (): void => {
    if (!this.#drag) this.#engaged = false;
  };
}
