// Explore: progress while the core enumerates the interleavings, a Cancel
// button, then the outcome list (status, output, how many runs ended so).
// Choosing an outcome loads its schedule into the timeline.

import { h, replace } from "./dom.js";

/** A short label for an outcome: what it printed, or how it ended. */
export function outcomeLabel(o) {
  const out = (o.stdout || "").trim();
  if (o.status === "ok") return out ? "prints " + oneLine(out) : "prints nothing";
  if (o.status === "error") {
    const last = (o.stderr || "").trim().split("\n").pop() || "error";
    return oneLine(last) + (out ? " · prints " + oneLine(out) : "");
  }
  return o.status + (out ? " · prints " + oneLine(out) : "");
}

const STATUS_ORDER = ["ok", "error", "deadlock", "livelock", "step-limit"];

/** Orders outcomes: ok first, then by output (numbers numerically). */
function compareOutcomes(a, b) {
  const sa = STATUS_ORDER.indexOf(a.status);
  const sb = STATUS_ORDER.indexOf(b.status);
  if (sa !== sb) return sa - sb;
  const oa = (a.stdout || "").trim();
  const ob = (b.stdout || "").trim();
  const na = Number(oa);
  const nb = Number(ob);
  if (oa !== "" && ob !== "" && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return oa.localeCompare(ob, undefined, { numeric: true }) || (a.stderr || "").localeCompare(b.stderr || "");
}

function oneLine(s) {
  const t = s.replace(/\n/g, " ⏎ ");
  return t.length > 80 ? t.slice(0, 79) + "…" : t;
}

export class ExploreView {
  /** @param {{onPick: (outcome: object, index: number) => void, onCancel: () => void}} opts */
  constructor(opts) {
    this.onPick = opts.onPick;
    this.progress = h("progress", { class: "explore-progress", max: "1", "aria-label": "Exploration progress" });
    this.counts = h("span", { class: "explore-counts", "aria-live": "polite" });
    this.cancel = h("button", { type: "button", class: "button small", text: "Cancel", on: { click: opts.onCancel } });
    this.summary = h("p", { class: "explore-summary", "aria-live": "polite" });
    this.list = h("ol", { class: "outcomes", "data-testid": "outcomes", "aria-label": "Outcomes" });
    this.el = h("section", { class: "explore", "aria-label": "Every outcome", hidden: true },
      h("div", { class: "panel-head" }, h("h3", { class: "panel-title", text: "Every outcome" }),
        h("span", { class: "explore-bar" }, this.progress, this.counts, this.cancel)),
      this.summary, this.list);
  }

  start(maxExecutions) {
    this.max = maxExecutions;
    this.progress.removeAttribute("value");
    this.progress.hidden = false;
    this.cancel.hidden = false;
    this.counts.textContent = "Starting…";
    this.summary.textContent = "";
    replace(this.list);
    this.el.classList.add("is-running");
  }

  update(report) {
    const runs = report.executions || 0;
    this.counts.textContent = `${runs} run${runs === 1 ? "" : "s"} · ${report.outcomes || 0} outcome${report.outcomes === 1 ? "" : "s"}`;
    if (this.max) {
      this.progress.max = this.max;
      this.progress.value = Math.min(runs, this.max);
    }
  }

  finish() {
    this.el.classList.remove("is-running");
    this.progress.hidden = true;
    this.cancel.hidden = true;
  }

  /** Shows the exploration result. */
  done(result) {
    this.finish();
    const outcomes = (result.outcomes || []).slice().sort(compareOutcomes);
    const runs = result.executions || 0;
    this.counts.textContent = "";
    const how = result.complete
      ? `Every interleaving explored: ${runs} run${runs === 1 ? "" : "s"}, ${outcomes.length} outcome${outcomes.length === 1 ? "" : "s"}.`
      : `Stopped after ${runs} run${runs === 1 ? "" : "s"}${result.reason ? " (" + result.reason + ")" : ""}: there may be more outcomes.`;
    this.summary.textContent = how + (outcomes.length ? " Choose one to see how it happens." : "");
    this.outcomes = outcomes;
    replace(this.list, outcomes.map((o, i) => h("li", { dataset: { status: o.status, stdout: (o.stdout || "").trim() } },
      h("button", { type: "button", class: `outcome status-${o.status}`, on: { click: () => this.pick(i) } },
        h("span", { class: `status-badge status-${o.status}`, text: o.status }),
        h("span", { class: "outcome-label mono", text: outcomeLabel(o) }),
        h("span", { class: "outcome-count", text: `${o.count} run${o.count === 1 ? "" : "s"}` })))));
  }

  /** Shows that the exploration was stopped before it answered. */
  stopped(message) {
    this.finish();
    this.summary.textContent = message;
  }

  pick(i) {
    for (const [j, li] of [...this.list.children].entries()) {
      const b = li.firstChild;
      if (j === i) b.setAttribute("aria-current", "true");
      else b.removeAttribute("aria-current");
    }
    this.onPick(this.outcomes[i], i);
  }
}
