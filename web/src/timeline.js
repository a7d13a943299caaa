// The timeline: one lane per thread over the steps of a trace (or, on a
// switch, over virtual time), drawn on a canvas that only paints what is
// visible, so 10,000-step traces draw and scroll smoothly. States are told
// apart by colour *and* pattern (colour-blind safe); markers show primitive
// operations; arrows join a release/notify/set to the acquire or wake it
// enabled. Hover describes a step in words; click, or ←/→ on the focused
// timeline, moves the current step. A list of the steps is the accessible
// alternative.

import { h, replace, uniqueId } from "./dom.js";
import { threadColour, threadClass, threadLabel, onSchemeChange } from "./threads.js";

const LANE_H = 26;
const AXIS_H = 20;
const BAR_H = 18;
const MIN_W = 2;
const MAX_W = 40;

const STATE_NAMES = ["running", "runnable", "blocked", "waiting", "sleeping", "done", "new"];
const ST = Object.fromEntries(STATE_NAMES.map((s, i) => [s, i]));

// Markers for event kinds: a shape name and a legend glyph.
const MARKERS = {
  read: "ring",
  write: "dot",
  acquire: "square",
  release: "box",
  set: "diamond",
  notify: "diamond",
  clear: "diamond-open",
  wake: "diamond-open",
  exception: "bang",
  print: "bar",
};
const LEGEND_MARKERS = [
  ["○", "read"],
  ["●", "write"],
  ["■", "acquire"],
  ["□", "release"],
  ["◆", "set / notify"],
  ["◇", "wake"],
  ["▬", "print"],
  ["!", "exception"],
];

function cssVar(el, name, fallback) {
  const v = getComputedStyle(el).getPropertyValue(name).trim();
  return v || fallback;
}

/** Describes one event in words (the core's text when it has one). */
export function eventText(ev, trace) {
  if (ev.text) return ev.text;
  const who = threadLabel(trace, ev.thread);
  const parts = [who, ev.kind];
  if (ev.target) parts.push(ev.target);
  if (ev.value !== undefined && ev.value !== null && ev.value !== "") parts.push("→ " + ev.value);
  return parts.join(" ");
}

export class Timeline {
  /**
   * @param {{onSelect: (step: number) => void, label?: string}} opts
   */
  constructor(opts) {
    this.onSelect = opts.onSelect;
    this.trace = null;
    this.step = 0;
    this.stepW = 14;
    this.axis = "steps";
    this.hover = null;
    this.frame = 0;
    this.listOpen = false;
    const id = uniqueId("tl");

    this.canvas = h("canvas", { class: "tl-canvas", "aria-hidden": "true" });
    this.inner = h("div", { class: "tl-inner" }, this.canvas);
    this.scroller = h("div", {
      class: "tl-scroll",
      tabindex: "0",
      role: "slider",
      "aria-label": opts.label || "Timeline: current step",
      "aria-valuemin": "0",
      "aria-valuemax": "0",
      "aria-valuenow": "0",
      "aria-describedby": id + "-help",
    }, this.inner);
    this.labels = h("div", { class: "tl-labels", "aria-hidden": "true" });
    this.tooltip = h("div", { class: "tl-tooltip", role: "tooltip", hidden: true });
    this.now = h("p", { class: "tl-now", "aria-live": "polite" });
    this.zoomOut = h("button", { type: "button", class: "icon-button", "aria-label": "Zoom out", title: "Zoom out (−)", text: "−", on: { click: () => this.zoom(1 / 1.5) } });
    this.zoomIn = h("button", { type: "button", class: "icon-button", "aria-label": "Zoom in", title: "Zoom in (+)", text: "+", on: { click: () => this.zoom(1.5) } });
    this.axisButton = h("button", {
      type: "button",
      class: "chip-button",
      "aria-pressed": "false",
      title: "Spread the steps over virtual time (sleeps and timeouts)",
      text: "Virtual time",
      on: { click: () => this.setAxis(this.axis === "steps" ? "time" : "steps") },
    });
    this.list = h("ol", { class: "tl-list" });
    this.details = h("details", { class: "tl-details", on: { toggle: () => this.onToggleList() } }, h("summary", { text: "Steps as a list" }), this.list);
    this.help = h("p", { id: id + "-help", class: "visually-hidden", text: "Left and right arrows move one step, Home and End go to the first and last step, Page Up and Page Down move ten steps, plus and minus zoom." });
    this.empty = h("p", { class: "tl-empty", text: "Run the program to see its threads interleave." });
    this.el = h("section", { class: "timeline", "aria-label": "Timeline" },
      h("div", { class: "tl-toolbar" },
        h("h3", { class: "panel-title", text: "Timeline" }),
        this.now,
        h("span", { class: "tl-tools" }, this.axisButton, this.zoomOut, this.zoomIn)),
      this.empty,
      h("div", { class: "tl-body" }, this.labels, this.scroller, this.tooltip),
      this.legend(),
      this.help,
      this.details);
    this.el.classList.add("is-empty");

    this.scroller.addEventListener("scroll", () => this.schedule());
    this.scroller.addEventListener("keydown", (e) => this.onKey(e));
    this.canvas.addEventListener("pointermove", (e) => this.onPointer(e));
    this.canvas.addEventListener("pointerleave", () => this.setHover(null));
    this.canvas.addEventListener("click", (e) => {
      const hit = this.hitTest(e);
      if (hit) {
        this.select(hit.step);
        this.scroller.focus({ preventScroll: true });
      }
    });
    if (window.ResizeObserver) new ResizeObserver(() => this.schedule()).observe(this.scroller);
    onSchemeChange(() => {
      this.patterns = null;
      this.schedule();
    });
  }

  legend() {
    const states = [
      ["running", "running (thread colour)"],
      ["runnable", "runnable"],
      ["blocked", "blocked"],
      ["waiting", "waiting"],
      ["sleeping", "sleeping"],
      ["done", "done"],
    ];
    return h("div", { class: "tl-legend", "aria-label": "Legend" },
      states.map(([s, label]) => h("span", { class: "tl-key" }, h("span", { class: `tl-swatch st-${s}`, "aria-hidden": "true" }), label)),
      h("span", { class: "tl-key-sep", "aria-hidden": "true" }),
      LEGEND_MARKERS.map(([g, label]) => h("span", { class: "tl-key" }, h("span", { class: "tl-glyph", "aria-hidden": "true", text: g }), label)),
      h("span", { class: "tl-key" }, h("span", { class: "tl-glyph", "aria-hidden": "true", text: "⤳" }), "enabled by"));
  }

  /** Shows a trace (null clears). Keeps the step if it still exists. */
  setTrace(trace, step) {
    this.trace = trace;
    this.model = trace ? buildModel(trace) : null;
    const n = this.model ? this.model.n : 0;
    this.el.classList.toggle("is-empty", n === 0);
    this.scroller.setAttribute("aria-valuemax", String(n));
    this.scroller.setAttribute("aria-valuemin", n ? "1" : "0");
    const hasTime = this.model && this.model.totalTime > 0;
    this.axisButton.hidden = !hasTime;
    if (!hasTime && this.axis === "time") this.axis = "steps";
    this.fitZoom();
    this.renderLabels();
    this.layout();
    this.listRendered = 0;
    if (this.listOpen) this.renderList();
    else replace(this.list);
    this.setStep(step === undefined ? n : Math.min(step, n), { notify: false });
  }

  fitZoom() {
    const n = this.model ? this.model.n : 0;
    const width = Math.max(200, this.scroller.clientWidth || 600);
    this.stepW = n ? Math.max(MIN_W, Math.min(48, width / n)) : 14;
  }

  zoom(factor) {
    if (!this.model) return;
    const w = Math.max(MIN_W, Math.min(MAX_W, this.stepW * factor));
    if (w === this.stepW) return;
    this.stepW = w;
    this.layout();
    this.reveal(this.step, true);
  }

  setAxis(axis) {
    this.axis = axis;
    this.axisButton.setAttribute("aria-pressed", String(axis === "time"));
    this.layout();
    this.reveal(this.step, true);
  }

  /** Computes the x position of every step for the current zoom and axis. */
  layout() {
    const m = this.model;
    if (!m) {
      this.inner.style.width = "0px";
      this.schedule();
      return;
    }
    const xs = new Float64Array(m.n + 2);
    const w = this.stepW;
    let timeScale = 0;
    if (this.axis === "time" && m.totalTime > 0) {
      const width = Math.max(this.scroller.clientWidth || 600, m.n * w);
      timeScale = width / m.totalTime;
    }
    for (let s = 1; s <= m.n + 1; s++) {
      const t = s <= m.n ? m.times[s] : m.totalTime;
      xs[s] = (s - 1) * w + t * timeScale;
    }
    this.xs = xs;
    this.timeScale = timeScale;
    this.inner.style.width = Math.ceil(xs[m.n + 1] + 8) + "px";
    this.inner.style.height = AXIS_H + m.lanes.length * LANE_H + 4 + "px";
    this.schedule();
  }

  renderLabels() {
    const m = this.model;
    if (!m) {
      replace(this.labels);
      return;
    }
    replace(this.labels, h("div", { class: "tl-label-axis" }), m.lanes.map((t) =>
      h("div", { class: `tl-label ${threadClass(t.id)}`, title: t.name || "" },
        h("span", { class: "thread-chip", text: t.label || threadLabel(this.trace, t.id) }))));
  }

  /** Moves the current step. notify: tell the owner (default true). */
  setStep(step, { notify = true, scroll = true } = {}) {
    const n = this.model ? this.model.n : 0;
    step = Math.max(n ? 1 : 0, Math.min(n, step | 0));
    this.step = step;
    this.scroller.setAttribute("aria-valuenow", String(step));
    const text = step ? this.describe(step) : "No steps";
    this.scroller.setAttribute("aria-valuetext", text);
    this.now.textContent = step ? `Step ${step} of ${n} · ${this.describe(step).replace(/^Step \d+: /, "")}` : "";
    this.now.title = this.now.textContent;
    if (scroll) this.reveal(step, false);
    this.schedule();
    this.markListCurrent();
    if (notify && this.onSelect) this.onSelect(step);
  }

  select(step) {
    this.setStep(step);
  }

  /** Scrolls so that the step is visible (centred when center). */
  reveal(step, center) {
    if (!this.model || !step) return;
    const x0 = this.xs[step];
    const x1 = this.xs[step + 1];
    const view = this.scroller.clientWidth;
    const left = this.scroller.scrollLeft;
    if (center) this.scroller.scrollLeft = Math.max(0, (x0 + x1) / 2 - view / 2);
    else if (x0 < left + 10) this.scroller.scrollLeft = Math.max(0, x0 - view / 4);
    else if (x1 > left + view - 10) this.scroller.scrollLeft = x1 - (3 * view) / 4;
  }

  onKey(e) {
    if (!this.model) return;
    const n = this.model.n;
    let step = this.step;
    switch (e.key) {
      case "ArrowLeft":
        step -= 1;
        break;
      case "ArrowRight":
        step += 1;
        break;
      case "Home":
        step = 1;
        break;
      case "End":
        step = n;
        break;
      case "PageUp":
        step -= 10;
        break;
      case "PageDown":
        step += 10;
        break;
      case "+":
      case "=":
        this.zoom(1.5);
        e.preventDefault();
        return;
      case "-":
        this.zoom(1 / 1.5);
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    this.select(Math.max(1, Math.min(n, step)));
  }

  hitTest(e) {
    const m = this.model;
    if (!m) return null;
    const rect = this.canvas.getBoundingClientRect();
    const x = e.clientX - rect.left + this.scroller.scrollLeft;
    const y = e.clientY - rect.top;
    // Binary search the step whose [xs[s], xs[s+1]) holds x.
    let lo = 1;
    let hi = m.n;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.xs[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    if (x < this.xs[1] || x > this.xs[m.n + 1]) return null;
    const lane = Math.floor((y - AXIS_H) / LANE_H);
    return { step: lo, lane: lane >= 0 && lane < m.lanes.length ? lane : -1, x: e.clientX - rect.left, y };
  }

  onPointer(e) {
    this.setHover(this.hitTest(e));
  }

  setHover(hit) {
    this.hover = hit;
    if (!hit) {
      this.tooltip.hidden = true;
      this.schedule();
      return;
    }
    const m = this.model;
    const lines = [];
    lines.push(h("strong", { text: `Step ${hit.step}` + (m.totalTime > 0 ? ` · t = ${fmtTime(m.times[hit.step])} s` : "") }));
    if (hit.lane >= 0) {
      const t = m.lanes[hit.lane];
      const st = m.stepThread[hit.step] === t.id ? "running" : STATE_NAMES[stateAt(m, hit.lane, hit.step)];
      if (st !== "running") lines.push(h("span", { text: `${t.label || threadLabel(this.trace, t.id)} is ${st === "new" ? "not started yet" : st}` }));
    }
    for (const ev of m.events(hit.step)) lines.push(h("span", { class: threadClass(ev.thread), text: eventText(ev, this.trace) }));
    replace(this.tooltip, lines);
    this.tooltip.hidden = false;
    const bodyRect = this.tooltip.parentElement.getBoundingClientRect();
    const canvasRect = this.canvas.getBoundingClientRect();
    let left = canvasRect.left - bodyRect.left + hit.x + 12;
    const maxLeft = bodyRect.width - this.tooltip.offsetWidth - 4;
    if (left > maxLeft) left = Math.max(4, canvasRect.left - bodyRect.left + hit.x - this.tooltip.offsetWidth - 12);
    this.tooltip.style.left = left + "px";
    this.tooltip.style.top = Math.max(0, hit.y + 14) + "px";
    this.schedule();
  }

  /** The step in words: which thread took it and what it did. */
  describe(step) {
    const m = this.model;
    if (!m || !step) return "";
    const evs = m.events(step);
    const tid = m.stepThread[step];
    const who = tid >= 0 ? threadLabel(this.trace, tid) : "";
    const what = evs.length ? evs.map((ev) => eventText(ev, this.trace)).join("; ") : who ? `${who} runs` : "no visible action (the clock advances)";
    return `Step ${step}: ${what}`;
  }

  onToggleList() {
    this.listOpen = this.details.open;
    if (this.listOpen && !this.listRendered) this.renderList();
  }

  renderList() {
    const m = this.model;
    replace(this.list);
    this.listRendered = 0;
    if (!m) return;
    this.appendListItems(1000);
  }

  appendListItems(count) {
    const m = this.model;
    const more = this.list.querySelector(".tl-list-more");
    if (more) more.remove();
    const end = Math.min(m.n, this.listRendered + count);
    const frag = document.createDocumentFragment();
    for (let s = this.listRendered + 1; s <= end; s++) {
      const tid = m.stepThread[s];
      frag.append(h("li", { dataset: { step: String(s) } },
        h("button", { type: "button", class: `tl-list-step ${tid >= 0 ? threadClass(tid) : ""}`, on: { click: () => this.select(s) } }, this.describe(s))));
    }
    this.list.append(frag);
    this.listRendered = end;
    if (end < m.n) {
      this.list.append(h("li", { class: "tl-list-more" },
        h("button", { type: "button", text: `Show ${Math.min(1000, m.n - end)} more steps`, on: { click: () => this.appendListItems(1000) } })));
    }
    this.markListCurrent();
  }

  markListCurrent() {
    if (!this.listOpen) return;
    const prev = this.list.querySelector("[aria-current]");
    if (prev) prev.removeAttribute("aria-current");
    const li = this.list.children[this.step - 1];
    if (li && li.dataset.step === String(this.step)) li.firstChild.setAttribute("aria-current", "step");
  }

  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  makePatterns(ctx) {
    const mk = (size, paint) => {
      const c = document.createElement("canvas");
      c.width = c.height = size;
      paint(c.getContext("2d"), size);
      return ctx.createPattern(c, "repeat");
    };
    const dpr = window.devicePixelRatio || 1;
    const blocked = cssVar(this.el, "--st-blocked", "#d55e00");
    const waiting = cssVar(this.el, "--st-waiting", "#e69f00");
    const sleeping = cssVar(this.el, "--st-sleeping", "#56b4e9");
    const bg = cssVar(this.el, "--tl-bg", "#ffffff");
    const s = Math.round(8 * dpr);
    return {
      blocked: mk(s, (g, n) => {
        g.fillStyle = blocked;
        g.globalAlpha = 0.35;
        g.fillRect(0, 0, n, n);
        g.globalAlpha = 1;
        g.strokeStyle = blocked;
        g.lineWidth = 2 * dpr;
        g.beginPath();
        g.moveTo(0, n);
        g.lineTo(n, 0);
        g.moveTo(-n / 2, n / 2);
        g.lineTo(n / 2, -n / 2);
        g.moveTo(n / 2, n * 1.5);
        g.lineTo(n * 1.5, n / 2);
        g.stroke();
      }),
      waiting: mk(s, (g, n) => {
        g.fillStyle = waiting;
        g.globalAlpha = 0.3;
        g.fillRect(0, 0, n, n);
        g.globalAlpha = 1;
        g.beginPath();
        g.arc(n / 2, n / 2, 1.6 * dpr, 0, Math.PI * 2);
        g.fill();
      }),
      sleeping: mk(s, (g, n) => {
        g.fillStyle = sleeping;
        g.globalAlpha = 0.3;
        g.fillRect(0, 0, n, n);
        g.globalAlpha = 1;
        g.fillRect(0, n / 2 - dpr, n * 0.6, 2 * dpr);
      }),
      bg,
      dpr,
    };
  }

  draw() {
    const canvas = this.canvas;
    const view = this.scroller.clientWidth;
    const m = this.model;
    const height = m ? AXIS_H + m.lanes.length * LANE_H + 4 : 0;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(view * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(view * dpr);
      canvas.height = Math.round(height * dpr);
      canvas.style.width = view + "px";
      canvas.style.height = height + "px";
    }
    const ctx = canvas.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, view, height);
    if (!m || m.n === 0) return;
    if (!this.patterns || this.patterns.dpr !== dpr) this.patterns = this.makePatterns(ctx);
    const P = this.patterns;
    const ink = cssVar(this.el, "--tl-ink", "#1d2433");
    const muted = cssVar(this.el, "--tl-muted", "#8a94a3");
    const grid = cssVar(this.el, "--tl-grid", "rgba(0,0,0,.06)");
    const current = cssVar(this.el, "--tl-current", "rgba(255,200,0,.28)");
    const left = this.scroller.scrollLeft;
    const xs = this.xs;
    const w = this.stepW;

    // Visible steps.
    const s0 = Math.max(1, this.stepAtX(left) - 1);
    const s1 = Math.min(m.n, this.stepAtX(left + view) + 1);
    const X = (s) => xs[s] - left;
    // A step's cell; on the time axis, the idle time after it is not part of it.
    const W = (s) => (this.axis === "time" ? Math.min(w, xs[s + 1] - xs[s]) : xs[s + 1] - xs[s]);

    // Lane stripes.
    for (let i = 0; i < m.lanes.length; i++) {
      if (i % 2 === 1) {
        ctx.fillStyle = grid;
        ctx.fillRect(0, AXIS_H + i * LANE_H, view, LANE_H);
      }
    }

    // Current step column.
    if (this.step) {
      ctx.fillStyle = current;
      ctx.fillRect(X(this.step), 0, Math.max(2, W(this.step)), height);
    }

    // Axis ticks.
    ctx.fillStyle = muted;
    ctx.font = "11px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    if (this.axis === "time") {
      let lastX = -1e9;
      for (let s = s0; s <= s1; s++) {
        if (s > 1 && m.times[s] === m.times[s - 1] && s !== s0) continue;
        const x = X(s);
        if (x - lastX < 60) continue;
        lastX = x;
        ctx.fillRect(x, AXIS_H - 5, 1, 5);
        ctx.fillText(fmtTime(m.times[s]) + " s", x + 3, AXIS_H / 2);
      }
    } else {
      const every = niceStep(60 / w);
      const first = Math.max(1, Math.ceil(s0 / every) * every);
      for (let s = first === 0 ? every : first; s <= s1; s += every) {
        const x = X(s);
        ctx.fillRect(x, AXIS_H - 5, 1, 5);
        ctx.fillText(String(s), x + 3, AXIS_H / 2);
      }
      if (s0 === 1 && first !== 1) {
        ctx.fillRect(X(1), AXIS_H - 5, 1, 5);
        ctx.fillText("1", X(1) + 3, AXIS_H / 2);
      }
    }

    // State bars.
    const gap = w >= 6 ? 1 : 0;
    for (let i = 0; i < m.lanes.length; i++) {
      const y = AXIS_H + i * LANE_H + (LANE_H - BAR_H) / 2;
      const runs = m.runs[i];
      let r = findRun(runs, s0);
      for (; r < runs.starts.length; r++) {
        const a = Math.max(s0, runs.starts[r]);
        const b = Math.min(s1, r + 1 < runs.starts.length ? runs.starts[r + 1] - 1 : m.n);
        if (a > s1) break;
        if (b < a) continue;
        const st = runs.states[r];
        const x0 = X(a);
        const x1 = X(b + 1);
        switch (st) {
          case ST.running: // drawn below, from who took each step
          case ST.runnable:
            ctx.fillStyle = muted;
            ctx.fillRect(x0, y + BAR_H / 2 - 1.5, x1 - x0, 3);
            break;
          case ST.blocked:
            ctx.fillStyle = P.blocked;
            ctx.fillRect(x0, y, x1 - x0, BAR_H);
            break;
          case ST.waiting:
            ctx.fillStyle = P.waiting;
            ctx.fillRect(x0, y + 2, x1 - x0, BAR_H - 4);
            break;
          case ST.sleeping:
            ctx.fillStyle = P.sleeping;
            ctx.fillRect(x0, y + 4, x1 - x0, BAR_H - 8);
            break;
          case ST.done:
            ctx.fillStyle = grid;
            ctx.fillRect(x0, y + BAR_H / 2 - 0.5, x1 - x0, 1);
            break;
        }
      }
    }

    // Running: the thread that took each step (whatever its state pairs say).
    for (let s = s0; s <= s1; s++) {
      const tid = m.stepThread[s];
      const lane = tid >= 0 ? m.laneOf.get(tid) : undefined;
      if (lane === undefined) continue;
      const y = AXIS_H + lane * LANE_H + (LANE_H - BAR_H) / 2;
      ctx.fillStyle = threadColour(tid);
      ctx.fillRect(X(s), y, Math.max(1, W(s) - gap), BAR_H);
    }

    // Markers.
    if (w >= 7) {
      for (let s = s0; s <= s1; s++) {
        const evs = m.events(s);
        const drawn = new Set();
        for (const ev of evs) {
          const shape = MARKERS[ev.kind];
          const lane = m.laneOf.get(ev.thread);
          if (!shape || lane === undefined || drawn.has(lane)) continue;
          drawn.add(lane);
          const cx = X(s) + (W(s) - gap) / 2;
          const cy = AXIS_H + lane * LANE_H + LANE_H / 2;
          const onBar = m.stepThread[s] === ev.thread;
          drawMarker(ctx, shape, cx, cy, Math.min(4.5, w / 2 - 1), onBar ? P.bg : ink);
        }
      }
    }

    // Arrows from a cause to the step it enabled.
    ctx.strokeStyle = ink;
    ctx.fillStyle = ink;
    ctx.lineWidth = 1.25;
    for (const a of m.arrows) {
      if (a.to < s0 && a.from < s0) continue;
      if (a.from > s1 && a.to > s1) continue;
      const fl = m.laneOf.get(a.fromThread);
      const tl = m.laneOf.get(a.toThread);
      if (fl === undefined || tl === undefined) continue;
      const x0 = X(a.from) + W(a.from) / 2;
      const x1 = X(a.to) + W(a.to) / 2;
      const y0 = AXIS_H + fl * LANE_H + LANE_H / 2 + (tl > fl ? BAR_H / 2 : -BAR_H / 2);
      const y1 = AXIS_H + tl * LANE_H + LANE_H / 2 + (tl > fl ? -BAR_H / 2 : BAR_H / 2);
      drawArrow(ctx, x0, y0, x1, y1);
    }

    // Current step outline and hover.
    if (this.step) {
      ctx.strokeStyle = ink;
      ctx.lineWidth = 1.5;
      const x = X(this.step);
      const sw = Math.max(2, W(this.step));
      ctx.strokeRect(x + 0.75, 0.75, sw - 1.5, height - 1.5);
    }
    if (this.hover && this.hover.lane >= 0) {
      ctx.strokeStyle = muted;
      ctx.lineWidth = 1;
      const x = X(this.hover.step);
      ctx.strokeRect(x + 0.5, AXIS_H + this.hover.lane * LANE_H + 0.5, Math.max(2, W(this.hover.step)) - 1, LANE_H - 1);
    }
  }

  stepAtX(x) {
    const m = this.model;
    let lo = 1;
    let hi = m.n;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.xs[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Preprocesses a trace for drawing: O(steps + events). */
export function buildModel(trace) {
  const events = Array.isArray(trace.events) ? trace.events : [];
  let n = trace.steps | 0;
  for (const ev of events) if (ev.step > n) n = ev.step;
  const lanes = (trace.threads || []).slice().sort((a, b) => a.id - b.id);
  const laneOf = new Map(lanes.map((t, i) => [t.id, i]));
  // Events grouped by step: starts[s] .. starts[s+1] index into sorted.
  const sorted = events.slice().sort((a, b) => a.step - b.step);
  const starts = new Int32Array(n + 2);
  {
    let j = 0;
    for (let s = 0; s <= n + 1; s++) {
      while (j < sorted.length && sorted[j].step < s) j++;
      starts[s] = j;
    }
  }
  const eventsAt = (s) => (s < 0 || s > n ? [] : sorted.slice(starts[s], starts[s + 1]));
  // State runs per lane.
  const runs = lanes.map((t) => {
    const st = [];
    const states = [];
    const created = t.created | 0;
    if (created > 1) {
      st.push(1);
      states.push(ST.new);
    }
    for (const [step, name] of t.states || []) {
      const code = ST[name] === undefined ? ST.runnable : ST[name];
      const s = Math.max(1, step | 0);
      if (st.length && st[st.length - 1] === s) states[states.length - 1] = code;
      else {
        st.push(s);
        states.push(code);
      }
    }
    if (!st.length) {
      st.push(1);
      states.push(ST.runnable);
    }
    return { starts: Int32Array.from(st), states: Uint8Array.from(states) };
  });
  const model = { n, lanes, laneOf, runs, events: eventsAt, arrows: [], totalTime: Number(trace.time) || 0 };
  // Who took each step.
  const stepThread = new Int32Array(n + 1).fill(-1);
  for (let i = 0; i < lanes.length; i++) {
    const r = runs[i];
    for (let k = 0; k < r.starts.length; k++) {
      if (r.states[k] !== ST.running) continue;
      const end = k + 1 < r.starts.length ? r.starts[k + 1] - 1 : n;
      for (let s = r.starts[k]; s <= end; s++) if (stepThread[s] < 0) stepThread[s] = lanes[i].id;
    }
  }
  for (let s = 1; s <= n; s++) {
    if (stepThread[s] < 0 && starts[s] < starts[s + 1]) stepThread[s] = sorted[starts[s]].thread;
  }
  model.stepThread = stepThread;
  // Virtual time at each step (carried forward).
  const times = new Float64Array(n + 2);
  let t = 0;
  for (let s = 1; s <= n; s++) {
    if (starts[s] < starts[s + 1]) t = Math.max(t, Number(sorted[starts[s]].time) || 0);
    times[s] = t;
  }
  times[n + 1] = Math.max(t, model.totalTime);
  model.totalTime = times[n + 1];
  model.times = times;
  // Arrows: events that carry the step that enabled them.
  for (const ev of sorted) {
    if (typeof ev.cause !== "number" || ev.cause < 1 || ev.cause > n) continue;
    let fromThread = stepThread[ev.cause];
    const causeEvs = eventsAt(ev.cause);
    const c = causeEvs.find((x) => ["release", "notify", "set", "put", "barrier", "exit"].includes(x.kind));
    if (c) fromThread = c.thread;
    if (fromThread < 0) continue;
    model.arrows.push({ from: ev.cause, fromThread, to: ev.step, toThread: ev.thread });
  }
  return model;
}

function findRun(runs, s) {
  let lo = 0;
  let hi = runs.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs.starts[mid] <= s) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function stateAt(m, lane, s) {
  const runs = m.runs[lane];
  return runs.states[findRun(runs, s)];
}

function niceStep(min) {
  for (const k of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000]) if (k >= min) return k;
  return 100000;
}

function fmtTime(t) {
  return Number(t).toFixed(t < 10 ? 2 : 1).replace(/\.?0+$/, "") || "0";
}

function drawMarker(ctx, shape, x, y, r, colour) {
  ctx.fillStyle = colour;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1.4;
  ctx.beginPath();
  switch (shape) {
    case "dot":
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fill();
      break;
    case "ring":
      ctx.arc(x, y, r - 0.6, 0, Math.PI * 2);
      ctx.stroke();
      break;
    case "square":
      ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
      break;
    case "box":
      ctx.strokeRect(x - r + 0.6, y - r + 0.6, 2 * r - 1.2, 2 * r - 1.2);
      break;
    case "diamond":
      ctx.moveTo(x, y - r - 1);
      ctx.lineTo(x + r + 1, y);
      ctx.lineTo(x, y + r + 1);
      ctx.lineTo(x - r - 1, y);
      ctx.closePath();
      ctx.fill();
      break;
    case "diamond-open":
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y);
      ctx.lineTo(x, y + r);
      ctx.lineTo(x - r, y);
      ctx.closePath();
      ctx.stroke();
      break;
    case "bar":
      ctx.fillRect(x - r, y - 1.5, 2 * r, 3);
      break;
    case "bang":
      ctx.fillRect(x - 1, y - r - 1, 2, 2 * r - 2);
      ctx.fillRect(x - 1, y + r - 1, 2, 2);
      break;
  }
}

function drawArrow(ctx, x0, y0, x1, y1) {
  const dy = y1 - y0;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.bezierCurveTo(x0, y0 + dy * 0.6, x1, y1 - dy * 0.6, x1, y1);
  ctx.stroke();
  // Head, pointing along the curve's end tangent (vertical-ish).
  const dir = y1 > y0 ? 1 : -1;
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x1 - 3.5, y1 - 6 * dir);
  ctx.lineTo(x1 + 3.5, y1 - 6 * dir);
  ctx.closePath();
  ctx.fill();
}
