// "Be the scheduler": one button per unfinished thread showing the action it
// would take next; blocked threads are shown disabled with the reason. Undo
// takes back the last choice, Reset starts over.

import { h, replace } from "./dom.js";
import { threadClass } from "./threads.js";

export class Scheduler {
  /** @param {{onChoose: (thread: number) => void, onUndo: () => void, onReset: () => void, onExit: () => void}} opts */
  constructor(opts) {
    this.buttons = h("div", { class: "sched-threads", role: "group", "aria-label": "Runnable threads" });
    this.info = h("p", { class: "sched-info", "aria-live": "polite" });
    this.undo = h("button", { type: "button", class: "button small", text: "↶ Undo", "aria-keyshortcuts": "Control+Z", on: { click: opts.onUndo } });
    this.reset = h("button", { type: "button", class: "button small", text: "⟲ Reset", on: { click: opts.onReset } });
    this.exit = h("button", { type: "button", class: "button small ghost", text: "Done", title: "Leave step mode", on: { click: opts.onExit } });
    this.onChoose = opts.onChoose;
    this.el = h("section", { class: "scheduler", "aria-label": "Be the scheduler", hidden: true },
      h("div", { class: "panel-head" },
        h("h3", { class: "panel-title", text: "Be the scheduler" }),
        h("span", { class: "panel-caption", text: "pick the thread that takes the next step" }),
        h("span", { class: "sched-tools" }, this.undo, this.reset, this.exit)),
      this.buttons, this.info);
  }

  /**
   * Shows the answer to a step request.
   * @param {object} resp {paused, runnable: [{thread, label, next, enabled, reason}], ...trace}
   * @param {number} chosen how many choices have been made
   */
  show(resp, chosen) {
    const runnable = resp.runnable || [];
    const buttons = runnable.map((r, i) => {
      const enabled = r.enabled !== false;
      return h("button", {
        type: "button",
        class: `sched-thread ${threadClass(r.thread)}`,
        disabled: !enabled,
        dataset: { thread: String(r.thread) },
        title: enabled ? `Let ${r.label} take the next step` : r.reason || "cannot run now",
        "aria-keyshortcuts": i < 9 ? String(i + 1) : null,
        on: { click: () => this.onChoose(r.thread) },
      }, h("span", { class: "thread-chip", text: r.label || "T" + r.thread }),
      h("span", { class: "sched-next", text: r.next || "runs" }),
      !enabled ? h("span", { class: "sched-reason", text: r.reason || "blocked" }) : null);
    });
    replace(this.buttons, buttons);
    if (!resp.paused) {
      this.info.textContent = `The program has ended (${resp.status}) after ${resp.steps} steps.` + (chosen ? " Undo to choose differently." : "");
    } else if (!runnable.some((r) => r.enabled !== false)) {
      this.info.textContent = "No thread can run.";
    } else {
      this.info.textContent = chosen ? `${chosen} step${chosen === 1 ? "" : "s"} chosen by hand.` : "Choose which thread goes first.";
    }
    this.undo.disabled = chosen === 0;
    this.reset.disabled = chosen === 0;
  }

  setBusy(busy) {
    this.el.classList.toggle("is-busy", busy);
    for (const b of this.buttons.querySelectorAll("button")) b.toggleAttribute("aria-busy", busy);
  }

  /** Handles the digit shortcuts: 1 chooses the first thread button, and so on. */
  key(e) {
    if (this.el.hidden || e.altKey || e.ctrlKey || e.metaKey) return false;
    if (!/^[1-9]$/.test(e.key)) return false;
    const b = this.buttons.querySelectorAll("button")[Number(e.key) - 1];
    if (!b || b.disabled) return false;
    b.click();
    return true;
  }
}
