// The state panel: the program's state at the current step — each thread's
// state and next action, the shared variables, and every primitive (a lock's
// owner and its waiters in order, semaphore values, event flags, condition
// waiters, barrier counts), from a snapshot of docs/trace.md.

import { h, replace } from "./dom.js";
import { threadClass } from "./threads.js";

export class StatePanel {
  constructor() {
    this.body = h("div", { class: "state-body" });
    this.caption = h("span", { class: "panel-caption" });
    this.el = h("section", { class: "state-panel", "aria-label": "State" },
      h("div", { class: "panel-head" }, h("h3", { class: "panel-title", text: "State" }), this.caption),
      this.body);
    this.clear();
  }

  clear(message = "The state at the current step shows here.") {
    this.caption.textContent = "";
    replace(this.body, h("p", { class: "muted", text: message }));
  }

  /** Marks the panel as waiting for a snapshot. */
  pending(step) {
    this.caption.textContent = `step ${step} …`;
    this.el.classList.add("is-pending");
  }

  /**
   * Shows a snapshot.
   * @param {object} snap a snapshot of docs/trace.md
   * @param {(id: number) => string} label thread id → label
   */
  show(snap, label) {
    this.el.classList.remove("is-pending");
    this.caption.textContent = `at step ${snap.step}` + (snap.time ? ` · t = ${snap.time} s` : "");
    const chip = (id) => h("span", { class: `thread-chip ${threadClass(id)}`, text: label(id) });
    const parts = [];

    const threads = snap.threads || [];
    if (threads.length) {
      parts.push(h("table", { class: "state-table" },
        h("caption", { class: "visually-hidden", text: "Threads" }),
        h("thead", {}, h("tr", {}, ["Thread", "State", "Line", "Next"].map((c) => h("th", { scope: "col", text: c })))),
        h("tbody", {}, threads.map((t) => h("tr", { class: `st-row st-${t.state}` },
          h("th", { scope: "row" }, chip(t.id), t.name ? h("span", { class: "thread-name", text: " " + t.name }) : null),
          h("td", {}, h("span", { class: `state-badge st-${t.state}`, text: t.state }),
            t.waitsFor ? h("span", { class: "waits", text: " on " + t.waitsFor }) : null),
          h("td", { class: "num", text: t.line ? String(t.line) : "" }),
          h("td", { class: "mono", text: t.next || "" }))))));
    }

    const vars = snap.variables || [];
    parts.push(h("h4", { text: "Variables" }));
    if (vars.length) {
      parts.push(h("dl", { class: "vars" }, vars.map((v) => [h("dt", { class: "mono", text: v.name }), h("dd", { class: "mono", text: v.value })])));
    } else {
      parts.push(h("p", { class: "muted", text: "No shared variables yet." }));
    }

    const prims = snap.primitives || [];
    if (prims.length) {
      parts.push(h("h4", { text: "Synchronization" }));
      parts.push(h("ul", { class: "prims" }, prims.map((p) => primitiveItem(p, chip))));
    }
    replace(this.body, parts);
  }
}

function primitiveItem(p, chip) {
  const facts = [];
  const fact = (name, ...value) => facts.push(h("span", { class: "fact" }, h("span", { class: "fact-name", text: name + " " }), value));
  const isLock = p.type === "Lock" || p.type === "RLock";
  if (isLock || p.owner !== null && p.owner !== undefined) {
    if (p.owner === null || p.owner === undefined) fact("owner", h("span", { class: "free", text: "free" }));
    else fact("owner", chip(p.owner), p.type === "RLock" && p.count > 1 ? ` ×${p.count}` : "");
  }
  if (p.value !== null && p.value !== undefined) fact("value", h("span", { class: "mono", text: String(p.value) }));
  if (p.flag !== null && p.flag !== undefined) fact("flag", h("span", { class: p.flag ? "flag-on" : "flag-off", text: p.flag ? "set" : "clear" }));
  if (p.parties !== null && p.parties !== undefined) fact("waiting", h("span", { class: "mono", text: `${p.waiting || 0} of ${p.parties}` }));
  if (Array.isArray(p.waiters)) {
    fact(p.type === "Condition" || p.type === "Event" || p.type === "Barrier" ? "waiters" : "queue",
      p.waiters.length ? h("span", { class: "waiters" }, p.waiters.map((id, i) => [i ? h("span", { class: "arrow", "aria-hidden": "true", text: "›" }) : null, chip(id)])) : h("span", { class: "muted", text: "none" }));
  }
  return h("li", { class: "prim" },
    h("div", { class: "prim-head" }, h("span", { class: "prim-type", text: p.type }), h("span", { class: "mono prim-name", text: p.name })),
    h("div", { class: "prim-facts" }, facts),
    p.text ? h("p", { class: "prim-text", text: p.text }) : null);
}
