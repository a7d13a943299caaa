// A scenario pane: the editor, the Run / Step / Explore controls, the
// timeline, the state panel and the output of one program. It sends requests
// to the core (docs/protocol.md) and draws what comes back; it never
// computes semantics itself.

import { h, uniqueId } from "./dom.js";
import { createEditor } from "./editor.js";
import { Timeline, eventText } from "./timeline.js";
import { StatePanel } from "./state-panel.js";
import { Output } from "./output.js";
import { Scheduler } from "./scheduler.js";
import { ExploreView } from "./explore.js";
import { Stopped, Superseded } from "./worker-client.js";
import { loadCode, saveCode, loadPref, savePref, scenarioKey } from "./storage.js";
import { threadLabel } from "./threads.js";
import { EXAMPLES } from "./examples.js";
import { encodeShare } from "./share.js";

const MAX_STEPS = 100000;
const MAX_EXECUTIONS = 2000;
const BUSY_DELAY_MS = 150;

function randomSeed() {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return (a[0] % 999999) + 1;
}

function statusText(trace) {
  const steps = `${trace.steps} step${trace.steps === 1 ? "" : "s"}`;
  switch (trace.status) {
    case "ok":
      return `Finished after ${steps}.`;
    case "error":
      return trace.error ? `${trace.error.type}: ${trace.error.message} (line ${trace.error.line})` : `Ended with an exception after ${steps}.`;
    case "deadlock":
      return `Deadlock after ${steps}: every thread is waiting.`;
    case "step-limit":
      return `Stopped at the step limit (${steps}).`;
    case "livelock":
      return `Livelock: the threads keep running without progress (${steps}).`;
  }
  return trace.status || "";
}

/**
 * Where a run that ended with an uncaught exception failed: the innermost
 * frame of the last traceback in stderr (else the last exception event), with
 * the exception line as the message.
 */
function runtimeError(trace) {
  const lines = (trace.stderr || "").trimEnd().split("\n");
  const message = (lines[lines.length - 1] || "").trim();
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^\s*File "(?:main\.py|<string>)", line (\d+)/.exec(lines[i]);
    if (m) return { line: Number(m[1]), col: 0, message };
  }
  const exc = [...(trace.events || [])].reverse().find((ev) => ev.kind === "exception" && ev.line);
  return exc ? { line: exc.line, col: exc.col || 0, message: message || eventText(exc, trace) } : null;
}

export class Scenario {
  /**
   * @param {{core: import("./worker-client.js").Core, page: string, id: string, title: string,
   *          source: string, placeholder?: string, examples?: boolean, persist?: boolean,
   *          readOnly?: boolean}} opts
   */
  constructor(opts) {
    this.core = opts.core;
    this.id = opts.id;
    this.title = opts.title;
    this.original = opts.source;
    // Shared code (from a link) is not saved over the learner's own code.
    this.key = opts.persist === false ? null : scenarioKey(opts.page, opts.id);
    this.uid = uniqueId("scn");
    this.mode = "run"; // run | step | explore
    this.trace = null;
    this.traceSource = "";
    this.snapshots = new Map();
    this.choices = [];
    this.stepResp = null;
    this.seed = (this.key && loadPref("seed:" + this.key, 0)) || randomSeed();
    this.policy = loadPref("policy", "random");

    const saved = this.key ? loadCode(this.key) : null;
    const initial = saved !== null ? saved : this.original;

    // Header.
    this.edited = h("span", { class: "edited-badge", text: "edited", hidden: true });
    this.resetButton = h("button", {
      type: "button", class: "button small ghost", text: "Reset code",
      title: "Go back to the lesson's code (Ctrl-Z undoes)",
      on: { click: () => this.resetCode() },
    });
    const headId = this.uid + "-title";
    let examples = null;
    if (opts.examples) {
      examples = h("select", {
        class: "examples-select", "aria-label": "Load an example",
        on: { change: () => {
          const ex = EXAMPLES[Number(examples.value)];
          examples.value = "";
          if (ex) {
            this.editor.setText(ex.code);
            this.editor.focus();
          }
        } },
      }, h("option", { value: "", text: "Load an example…" }), EXAMPLES.map((ex, i) => h("option", { value: String(i), text: ex.name })));
    }
    this.shareButton = h("button", { type: "button", class: "button small ghost", title: "Copy a link that opens this code (and the run shown in the timeline)", on: { click: () => this.share() } }, "Share");
    this.shareLink = h("input", { type: "text", class: "share-link", readonly: true, "aria-label": "Share link" });
    this.shareNote = h("span", { class: "share-note", "aria-live": "polite" });
    this.shareBox = h("div", { class: "share-box", hidden: true }, this.shareLink, this.shareNote,
      h("button", { type: "button", class: "icon-button", "aria-label": "Close", text: "×", on: { click: () => { this.shareBox.hidden = true; this.shareButton.focus(); } } }));
    const head = h("div", { class: "pane-head" },
      h("h2", { class: "pane-title", id: headId, text: this.title || "Scenario" }),
      this.edited,
      h("span", { class: "pane-tools" },
        examples,
        opts.page === "playground" || opts.page === "embed" ? null : this.resetButton,
        this.shareButton));

    // Editor.
    const editorWrap = h("div", { class: "editor-wrap" });
    this.editor = createEditor({
      parent: editorWrap,
      doc: initial,
      label: `Python code${this.title ? " of " + this.title : ""}`,
      placeholder: opts.placeholder,
      onRun: () => this.runNewSeed(),
      onChange: (text) => this.onEdit(text),
      readOnly: opts.readOnly,
    });

    // Controls.
    this.runButton = h("button", { type: "button", class: "button primary", "data-action": "run", "aria-keyshortcuts": "Control+Enter Meta+Enter", title: "Run with a new seed: each run may interleave differently (Ctrl/⌘-Enter)", on: { click: () => this.runNewSeed() } }, h("span", { "aria-hidden": "true", text: "▶ " }), "Run");
    this.seedInput = h("input", {
      type: "number", class: "seed-input", min: "1", max: "999999", value: String(this.seed),
      "aria-label": "Seed of the random scheduler",
      on: {
        change: () => this.setSeed(Number(this.seedInput.value) || 1),
        keydown: (e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            this.setSeed(Number(this.seedInput.value) || 1);
            this.run();
          }
        },
      },
    });
    this.sameSeedButton = h("button", { type: "button", class: "button", "data-action": "same-seed", title: "Run again with the same seed: the same interleaving, unless the code changed", on: { click: () => this.run() } }, h("span", { "aria-hidden": "true", text: "↻ " }), "Same seed");
    this.stepButton = h("button", { type: "button", class: "button", "data-action": "step", title: "Be the scheduler: choose which thread takes each step", on: { click: () => this.stepStart() } }, h("span", { "aria-hidden": "true", text: "⇥ " }), "Step");
    this.exploreButton = h("button", { type: "button", class: "button", "data-action": "explore", title: "Run every interleaving that matters and list the outcomes", on: { click: () => this.explore() } }, h("span", { "aria-hidden": "true", text: "✱ " }), "Explore");
    this.stopButton = h("button", { type: "button", class: "button danger", "data-action": "stop", disabled: true, "aria-keyshortcuts": "Escape", title: "Stop the running program (Esc)", on: { click: () => this.stop() } }, h("span", { "aria-hidden": "true", text: "■ " }), "Stop");
    this.policySelect = h("select", { class: "policy-select", "aria-label": "Scheduling policy", on: { change: () => { this.policy = this.policySelect.value; savePref("policy", this.policy); } } },
      [["random", "random"], ["rr:1", "round-robin"], ["rr:5", "round-robin ×5"], ["pct:3", "PCT"]].map(([v, l]) => h("option", { value: v, text: l, selected: v === this.policy })));
    this.busyNote = h("span", { class: "busy-note", "aria-live": "polite" });
    const controls = h("div", { class: "controls", role: "toolbar", "aria-label": "Run controls" },
      this.runButton,
      h("span", { class: "seed-group" },
        h("label", { class: "policy" }, h("span", { class: "visually-hidden", text: "Scheduler" }), this.policySelect),
        h("label", { class: "seed" }, h("span", { class: "seed-label", text: "seed" }), this.seedInput)),
      this.sameSeedButton,
      h("span", { class: "controls-sep", "aria-hidden": "true" }),
      this.stepButton, this.exploreButton, this.stopButton,
      this.busyNote);

    // Panels.
    this.scheduler = new Scheduler({
      onChoose: (t) => this.stepChoose(t),
      onUndo: () => this.stepUndo(),
      onReset: () => this.stepReset(),
      onExit: () => this.setMode("run"),
    });
    this.exploreView = new ExploreView({
      onPick: (o) => this.run({ schedule: o.schedule, keepMode: true, source: this.exploreSource }),
      onCancel: () => this.cancelExplore(),
    });
    this.timeline = new Timeline({ onSelect: (s) => this.showStep(s), label: `Timeline of ${this.title || "the program"}: current step` });
    this.state = new StatePanel();
    this.output = new Output({ onLine: (n) => this.editor.goToLine(n) });

    // Two columns on a wide playground; one column (in the order set by
    // style.css) beside a lesson.
    this.el = h("section", { class: "pane", "aria-labelledby": headId, dataset: { scenario: this.id } },
      head, this.shareBox,
      h("div", { class: "pane-left" }, editorWrap, controls, this.timeline.el),
      h("div", { class: "pane-right" }, this.output.el, this.scheduler.el, this.exploreView.el, this.state.el));
    this.el.addEventListener("keydown", (e) => this.onKey(e));
    this.onEdit(initial, true);
    this.core.subscribe(() => this.updateBusy());
  }

  setSeed(seed) {
    this.seed = Math.max(1, Math.min(999999, seed | 0));
    this.seedInput.value = String(this.seed);
    if (this.key) savePref("seed:" + this.key, this.seed);
    return this.seed;
  }

  onEdit(text, initial = false) {
    const edited = text !== this.original && this.original !== "";
    this.edited.hidden = !edited;
    this.resetButton.disabled = !edited;
    if (initial) return;
    clearTimeout(this.saveTimer);
    if (this.key) this.saveTimer = setTimeout(() => saveCode(this.key, text === this.original ? null : text), 250);
  }

  /** Saves pending edits now (before the page unloads). */
  flush() {
    if (!this.saveTimer || !this.key) return;
    clearTimeout(this.saveTimer);
    const text = this.editor.getText();
    saveCode(this.key, text === this.original ? null : text);
  }

  resetCode() {
    this.editor.setText(this.original);
    if (this.key) saveCode(this.key, null);
    this.editor.focus();
  }

  onKey(e) {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      this.runNewSeed();
    } else if (e.key === "Escape" && this.core.busyFor(this)) {
      e.preventDefault();
      this.stop();
    } else if (this.mode === "step" && !e.target.closest(".cm-editor") && e.target.tagName !== "INPUT" && e.target.tagName !== "SELECT") {
      if (this.scheduler.key(e)) e.preventDefault();
      else if ((e.ctrlKey || e.metaKey) && e.key === "z" && this.choices.length) {
        e.preventDefault();
        this.stepUndo();
      }
    }
  }

  setMode(mode) {
    this.mode = mode;
    this.scheduler.el.hidden = mode !== "step";
    this.exploreView.el.hidden = mode !== "explore";
    this.stepButton.setAttribute("aria-pressed", String(mode === "step"));
    this.el.dataset.mode = mode;
  }

  updateBusy() {
    const busy = this.core.busyFor(this);
    this.stopButton.disabled = !busy;
    this.el.classList.toggle("is-busy", busy);
    this.scheduler.setBusy(busy);
    if (!busy) {
      clearTimeout(this.busyTimer);
      this.busyTimer = 0;
      this.busyNote.textContent = "";
    } else if (!this.busyTimer) {
      this.busyTimer = setTimeout(() => {
        if (this.core.busyFor(this)) this.busyNote.textContent = this.core.state === "loading" ? "Starting the core…" : "Running…";
      }, BUSY_DELAY_MS);
    }
  }

  /** Sends a request; answers null (and says why) when it did not complete. */
  async send(request, options = {}) {
    const p = this.core.request(request, { owner: this, ...options });
    this.updateBusy();
    this.failure = null; // why the last request gave no answer: stopped | error
    try {
      const resp = await p;
      if (resp && resp.type === "error") {
        this.failure = "error";
        this.output.setStatus(`The core could not answer: ${resp.message}`, "error");
        return null;
      }
      return resp;
    } catch (err) {
      if (err instanceof Superseded) return null;
      if (err instanceof Stopped) {
        this.failure = "stopped";
        if (!options.quiet) this.output.setStatus("Stopped. The core was restarted; everything else is as it was.", "info");
        return null;
      }
      this.failure = "error";
      this.output.setStatus(String(err.message || err), "error");
      return null;
    } finally {
      this.updateBusy();
    }
  }

  stop() {
    this.core.stop(this);
  }

  // --- Run -----------------------------------------------------------------

  /** Runs with a new random seed (Run, Ctrl/Cmd-Enter). */
  runNewSeed() {
    return this.run({ seed: this.setSeed(randomSeed()) });
  }

  async run({ seed, schedule, keepMode = false, source = this.editor.getText() } = {}) {
    if (!keepMode) this.setMode("run");
    const req = { type: "run", source, file: "main.py", maxSteps: MAX_STEPS };
    if (schedule) {
      req.schedule = schedule;
    } else {
      req.seed = seed || this.seed;
      req.policy = this.policy;
    }
    this.output.setStatus("Running…", "busy");
    const trace = await this.send(req);
    if (!trace) return;
    this.showTrace(trace, source);
  }

  /** Shows a run result: timeline, output, status, error marks. */
  showTrace(trace, source, step) {
    this.trace = trace;
    this.traceSource = source;
    this.snapshots = new Map();
    if (trace.error) {
      const e = trace.error;
      this.editor.setError({ line: e.line, col: e.col, message: `${e.type}: ${e.message}` });
      this.timeline.setTrace(null);
      this.editor.setThreads([]);
      this.state.clear("The program did not compile, so nothing ran.");
      this.output.show("", e.text || `${e.type}: ${e.message}`);
      this.output.setStatus(statusText(trace), "error");
    } else {
      this.editor.setError(trace.status === "error" ? runtimeError(trace) : null);
      this.output.show(trace.stdout || "", trace.stderr || "");
      const kind = trace.status === "ok" ? "ok" : trace.status === "error" ? "error" : "warn";
      const seed = trace.seed !== undefined && trace.policy !== "replay" && trace.policy !== "manual" ? ` Seed ${trace.seed}.` : "";
      // The core's message can be a whole report (a deadlock names every
      // thread, and stderr shows it): the status keeps its first line.
      const message = (trace.message || "").split("\n")[0].trim() || statusText(trace);
      this.output.setStatus(message + seed, kind);
      this.timeline.setTrace(trace, step);
      if (step === undefined) this.showStep(this.timeline.step);
    }
    this.el.dispatchEvent(new CustomEvent("lockstep:result", { bubbles: true, detail: { mode: this.mode, trace } }));
  }

  // --- Current step ----------------------------------------------------------

  /** Shows the state at a step: threads' lines in the editor, the snapshot. */
  showStep(step) {
    const trace = this.trace;
    if (!trace || !step) {
      this.editor.setThreads([]);
      return;
    }
    const m = this.timeline.model;
    // Each thread's line: its latest event with a line at or before the step.
    const lines = new Map();
    for (const ev of trace.events || []) {
      if (ev.step > step) break;
      if (ev.line) lines.set(ev.thread, ev.line);
    }
    const active = m ? m.stepThread[step] : -1;
    const threads = (trace.threads || []).filter((t) => lines.has(t.id) && !(t.ended && t.ended < step && t.id !== active))
      .map((t) => ({ id: t.id, label: threadLabel(trace, t.id), line: lines.get(t.id), active: t.id === active }));
    this.editor.setThreads(threads);
    this.loadSnapshot(step);
  }

  async loadSnapshot(step) {
    const trace = this.trace;
    if (this.mode === "step" && this.stepResp && this.stepResp.snapshot && step === trace.steps) {
      this.state.show(this.stepResp.snapshot, (id) => threadLabel(trace, id));
      return;
    }
    if (this.snapshots.has(step)) {
      this.state.show(this.snapshots.get(step), (id) => threadLabel(trace, id));
      return;
    }
    if (!trace.schedule && trace.schedule !== "") {
      this.state.clear("No snapshot: this run has no schedule to replay.");
      return;
    }
    this.state.pending(step);
    const resp = await this.send({ type: "snapshot", source: this.traceSource, file: "main.py", schedule: trace.schedule, step }, { key: "snap:" + this.uid, quiet: true });
    if (!resp || this.trace !== trace) return;
    this.snapshots.set(step, resp);
    if (this.timeline.step === step) this.state.show(resp, (id) => threadLabel(trace, id));
  }

  // --- Step mode -------------------------------------------------------------

  async stepStart() {
    this.setMode("step");
    this.choices = [];
    this.stepSource = this.editor.getText();
    await this.stepSend();
    this.focusScheduler();
  }

  focusScheduler() {
    const b = this.scheduler.buttons.querySelector("button:not([disabled])");
    if (b) b.focus();
  }

  async stepSend() {
    this.output.setStatus("Stepping…", "busy");
    const choices = this.choices.slice();
    const resp = await this.send({ type: "step", source: this.stepSource, file: "main.py", choices, maxSteps: MAX_STEPS });
    if (!resp || this.mode !== "step") return false;
    this.stepResp = resp;
    this.scheduler.show(resp, choices.length);
    this.showTrace(resp, this.stepSource);
    if (resp.snapshot) this.state.show(resp.snapshot, (id) => threadLabel(resp, id));
    if (!resp.paused) this.output.setStatus((resp.message || statusText(resp)), resp.status === "ok" ? "ok" : "warn");
    else this.output.setStatus(choices.length ? `Paused after ${resp.steps} steps: choose the next thread.` : "Choose which thread takes the first step.", "info");
    return true;
  }

  async stepChoose(thread) {
    if (this.core.busyFor(this)) return;
    const focusedIndex = [...this.scheduler.buttons.children].indexOf(document.activeElement);
    this.choices.push(thread);
    if (!(await this.stepSend())) {
      this.choices.pop();
      return;
    }
    // Keep keyboard focus on the scheduler.
    const buttons = this.scheduler.buttons.querySelectorAll("button:not([disabled])");
    if (focusedIndex >= 0 && buttons.length) buttons[Math.min(focusedIndex, buttons.length - 1)].focus();
    else if (!buttons.length) this.scheduler.undo.focus();
  }

  async stepUndo() {
    if (!this.choices.length || this.core.busyFor(this)) return;
    const last = this.choices.pop();
    if (!(await this.stepSend())) this.choices.push(last);
  }

  async stepReset() {
    if (this.core.busyFor(this)) return;
    this.choices = [];
    this.stepSource = this.editor.getText();
    await this.stepSend();
  }

  // --- Explore -----------------------------------------------------------------

  async explore() {
    const source = this.editor.getText();
    this.setMode("explore");
    this.exploreView.start(MAX_EXECUTIONS);
    this.output.setStatus("Exploring every interleaving…", "busy");
    let last = null;
    const resp = await this.send(
      { type: "explore", source, file: "main.py", strategy: "dpor", maxExecutions: MAX_EXECUTIONS, seed: this.seed },
      { onProgress: (r) => { last = r; this.exploreView.update(r); } },
    );
    if (!resp) {
      if (this.failure === "stopped") this.exploreView.stopped(last ? `Cancelled after ${last.executions} runs, before the outcomes were collected.` : "Cancelled.");
      else this.exploreView.stopped("Exploring failed: see the message above.");
      return;
    }
    if (resp.type === "trace" || resp.error) {
      // A program that does not compile cannot be explored.
      this.exploreView.stopped("The program did not compile.");
      this.showTrace(resp, source);
      return;
    }
    this.exploreView.done(resp);
    this.output.setStatus(resp.complete ? `Explored ${resp.executions} runs.` : `Explored ${resp.executions} runs (not all).`, "info");
    this.exploreSource = source;
    this.el.dispatchEvent(new CustomEvent("lockstep:result", { bubbles: true, detail: { mode: "explore", explored: resp } }));
  }

  cancelExplore() {
    this.core.cancelGracefully(this);
  }

  /** Builds a share link for the code (and the run on the timeline, if it ran this code). */
  async share() {
    const code = this.editor.getText();
    const withRun = this.trace && !this.trace.error && this.traceSource === code && this.trace.schedule;
    const explore = this.mode === "explore" && this.exploreSource === code;
    const fragment = await encodeShare({ code, schedule: withRun ? this.trace.schedule : "", step: withRun ? this.timeline.step : 0, mode: explore && !withRun ? "explore" : "" });
    const url = new URL("playground.html", document.baseURI);
    url.hash = fragment;
    this.shareLink.value = url.href;
    this.shareBox.hidden = false;
    this.shareLink.focus();
    this.shareLink.select();
    let copied = false;
    try {
      await navigator.clipboard.writeText(url.href);
      copied = true;
    } catch {
      // Not allowed here: the link is selected for the learner to copy.
    }
    this.shareNote.textContent = (copied ? "Link copied. " : "Copy the link (it is selected). ") + (withRun ? "It opens this run at step " + this.timeline.step + "." : explore ? "It opens this code and explores it." : "It opens this code.");
  }

  /** Opens shared content: replays its schedule and moves to its step. */
  async openShared(shared) {
    if (!shared.schedule) return;
    await this.run({ schedule: shared.schedule });
    if (this.trace && shared.step) this.timeline.setStep(shared.step);
  }

  /** Tells the pane it became visible (it may have been laid out hidden). */
  shown() {
    this.editor.view.requestMeasure();
    this.timeline.layout();
  }

  /** Focuses the editor. */
  focus() {
    this.editor.focus();
  }
}
